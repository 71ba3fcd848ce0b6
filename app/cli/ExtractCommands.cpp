// Extracted text and re-extraction.

#include "CliSupport.h"
#include "Commands.h"

#include "custody/CustodyLog.h"
#include "ingest/ImportJob.h"

#include <QEventLoop>
#include <QFile>

#include <cstdio>
#include <optional>

namespace amanat::cli {

int runText(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("page"), Cli::tr("Print only page N."), QStringLiteral("N")});
    int exitCode = 0;
    const QString synopsis = synopsisOf("text");
    if (!Cli::parse(parser, args, 2, 2, synopsis, &exitCode))
        return exitCode;
    auto id = Cli::parseId(parser.positionalArguments().at(1));
    if (!id.ok())
        return Cli::usage(id.error().message, synopsis);
    int page = -1;
    if (parser.isSet(QStringLiteral("page"))) {
        bool ok = false;
        page = parser.value(QStringLiteral("page")).toInt(&ok);
        if (!ok || page < 1)
            return Cli::usage(Cli::tr("--page takes a page number from 1."), synopsis);
    }
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Read);
    if (!library.ok())
        return Cli::fail(library.error());
    auto item = (*library)->items().get(*id);
    if (!item.ok())
        return Cli::fail(item.error());
    auto pages = (*library)->items().text(*id);
    if (!pages.ok())
        return Cli::fail(pages.error());
    QByteArray out;
    bool found = page < 0;
    for (const auto &entry : *pages) {
        if (page > 0 && entry.first != page)
            continue;
        found = true;
        if (!out.isEmpty())
            out += '\f'; // page break, as pdftotext writes it
        out += entry.second.toUtf8();
        if (!out.endsWith('\n'))
            out += '\n';
    }
    if (!found)
        return Cli::fail(
            makeError(ErrorCode::NotFound, Cli::tr("Item %1 has no page %2.").arg(*id).arg(page)));
    std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
    std::fflush(stdout);
    return kExitOk;
}

int runReextract(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("all"), Cli::tr("Re-extract every item, not only unfinished ones.")});
    parser.addOption({QStringLiteral("ocr-lang"), Cli::tr("OCR languages, e.g. chi_sim+uig+eng."),
                      QStringLiteral("LANGS")});
    parser.addOption({QStringLiteral("pdf-password-file"),
                      Cli::tr("File whose first line is the PDF password."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("timeout"), Cli::tr("Seconds allowed per file (default 120)."),
                      QStringLiteral("SECONDS")});
    int exitCode = 0;
    const QString synopsis = synopsisOf("reextract");
    if (!Cli::parse(parser, args, 1, -1, synopsis, &exitCode))
        return exitCode;
    QStringList positional = parser.positionalArguments();
    const QString libraryPath = positional.takeFirst();
    QVector<qint64> ids;
    for (const QString &text : positional) {
        auto id = Cli::parseId(text);
        if (!id.ok())
            return Cli::usage(id.error().message, synopsis);
        ids.append(*id);
    }
    const QString languages = parser.value(QStringLiteral("ocr-lang"));
    if (!languages.isEmpty()) {
        auto valid = ExtractionStore::checkOcrLanguages(languages);
        if (!valid.ok())
            return Cli::usage(valid.error().message, synopsis);
    }
    QByteArray password;
    if (parser.isSet(QStringLiteral("pdf-password-file"))) {
        QFile file(parser.value(QStringLiteral("pdf-password-file")));
        if (!file.open(QIODevice::ReadOnly))
            return Cli::fail(makeError(
                ErrorCode::Io,
                Cli::tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString())));
        password = file.readLine(4096);
        while (password.endsWith('\n') || password.endsWith('\r'))
            password.chop(1);
    }
    auto timeout = Cli::parseTimeout(parser, synopsis, &exitCode);
    if (!timeout)
        return exitCode;

    auto library = Cli::open(libraryPath, Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    Cli::warnIfSandboxIncomplete();
    if (ids.isEmpty()) {
        auto chosen = parser.isSet(QStringLiteral("all")) ? (*library)->items().idsWithOriginals()
                                                          : (*library)->extractions().unfinished();
        if (!chosen.ok())
            return Cli::fail(chosen.error());
        ids = *chosen;
    }
    ExtractionSettings settings;
    settings.timeoutSeconds = *timeout;
    ReextractJob job((*library)->importServices(), ids, languages, password, settings);
    int failures = 0;
    QObject::connect(
        &job, &ReextractJob::extractionFinished, &job,
        [&failures](qint64 itemId, const ExtractionResult &result, const QString &storeError) {
            const QString status = ExtractionResult::statusName(result.status);
            if (!storeError.isEmpty()) {
                ++failures;
                Cli::warn(Cli::tr("item %1: %2").arg(itemId).arg(storeError));
                return;
            }
            if (result.status != ExtractionResult::Status::Ok)
                ++failures;
            Cli::print(result.error.isEmpty()
                           ? QStringLiteral("%1\t%2").arg(itemId).arg(status)
                           : QStringLiteral("%1\t%2\t%3").arg(itemId).arg(status, result.error));
        });
    QEventLoop loop;
    QObject::connect(&job, &ReextractJob::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    wipeBytes(password);
    return failures > 0 ? kExitFailure : kExitOk;
}

int runSettings(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = 0;
    const QString synopsis = synopsisOf("settings");
    if (!Cli::parse(parser, args, 1, 3, synopsis, &exitCode))
        return exitCode;
    const QStringList p = parser.positionalArguments();
    std::optional<QString> languages;
    std::optional<QString> custodian;
    for (const QString &setting : p.mid(1)) {
        if (setting.startsWith(QLatin1String("ocr_languages="))) {
            languages = setting.mid(int(qstrlen("ocr_languages=")));
            auto valid = ExtractionStore::checkOcrLanguages(*languages);
            if (!valid.ok())
                return Cli::usage(valid.error().message, synopsis);
        } else if (setting.startsWith(QLatin1String("custodian="))) {
            custodian = setting.mid(int(qstrlen("custodian="))).trimmed();
            const QString problem = CustodyLog::custodianNameProblem(*custodian);
            if (!problem.isEmpty())
                return Cli::usage(problem, synopsis);
        } else {
            return Cli::usage(Cli::tr("The settings are ocr_languages=LANGS and custodian=NAME."),
                              synopsis);
        }
    }
    const bool writes = languages || custodian;
    auto library = Cli::open(p.at(0), writes ? Library::Access::Write : Library::Access::Read);
    if (!library.ok())
        return Cli::fail(library.error());
    if (languages) {
        auto done = (*library)->extractions().setDefaultOcrLanguages(*languages);
        if (!done.ok())
            return Cli::fail(done.error());
    }
    if (custodian) {
        auto done = (*library)->atomically([&](Library &writer) {
            return writer.custody().setCustodianName(*custodian, writer.program());
        });
        if (!done.ok())
            return Cli::fail(done.error());
    }
    auto current = (*library)->extractions().defaultOcrLanguages();
    if (!current.ok())
        return Cli::fail(current.error());
    auto name = (*library)->custody().custodianName();
    if (!name.ok())
        return Cli::fail(name.error());
    Cli::print(QStringLiteral("ocr_languages=") + *current);
    Cli::print(QStringLiteral("custodian=") + *name);
    return kExitOk;
}

} // namespace amanat::cli
