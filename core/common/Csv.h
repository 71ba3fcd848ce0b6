#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace amanat {

/** One record of a CSV file and the line of the file it starts on (from 1), for messages. */
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/** CSV as spreadsheet programs write it (RFC 4180): fields separated by commas; a field in
 *  double quotes may hold commas, line breaks and doubled quotes. UTF-8 with or without a
 *  byte-order mark, CRLF or LF line ends. Blank lines are skipped. */
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    /** Parses @p bytes. A field that starts with an apostrophe followed by =, +, -, @, a tab,
     *  a carriage return or another apostrophe loses that first apostrophe (field() adds it). */
    static Result<QVector<CsvRecord>> parse(const QByteArray &bytes);
    /** @p value as one field: quoted when it holds a comma, a quote, a line break or
     *  spaces at either end; with an apostrophe before a value that starts with =, +, -, @,
     *  a tab or a carriage return (so a spreadsheet shows it as text instead of running it as
     *  a formula), or with an apostrophe. */
    static QString field(const QString &value);
    /** One line of fields, ending with CRLF as RFC 4180 asks. */
    static QString row(const QStringList &values);
};

} // namespace amanat
