#include "Clock.h"

namespace amanat {

namespace {
std::function<QDateTime()> &testClock()
{
    static std::function<QDateTime()> clock;
    return clock;
}
} // namespace

QDateTime Clock::nowUtc()
{
    if (const auto &clock = testClock())
        return clock().toUTC();
    return QDateTime::currentDateTimeUtc();
}

QString Clock::nowUtcText()
{
    return nowUtc().toString(Qt::ISODateWithMs);
}

void Clock::setForTesting(std::function<QDateTime()> clock)
{
    testClock() = std::move(clock);
}

} // namespace amanat
