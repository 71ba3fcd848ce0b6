#include "Csv.h"

namespace amanat {

namespace {

/** A cell a spreadsheet program would run as a formula (=, +, -, @, and a tab or carriage
 *  return before one). */
bool looksLikeFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    static const QString starts = QStringLiteral("=+-@\t\r");
    return starts.contains(value.front());
}

/** Undoes the apostrophe field() adds (see there). */
QString withoutFormulaGuard(const QString &value)
{
    if (value.startsWith(QLatin1Char('\'')) &&
        (looksLikeFormula(value.mid(1)) || value.mid(1).startsWith(QLatin1Char('\''))))
        return value.mid(1);
    return value;
}

} // namespace

Result<QVector<CsvRecord>> Csv::parse(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1); // byte-order mark written by spreadsheet programs
    if (text.contains(QChar::ReplacementCharacter))
        return makeError(ErrorCode::InvalidInput, tr("The CSV file is not valid UTF-8 text."));

    QVector<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted (so "" is a value, not nothing)
    int line = 1;
    int quoteLine = 0;
    record.line = 1;
    auto endField = [&] {
        record.fields << withoutFormulaGuard(field);
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        if (!blank)
            records << record;
        record = CsvRecord{line, {}};
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
            quoteLine = line;
            field.clear(); // spaces before an opening quote are not part of the value
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            ++line;
            if (field.endsWith(QLatin1Char('\r')))
                field.chop(1);
            endRecord();
        } else if (!(wasQuoted && (c == QLatin1Char(' ') || c == QLatin1Char('\r')))) {
            field += c;
        }
    }
    if (quoted)
        return makeError(ErrorCode::InvalidInput,
                         tr("Line %1 of the CSV file has an unclosed quote.").arg(quoteLine));
    if (!field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return records;
}

QString Csv::field(const QString &rawValue)
{
    // A title taken from a hostile file ("=HYPERLINK(…)") must stay text in a spreadsheet:
    // an apostrophe before it, which spreadsheet programs read as "text", and parse() drops.
    // A value that already starts with an apostrophe gets one more, so the round trip is exact.
    const QString value = looksLikeFormula(rawValue) || rawValue.startsWith(QLatin1Char('\''))
                              ? QLatin1Char('\'') + rawValue
                              : rawValue;
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '));
    for (const QChar c : special)
        needsQuotes = needsQuotes || value.contains(c);
    if (!needsQuotes)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString Csv::row(const QStringList &values)
{
    QStringList fields;
    fields.reserve(values.size());
    for (const QString &value : values)
        fields << field(value);
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace amanat
