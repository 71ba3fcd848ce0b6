#include "SpreadsheetImport.h"

#include "common/Csv.h"
#include "crypto/Sha256.h"
#include "library/Library.h"
#include "model/ItemFields.h"
#include "model/TagPath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>

namespace amanat {

namespace {

const QString kFileColumn = QStringLiteral("file");
const QString kTagsColumn = QStringLiteral("tags");

/** A spreadsheet is a list of things to file, not an archive: a bound keeps a mistaken
 *  choice of file (a video renamed .csv) from being read whole into memory. */
constexpr qint64 kMaxCsvBytes = 64LL * 1024 * 1024;

QStringList splitList(const QString &value)
{
    QStringList parts;
    for (const QString &part : value.split(QLatin1Char('|'))) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            parts << trimmed;
    }
    return parts;
}

/** The kind an item made of @p path would get, as the importer guesses it. */
QString guessedKind(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return Importer::guessKind(Importer::mimeOf(path, file.peek(4096)));
}

class RowChecker
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetImport)

public:
    RowChecker(QStringList header, QDir base, SpreadsheetPlan &plan)
        : m_header(std::move(header)), m_base(std::move(base)), m_plan(plan)
    {}

    void check(const CsvRecord &record)
    {
        m_line = record.line;
        if (record.fields.size() > m_header.size()) {
            problem(tr("it has more values (%1) than the header has columns (%2).")
                        .arg(record.fields.size())
                        .arg(m_header.size()));
            return;
        }
        SpreadsheetRow row;
        row.line = record.line;
        m_namesFiles = false;
        bool empty = true;
        for (int column = 0; column < record.fields.size(); ++column) {
            // A line break typed in a cell is one LF, however the file ends its lines.
            QString value = record.fields.at(column).trimmed();
            value.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            if (value.isEmpty())
                continue;
            empty = false;
            const QString &name = m_header.at(column);
            if (name.isEmpty())
                problem(
                    tr("column %1 holds a value but has no name in the header.").arg(column + 1));
            else if (name == kFileColumn)
                checkFiles(value, row);
            else if (name == kTagsColumn)
                checkTags(value, row);
            else
                checkField(name, value, row);
        }
        if (empty)
            return; // a row left blank in the spreadsheet
        // A row whose files are all missing has its problems listed already; what kind it
        // would take cannot be told.
        if (!(m_namesFiles && row.files.isEmpty()))
            checkKinds(row);
        m_plan.rows << row;
    }

private:
    void problem(const QString &message) { m_plan.problems << SpreadsheetProblem{m_line, message}; }

    void checkFiles(const QString &value, SpreadsheetRow &row)
    {
        for (const QString &name : splitList(value)) {
            m_namesFiles = true;
            const QFileInfo info(m_base, name);
            if (!info.exists())
                problem(tr("the file %1 does not exist.").arg(info.filePath()));
            else if (!info.isFile())
                problem(tr("%1 is not a file.").arg(info.filePath()));
            else if (!info.isReadable())
                problem(tr("the file %1 cannot be read.").arg(info.filePath()));
            else
                row.files << info.absoluteFilePath();
        }
    }

    void checkTags(const QString &value, SpreadsheetRow &row)
    {
        for (const QString &tag : splitList(value)) {
            auto levels = TagPath::parse(tag);
            if (!levels.ok())
                problem(tr("the tag \"%1\": %2").arg(tag, levels.error().message));
            else
                row.tags << levels->join(QLatin1Char('/'));
        }
    }

    void checkField(const QString &name, const QString &value, SpreadsheetRow &row)
    {
        auto normalised = ItemFields::normalise(*ItemFields::find(name), value);
        if (!normalised.ok())
            problem(tr("%1: %2").arg(name, normalised.error().message));
        else
            row.fields.insert(name, *normalised);
    }

    /** Each field must apply to the kind of every item the row makes. */
    void checkKinds(const SpreadsheetRow &row)
    {
        QStringList kinds;
        const QString given = row.fields.value(QStringLiteral("kind"));
        if (!given.isEmpty()) {
            kinds << given;
        } else if (row.files.isEmpty()) {
            problem(tr("a row without a file needs a kind (%1).")
                        .arg(itemKinds().join(QStringLiteral(", "))));
            return;
        } else {
            for (const QString &file : row.files)
                kinds << guessedKind(file);
        }
        if (row.files.isEmpty() && row.fields.value(QStringLiteral("title")).isEmpty())
            problem(tr("a row without a file needs a title."));
        for (auto it = row.fields.constBegin(); it != row.fields.constEnd(); ++it) {
            const FieldDef *field = ItemFields::find(it.key());
            for (const QString &kind : kinds) {
                if (field->appliesTo(kind))
                    continue;
                problem(tr("%1 does not apply to an item of kind %2; give the row a kind "
                           "column, such as testimony.")
                            .arg(it.key(), kind));
                break;
            }
        }
    }

    const QStringList m_header;
    const QDir m_base;
    SpreadsheetPlan &m_plan;
    int m_line = 0;
    bool m_namesFiles = false; ///< the current row's file column names at least one file
};

/** The header's column names; an unknown or repeated name is an error. */
Result<QStringList> readHeader(const CsvRecord &record)
{
    const QStringList known = SpreadsheetImport::columns();
    QStringList header;
    for (const QString &raw : record.fields) {
        const QString name = raw.trimmed().toLower();
        if (name.isEmpty()) { // spreadsheet programs keep empty columns at the end
            header << name;
            continue;
        }
        if (!known.contains(name))
            return makeError(
                ErrorCode::InvalidInput,
                SpreadsheetImport::tr("Line %1: \"%2\" is not a column Amanat knows. The columns "
                                      "are: %3.")
                    .arg(record.line)
                    .arg(raw.trimmed(), known.join(QStringLiteral(", "))));
        if (header.contains(name))
            return makeError(ErrorCode::InvalidInput,
                             SpreadsheetImport::tr("Line %1: the column \"%2\" appears twice.")
                                 .arg(record.line)
                                 .arg(name));
        header << name;
    }
    if (!header.contains(kFileColumn) && !header.contains(QStringLiteral("title")))
        return makeError(ErrorCode::InvalidInput,
                         SpreadsheetImport::tr("Line %1: the header names neither a file nor a "
                                               "title column, so it is not a header.")
                             .arg(record.line));
    return header;
}

} // namespace

int SpreadsheetPlan::fileCount() const
{
    int count = 0;
    for (const SpreadsheetRow &row : rows)
        count += int(row.files.size());
    return count;
}

int SpreadsheetPlan::itemCount() const
{
    int count = 0;
    for (const SpreadsheetRow &row : rows)
        count += row.files.isEmpty() ? 1 : int(row.files.size());
    return count;
}

QStringList SpreadsheetImport::columns()
{
    return ItemFields::names() << kFileColumn << kTagsColumn;
}

Result<SpreadsheetPlan> SpreadsheetImport::read(const QString &csvPath, const QString &baseDir)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         tr("%1 cannot be read: %2").arg(csvPath, file.errorString()));
    if (file.size() > kMaxCsvBytes)
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is too large for a spreadsheet of items.").arg(csvPath));
    const QByteArray bytes = file.readAll();
    auto records = Csv::parse(bytes);
    if (!records.ok())
        return records.error();
    if (records->isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("%1 holds no rows.").arg(csvPath));
    auto header = readHeader(records->first());
    if (!header.ok())
        return header.error();

    SpreadsheetPlan plan;
    plan.csvPath = QFileInfo(csvPath).absoluteFilePath();
    plan.csvSha256 = Sha256::hexOf(bytes);
    const QDir base(baseDir.isEmpty() ? QFileInfo(csvPath).absolutePath() : baseDir);
    RowChecker checker(*header, base, plan);
    for (int i = 1; i < records->size(); ++i)
        checker.check(records->at(i));
    if (plan.rows.isEmpty() && plan.problems.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 has a header but no rows to import.").arg(csvPath));
    return plan;
}

Result<QVector<SpreadsheetOutcome>>
SpreadsheetImport::apply(Library &library, const SpreadsheetPlan &plan,
                         const std::atomic_bool *cancelled,
                         const std::function<void(int, int)> &progress)
{
    if (!plan.problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, describeProblems(plan));
    const int total = plan.itemCount();
    return library.atomically([&](Library &lib) -> Result<QVector<SpreadsheetOutcome>> {
        QVector<SpreadsheetOutcome> outcomes;
        auto atLine = [](const SpreadsheetRow &row, const Error &error) {
            return makeError(error.code, tr("Line %1: %2").arg(row.line).arg(error.message));
        };
        int done = 0;
        int created = 0;
        for (const SpreadsheetRow &row : plan.rows) {
            // The kind and title go with the import; the other fields after it.
            QMap<QString, QString> others = row.fields;
            const QString kind = others.take(QStringLiteral("kind"));
            const QString title = others.take(QStringLiteral("title"));
            QVector<SpreadsheetOutcome> made;
            if (row.files.isEmpty()) {
                auto id = lib.items().create(
                    kind, title, QStringLiteral("create"),
                    QJsonObject{{QStringLiteral("source"), QStringLiteral("spreadsheet")}});
                if (!id.ok())
                    return atLine(row, id.error());
                for (const QString &tag : row.tags)
                    if (auto tagged = lib.tags().addToItem(*id, tag); !tagged.ok())
                        return atLine(row, tagged.error());
                made << SpreadsheetOutcome{row.line, *id, QString(), false};
            }
            for (const QString &path : row.files) {
                if (cancelled && cancelled->load())
                    return makeError(ErrorCode::Cancelled, tr("The import was cancelled."));
                ImportOptions options;
                options.kind = kind;
                options.title = title;
                options.tags = row.tags;
                auto imported = lib.importer().importFile(path, options, cancelled);
                if (!imported.ok())
                    return atLine(row, imported.error());
                made << SpreadsheetOutcome{row.line, imported->itemId, path, imported->duplicate};
            }
            for (const SpreadsheetOutcome &outcome : made) {
                if (!outcome.duplicate && !others.isEmpty())
                    if (auto set = lib.items().setFields(outcome.itemId, others); !set.ok())
                        return atLine(row, set.error());
                created += outcome.duplicate ? 0 : 1;
                outcomes << outcome;
                if (progress)
                    progress(++done, total);
            }
        }
        AMANAT_TRY(lib.custody().append(
            QStringLiteral("import_spreadsheet"), 0,
            QJsonObject{{QStringLiteral("file"), QFileInfo(plan.csvPath).fileName()},
                        {QStringLiteral("sha256"), plan.csvSha256},
                        {QStringLiteral("rows"), int(plan.rows.size())},
                        {QStringLiteral("items"), created}}));
        return outcomes;
    });
}

QString SpreadsheetImport::describeProblems(const SpreadsheetPlan &plan, int most)
{
    QStringList lines;
    lines << tr("Nothing was imported: the spreadsheet has %n problem(s) to correct.", nullptr,
                int(plan.problems.size()));
    for (int i = 0; i < plan.problems.size() && i < most; ++i)
        lines << tr("Line %1: %2").arg(plan.problems.at(i).line).arg(plan.problems.at(i).message);
    if (plan.problems.size() > most)
        lines << tr("…and %n more.", nullptr, int(plan.problems.size() - most));
    return lines.join(QLatin1Char('\n'));
}

} // namespace amanat
