#include "DateSpec.h"

#include <QRegularExpression>

namespace amanat {

namespace {

Result<DateSpec> parseSingle(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto match = pattern.match(text);
    const auto invalid = [&text] {
        return makeError(ErrorCode::InvalidInput,
                         DateSpec::tr("\"%1\" is not a date; write it as YYYY, YYYY-MM or "
                                      "YYYY-MM-DD.")
                             .arg(text));
    };
    if (!match.hasMatch())
        return invalid();
    const int year = match.captured(1).toInt();
    DateSpec spec;
    if (match.captured(2).isEmpty()) {
        spec.precision = DateSpec::Precision::Year;
        spec.start = QDate(year, 1, 1);
        spec.end = QDate(year, 12, 31);
    } else if (match.captured(3).isEmpty()) {
        spec.precision = DateSpec::Precision::Month;
        spec.start = QDate(year, match.captured(2).toInt(), 1);
        spec.end = spec.start.isValid() ? spec.start.addMonths(1).addDays(-1) : QDate();
    } else {
        spec.precision = DateSpec::Precision::Day;
        spec.start = QDate(year, match.captured(2).toInt(), match.captured(3).toInt());
        spec.end = spec.start;
    }
    if (!spec.start.isValid() || year < 1)
        return invalid();
    spec.text = text;
    return spec;
}

} // namespace

QString DateSpec::precisionName() const
{
    switch (precision) {
    case Precision::Year:
        return QStringLiteral("year");
    case Precision::Month:
        return QStringLiteral("month");
    case Precision::Day:
        break;
    }
    return QStringLiteral("day");
}

Result<DateSpec> DateSpec::parse(const QString &input, bool allowRange)
{
    const QString text = input.trimmed();
    const int slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return parseSingle(text);
    if (!allowRange)
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is a range; this field takes a single date.").arg(text));
    auto first = parseSingle(text.left(slash).trimmed());
    if (!first.ok())
        return first.error();
    auto last = parseSingle(text.mid(slash + 1).trimmed());
    if (!last.ok())
        return last.error();
    if (last->end < first->start)
        return makeError(ErrorCode::InvalidInput,
                         tr("The date range \"%1\" ends before it starts.").arg(text));
    DateSpec spec;
    spec.text = first->text + QLatin1Char('/') + last->text;
    spec.start = first->start;
    spec.end = last->end;
    spec.precision = first->precision;
    return spec;
}

} // namespace amanat
