#include "BundleExporter.h"

#include "BundleReadme.h"
#include "BundleRun.h"

#include "GeneratedPages.h"
#include "Manifest.h"
#include "PageComposer.h"
#include "PdfAssembler.h"
#include "PdfText.h"
#include "RasterClient.h"
#include "common/Clock.h"
#include "common/FileUtil.h"
#include "crypto/SigningKey.h"
#include "library/Library.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>

#include <cerrno>
#include <memory>
#include <optional>

namespace amanat {

namespace bundle_detail {

const QString kBlackout = QStringLiteral("█████");

QSizeF basePageSize(BundleOptions::Profile profile)
{
    return profile == BundleOptions::Profile::Uk ? QSizeF(595.276, 841.89) : QSizeF(612, 792);
}

} // namespace bundle_detail

using namespace bundle_detail;

BundleExporter::BundleExporter(Library &library, BundleOptions options)
    : m_library(library), m_options(std::move(options))
{}

BundleExporter::~BundleExporter() = default;

QString BundleExporter::batesNumber(const QString &prefix, int number)
{
    return QStringLiteral("%1-%2").arg(prefix).arg(number, 6, 10, QLatin1Char('0'));
}

namespace {

QJsonArray exemptedCodes(const BundlePlan &plan)
{
    QJsonArray codes;
    for (const Exemption &e : plan.exemptions)
        codes.append(e.code);
    return codes;
}

} // namespace

Status BundleExporter::checkPrefix(const QString &prefix)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_]{1,16}$"));
    if (!valid.match(prefix).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         tr("The Bates prefix must be 1 to 16 letters, digits or underscores."));
    return {};
}

Status BundleExporter::Run::prepare(int index)
{
    const PlannedExhibit &e = plan.exhibits.at(index);
    Prepared &p = prepared[index];
    for (const Redaction &r : e.redactions) {
        if (r.kind == Redaction::Kind::Rect)
            p.areas.append(PageArea{r.page, r.area});
        else if (r.kind == Redaction::Kind::Keep)
            p.keeps.append(PageArea{r.page, r.area});
    }
    const QString what = tr("exhibit %1 (item %2)").arg(e.exhibit.label).arg(e.item.id);

    auto originalBytes = [&]() -> Result<QByteArray> {
        auto device = library.blobs().open(e.item.id);
        if (!device.ok())
            return device.error();
        QByteArray bytes = (*device)->readAll();
        if (bytes.size() != e.item.original.size)
            return makeError(ErrorCode::Corrupt,
                             tr("The original of %1 could not be read in full.").arg(what));
        return bytes;
    };
    RasterRequest request;
    request.mime = e.item.original.mime;
    request.terms = redactorTerms;
    request.areas = p.areas;
    request.keeps = p.keeps;
    request.languageGroups = languageGroups;
    // Scans, photos and redacted pages get a text layer read in the exhibit's own languages.
    request.textLayer = true;
    request.textLanguages = e.extraction && !e.extraction->ocrLanguages.isEmpty()
                                ? e.extraction->ocrLanguages
                                : libraryOcrLanguages;
    request.dpi = 300; // redacted pages at the resolution courts ask for scans
    request.skipStrategies = qEnvironmentVariable("AMANAT_TEST_REDACTOR_SKIP")
                                 .split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (e.exhibit.firstPage) {
        request.firstPage = *e.exhibit.firstPage;
        request.lastPage = *e.exhibit.lastPage;
    }

    for (ExhibitContent part : e.parts) {
        switch (part) {
        case ExhibitContent::PdfPages: {
            auto bytes = originalBytes();
            if (!bytes.ok())
                return bytes.error();
            auto source = assembler.addSource(*bytes, what);
            if (!source.ok())
                return source.error();
            p.source = *source;
            const int count = assembler.pageCount(p.source);
            p.firstPage = e.exhibit.firstPage.value_or(1);
            p.lastPage = e.exhibit.lastPage.value_or(count);
            if (p.lastPage > count || count == 0)
                return makeError(ErrorCode::InvalidInput,
                                 tr("Exhibit %1 asks for pages %2–%3, but its PDF has %n page(s).",
                                    nullptr, count)
                                     .arg(e.exhibit.label)
                                     .arg(p.firstPage)
                                     .arg(p.lastPage));
            // Every PDF goes through the helper: pages with something to cover come back as
            // page images, and the JPEGs of the others come back re-encoded.
            RasterRequest pages = request;
            pages.reencodeImages = true;
            rasterJobs.append(RasterJob{index, part, pages, *bytes, what, {}});
            break;
        }
        case ExhibitContent::Images: {
            auto bytes = originalBytes();
            if (!bytes.ok())
                return bytes.error();
            RasterRequest all = request;
            all.allPages = true;
            rasterJobs.append(RasterJob{index, part, all, *bytes, what, {}});
            break;
        }
        case ExhibitContent::Typeset: {
            QString text;
            if (e.item.kind == QLatin1String("testimony") && !e.transcript.trimmed().isEmpty()) {
                text = e.transcript;
                p.typesetHeading = transcriptHeading(e);
            } else {
                for (const auto &[number, pageText] : e.text)
                    text += pageText + QLatin1Char('\n');
                // A translation is a document in its own right, not the original's text.
                p.typesetHeading =
                    e.translationOf >= 0 ? tr("Translation of exhibit %1")
                                               .arg(plan.exhibits.at(e.translationOf).exhibit.label)
                    : e.translatedFrom ? tr("Translation")
                                       : tr("Text of the original file (as extracted)");
                if (text.trimmed().isEmpty())
                    text = tr("(No text could be extracted from this file. The original is "
                              "identified by its SHA-256 on the exhibit sheet.)");
            }
            typeset(p, text);
            break;
        }
        case ExhibitContent::Media:
            // A recording's transcript (time codes and all) goes on its placeholder page.
            if (!e.transcript.trimmed().isEmpty()) {
                p.typesetHeading = transcriptHeading(e);
                typeset(p, e.transcript);
            }
            break;
        }
    }
    return {};
}

QString BundleExporter::Run::transcriptHeading(const PlannedExhibit &e)
{
    const QString code = e.item.field("witness_code");
    return code.isEmpty() ? tr("Transcript") : tr("Transcript — witness %1").arg(code);
}

void BundleExporter::Run::typeset(Prepared &p, const QString &text)
{
    int coveredUpTo = -1; // overlapping matches (a name and its parts) are one passage
    for (const TermMatcher::Span &span : matcher.find(text)) {
        if (span.start >= coveredUpTo)
            ++p.tally.textPassages;
        coveredUpTo = qMax(coveredUpTo, span.end);
        p.tally.sources.insert(plan.terms.at(span.term).source);
    }
    p.typesetLines = PdfText::wrap(sanitize(text), PdfText::font(PageGeometry::kBodySize),
                                   PageGeometry::textArea(basePageSize(options.profile)).width(),
                                   composer.measuringDevice());
    if (p.typesetLines.isEmpty())
        p.typesetLines << QString();
}

void BundleExporter::Run::runRasterJobs()
{
    // One helper process per original, as many at once as there are cores: the helpers do
    // the decoding, OCR and encoding; this thread only waits for them.
    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
    for (RasterJob &job : rasterJobs) {
        pool.start([&job, this] {
            if (isCancelled())
                return; // not started: the export stops after the pool
            RasterClient client(options.helperPath, options.helperTimeoutSeconds);
            job.result = client.run(job.request, job.bytes, job.what);
            job.bytes.clear();
        });
    }
    pool.waitForDone();
}

Status BundleExporter::Run::applyRaster(const RasterJob &job)
{
    if (!job.result)
        return makeError(ErrorCode::Internal,
                         tr("The pages of %1 were not prepared.").arg(job.what));
    if (!job.result->ok())
        return job.result->error();
    const PlannedExhibit &e = plan.exhibits.at(job.exhibit);
    Prepared &p = prepared[job.exhibit];
    const RasterResult &result = **job.result;
    auto count = [&p](const RasterPage &page) {
        p.tally.autoBoxes += int(page.autoBoxes.size());
        p.tally.manualBoxes += page.manualBoxes;
        p.tally.keptBoxes += page.keptBoxes;
        for (const QString &reason : page.autoReasons)
            p.tally.sources.insert(reason);
        if (page.boxes() > 0)
            p.tally.pagesWithBoxes.append(page.page);
    };
    if (job.part == ExhibitContent::PdfPages) {
        for (RasterPage page : result.pages) {
            page.words = sanitizedWords(page.words);
            p.rasterOfPage.insert(page.page, page);
            count(page);
        }
        p.reencoded = result.images;
        return assembler.replaceImages(p.source, p.reencoded);
    }
    if (result.pages.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            tr("Exhibit %1 has no pages in the range asked for.").arg(e.exhibit.label));
    for (RasterPage page : result.pages) {
        count(page);
        page.words = sanitizedWords(page.words);
        // Where the helper read no words, the stored text (cleaned) goes along, unplaced.
        if (plan.terms.isEmpty() && page.boxes() == 0 && page.words.isEmpty())
            page.text = sanitize(textOfPage(e, page.page));
        p.images.append(page);
    }
    return {};
}

QVector<PlacedWord> BundleExporter::Run::sanitizedWords(const QVector<PlacedWord> &words) const
{
    // The helper left out every protected word it recognised; a word the exact check
    // still finds goes too (the leak check looks at the whole bundle afterwards).
    QVector<PlacedWord> kept;
    for (const PlacedWord &word : words)
        if (sanitize(word.text) == word.text)
            kept.append(word);
    return kept;
}

Status BundleExporter::Run::writeNatives()
{
    for (int x = 0; x < prepared.size(); ++x) {
        if (prepared[x].nativePath.isEmpty())
            continue;
        const PlannedExhibit &e = plan.exhibits.at(x);
        auto source = library.blobs().open(e.item.id);
        if (!source.ok())
            return source.error();
        QFile out(staging + QLatin1Char('/') + prepared[x].nativePath);
        if (!QDir().mkpath(QFileInfo(out).absolutePath()) || !out.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Io, tr("Could not write %1.").arg(prepared[x].nativePath));
        QByteArray chunk;
        while (!(chunk = (*source)->read(1 << 20)).isEmpty())
            if (out.write(chunk) != chunk.size())
                return fileError(errno, prepared[x].nativePath);
        if (!out.flush())
            return fileError(errno, prepared[x].nativePath);
    }
    return {};
}

Result<BundleReport> BundleExporter::run(qint64 dossierId, const QString &outDir)
{
    AMANAT_TRY(checkPrefix(m_options.prefix));
    if (m_options.start < 1 || m_options.start > 99'999'999)
        return makeError(ErrorCode::InvalidInput, tr("The first Bates number must be 1 or more."));
    const QFileInfo target(outDir);
    if (target.exists() &&
        (!target.isDir() ||
         !QDir(outDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)))
        return makeError(ErrorCode::AlreadyExists,
                         tr("%1 already exists and is not an empty folder; choose a new folder "
                            "for the bundle.")
                             .arg(QDir::toNativeSeparators(outDir)));
    const QString parent = target.absoluteDir().absolutePath();
    if (!QFileInfo(parent).isDir())
        return makeError(ErrorCode::NotFound,
                         tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(parent)));

    Run run(m_library, m_options);
    run.cancelled = cancelled;
    auto say = [this](const QString &text) {
        if (progress)
            progress(text);
    };
    const auto stopped = [&run]() -> Status {
        if (run.isCancelled())
            return makeError(ErrorCode::Cancelled,
                             tr("The export was cancelled; nothing was written or logged."));
        return {};
    };
    auto plan = BundlePlanner::plan(m_library, dossierId, m_options);
    if (!plan.ok())
        return plan.error();
    run.plan = *plan;
    run.createdUtc = Clock::nowUtcText();
    AMANAT_TRY(run.setUpRedaction(dossierId));
    AMANAT_TRY(run.checkReviewedBeforePages());
    auto key = m_library.signingKey();
    if (!key.ok())
        return key.error();
    const SigningKey &signingKey = **key;

    run.prepared.resize(run.plan.exhibits.size());
    for (int x = 0; x < run.plan.exhibits.size(); ++x) {
        say(tr("Preparing exhibit %1 (%2 of %3)…")
                .arg(run.plan.exhibits.at(x).exhibit.label)
                .arg(x + 1)
                .arg(run.plan.exhibits.size()));
        AMANAT_TRY(stopped());
        AMANAT_TRY(run.prepare(x));
    }
    if (!run.rasterJobs.isEmpty()) {
        say(tr("Preparing the pages of %n original(s)…", nullptr, int(run.rasterJobs.size())));
        run.runRasterJobs();
        AMANAT_TRY(stopped());
        for (const RasterJob &job : run.rasterJobs)
            AMANAT_TRY(run.applyRaster(job));
        run.rasterJobs.clear();
    }
    AMANAT_TRY(run.checkReviewedAfterPages());
    run.layOut();
    run.assignParts();

    const Dossier &d = run.plan.dossier;
    const bool us = m_options.profile == BundleOptions::Profile::Us;
    // Sections that hold an exhibit (one may have lost its only one to its original's).
    QSet<int> sections;
    for (const PlannedExhibit &e : run.plan.exhibits)
        sections.insert(e.sectionIndex);
    run.cover = CoverText{d.name,
                          d.court,
                          d.caseNumber,
                          d.parties,
                          d.counsel,
                          d.hearingDate,
                          int(run.plan.exhibits.size()),
                          int(sections.size()),
                          run.layout.pageCount(),
                          run.layout.bates.first(),
                          run.layout.bates.last(),
                          {},
                          {},
                          signingKey.displayFingerprint(),
                          {},
                          us ? d.aNumber : QString()};
    if (run.parts.size() > 1)
        for (int k = 0; k < run.parts.size(); ++k)
            run.cover.parts << tr("Part %1, %2: pages %3–%4")
                                   .arg(k + 1)
                                   .arg(run.parts.at(k).file)
                                   .arg(run.parts.at(k).firstOwn + 1)
                                   .arg(run.parts.at(k).lastOwn + 1);
    if (!run.plan.terms.isEmpty() || !run.plan.exemptions.isEmpty()) {
        run.cover.redaction =
            tr("Redaction: names and contacts of protected people, and redacted text, were "
               "removed from every page, and the finished bundle was read back (text and OCR "
               "of every page image) to check that none is legible. Each exhibit sheet says "
               "what was removed and who reviewed it.");
        const QString exempt = run.exemptionStatement();
        if (!exempt.isEmpty())
            run.cover.redaction += QLatin1Char(' ') + exempt;
    }
    run.cover.prepared =
        tr("Prepared with Amanat %1 on %2 UTC.")
            .arg(m_options.appVersion, QDateTime::fromString(run.createdUtc, Qt::ISODateWithMs)
                                           .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    AMANAT_TRY(stopped());
    say(tr("Drawing %n page(s)…", nullptr, run.layout.pageCount()));
    AMANAT_TRY(run.assembler.setGenerated(run.composer.render(d.name)));
    PageComposer stamps;
    const int total = run.layout.pageCount();
    for (int i = 0; i < total; ++i) {
        const BundlePage &page = run.layout.pages.at(i);
        QString left = page.exhibit >= 0
                           ? tr("Exhibit %1").arg(run.plan.exhibits.at(page.exhibit).exhibit.label)
                           : QString();
        // US immigration court filings carry the A-number on every page.
        if (!run.cover.aNumber.isEmpty())
            left = left.isEmpty() ? run.cover.aNumber : tr("%1 · %2").arg(run.cover.aNumber, left);
        const QString pageOf = tr("Page %1 of %2").arg(i + 1).arg(total);
        const QString bates = run.layout.bates.at(i);
        stamps.add(page.size, [left, pageOf, bates](QPainter &painter, const QSizeF &size) {
            GeneratedPages::drawStamp(painter, size, left, pageOf, bates);
        });
    }
    AMANAT_TRY(run.assembler.setStamps(stamps.render(d.name)));

    // Everything is written into a hidden folder beside the destination, then renamed.
    QTemporaryDir staging(parent + QStringLiteral("/.amanat-bundle-XXXXXX"));
    if (!staging.isValid())
        return makeError(
            ErrorCode::Io,
            tr("Could not create a folder in %1.").arg(QDir::toNativeSeparators(parent)));
    run.staging = staging.path();
    BundleReport report;
    report.warnings = run.plan.warnings;
    if (!qEnvironmentVariableIsEmpty("AMANAT_TEST_REDACTOR_SKIP"))
        report.warnings << tr("A test setting turned redactor strategies off: %1.")
                               .arg(qEnvironmentVariable("AMANAT_TEST_REDACTOR_SKIP"));
    const BundleDocumentInfo info{d.name, QStringLiteral("Amanat %1").arg(m_options.appVersion),
                                  run.createdUtc};
    for (int part = 0; part < run.parts.size(); ++part) {
        AMANAT_TRY(stopped());
        const QString file = run.parts.at(part).file;
        say(tr("Writing %1…").arg(file));
        const QString path = run.staging + QLatin1Char('/') + file;
        AMANAT_TRY(run.assembler.writePart(run.layout, run.parts, part, path, info));
        report.pdfFiles << file;
        if (QFileInfo(path).size() > m_options.maxPartBytes)
            report.warnings << tr("%1 is larger than the size limit: one exhibit alone exceeds "
                                  "it. Ask the court how to file it.")
                                   .arg(file);
        if (m_options.transportPassword) {
            QString name = file;
            name.replace(QStringLiteral("bundle"), QStringLiteral("bundle-transport"));
            AMANAT_TRY(PdfAssembler::writeEncryptedCopy(path, run.staging + QLatin1Char('/') + name,
                                                        *m_options.transportPassword));
            report.transportFiles << name;
        }
    }
    AMANAT_TRY(run.writeNatives());

    Manifest manifest;
    manifest.appVersion = m_options.appVersion;
    manifest.createdUtc = run.createdUtc;
    manifest.dossier = ManifestDossier{d.id, d.name, d.court, d.caseNumber, d.hearingDate};
    for (int x = 0; x < run.plan.exhibits.size(); ++x) {
        const PlannedExhibit &e = run.plan.exhibits.at(x);
        const Prepared &p = run.prepared.at(x);
        ManifestExhibit m;
        m.label = e.exhibit.label;
        m.itemId = e.item.id;
        m.title = run.sanitize(e.title());
        m.kind = e.item.kind;
        m.section = e.sectionTitle;
        m.batesFirst = run.layout.bates.at(p.firstBundlePage);
        m.batesLast = run.layout.bates.at(p.lastBundlePage);
        m.pageFirst = p.firstBundlePage + 1;
        m.pageLast = p.lastBundlePage + 1;
        m.sha256 = e.item.original.sha256;
        m.originalName = run.sanitize(e.item.original.name);
        m.nativePath = p.nativePath;
        m.redacted = p.redacted();
        if (e.translationOf >= 0)
            m.translationOf = run.plan.exhibits.at(e.translationOf).exhibit.label;
        for (int t : e.translations)
            m.translations << run.plan.exhibits.at(t).exhibit.label;
        for (CustodyEvent event : e.custody) {
            // A redacted string must not come back through a logged file name or title.
            const QByteArray json = QJsonDocument(event.details).toJson(QJsonDocument::Compact);
            const QString cleaned = run.sanitize(QString::fromUtf8(json));
            if (cleaned != QString::fromUtf8(json)) {
                event.details = QJsonDocument::fromJson(cleaned.toUtf8()).object();
                m.detailsRedacted.insert(event.seq);
            }
            // Nor through the custodian's name (someone at risk may be both).
            const QString actor = run.sanitize(event.actor);
            if (actor != event.actor) {
                event.actor = actor;
                m.detailsRedacted.insert(event.seq);
            }
            m.custody.append(event);
        }
        manifest.exhibits.append(m);
        if (!p.nativePath.isEmpty())
            report.nativeFiles << p.nativePath;
    }
    AMANAT_TRY(stopped());
    say(tr("Signing the manifest…"));
    AMANAT_TRY(
        writeFileAtomically(run.staging + QLatin1Char('/') + QLatin1String(BundleReadme::kFileName),
                            BundleReadme::text(run.sanitize(d.name), signingKey.fingerprint())));
    auto manifestHash = manifest.writeTo(run.staging, signingKey);
    if (!manifestHash.ok())
        return manifestHash.error();

    // Nothing is moved into place before the finished bundle has been read back.
    say(tr("Checking the finished bundle for protected names…"));
    const Status leakChecked = run.runLeakCheck(target.fileName(), say);
    AMANAT_TRY(stopped()); // also when it stopped the leak check
    AMANAT_TRY(leakChecked);

    // Into place, then into the custody log; undo the first if the second fails.
    if (target.exists() && !QDir().rmdir(outDir))
        return makeError(
            ErrorCode::Io,
            tr("Could not replace the empty folder %1.").arg(QDir::toNativeSeparators(outDir)));
    if (!QDir().rename(run.staging, outDir))
        return makeError(
            ErrorCode::Io,
            tr("Could not move the bundle into %1.").arg(QDir::toNativeSeparators(outDir)));
    staging.setAutoRemove(false);
    // On the write connection, wherever it lives; this thread waits for the outcome.
    auto logging = m_library.write([&](Library &library) {
        return library.atomically([&](Library &writer) -> Status {
            AMANAT_TRY(writer.custody().append(
                QStringLiteral("bundle_export"), 0,
                QJsonObject{{QStringLiteral("dossier"), double(d.id)},
                            {QStringLiteral("name"), d.name},
                            {QStringLiteral("manifest_sha256"), *manifestHash},
                            {QStringLiteral("pages"), total},
                            {QStringLiteral("parts"), int(run.parts.size())},
                            {QStringLiteral("bates_first"), run.layout.bates.first()},
                            {QStringLiteral("bates_last"), run.layout.bates.last()},
                            {QStringLiteral("leak_check"),
                             QJsonObject{{QStringLiteral("pages"), run.leakReport.pages},
                                         {QStringLiteral("pages_ocr"), run.leakReport.pagesOcr},
                                         {QStringLiteral("files"), run.leakReport.files},
                                         {QStringLiteral("kept"), run.leakReport.kept}}},
                            {QStringLiteral("exempted"), exemptedCodes(run.plan)}}));
            for (int x = 0; x < run.plan.exhibits.size(); ++x) {
                const PlannedExhibit &e = run.plan.exhibits.at(x);
                QJsonObject details{
                    {QStringLiteral("dossier"), double(d.id)},
                    {QStringLiteral("label"), e.exhibit.label},
                    {QStringLiteral("bates_first"), manifest.exhibits.at(x).batesFirst},
                    {QStringLiteral("bates_last"), manifest.exhibits.at(x).batesLast},
                    {QStringLiteral("manifest_sha256"), *manifestHash}};
                if (e.consentOverridden)
                    AMANAT_TRY(writer.custody().append(QStringLiteral("consent_override"),
                                                       e.item.id, details));
                const Prepared &p = run.prepared.at(x);
                if (!p.unreviewedPages.isEmpty()) {
                    QJsonArray pages;
                    for (int page : p.unreviewedPages)
                        pages.append(page);
                    QJsonObject unreviewed = details;
                    unreviewed.insert(QStringLiteral("pages"), pages);
                    AMANAT_TRY(writer.custody().append(
                        QStringLiteral("redaction_unreviewed_export"), e.item.id, unreviewed));
                }
                details.insert(
                    QStringLiteral("redaction"),
                    QJsonObject{{QStringLiteral("auto_boxes"), p.tally.autoBoxes},
                                {QStringLiteral("manual_boxes"), p.tally.manualBoxes},
                                {QStringLiteral("kept_boxes"), p.tally.keptBoxes},
                                {QStringLiteral("text_passages"), p.tally.textPassages}});
                AMANAT_TRY(
                    writer.custody().append(QStringLiteral("exhibit_export"), e.item.id, details));
            }
            return Status();
        });
    });
    logging.waitForFinished();
    const Status logged = logging.result();
    if (!logged.ok()) {
        QDir(outDir).removeRecursively();
        return logged.error();
    }
    report.folder = outDir;
    report.pages = total;
    report.firstBates = run.layout.bates.first();
    report.lastBates = run.layout.bates.last();
    report.manifestSha256 = *manifestHash;
    report.leakCheckPages = run.leakReport.pages;
    report.leakCheckPagesOcr = run.leakReport.pagesOcr;
    report.leakCheckFiles = run.leakReport.files;
    for (const Prepared &p : std::as_const(run.prepared))
        report.unreviewedPages += int(p.unreviewedPages.size());
    report.fingerprint = signingKey.fingerprint();
    return report;
}

} // namespace amanat
