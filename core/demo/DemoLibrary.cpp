#include "DemoLibrary.h"

#include "DemoSamples.h"
#include "library/Library.h"
#include "library/TestimonyEditing.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <utility>

namespace amanat {

namespace {

/** Imports @p files with @p kind (empty: guessed) and waits for their extraction. */
Result<ImportSummary> importAll(Library &library, const QStringList &files, const QString &kind,
                                const QStringList &tags, const DemoLibrary::Options &options)
{
    ImportJob::Options jobOptions;
    jobOptions.import.kind = kind;
    jobOptions.import.tags = tags;
    jobOptions.ocrLanguages = options.ocrLanguages;
    jobOptions.extraction = options.extraction;
    ImportJob job(library.importServices(), files, jobOptions);
    QEventLoop loop;
    ImportSummary summary;
    QObject::connect(&job, &ImportJob::finished, &loop,
                     [&loop, &summary](const ImportSummary &done) {
                         summary = done;
                         loop.quit();
                     });
    job.start();
    loop.exec();
    if (!summary.importFailures.isEmpty())
        return makeError(ErrorCode::Io, summary.importFailures.first().reason);
    return summary;
}

void merge(ImportSummary &into, const ImportSummary &from)
{
    into.imported += from.imported;
    into.duplicates += from.duplicates;
    into.importFailures += from.importFailures;
    into.extractionFailures += from.extractionFailures;
}

/** The id of the item imported from the file called @p fileName. */
qint64 itemFor(Library &library, const QString &fileName)
{
    auto items = library.items().list();
    if (!items.ok())
        return 0;
    for (const Item &item : *items)
        if (item.original.name == fileName)
            return item.id;
    return 0;
}

Status describe(Library &library, const QString &fileName, const QMap<QString, QString> &fields,
                const QStringList &tags)
{
    const qint64 id = itemFor(library, fileName);
    if (id == 0)
        return makeError(ErrorCode::NotFound,
                         DemoLibrary::tr("The demo item %1 was not imported.").arg(fileName));
    AMANAT_TRY(library.items().setFields(id, fields));
    for (const QString &tag : tags)
        AMANAT_TRY(library.tags().addToItem(id, tag));
    return {};
}

Status describeAll(Library &library, const QString &samplesFolder)
{
    using Fields = QMap<QString, QString>;
    const QString place = QStringLiteral("Qaradun valley (invented)");
    AMANAT_TRY(describe(
        library, QStringLiteral("Field report - Qaradun valley water.pdf"),
        Fields{{QStringLiteral("title"), QStringLiteral("Field report: water access in the "
                                                        "Qaradun valley")},
               {QStringLiteral("description"),
                QStringLiteral("An invented NGO report on checkpoint closures and water "
                               "deliveries, for the demo.")},
               {QStringLiteral("language"), QStringLiteral("en")},
               {QStringLiteral("event_date"), QStringLiteral("2023-03/2023-06")},
               {QStringLiteral("place"), place},
               {QStringLiteral("source_author"), QStringLiteral("Demo Monitoring Group")}},
        {QStringLiteral("Demo/Reports"), QStringLiteral("Demo/Checkpoints")}));
    AMANAT_TRY(describe(library, QStringLiteral("Checkpoint barrier photo.png"),
                        Fields{{QStringLiteral("description"),
                                QStringLiteral("A drawn stand-in for a photograph of the "
                                               "barrier.")},
                               {QStringLiteral("event_date"), QStringLiteral("2023-04-12")},
                               {QStringLiteral("place"), place}},
                        {QStringLiteral("Demo/Checkpoints")}));
    AMANAT_TRY(describe(library, QStringLiteral("Valley road clip.mp4"),
                        Fields{{QStringLiteral("description"),
                                QStringLiteral("A generated test pattern standing in for a "
                                               "video of the road.")},
                               {QStringLiteral("event_date"), QStringLiteral("2023-04")},
                               // Time-coded, as a transcriber writes it (F9 in the app).
                               {QStringLiteral("transcript"),
                                QStringLiteral("[00:01] The barrier across the valley road is "
                                               "down.\n[00:03] A water truck stops, waits, "
                                               "and turns back.")}},
                        // Filed with testimony W-D01: it plays from its transcript's times.
                        {QStringLiteral("Demo/Checkpoints"), QStringLiteral("Testimonies/W-D01")}));
    AMANAT_TRY(describe(library, QStringLiteral("Voice memo - field team.wav"),
                        Fields{{QStringLiteral("description"),
                                QStringLiteral("Generated tones standing in for a voice memo.")}},
                        {}));
    AMANAT_TRY(
        describe(library, QStringLiteral("District notice 17 (scan).png"),
                 Fields{{QStringLiteral("title"), QStringLiteral("District notice No. 17 (scan)")},
                        {QStringLiteral("event_date"), QStringLiteral("2023-03-20")},
                        {QStringLiteral("language"), QStringLiteral("en")}},
                 {QStringLiteral("Demo/Official documents"), QStringLiteral("Demo/Checkpoints")}));

    const char *const interviewDates[] = {"2023-07-02", "2023-07-02", "2023-07-09"};
    for (int i = 0; i < 3; ++i) {
        const QString code = QStringLiteral("W-D0%1").arg(i + 1);
        QFile transcript(
            QDir(samplesFolder).filePath(QStringLiteral("Testimony %1.txt").arg(code)));
        if (!transcript.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, DemoLibrary::tr("The demo transcript is missing."));
        AMANAT_TRY(describe(
            library, QStringLiteral("Testimony %1.txt").arg(code),
            Fields{{QStringLiteral("title"), QStringLiteral("Interview %1").arg(code)},
                   {QStringLiteral("witness_code"), code},
                   {QStringLiteral("interview_date"), QString::fromLatin1(interviewDates[i])},
                   {QStringLiteral("interview_place"), place},
                   {QStringLiteral("interviewer"), QStringLiteral("Demo Researcher A")},
                   {QStringLiteral("consent"),
                    i == 2 ? QStringLiteral("court") : QStringLiteral("court,advocacy")},
                   {QStringLiteral("consent_date"), QString::fromLatin1(interviewDates[i])},
                   {QStringLiteral("language"), QStringLiteral("en")},
                   {QStringLiteral("transcript"), QString::fromUtf8(transcript.readAll())},
                   {QStringLiteral("witness_name"),
                    QStringLiteral("Invented Person %1 (not a real person)").arg(i + 1)},
                   {QStringLiteral("witness_contact"),
                    QStringLiteral("demo-witness-%1@example.invalid").arg(i + 1)}},
            {QStringLiteral("Demo/Testimonies"), QStringLiteral("Demo/Checkpoints"),
             TestimonyEditing::tagFor(code)}));
    }
    return library.savedSearches().save(DemoLibrary::tr("Checkpoint testimonies"),
                                        QStringLiteral("checkpoint kind:testimony"), true);
}

/** A saved clip of the video and a dossier as a lawyer would start one from these items, so
 *  that the dossier editor, the redaction review and the bundle export can be tried at once
 *  (and the README's pictures show them). Invented, like the items. */
Status fileDossier(Library &library)
{
    const qint64 video = itemFor(library, QStringLiteral("Valley road clip.mp4"));
    const qint64 startMs = 800, endMs = 2200;
    if (video != 0) {
        auto marker = library.clipMarkers().add(
            video, startMs, endMs, QStringLiteral("Barrier lowered; second vehicle turned back"));
        if (!marker.ok())
            return marker.error();
    }
    Dossier dossier;
    dossier.name = QStringLiteral("Qaradun valley — water access (demo)");
    dossier.court = QStringLiteral("Invented Tribunal for Demonstrations");
    dossier.caseNumber = QStringLiteral("DEMO/0001/2024");
    dossier.parties = QStringLiteral("Demo Applicant v. Demo Respondent");
    dossier.counsel = QStringLiteral("Demo Counsel (invented)");
    dossier.hearingDate = QStringLiteral("2024-11-05");
    auto id = library.dossiers().create(dossier);
    if (!id.ok())
        return id.error();
    auto add = [&](const QString &file, const QString &section, const QString &description,
                   std::optional<int> firstPage = {}, std::optional<int> lastPage = {},
                   std::optional<qint64> segmentStart = {},
                   std::optional<qint64> segmentEnd = {}) -> Status {
        ExhibitRequest request;
        request.itemIds = {itemFor(library, file)};
        if (request.itemIds.first() == 0)
            return makeError(ErrorCode::NotFound,
                             DemoLibrary::tr("The demo item %1 was not imported.").arg(file));
        request.section = section;
        request.description = description;
        request.firstPage = firstPage;
        request.lastPage = lastPage;
        request.startMs = segmentStart;
        request.endMs = segmentEnd;
        auto added = library.dossiers().addExhibits(*id, request);
        return added.ok() ? Status() : Status(added.error());
    };
    const QString statements = QStringLiteral("A. Witness statements");
    const QString conditions = QStringLiteral("B. Country conditions");
    const QString official = QStringLiteral("C. Official documents and media");
    AMANAT_TRY(add(QStringLiteral("Testimony W-D01.txt"), statements,
                   QStringLiteral("Statement of witness W-D01")));
    AMANAT_TRY(add(QStringLiteral("Testimony W-D02.txt"), statements,
                   QStringLiteral("Statement of witness W-D02")));
    AMANAT_TRY(add(QStringLiteral("Field report - Qaradun valley water.pdf"), conditions,
                   QStringLiteral("NGO field report, pages on the checkpoint closures"), 1, 2));
    AMANAT_TRY(add(QStringLiteral("District notice 17 (scan).png"), official,
                   QStringLiteral("District notice No. 17")));
    // The saved clip's passage, as the editor offers it for a video exhibit.
    return add(QStringLiteral("Valley road clip.mp4"), official,
               QStringLiteral("The barrier being lowered"), {}, {}, startMs, endMs);
}

} // namespace

SecureBuffer DemoLibrary::randomPassphrase()
{
    static const char *const words[] = {
        "amber",  "river",   "lantern", "quiet",  "orchard", "harbor",  "meadow", "copper",
        "falcon", "pepper",  "canyon",  "violet", "saddle",  "glacier", "ember",  "willow",
        "marble", "thistle", "beacon",  "walnut", "juniper", "cobalt",  "tundra", "basil",
        "cedar",  "pebble",  "sparrow", "indigo", "lagoon",  "mosaic",  "nutmeg", "prairie"};
    constexpr quint32 kWords = sizeof(words) / sizeof(words[0]);
    QByteArray text;
    for (int i = 0; i < 5; ++i) {
        if (i > 0)
            text.append(' ');
        text.append(words[randombytes_uniform(kWords)]);
    }
    text.append(' ');
    text.append(QByteArray::number(10 + randombytes_uniform(90)));
    return SecureBuffer::takeFrom(text);
}

Result<DemoLibrary::Created> DemoLibrary::create(const QString &parentFolder,
                                                 const QString &program, const Options &options)
{
    const QDir parent(parentFolder);
    if (!parent.exists())
        return makeError(
            ErrorCode::NotFound,
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(parentFolder)));
    const QString samplesFolder = parent.filePath(QStringLiteral("samples"));
    auto files = DemoSamples::write(samplesFolder);
    if (!files.ok())
        return files.error();

    Created created;
    created.path = parent.filePath(QStringLiteral("Demo.amanat"));
    created.passphrase = randomPassphrase();
    auto library = Library::create(created.path, created.passphrase, program);
    if (!library.ok()) {
        QDir(samplesFolder).removeRecursively();
        return library.error();
    }
    Library &lib = *library->library;
    library->recoveryKey.wipe();

    Status status;
    const QStringList common{QStringLiteral("Demo/Samples")};
    for (const auto &[list, kind] :
         {std::pair{files->documents, QString()}, std::pair{files->scans, QStringLiteral("scan")},
          std::pair{files->testimonies, QStringLiteral("testimony")}}) {
        auto summary = importAll(lib, list, kind, common, options);
        if (!summary.ok()) {
            status = summary.error();
            break;
        }
        merge(created.summary, *summary);
    }
    if (status.ok())
        status = describeAll(lib, samplesFolder);
    if (status.ok())
        status = fileDossier(lib);
    library->library.reset(); // close: the demo is unlocked like any other library
    QDir(samplesFolder).removeRecursively();
    if (!status.ok())
        return status.error();
    return created;
}

} // namespace amanat
