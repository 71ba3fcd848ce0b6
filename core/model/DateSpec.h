#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace amanat {

/** A date as people record it: a year (`2017`), a month (`2017-03`), a day
 *  (`2017-03-14`), or a range of those (`2017-03/2018`). Keeps the text as given
 *  (normalised) plus the first and last day it covers, for filtering. */
struct DateSpec
{
    Q_DECLARE_TR_FUNCTIONS(DateSpec)

public:
    enum class Precision
    {
        Year,
        Month,
        Day
    };

    QString text; ///< normalised, e.g. "2017-03/2018"
    QDate start;
    QDate end;
    Precision precision = Precision::Day;

    bool isRange() const { return text.contains(QLatin1Char('/')); }
    QString precisionName() const;

    /** Parses @p text; an empty string is not a date. @p allowRange accepts `A/B`. */
    static Result<DateSpec> parse(const QString &text, bool allowRange);
};

} // namespace amanat
