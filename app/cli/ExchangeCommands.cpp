// Open formats in and out: a spreadsheet of items in; a BagIt bag and Uwazi's ZIP out.

#include "CliSupport.h"
#include "Commands.h"
#include "SelectionSupport.h"

#include "exchange/BagExporter.h"
#include "exchange/ItemSelection.h"
#include "exchange/SpreadsheetImport.h"
#include "exchange/UwaziExporter.h"

#include <QJsonArray>

namespace amanat::cli {

int runImportCsv(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    parser.addOption({QStringLiteral("base"),
                      Cli::tr("Folder the file column's paths are relative to (default: the "
                              "CSV file's folder)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("ocr-lang"), Cli::tr("OCR languages, e.g. chi_sim+uig+eng."),
                      QStringLiteral("LANGS")});
    parser.addOption(
        {QStringLiteral("no-extract"), Cli::tr("Store the files without extracting text.")});
    parser.addOption({QStringLiteral("timeout"),
                      Cli::tr("Seconds allowed per file for extraction (default 120)."),
                      QStringLiteral("SECONDS")});
    int exitCode = 0;
    const QString synopsis = synopsisOf("import-csv");
    if (!Cli::parse(parser, args, 2, 2, synopsis, &exitCode))
        return exitCode;
    const QString languages = parser.value(QStringLiteral("ocr-lang"));
    if (!languages.isEmpty()) {
        auto valid = ExtractionStore::checkOcrLanguages(languages);
        if (!valid.ok())
            return Cli::usage(valid.error().message, synopsis);
    }
    auto timeout = Cli::parseTimeout(parser, synopsis, &exitCode);
    if (!timeout)
        return exitCode;

    // Every row is checked before the library is even opened: a bad row writes nothing.
    auto plan = SpreadsheetImport::read(parser.positionalArguments().at(1),
                                        parser.value(QStringLiteral("base")));
    if (!plan.ok())
        return Cli::fail(plan.error());
    if (!plan->problems.isEmpty()) {
        Cli::warn(SpreadsheetImport::describeProblems(*plan, int(plan->problems.size())));
        return kExitFailure;
    }

    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    auto outcomes = SpreadsheetImport::apply(**library, *plan);
    if (!outcomes.ok())
        return Cli::fail(outcomes.error());

    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray results;
    QVector<qint64> toExtract;
    int created = 0;
    int duplicates = 0;
    for (const SpreadsheetOutcome &outcome : *outcomes) {
        auto item = (*library)->items().get(outcome.itemId);
        const QString kind = item.ok() ? item->kind : QString();
        if (!outcome.duplicate && !outcome.path.isEmpty())
            toExtract << outcome.itemId;
        outcome.duplicate ? ++duplicates : ++created;
        if (json) {
            results.append(QJsonObject{{QStringLiteral("line"), outcome.line},
                                       {QStringLiteral("id"), outcome.itemId},
                                       {QStringLiteral("path"), outcome.path},
                                       {QStringLiteral("kind"), kind},
                                       {QStringLiteral("duplicate"), outcome.duplicate}});
        } else if (outcome.duplicate) {
            // Status words stay untranslated, as in `import`: scripts read these columns.
            Cli::print(QStringLiteral("duplicate\t%1\t%2").arg(outcome.itemId).arg(outcome.path));
        } else {
            Cli::print(QStringLiteral("imported\t%1\t%2\t%3")
                           .arg(outcome.itemId)
                           .arg(kind, outcome.path.isEmpty()
                                          ? QStringLiteral("line %1").arg(outcome.line)
                                          : outcome.path));
        }
    }
    if (json)
        Cli::printJson(results);
    Cli::warn(Cli::tr("Rows: %1. Items made: %2. Files already in the library: %3.")
                  .arg(plan->rows.size())
                  .arg(created)
                  .arg(duplicates));
    if (!parser.isSet(QStringLiteral("no-extract")))
        extractNewItems(**library, toExtract, languages, *timeout);
    return kExitOk;
}

int runExportBag(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    addSelectionOptions(parser);
    parser.addOption({QStringLiteral("organization"),
                      Cli::tr("Source-Organization of the bag (default: the library's "
                              "custodian)."),
                      QStringLiteral("NAME")});
    int exitCode = 0;
    auto run = startExport(parser, args, "export-bag", &exitCode);
    if (!run)
        return exitCode;
    BagOptions options;
    options.organization = parser.value(QStringLiteral("organization"));
    options.software = QStringLiteral("Amanat ") + QStringLiteral(AMANAT_VERSION);
    options.selection = run->selection.describe();
    auto report = BagExporter::write(*run->library, run->ids, run->destination, options);
    if (!report.ok())
        return Cli::fail(report.error());
    if (parser.isSet(QStringLiteral("json"))) {
        Cli::printJson(QJsonObject{{QStringLiteral("path"), report->path},
                                   {QStringLiteral("items"), report->items},
                                   {QStringLiteral("files"), report->files},
                                   {QStringLiteral("payload_bytes"), report->payloadBytes},
                                   {QStringLiteral("with_redactions"), report->withRedactions}});
    } else {
        Cli::print(report->path);
    }
    Cli::warn(Cli::tr("Items in the bag: %1. Files: %2. Bytes: %3.")
                  .arg(report->items)
                  .arg(report->files)
                  .arg(report->payloadBytes));
    if (report->withRedactions > 0)
        Cli::warn(Cli::tr("%n item(s) in the bag have redactions: the bag holds their original "
                          "files as they are, not redacted.",
                          nullptr, report->withRedactions));
    return kExitOk;
}

int runExportUwazi(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    addSelectionOptions(parser);
    int exitCode = 0;
    auto run = startExport(parser, args, "export-uwazi", &exitCode);
    if (!run)
        return exitCode;
    auto report = UwaziExporter::write(*run->library, run->ids, run->destination);
    if (!report.ok())
        return Cli::fail(report.error());
    if (parser.isSet(QStringLiteral("json")))
        Cli::printJson(QJsonObject{{QStringLiteral("path"), report->path},
                                   {QStringLiteral("items"), report->items},
                                   {QStringLiteral("documents"), report->documents},
                                   {QStringLiteral("attachments"), report->attachments},
                                   {QStringLiteral("with_redactions"), report->withRedactions}});
    else
        Cli::print(report->path);
    if (report->withRedactions > 0)
        Cli::warn(Cli::tr("%n item(s) in the ZIP have redactions: it holds their original files "
                          "as they are, not redacted.",
                          nullptr, report->withRedactions));
    return kExitOk;
}

} // namespace amanat::cli
