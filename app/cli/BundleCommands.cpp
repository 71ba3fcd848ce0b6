// amanat-cli bundle and redact: court bundles from dossiers, and what they must not show.

#include "CliSupport.h"
#include "Commands.h"

#include "bundle/BundleExporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

namespace amanat::cli {

namespace {

/** The first line of @p path, into locked memory; the file's bytes are wiped after. */
Result<SecureBuffer> readPasswordFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         Cli::tr("Could not read the password file %1.").arg(path));
    QByteArray bytes = file.read(4096);
    int end = 0;
    while (end < bytes.size() && bytes.at(end) != '\n' && bytes.at(end) != '\r')
        ++end;
    QByteArray line = bytes.left(end);
    bytes.fill('\0');
    if (line.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Cli::tr("The password file %1 is empty.").arg(path));
    return SecureBuffer::takeFrom(line);
}

} // namespace

int runBundle(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("profile"), Cli::tr("uk (A4, default) or us (Letter)."),
                      QStringLiteral("uk|us"), QStringLiteral("uk")});
    parser.addOption({QStringLiteral("numbering"),
                      Cli::tr("Page numbers: continuous (PFX-000001…, default) or section (A1, "
                              "A2… B1…)."),
                      QStringLiteral("continuous|section"), QStringLiteral("continuous")});
    parser.addOption({QStringLiteral("prefix"), Cli::tr("Bates prefix (default BUNDLE)."),
                      QStringLiteral("PFX"), QStringLiteral("BUNDLE")});
    parser.addOption({QStringLiteral("start"), Cli::tr("First Bates number (default 1)."),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("max-size"),
                      Cli::tr("Split into parts above this many MB (default 25)."),
                      QStringLiteral("MB"), QStringLiteral("25")});
    parser.addOption({QStringLiteral("transport-password-file"),
                      Cli::tr("Also write an AES-256 encrypted copy with this password."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("override-consent"),
                      Cli::tr("File testimonies without recorded court consent (logged).")});
    parser.addOption({QStringLiteral("accept-unreviewed"),
                      Cli::tr("Export although pages await redaction review (logged, and "
                              "printed on the exhibit sheets).")});
    parser.addOption({QStringLiteral("timeout"),
                      Cli::tr("Seconds allowed for preparing one exhibit's pages (default 600)."),
                      QStringLiteral("SECONDS"), QStringLiteral("600")});
    parser.addOption(Cli::jsonOption());
    const QString synopsis = synopsisOf("bundle");
    int exitCode = 0;
    if (!Cli::parse(parser, args, 3, 3, synopsis, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();

    BundleOptions options;
    options.appVersion = QStringLiteral(AMANAT_VERSION);
    auto profile = BundleOptions::parseProfile(parser.value(QStringLiteral("profile")));
    if (!profile.ok())
        return Cli::usage(profile.error().message, synopsis);
    options.profile = *profile;
    auto numbering = BundleOptions::parseNumbering(parser.value(QStringLiteral("numbering")));
    if (!numbering.ok())
        return Cli::usage(numbering.error().message, synopsis);
    options.numbering = *numbering;
    options.prefix = parser.value(QStringLiteral("prefix"));
    if (auto checked = BundleExporter::checkPrefix(options.prefix); !checked.ok())
        return Cli::usage(checked.error().message, synopsis);
    bool ok = false;
    options.start = parser.value(QStringLiteral("start")).toInt(&ok);
    if (!ok || options.start < 1)
        return Cli::usage(Cli::tr("--start takes a whole number from 1."), synopsis);
    const double maxMb = parser.value(QStringLiteral("max-size")).toDouble(&ok);
    if (!ok || maxMb < 0.01 || maxMb > 100'000)
        return Cli::usage(Cli::tr("--max-size takes a size in MB (at least 0.01)."), synopsis);
    options.maxPartBytes = qint64(maxMb * 1'000'000);
    options.helperTimeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || options.helperTimeoutSeconds < 1)
        return Cli::usage(Cli::tr("--timeout takes a number of seconds."), synopsis);
    options.overrideConsent = parser.isSet(QStringLiteral("override-consent"));
    options.acceptUnreviewed = parser.isSet(QStringLiteral("accept-unreviewed"));
    if (parser.isSet(QStringLiteral("transport-password-file"))) {
        auto password = readPasswordFile(parser.value(QStringLiteral("transport-password-file")));
        if (!password.ok())
            return Cli::fail(password.error());
        options.transportPassword = std::move(*password);
    }

    auto library = Cli::open(positional.at(0), Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    Cli::warnIfSandboxIncomplete();
    auto dossier = (*library)->dossiers().find(positional.at(1));
    if (!dossier.ok())
        return Cli::fail(dossier.error());
    BundleExporter exporter(**library, std::move(options));
    if (isatty(STDERR_FILENO))
        exporter.progress = [](const QString &step) {
            Cli::warn(step);
        };
    auto report = exporter.run(dossier->id, positional.at(2));
    if (!report.ok())
        return Cli::fail(report.error());
    for (const QString &warning : report->warnings)
        Cli::warn(warning);
    if (parser.isSet(QStringLiteral("json"))) {
        Cli::printJson(QJsonObject{
            {QStringLiteral("folder"), report->folder},
            {QStringLiteral("files"), QJsonArray::fromStringList(report->pdfFiles)},
            {QStringLiteral("transport_files"), QJsonArray::fromStringList(report->transportFiles)},
            {QStringLiteral("natives"), QJsonArray::fromStringList(report->nativeFiles)},
            {QStringLiteral("pages"), report->pages},
            {QStringLiteral("bates_first"), report->firstBates},
            {QStringLiteral("bates_last"), report->lastBates},
            {QStringLiteral("manifest_sha256"), report->manifestSha256},
            {QStringLiteral("fingerprint"), report->fingerprint},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(report->warnings)},
            {QStringLiteral("leak_check"),
             QJsonObject{{QStringLiteral("pages"), report->leakCheckPages},
                         {QStringLiteral("pages_ocr"), report->leakCheckPagesOcr},
                         {QStringLiteral("files"), report->leakCheckFiles}}},
            {QStringLiteral("unreviewed_pages"), report->unreviewedPages}});
    } else {
        Cli::print(Cli::tr("Wrote %1: %2, %n page(s) (%3 to %4).", nullptr, report->pages)
                       .arg(report->folder, report->pdfFiles.join(QStringLiteral(", ")),
                            report->firstBates, report->lastBates));
        Cli::print(Cli::tr("Manifest SHA-256: %1").arg(report->manifestSha256));
        Cli::print(Cli::tr("Signing key fingerprint: %1").arg(report->fingerprint));
        Cli::print(Cli::tr("Leak check: %n page(s) read back, %1 of them by OCR; no protected "
                           "string found.",
                           nullptr, report->leakCheckPages)
                       .arg(report->leakCheckPagesOcr));
    }
    return kExitOk;
}

int runRedact(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("text"),
                      Cli::tr("Remove every occurrence of this text (repeatable)."),
                      QStringLiteral("STRING")});
    parser.addOption({QStringLiteral("rect"),
                      Cli::tr("Black out an area of a page, in fractions of the page "
                              "(repeatable)."),
                      QStringLiteral("PAGE,X,Y,W,H")});
    parser.addOption({QStringLiteral("keep"),
                      Cli::tr("Leave an area visible that the redactor covered by mistake "
                              "(repeatable; the leak check still reads it)."),
                      QStringLiteral("PAGE,X,Y,W,H")});
    parser.addOption({QStringLiteral("list"), Cli::tr("List the item's redactions.")});
    parser.addOption({QStringLiteral("remove"), Cli::tr("Remove a redaction by its number."),
                      QStringLiteral("RID")});
    parser.addOption(Cli::jsonOption());
    const QString synopsis = synopsisOf("redact");
    int exitCode = 0;
    if (!Cli::parse(parser, args, 2, 2, synopsis, &exitCode))
        return exitCode;
    const QStringList texts = parser.values(QStringLiteral("text"));
    const QStringList rects = parser.values(QStringLiteral("rect"));
    const QStringList keepRects = parser.values(QStringLiteral("keep"));
    const bool list = parser.isSet(QStringLiteral("list"));
    const bool remove = parser.isSet(QStringLiteral("remove"));
    if (int(!texts.isEmpty() || !rects.isEmpty() || !keepRects.isEmpty()) + int(list) +
            int(remove) !=
        1)
        return Cli::usage(Cli::tr("Give --text/--rect/--keep, or --list, or --remove."), synopsis);
    auto id = Cli::parseId(parser.positionalArguments().at(1));
    if (!id.ok())
        return Cli::usage(id.error().message, synopsis);
    QVector<std::pair<int, QRectF>> areas;
    for (const QString &text : rects) {
        auto area = RedactionRepository::parseRect(text);
        if (!area.ok())
            return Cli::usage(area.error().message, synopsis);
        areas.append(*area);
    }
    QVector<std::pair<int, QRectF>> keeps;
    for (const QString &text : keepRects) {
        auto area = RedactionRepository::parseRect(text);
        if (!area.ok())
            return Cli::usage(area.error().message, synopsis);
        keeps.append(*area);
    }
    auto library = Cli::open(parser.positionalArguments().at(0),
                             list ? Library::Access::Read : Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    RedactionRepository &redactions = (*library)->redactions();
    if (list) {
        auto all = redactions.forItem(*id);
        if (!all.ok())
            return Cli::fail(all.error());
        QJsonArray array;
        for (const Redaction &r : *all) {
            const bool isRect = r.kind != Redaction::Kind::Text;
            const QString kind = RedactionRepository::kindName(r.kind);
            if (parser.isSet(QStringLiteral("json"))) {
                QJsonObject object{{QStringLiteral("id"), double(r.id)},
                                   {QStringLiteral("kind"), kind},
                                   {QStringLiteral("created_at"), r.createdAt}};
                if (isRect) {
                    object.insert(QStringLiteral("page"), r.page);
                    object.insert(
                        QStringLiteral("rect"),
                        QJsonArray{r.area.x(), r.area.y(), r.area.width(), r.area.height()});
                } else {
                    object.insert(QStringLiteral("text"), r.text);
                }
                array.append(object);
            } else if (isRect) {
                Cli::print(QStringLiteral("%1\t%7\t%2,%3,%4,%5,%6")
                               .arg(r.id)
                               .arg(r.page)
                               .arg(r.area.x())
                               .arg(r.area.y())
                               .arg(r.area.width())
                               .arg(r.area.height())
                               .arg(kind));
            } else {
                Cli::print(QStringLiteral("%1\ttext\t%2").arg(r.id).arg(r.text));
            }
        }
        if (parser.isSet(QStringLiteral("json")))
            Cli::printJson(array);
        return kExitOk;
    }
    if (remove) {
        auto rid = Cli::parseId(parser.value(QStringLiteral("remove")));
        if (!rid.ok())
            return Cli::usage(rid.error().message, synopsis);
        auto removed = redactions.remove(*rid);
        return removed.ok() ? kExitOk : Cli::fail(removed.error());
    }
    // All or nothing.
    const Status added = (*library)->atomically([&](Library &writer) -> Status {
        RedactionRepository &redactions = writer.redactions();
        for (const QString &text : texts) {
            auto id_ = redactions.addText(*id, text);
            if (!id_.ok())
                return id_.error();
            Cli::print(QString::number(*id_));
        }
        for (const auto &[page, area] : areas) {
            auto id_ = redactions.addRect(*id, page, area);
            if (!id_.ok())
                return id_.error();
            Cli::print(QString::number(*id_));
        }
        for (const auto &[page, area] : keeps) {
            auto id_ = redactions.addKeep(*id, page, area);
            if (!id_.ok())
                return id_.error();
            Cli::print(QString::number(*id_));
        }
        return {};
    });
    return added.ok() ? kExitOk : Cli::fail(added.error());
}

} // namespace amanat::cli
