#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace amanat {

/** The one source of "now" for everything the library records (custody events, creation and
 *  change times, bundle dates), so tests can fix it and every record agrees on its format. */
class Clock
{
public:
    /** The current time in UTC. */
    static QDateTime nowUtc();
    /** The same as ISO 8601 text with milliseconds, as it is stored ("2026-12-06T10:15:00.123Z").
     */
    static QString nowUtcText();
    /** Replaces the system clock (tests); an empty function restores it. Not thread-safe:
     *  set it before work starts. */
    static void setForTesting(std::function<QDateTime()> clock);
};

} // namespace amanat
