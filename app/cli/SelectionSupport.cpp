// Choosing items on the command line (--query, --tag, --dossier or ids), for the commands
// that export or share a selection, and extracting what such commands bring in.

#include "SelectionSupport.h"

#include "CliSupport.h"
#include "Commands.h"

#include "ingest/ImportJob.h"

#include <QEventLoop>

namespace amanat::cli {

int extractNewItems(Library &library, const QVector<qint64> &ids, const QString &languages,
                    int timeoutSeconds)
{
    if (ids.isEmpty())
        return 0;
    Cli::warnIfSandboxIncomplete();
    ExtractionSettings settings;
    settings.timeoutSeconds = timeoutSeconds;
    ReextractJob job(library.importServices(), ids, languages, QByteArray(), settings);
    int incomplete = 0;
    QObject::connect(
        &job, &ReextractJob::extractionFinished, &job,
        [&incomplete](qint64 itemId, const ExtractionResult &result, const QString &storeError) {
            const QString reason = storeError.isEmpty() ? result.error : storeError;
            if (storeError.isEmpty() && result.status == ExtractionResult::Status::Ok)
                return;
            ++incomplete;
            Cli::warn(Cli::tr("  item %1: extraction incomplete: %2").arg(itemId).arg(reason));
        });
    QEventLoop loop;
    QObject::connect(&job, &ReextractJob::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return incomplete;
}

void addSelectionOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("query"), Cli::tr("The items a search query finds."),
                      QStringLiteral("QUERY")});
    parser.addOption({QStringLiteral("tag"), Cli::tr("The items with a tag or its sub-tags."),
                      QStringLiteral("TAG")});
    parser.addOption({QStringLiteral("dossier"), Cli::tr("The exhibits of a dossier."),
                      QStringLiteral("DOSSIER")});
}

std::optional<ItemSelection> parseSelection(const QCommandLineParser &parser,
                                            const QStringList &positional, const QString &synopsis,
                                            int *exitCode)
{
    QVector<ItemSelection> given;
    const std::pair<const char *, ItemSelection::By> options[] = {
        {"query", ItemSelection::By::Query},
        {"tag", ItemSelection::By::Tag},
        {"dossier", ItemSelection::By::Dossier}};
    for (const auto &[name, by] : options) {
        const QString option = QString::fromLatin1(name);
        if (parser.isSet(option))
            given << ItemSelection{by, parser.value(option), {}};
    }
    if (!positional.isEmpty()) {
        ItemSelection byIds;
        for (const QString &text : positional) {
            auto id = Cli::parseId(text);
            if (!id.ok()) {
                *exitCode = Cli::usage(id.error().message, synopsis);
                return std::nullopt;
            }
            byIds.ids << *id;
        }
        given << byIds;
    }
    if (given.size() != 1) {
        *exitCode = Cli::usage(
            Cli::tr("Choose the items with one of --query, --tag, --dossier or item numbers."),
            synopsis);
        return std::nullopt;
    }
    return given.first();
}

std::optional<ExportRun> startExport(QCommandLineParser &parser, const QStringList &args,
                                     const char *command, int *exitCode)
{
    const QString synopsis = synopsisOf(command);
    if (!Cli::parse(parser, args, 2, -1, synopsis, exitCode))
        return std::nullopt;
    QStringList positional = parser.positionalArguments();
    const QString libraryPath = positional.takeFirst();
    const QString destination = positional.takeLast();
    auto selection = parseSelection(parser, positional, synopsis, exitCode);
    if (!selection)
        return std::nullopt;
    auto library = Cli::open(libraryPath, Library::Access::Write);
    if (!library.ok()) {
        *exitCode = Cli::fail(library.error());
        return std::nullopt;
    }
    auto ids = selection->resolve(**library);
    if (!ids.ok()) {
        *exitCode = Cli::fail(ids.error());
        return std::nullopt;
    }
    return ExportRun{std::move(*library), *ids, destination, *selection};
}

} // namespace amanat::cli
