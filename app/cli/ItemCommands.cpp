// Commands about items: import, browse, edit, export, delete.

#include "model/TagPath.h"
#include "CliSupport.h"
#include "Commands.h"
#include "JsonFormat.h"

#include "ImportProgress.h"
#include "ingest/ImportJob.h"
#include "model/ItemFields.h"

#include <QEventLoop>
#include <QTimer>

#include <QJsonArray>
#include <QMap>

#include <atomic>
#include <csignal>

namespace amanat::cli {

namespace {

std::atomic_bool g_cancelled{false};

void requestCancel(int)
{
    g_cancelled.store(true);
}

/** SIGINT/SIGTERM finish the current file's rollback instead of killing mid-write. */
void installCancelHandlers()
{
    struct sigaction action = {};
    action.sa_handler = requestCancel;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

void printItemLine(const Item &item)
{
    QString line = QStringLiteral("%1\t%2\t%3").arg(item.id).arg(item.kind, item.field("title"));
    if (!item.field("event_date").isEmpty())
        line += QLatin1Char('\t') + item.field("event_date");
    if (!item.tags.isEmpty())
        line += QStringLiteral("\t[") + item.tags.join(QStringLiteral(", ")) + QLatin1Char(']');
    Cli::print(line);
}

int printItems(const QVector<Item> &items, bool json)
{
    if (json) {
        QJsonArray array;
        for (const Item &item : items)
            array.append(itemSummaryJson(item));
        Cli::printJson(array);
    } else {
        for (const Item &item : items)
            printItemLine(item);
    }
    return kExitOk;
}

} // namespace

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    parser.addOption(
        {QStringLiteral("kind"), Cli::tr("Kind of the new items."), QStringLiteral("KIND")});
    parser.addOption(
        {QStringLiteral("title"), Cli::tr("Title of the new items."), QStringLiteral("TITLE")});
    parser.addOption(
        {QStringLiteral("tag"), Cli::tr("Tag path (repeatable)."), QStringLiteral("TAG")});
    parser.addOption({QStringLiteral("ocr-lang"), Cli::tr("OCR languages, e.g. chi_sim+uig+eng."),
                      QStringLiteral("LANGS")});
    parser.addOption(
        {QStringLiteral("no-extract"), Cli::tr("Store the files without extracting text.")});
    parser.addOption({QStringLiteral("timeout"),
                      Cli::tr("Seconds allowed per file for extraction (default 120)."),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("progress-json"),
                      Cli::tr("Report progress as JSON lines on standard error.")});
    int exitCode = 0;
    const QString synopsis = synopsisOf("import");
    if (!Cli::parse(parser, args, 2, -1, synopsis, &exitCode))
        return exitCode;

    ImportJob::Options options;
    options.import.kind = parser.value(QStringLiteral("kind"));
    if (!options.import.kind.isEmpty() && !isItemKind(options.import.kind))
        return Cli::usage(Cli::tr("\"%1\" is not a kind of item; use one of: %2.")
                              .arg(options.import.kind, itemKinds().join(QStringLiteral(", "))),
                          synopsis);
    options.import.title = parser.value(QStringLiteral("title"));
    options.import.tags = parser.values(QStringLiteral("tag"));
    for (const QString &tag : options.import.tags) {
        auto levels = TagPath::parse(tag);
        if (!levels.ok())
            return Cli::usage(levels.error().message, synopsis);
    }
    options.ocrLanguages = parser.value(QStringLiteral("ocr-lang"));
    if (!options.ocrLanguages.isEmpty()) {
        auto valid = ExtractionStore::checkOcrLanguages(options.ocrLanguages);
        if (!valid.ok())
            return Cli::usage(valid.error().message, synopsis);
    }
    options.extract = !parser.isSet(QStringLiteral("no-extract"));
    auto timeout = Cli::parseTimeout(parser, synopsis, &exitCode);
    if (!timeout)
        return exitCode;
    options.extraction.timeoutSeconds = *timeout;
    QStringList positional = parser.positionalArguments();
    const QString libraryPath = positional.takeFirst();
    auto files = Importer::collectFiles(positional);
    if (!files.ok())
        return Cli::fail(files.error());

    auto library = Cli::open(libraryPath, Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    Cli::warnIfSandboxIncomplete();
    installCancelHandlers();
    options.import.cancelled = &g_cancelled;

    const bool json = parser.isSet(QStringLiteral("json"));
    ProgressReporter progress(parser.isSet(QStringLiteral("progress-json")));
    QJsonArray results;
    ImportJob job((*library)->importServices(), *files, options);
    QObject::connect(
        &job, &ImportJob::fileImported, &job,
        [&](const ImportOutcome &outcome, int done, int total) {
            progress.imported(outcome, done, total);
            if (json) {
                results.append(QJsonObject{{QStringLiteral("id"), outcome.itemId},
                                           {QStringLiteral("path"), outcome.path},
                                           {QStringLiteral("sha256"), outcome.sha256},
                                           {QStringLiteral("kind"), outcome.kind},
                                           {QStringLiteral("duplicate"), outcome.duplicate}});
            } else if (outcome.duplicate) {
                // Status words stay untranslated: scripts read these columns.
                Cli::print(
                    QStringLiteral("duplicate\t%1\t%2").arg(outcome.itemId).arg(outcome.path));
            } else {
                Cli::print(QStringLiteral("imported\t%1\t%2\t%3")
                               .arg(outcome.itemId)
                               .arg(outcome.kind, outcome.path));
            }
        });
    QObject::connect(&job, &ImportJob::fileFailed, &job,
                     [&](const QString &path, const Error &error, int done, int total) {
                         progress.failed(path, error, done, total);
                     });
    QObject::connect(&job, &ImportJob::extractionFinished, &job,
                     [&](qint64 itemId, const QString &path, const ExtractionResult &result) {
                         progress.extracted(itemId, path, result);
                     });
    QEventLoop loop;
    QObject::connect(&job, &ImportJob::finished, &loop, &QEventLoop::quit);
    QTimer cancelWatch;
    QObject::connect(&cancelWatch, &QTimer::timeout, &job, [&job] {
        if (g_cancelled.load())
            job.cancel();
    });
    cancelWatch.start(100);
    job.start();
    loop.exec();
    progress.finish();

    const ImportSummary &summary = job.summary();
    if (json) {
        // Kinds may have been refined by extraction (a PDF without text is a scan).
        for (int i = 0; i < results.size(); ++i) {
            QJsonObject entry = results.at(i).toObject();
            auto item = (*library)->items().get(entry.value(QStringLiteral("id")).toInteger());
            if (item.ok())
                entry.insert(QStringLiteral("kind"), item->kind);
            auto extraction =
                (*library)->extractions().info(entry.value(QStringLiteral("id")).toInteger());
            if (extraction.ok() && *extraction)
                entry.insert(QStringLiteral("extraction"), (*extraction)->status);
            results[i] = entry;
        }
        Cli::printJson(results);
    }
    printImportSummary(summary);
    if (summary.stoppedByError || summary.cancelled) {
        const Error error =
            summary.cancelled
                ? makeError(ErrorCode::Cancelled, Cli::tr("The import was cancelled."))
                : makeError(ErrorCode::Io, Cli::tr("The import stopped early."));
        Cli::warn(error.message);
        return kExitFailure;
    }
    return summary.importFailures.isEmpty() ? kExitOk : kExitFailure;
}

int runList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    int exitCode = 0;
    if (!Cli::parse(parser, args, 1, 1, synopsisOf("list"), &exitCode))
        return exitCode;
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Read);
    if (!library.ok())
        return Cli::fail(library.error());
    auto items = (*library)->items().list();
    if (!items.ok())
        return Cli::fail(items.error());
    return printItems(*items, parser.isSet(QStringLiteral("json")));
}

int runShow(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    int exitCode = 0;
    const QString synopsis = synopsisOf("show");
    if (!Cli::parse(parser, args, 2, 2, synopsis, &exitCode))
        return exitCode;
    auto id = Cli::parseId(parser.positionalArguments().at(1));
    if (!id.ok())
        return Cli::usage(id.error().message, synopsis);
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Read);
    if (!library.ok())
        return Cli::fail(library.error());
    auto item = (*library)->items().get(*id);
    if (!item.ok())
        return Cli::fail(item.error());
    auto events = (*library)->custody().count(*id);
    if (!events.ok())
        return Cli::fail(events.error());
    auto extraction = (*library)->extractions().info(*id);
    if (!extraction.ok())
        return Cli::fail(extraction.error());
    QJsonObject detail = itemDetailJson(*item, *events);
    detail.insert(QStringLiteral("extraction"), extractionJson(*extraction));
    if (parser.isSet(QStringLiteral("json"))) {
        Cli::printJson(detail);
        return kExitOk;
    }
    Cli::print(QStringLiteral("id: %1").arg(item->id));
    Cli::print(QStringLiteral("kind: ") + item->kind);
    if (item->original.present) {
        Cli::print(QStringLiteral("original_name: ") + item->original.name);
        Cli::print(QStringLiteral("sha256: ") + item->original.sha256);
        Cli::print(QStringLiteral("size: %1").arg(item->original.size));
        Cli::print(QStringLiteral("mime: ") + item->original.mime);
        Cli::print(QStringLiteral("imported_at: ") + item->original.importedAt);
    }
    const QJsonObject fields = detail.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!it.value().toString().isEmpty())
            Cli::print(it.key() + QStringLiteral(": ") + it.value().toString());
    }
    if (!item->tags.isEmpty())
        Cli::print(QStringLiteral("tags: ") + item->tags.join(QStringLiteral(", ")));
    if (!item->protectedFieldsSet.isEmpty())
        Cli::print(QStringLiteral("protected fields set: ") +
                   item->protectedFieldsSet.join(QStringLiteral(", ")));
    if (*extraction) {
        const ExtractionInfo &info = **extraction;
        QString line = QStringLiteral("extraction: ") + info.status;
        if (info.pages > 0)
            line += QStringLiteral(", %1 pages").arg(info.pages);
        line += QStringLiteral(", %1 characters").arg(info.textChars);
        if (!info.error.isEmpty())
            line += QStringLiteral(" (") + info.error + QLatin1Char(')');
        Cli::print(line);
    }
    Cli::print(QStringLiteral("custody events: %1").arg(*events));
    return kExitOk;
}

int runSet(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = 0;
    const QString synopsis = synopsisOf("set");
    if (!Cli::parse(parser, args, 3, -1, synopsis, &exitCode))
        return exitCode;
    QStringList positional = parser.positionalArguments();
    const QString libraryPath = positional.takeFirst();
    auto id = Cli::parseId(positional.takeFirst());
    if (!id.ok())
        return Cli::usage(id.error().message, synopsis);
    QMap<QString, QString> values;
    for (const QString &assignment : positional) {
        const int eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Cli::usage(Cli::tr("\"%1\" is not FIELD=VALUE.").arg(assignment), synopsis);
        const QString field = assignment.left(eq).trimmed();
        // witness_name_add= and witness_contact_add= add a variant instead of replacing.
        const bool adds = field == QLatin1String("witness_name_add") ||
                          field == QLatin1String("witness_contact_add");
        if (!adds && !ItemFields::find(field))
            return Cli::usage(Cli::tr("\"%1\" is not a field; the fields are: %2.")
                                  .arg(field, ItemFields::names().join(QStringLiteral(", "))),
                              synopsis);
        values.insert(field, assignment.mid(eq + 1));
    }
    auto library = Cli::open(libraryPath, Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    auto done = (*library)->items().setFields(*id, values);
    if (!done.ok())
        return Cli::fail(done.error());
    return kExitOk;
}

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("force"), Cli::tr("Overwrite DEST if it exists.")});
    int exitCode = 0;
    const QString synopsis = synopsisOf("export");
    if (!Cli::parse(parser, args, 3, 3, synopsis, &exitCode))
        return exitCode;
    auto id = Cli::parseId(parser.positionalArguments().at(1));
    if (!id.ok())
        return Cli::usage(id.error().message, synopsis);
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    auto written = (*library)->exporter().exportOriginal(*id, parser.positionalArguments().at(2),
                                                         parser.isSet(QStringLiteral("force")));
    if (!written.ok())
        return Cli::fail(written.error());
    Cli::print(*written);
    return kExitOk;
}

int runDelete(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = 0;
    const QString synopsis = synopsisOf("delete");
    if (!Cli::parse(parser, args, 2, 2, synopsis, &exitCode))
        return exitCode;
    auto id = Cli::parseId(parser.positionalArguments().at(1));
    if (!id.ok())
        return Cli::usage(id.error().message, synopsis);
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    auto done = (*library)->items().remove(*id);
    if (!done.ok())
        return Cli::fail(done.error());
    Cli::print(Cli::tr("Deleted item %1.").arg(*id));
    return kExitOk;
}

} // namespace amanat::cli
