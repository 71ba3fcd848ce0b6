// Court bundles end to end through amanat-cli (issue 6): dossiers, the filing PDF checked
// with qpdf and pdftotext, the signed manifest, redaction and witness safety, the transport
// copy, CJK and Uyghur text, parts.

#include "CliRunner.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace amanat::test;

namespace {

const QString kWitnessName = QStringLiteral("Ahmet Tursunov");
const QString kWitnessContact = QStringLiteral("+99 555 0101");
const QString kRedacted = QStringLiteral("SECRETTOKEN4471");
const QString kRectText = QStringLiteral("AREAHIDDEN9");
const QString kChinese = QStringLiteral("证人陈述他们在夜里来了");
const QString kUyghur = QStringLiteral("ئۇيغۇرچە گۇۋاھلىق");
const QString kDossier = QStringLiteral("上诉案 Appeal of AT");

/** A PDF with one line of text per page (DejaVu Sans), in points. */
void writePdf(const QString &path, const QStringList &pages, bool landscape = false)
{
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(14);
    painter.setFont(font);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        const QStringList lines = pages.at(i).split(QLatin1Char('\n'));
        for (int l = 0; l < lines.size(); ++l)
            painter.drawText(QPointF(60, 60 + 30 * l), lines.at(l));
    }
}

/** A 200-dpi "scan" of a police record that names the witness. */
void writeScan(const QString &path)
{
    QImage image(1654, 2339, QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(7874);
    image.setDotsPerMeterY(7874);
    QPainter painter(&image);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(46);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QPointF(150, 250), QStringLiteral("POLICE RECORD 2019/447"));
    painter.drawText(QPointF(150, 370),
                     QStringLiteral("Detained: %1 at the station").arg(kWitnessName));
    painter.drawText(QPointF(150, 490), QStringLiteral("Officer on duty signed the record"));
    painter.end();
    image.save(path);
}

QString withoutBidiMarks(QString text)
{
    static const QRegularExpression marks(
        QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}]"));
    return text.remove(marks);
}

} // namespace

class TestCliBundle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CliRunner m_cli;
    QString m_library;
    QString m_bundle;
    qint64 m_report = 0, m_annex = 0, m_scan = 0, m_video = 0, m_testimony = 0, m_noConsent = 0,
           m_recorded = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    qint64 importOne(const QString &file, const QStringList &extra = {})
    {
        return m_cli.importOne(m_library, file, extra);
    }

    CliResult cli(const QStringList &args) const { return m_cli.run(args); }

    static CliResult tool(const QString &program, const QStringList &args)
    {
        return runProgram(program, args, baseEnvironment());
    }

    static QString pdfText(const QString &pdf, int page = 0, const QString &password = {})
    {
        QStringList args;
        if (page > 0)
            args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                 << QString::number(page);
        if (!password.isEmpty())
            args << QStringLiteral("-upw") << password;
        args << pdf << QStringLiteral("-");
        return withoutBidiMarks(QString::fromUtf8(tool(QStringLiteral("pdftotext"), args).out));
    }

    static int pageCount(const QString &pdf)
    {
        const QString info = QString::fromUtf8(tool(QStringLiteral("pdfinfo"), {pdf}).out);
        const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    static QJsonObject qpdfJson(const QString &pdf, const QString &key)
    {
        return QJsonDocument::fromJson(
                   tool(QStringLiteral("qpdf"),
                        {QStringLiteral("--json"), QStringLiteral("--json-key=") + key, pdf})
                       .out)
            .object();
    }

    /** Marks every page of @p dossier that awaits redaction review as reviewed. */
    void approveAll(const QString &dossier) const
    {
        const QJsonArray pending =
            QJsonDocument::fromJson(cli({QStringLiteral("redact-review"), m_library, dossier,
                                         QStringLiteral("--list"), QStringLiteral("--json")})
                                        .out)
                .array();
        QStringList pages;
        for (const QJsonValue &page : pending)
            pages << QStringLiteral("%1:%2")
                         .arg(page.toObject().value(QStringLiteral("item")).toInt())
                         .arg(page.toObject().value(QStringLiteral("page")).toInt());
        if (!pages.isEmpty())
            AMANAT_EXPECT_EXIT(cli(QStringList{QStringLiteral("redact-review"), m_library, dossier,
                                               QStringLiteral("--approve")} +
                                   pages),
                               0);
    }

    CliResult bundle(const QString &out, const QStringList &extra = {}) const
    {
        return cli(QStringList{QStringLiteral("bundle"), m_library, kDossier, out,
                               QStringLiteral("--prefix"), QStringLiteral("PFX"),
                               QStringLiteral("--json")} +
                   extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("AMANAT_TEST_KEEP")) { // for looking at the bundle
            m_dir.setAutoRemove(false);
            qInfo("test folder: %s", qPrintable(m_dir.path()));
        }
        m_library = path(QStringLiteral("lib"));
        QVERIFY(!m_cli.init(m_library).isEmpty());
        QDir().mkpath(path(QStringLiteral("in")));
        writePdf(
            path(QStringLiteral("in/report.pdf")),
            {QStringLiteral("COUNTRY REPORT ALPHA"),
             QStringLiteral("Second page names %1 in passing.\nAlso %2 here.")
                 .arg(kWitnessName, kRedacted),
             QStringLiteral("%1 at the top\n\n\n\nThird page body text stays.").arg(kRectText)});
        writePdf(path(QStringLiteral("in/annex.pdf")), {QStringLiteral("LANDSCAPE ANNEX TABLE")},
                 true);
        writeScan(path(QStringLiteral("in/scan.png")));
        const CliResult made = tool(
            QStringLiteral("ffmpeg"),
            {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"),
             QStringLiteral("lavfi"), QStringLiteral("-i"),
             QStringLiteral("testsrc=duration=3:size=320x240:rate=25"), QStringLiteral("-pix_fmt"),
             QStringLiteral("yuv420p"), QStringLiteral("-y"), path(QStringLiteral("in/clip.mp4"))});
        QVERIFY2(made.exitedWith(0), made.describe().constData());
        writeFile(path(QStringLiteral("in/statement.txt")), "Statement placeholder\n");
        writeFile(path(QStringLiteral("in/statement2.txt")), "Second statement\n");

        m_report = importOne(path(QStringLiteral("in/report.pdf")));
        m_annex = importOne(path(QStringLiteral("in/annex.pdf")));
        m_scan = importOne(path(QStringLiteral("in/scan.png")));
        m_video = importOne(path(QStringLiteral("in/clip.mp4")));
        m_testimony = importOne(path(QStringLiteral("in/statement.txt")),
                                {QStringLiteral("--kind"), QStringLiteral("testimony")});
        m_noConsent = importOne(path(QStringLiteral("in/statement2.txt")),
                                {QStringLiteral("--kind"), QStringLiteral("testimony")});
        QVERIFY(m_report && m_annex && m_scan && m_video && m_testimony && m_noConsent);
        const QString transcript =
            QStringLiteral("Interview with the witness.\nThe witness, %1, reached on %2, "
                           "described the raid.\n%3\n%4\n")
                .arg(kWitnessName, kWitnessContact, kChinese, kUyghur);
        AMANAT_EXPECT_EXIT(
            cli({QStringLiteral("set"), m_library, QString::number(m_testimony),
                 QStringLiteral("transcript=") + transcript,
                 QStringLiteral("witness_name=") + kWitnessName,
                 QStringLiteral("witness_contact=") + kWitnessContact,
                 QStringLiteral("witness_code=W-017"), QStringLiteral("consent=court"),
                 QStringLiteral("title=Statement of W-017")}),
            0);
        AMANAT_EXPECT_EXIT(
            cli({QStringLiteral("set"), m_library, QString::number(m_noConsent),
                 QStringLiteral("witness_code=W-018"), QStringLiteral("consent=advocacy")}),
            0);
        // A testimony recorded as audio, with a time-coded transcript naming the witness.
        const CliResult tone =
            tool(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"),
                  QStringLiteral("lavfi"), QStringLiteral("-i"),
                  QStringLiteral("sine=frequency=440:duration=3"), QStringLiteral("-y"),
                  path(QStringLiteral("in/interview.wav"))});
        QVERIFY2(tone.exitedWith(0), tone.describe().constData());
        m_recorded = importOne(path(QStringLiteral("in/interview.wav")),
                               {QStringLiteral("--kind"), QStringLiteral("testimony")});
        QVERIFY(m_recorded);
        AMANAT_EXPECT_EXIT(
            cli({QStringLiteral("set"), m_library, QString::number(m_recorded),
                 QStringLiteral("witness_code=W-019"), QStringLiteral("consent=court"),
                 QStringLiteral("witness_name=") + kWitnessName,
                 QStringLiteral("transcript=[00:01] Officer: stand by the gate.\n[00:02] %1 is "
                                "led out of the building.\n[00:03] 民警：不许拍照。")
                     .arg(kWitnessName)}),
            0);
        // A plain video (not a testimony) can carry a time-coded transcript; a PDF cannot.
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("set"), m_library, QString::number(m_video),
                                QStringLiteral("transcript=[00:01] The barrier is lowered.\n"
                                               "[00:02] 两名警察走近。")}),
                           0);
        QVERIFY(!cli({QStringLiteral("set"), m_library, QString::number(m_report),
                      QStringLiteral("transcript=x")})
                     .exitedWith(0));
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("redact"), m_library, QString::number(m_report),
                                QStringLiteral("--text"), kRedacted, QStringLiteral("--rect"),
                                QStringLiteral("3,0,0,1,0.1")}),
                           0);
    }

    void dossierCommands()
    {
        const CliResult created =
            cli({QStringLiteral("dossier"), QStringLiteral("create"), m_library, kDossier,
                 QStringLiteral("--court"), QStringLiteral("First-tier Tribunal (IAC)"),
                 QStringLiteral("--case-number"), QStringLiteral("PA/01234/2026"),
                 QStringLiteral("--hearing-date"), QStringLiteral("2026-03-31"),
                 QStringLiteral("--parties"),
                 QStringLiteral("AT Tursunov (Appellant) v Secretary of State"),
                 QStringLiteral("--a-number"), QStringLiteral("12345678")});
        AMANAT_EXPECT_EXIT(created, 0);
        const QString id = QString::fromUtf8(created.out).trimmed();
        QCOMPARE(id.toLongLong() > 0, true);
        auto add = [&](const QString &dossier, qint64 item, const QString &section,
                       const QStringList &extra = {}) {
            return cli(QStringList{QStringLiteral("dossier"), QStringLiteral("add"), m_library,
                                   dossier, QString::number(item), QStringLiteral("--section"),
                                   section} +
                       extra);
        };
        AMANAT_EXPECT_EXIT(add(kDossier, m_testimony, QStringLiteral("A. Applicant's statements")),
                           0);
        AMANAT_EXPECT_EXIT(add(id, m_report, QStringLiteral("B. Country conditions")), 0);
        AMANAT_EXPECT_EXIT(add(id, m_annex, QStringLiteral("B. Country conditions")), 0);
        AMANAT_EXPECT_EXIT(add(id, m_scan, QStringLiteral("C. Police files")), 0);
        const CliResult video = add(id, m_video, QStringLiteral("D. Video evidence"),
                                    {QStringLiteral("--time"), QStringLiteral("0:01-0:02.5")});
        AMANAT_EXPECT_EXIT(video, 0);
        QCOMPARE(video.out.trimmed(), QByteArray("D1\t") + QByteArray::number(m_video));
        AMANAT_EXPECT_EXIT(add(id, m_recorded, QStringLiteral("D. Video evidence")), 0);

        const QJsonObject shown =
            QJsonDocument::fromJson(cli({QStringLiteral("dossier"), QStringLiteral("show"),
                                         m_library, kDossier, QStringLiteral("--json")})
                                        .out)
                .object();
        QCOMPARE(shown.value(QStringLiteral("case_number")).toString(),
                 QStringLiteral("PA/01234/2026"));
        QCOMPARE(shown.value(QStringLiteral("a_number")).toString(),
                 QStringLiteral("A012-345-678"));
        const QJsonArray sections = shown.value(QStringLiteral("sections")).toArray();
        QCOMPARE(sections.size(), 4);
        const QJsonArray countryExhibits =
            sections.at(1).toObject().value(QStringLiteral("exhibits")).toArray();
        QCOMPARE(countryExhibits.size(), 2);
        QCOMPARE(countryExhibits.at(1).toObject().value(QStringLiteral("label")).toString(),
                 QStringLiteral("B2"));
        const QJsonObject clip =
            sections.at(3).toObject().value(QStringLiteral("exhibits")).toArray().at(0).toObject();
        QCOMPARE(clip.value(QStringLiteral("start_ms")).toInt(), 1000);
        QCOMPARE(clip.value(QStringLiteral("end_ms")).toInt(), 2500);

        const QJsonArray listed =
            QJsonDocument::fromJson(cli({QStringLiteral("dossier"), QStringLiteral("list"),
                                         m_library, QStringLiteral("--json")})
                                        .out)
                .array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("exhibits")).toInt(), 6);

        AMANAT_EXPECT_EXIT(add(QStringLiteral("no such dossier"), m_report, QStringLiteral("X")),
                           1);
        AMANAT_EXPECT_EXIT(add(id, m_report, QStringLiteral("X"),
                               {QStringLiteral("--pages"), QStringLiteral("5-2")}),
                           2);
        AMANAT_EXPECT_EXIT(add(id, 99999, QStringLiteral("X")), 1);
    }

    void consentIsRequiredAndAnOverrideIsLogged()
    {
        const QString name = QStringLiteral("Consent check");
        AMANAT_EXPECT_EXIT(
            cli({QStringLiteral("dossier"), QStringLiteral("create"), m_library, name}), 0);
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("dossier"), QStringLiteral("add"), m_library, name,
                                QString::number(m_noConsent)}),
                           0);
        const QString out = path(QStringLiteral("consent-out"));
        const CliResult refused = cli({QStringLiteral("bundle"), m_library, name, out});
        AMANAT_EXPECT_EXIT(refused, 1);
        QVERIFY2(refused.err.contains("consent"), refused.err.constData());
        QVERIFY(!QFileInfo::exists(out));
        const CliResult overridden = cli(
            {QStringLiteral("bundle"), m_library, name, out, QStringLiteral("--override-consent")});
        AMANAT_EXPECT_EXIT(overridden, 0);
        const QJsonArray log =
            QJsonDocument::fromJson(cli({QStringLiteral("log"), m_library,
                                         QString::number(m_noConsent), QStringLiteral("--json")})
                                        .out)
                .array();
        bool logged = false;
        for (const QJsonValue &event : log)
            logged = logged || event.toObject().value(QStringLiteral("action")).toString() ==
                                   QStringLiteral("consent_override");
        QVERIFY(logged);
    }

    void bundleIsCourtReady()
    {
        writeFile(path(QStringLiteral("transport.txt")), "carrier pigeon 7\n");
        m_bundle = path(QStringLiteral("bundle"));
        // The scan, the report's page naming the witness and its marked area await review.
        const CliResult stopped = bundle(path(QStringLiteral("unreviewed")));
        AMANAT_EXPECT_EXIT(stopped, 1);
        QVERIFY2(stopped.err.contains("await redaction review"), stopped.err.constData());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("unreviewed"))));
        approveAll(kDossier);
        const CliResult made = bundle(m_bundle, {QStringLiteral("--transport-password-file"),
                                                 path(QStringLiteral("transport.txt"))});
        AMANAT_EXPECT_EXIT(made, 0);
        const QJsonObject report = QJsonDocument::fromJson(made.out).object();
        // The parties name the witness: blacked out, and the user is told.
        QVERIFY2(made.err.contains("protected name or contact"), made.err.constData());
        const QString pdf = m_bundle + QStringLiteral("/bundle.pdf");
        QVERIFY(QFileInfo::exists(pdf));
        const int pages = report.value(QStringLiteral("pages")).toInt();
        QCOMPARE(pageCount(pdf), pages);

        const CliResult check = tool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
        AMANAT_EXPECT_EXIT(check, 0);
        QVERIFY(tool(QStringLiteral("qpdf"), {QStringLiteral("--show-encryption"), pdf})
                    .out.contains("File is not encrypted"));
        const QString info = QString::fromUtf8(tool(QStringLiteral("pdfinfo"), {pdf}).out);
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("JavaScript:      no")));
        QVERIFY(info.contains(QStringLiteral("Form:            none")));
        QVERIFY(!info.contains(QStringLiteral("/tmp")));

        // Every page carries its Bates number and "Page n of N"; the labels equal them.
        const QJsonArray labels = qpdfJson(pdf, QStringLiteral("pagelabels"))
                                      .value(QStringLiteral("pagelabels"))
                                      .toArray();
        QCOMPARE(labels.size(), pages);
        for (int page = 1; page <= pages; ++page) {
            const QString bates = QStringLiteral("PFX-%1").arg(page, 6, 10, QLatin1Char('0'));
            const QString text = pdfText(pdf, page);
            QVERIFY2(text.contains(bates),
                     qPrintable(QStringLiteral("page %1: %2").arg(page).arg(text)));
            QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
            QString label = labels.at(page - 1)
                                .toObject()
                                .value(QStringLiteral("label"))
                                .toObject()
                                .value(QStringLiteral("/P"))
                                .toString();
            label.remove(QRegularExpression(QStringLiteral("^u:")));
            QCOMPARE(label, bates);
        }

        // The index and the originals' own text are searchable.
        const QString all = pdfText(pdf);
        QVERIFY(all.contains(QStringLiteral("Index")));
        QVERIFY(all.contains(QStringLiteral("Statement of W-017")));
        QVERIFY(all.contains(QStringLiteral("COUNTRY REPORT ALPHA")));
        QVERIFY(all.contains(QStringLiteral("LANDSCAPE ANNEX TABLE")));
        QVERIFY(all.contains(QStringLiteral("Third page body text stays")));
        QVERIFY2(all.contains(QStringLiteral("POLICE RECORD")), "the scan's OCR text layer");

        // The outline has every section and every exhibit.
        QStringList titles;
        std::function<void(const QJsonArray &)> walk = [&](const QJsonArray &items) {
            for (const QJsonValue &item : items) {
                titles << item.toObject().value(QStringLiteral("title")).toString();
                walk(item.toObject().value(QStringLiteral("kids")).toArray());
            }
        };
        walk(qpdfJson(pdf, QStringLiteral("outlines")).value(QStringLiteral("outlines")).toArray());
        for (const QString &section :
             {QStringLiteral("A. Applicant's statements"), QStringLiteral("B. Country conditions"),
              QStringLiteral("C. Police files"), QStringLiteral("D. Video evidence")})
            QVERIFY2(titles.contains(section), qPrintable(titles.join(QLatin1Char('|'))));
        for (const QString &label :
             {QStringLiteral("A1"), QStringLiteral("B1"), QStringLiteral("B2"),
              QStringLiteral("C1"), QStringLiteral("D1")}) {
            bool found = false;
            for (const QString &title : titles)
                found = found || title.startsWith(label + QStringLiteral(" — "));
            QVERIFY2(found, qPrintable(label));
        }

        // The landscape annex stays landscape; the video's native file sits beside the PDF.
        const QString sizes = QString::fromUtf8(
            tool(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"),
                                             QStringLiteral("-l"), QString::number(pages), pdf})
                .out);
        QVERIFY2(sizes.contains(QStringLiteral("841.89 x 595.276")), qPrintable(sizes));
        const QJsonArray natives = report.value(QStringLiteral("natives")).toArray();
        QCOMPARE(natives.size(), 2);
        QVERIFY(filesEqual(m_bundle + QLatin1Char('/') + natives.at(0).toString(),
                           path(QStringLiteral("in/clip.mp4"))));
        QVERIFY(filesEqual(m_bundle + QLatin1Char('/') + natives.at(1).toString(),
                           path(QStringLiteral("in/interview.wav"))));

        // The filing copy has no scripts, attachments or forms even once decompressed.
        const QString qdf = path(QStringLiteral("bundle-qdf.pdf"));
        AMANAT_EXPECT_EXIT(
            tool(QStringLiteral("qpdf"),
                 {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), pdf, qdf}),
            0);
        const QByteArray expanded = readFile(qdf);
        for (const char *forbidden :
             {"/JavaScript", "/JS ", "/EmbeddedFile", "/AcroForm", "/Encrypt"})
            QVERIFY2(!expanded.contains(forbidden), forbidden);

        // The export is in the custody log with the manifest's hash.
        const QString manifestHash = sha256OfFile(m_bundle + QStringLiteral("/manifest.json"));
        QCOMPARE(report.value(QStringLiteral("manifest_sha256")).toString(), manifestHash);
        const QByteArray log =
            cli({QStringLiteral("log"), m_library, QStringLiteral("--json")}).out;
        QVERIFY(log.contains("bundle_export"));
        QVERIFY(log.contains(manifestHash.toLatin1()));
    }

    // A recording's placeholder page carries its transcript, time codes and all, with the
    // protected name blacked out.
    /** The text of the first page of the bundle at @p pdf that contains @p marker. */
    static QString pageWith(const QString &pdf, const QString &marker)
    {
        for (int page = 1; page <= pageCount(pdf); ++page) {
            const QString text = QString::fromUtf8(
                tool(QStringLiteral("pdftotext"),
                     {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                      QString::number(page), pdf, QStringLiteral("-")})
                    .out);
            if (text.contains(marker))
                return text;
        }
        return QString();
    }

    void recordingPlaceholderCarriesItsTranscript()
    {
        const QString pdf = m_bundle + QStringLiteral("/bundle.pdf");
        const QString video = pageWith(pdf, QStringLiteral("Video exhibit D1"));
        QVERIFY(!video.isEmpty());
        QVERIFY2(video.contains(QStringLiteral("[00:01] The barrier is lowered.")) &&
                     video.contains(QStringLiteral("两名警察走近。")),
                 qPrintable(video));
        const QString placeholder = pageWith(pdf, QStringLiteral("Audio exhibit D2"));
        QVERIFY(!placeholder.isEmpty());
        QVERIFY2(placeholder.contains(QStringLiteral("Transcript — witness W-019")),
                 qPrintable(placeholder));
        QVERIFY2(placeholder.contains(QStringLiteral("[00:01] Officer: stand by the gate.")),
                 qPrintable(placeholder));
        QVERIFY2(placeholder.contains(QStringLiteral("民警：不许拍照。")), qPrintable(placeholder));
        QVERIFY2(placeholder.contains(QStringLiteral("is led out of the building")),
                 qPrintable(placeholder));
        QVERIFY2(!placeholder.contains(kWitnessName), qPrintable(placeholder));
    }

    void cjkAndUyghurRoundTrip()
    {
        const QString all = pdfText(m_bundle + QStringLiteral("/bundle.pdf"));
        QVERIFY2(all.contains(kChinese), qPrintable(all.left(3000)));
        QVERIFY2(all.contains(kUyghur), qPrintable(all.left(3000)));
        QVERIFY(all.contains(kDossier));
    }

    void redactedAndProtectedTextIsNowhere()
    {
        const QStringList secrets{kWitnessName, QStringLiteral("Tursunov"), kWitnessContact,
                                  kRedacted, kRectText};
        QStringList texts{pdfText(m_bundle + QStringLiteral("/bundle.pdf")),
                          pdfText(m_bundle + QStringLiteral("/bundle-transport.pdf"), 0,
                                  QStringLiteral("carrier pigeon 7"))};
        QVERIFY(texts.at(1).contains(QStringLiteral("COUNTRY REPORT ALPHA")));
        for (const QString &text : texts)
            for (const QString &secret : secrets)
                QVERIFY2(!text.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
        // Raw bytes of every file, and of the filing PDF with every stream decompressed.
        QStringList files = filesUnder(m_bundle);
        const QString qdf = path(QStringLiteral("bundle-qdf.pdf"));
        files << qdf;
        for (const QString &file : files) {
            const QByteArray bytes = readFile(file);
            for (const QString &secret : secrets) {
                QVERIFY2(!bytes.contains(secret.toUtf8()),
                         qPrintable(file + QLatin1Char(' ') + secret));
                QByteArray utf16;
                for (const QChar c : secret)
                    utf16 += char(c.unicode() >> 8), utf16 += char(c.unicode() & 0xff);
                QVERIFY2(!bytes.contains(utf16), qPrintable(file + QLatin1Char(' ') + secret));
            }
        }
    }

    // README.txt alone tells a recipient how to re-hash every custody event; the script it
    // gives finds every event intact, and finds a changed one.
    void custodyEventsCanBeRehashedFollowingTheReadme()
    {
        const QString readme =
            QString::fromUtf8(readFile(m_bundle + QStringLiteral("/README.txt")));
        QVERIFY2(readme.contains(QStringLiteral("sha256sum -c manifest.sha256")),
                 qPrintable(readme));
        // The script is the indented block after the paragraph that introduces it.
        const int intro = int(readme.indexOf(QStringLiteral("This Python 3 script")));
        QVERIFY(intro > 0);
        QStringList script;
        const QStringList lines = readme.mid(intro).split(QLatin1Char('\n')).mid(1);
        for (const QString &line : lines) {
            if (line.isEmpty() && script.isEmpty())
                continue;
            if (!line.startsWith(QStringLiteral("    ")))
                break;
            script << line.mid(4);
        }
        QVERIFY(script.size() > 5);
        const QString scriptFile = path(QStringLiteral("check_custody.py"));
        QVERIFY(writeFile(scriptFile, script.join(QLatin1Char('\n')).toUtf8() + '\n'));
        auto runIn = [&](const QString &folder) {
            return runProgram(QStringLiteral("sh"),
                              {QStringLiteral("-c"),
                               QStringLiteral("cd '%1' && python3 '%2'").arg(folder, scriptFile)},
                              baseEnvironment());
        };
        const CliResult checked = runIn(m_bundle);
        AMANAT_EXPECT_EXIT(checked, 0);
        const QString out = QString::fromUtf8(checked.out);
        QVERIFY2(out.count(QStringLiteral(" OK\n")) >= 6, qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("DIFFERS")), qPrintable(out));

        // The same script on a manifest whose event was changed says so.
        const QString tampered = path(QStringLiteral("tampered-manifest"));
        QVERIFY(QDir().mkpath(tampered));
        QByteArray manifest = readFile(m_bundle + QStringLiteral("/manifest.json"));
        const int at = int(manifest.indexOf("\"action\": \"import\""));
        QVERIFY(at > 0);
        manifest.replace(at, int(qstrlen("\"action\": \"import\"")), "\"action\": \"impart\"");
        QVERIFY(writeFile(tampered + QStringLiteral("/manifest.json"), manifest));
        const QString changed = QString::fromUtf8(runIn(tampered).out);
        QVERIFY2(changed.contains(QStringLiteral("DIFFERS")), qPrintable(changed));
    }

    // --numbering section: A1, A2… through the first section, B1… through the next, the
    // cover and index i, ii…; every stamp equals its page label.
    void sectionNumbering()
    {
        const QString out = path(QStringLiteral("by-section"));
        const CliResult made =
            bundle(out, {QStringLiteral("--numbering"), QStringLiteral("section"),
                         QStringLiteral("--accept-unreviewed")});
        AMANAT_EXPECT_EXIT(made, 0);
        const QString pdf = out + QStringLiteral("/bundle.pdf");
        const QJsonArray labels =
            QJsonDocument::fromJson(
                tool(QStringLiteral("qpdf"),
                     {QStringLiteral("--json"), QStringLiteral("--json-key=pagelabels"), pdf})
                    .out)
                .object()
                .value(QStringLiteral("pagelabels"))
                .toArray();
        const int pages = pageCount(pdf);
        QCOMPARE(labels.size(), pages);
        QStringList numbers;
        for (const QJsonValue &label : labels)
            numbers << label.toObject()
                           .value(QStringLiteral("label"))
                           .toObject()
                           .value(QStringLiteral("/P"))
                           .toString()
                           .remove(QStringLiteral("u:"));
        QCOMPARE(numbers.at(0), QStringLiteral("i"));
        QCOMPARE(numbers.at(1), QStringLiteral("ii"));
        // Each exhibit starts where the manifest says, and sections restart at 1.
        const QJsonArray exhibits =
            QJsonDocument::fromJson(readFile(out + QStringLiteral("/manifest.json")))
                .object()
                .value(QStringLiteral("exhibits"))
                .toArray();
        QStringList firsts;
        for (const QJsonValue &value : exhibits) {
            const QJsonObject e = value.toObject();
            QCOMPARE(e.value(QStringLiteral("bates_first")).toString(),
                     numbers.at(e.value(QStringLiteral("page_first")).toInt() - 1));
            firsts << e.value(QStringLiteral("bates_first")).toString();
        }
        QCOMPARE(firsts.value(0), QStringLiteral("A1"));
        QCOMPARE(firsts.value(1), QStringLiteral("B1"));
        QVERIFY(firsts.value(2).startsWith(u'B') && firsts.value(2) != QStringLiteral("B1"));
        QCOMPARE(firsts.value(3), QStringLiteral("C1"));
        QCOMPARE(firsts.value(4), QStringLiteral("D1"));
        // The stamp on a page says its label.
        for (int page :
             {1, int(exhibits.at(1).toObject().value(QStringLiteral("page_first")).toInt())}) {
            const QString text = QString::fromUtf8(
                tool(QStringLiteral("pdftotext"),
                     {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                      QString::number(page), pdf, QStringLiteral("-")})
                    .out);
            const QString number = numbers.at(page - 1);
            QVERIFY2(
                text.contains(QRegularExpression(
                    QStringLiteral("(^|\\s)%1(\\s|$)").arg(QRegularExpression::escape(number)))),
                qPrintable(number + u'\n' + text));
        }
        // A recording's native file is named after its placeholder page's number.
        const QJsonArray natives =
            QJsonDocument::fromJson(made.out).object().value(QStringLiteral("natives")).toArray();
        QVERIFY2(natives.at(0).toString().startsWith(QStringLiteral("natives/D")),
                 qPrintable(natives.at(0).toString()));
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("verify-bundle"), out}), 0);
        AMANAT_EXPECT_EXIT(bundle(path(QStringLiteral("bad-numbering")),
                                  {QStringLiteral("--numbering"), QStringLiteral("roman")}),
                           2);
    }

    void manifestChecksAndTamperingIsNamed()
    {
        const CliResult sums =
            runProgram(QStringLiteral("sh"),
                       {QStringLiteral("-c"),
                        QStringLiteral("cd '%1' && sha256sum -c manifest.sha256").arg(m_bundle)},
                       baseEnvironment());
        AMANAT_EXPECT_EXIT(sums, 0);
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("verify-bundle"), m_bundle}), 0);
        // The recipient pins the library's key, learnt out of band.
        const QString fingerprint =
            QJsonDocument::fromJson(
                cli({QStringLiteral("signing-key"), m_library, QStringLiteral("--json")}).out)
                .object()
                .value(QStringLiteral("fingerprint"))
                .toString();
        QCOMPARE(fingerprint.size(), 64);
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("verify-bundle"), m_bundle,
                                QStringLiteral("--expect-key"), fingerprint}),
                           0);
        QString other = fingerprint;
        other[0] = other.at(0) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        AMANAT_EXPECT_EXIT(
            cli({QStringLiteral("verify-bundle"), m_bundle, QStringLiteral("--expect-key"), other}),
            4);
        for (const QString &name :
             {QStringLiteral("bundle.pdf"), QStringLiteral("bundle-transport.pdf"),
              QStringLiteral("manifest.json")}) {
            const QString copy = path(QStringLiteral("tampered-") + name);
            QVERIFY(
                tool(QStringLiteral("cp"), {QStringLiteral("-r"), m_bundle, copy}).exitedWith(0));
            QFile file(copy + QLatin1Char('/') + name);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(file.size() / 2);
            char byte = 0;
            file.getChar(&byte);
            file.seek(file.size() / 2);
            file.putChar(char(byte ^ 0x01));
            file.close();
            const CliResult verdict = cli({QStringLiteral("verify-bundle"), copy});
            AMANAT_EXPECT_EXIT(verdict, 4);
            QVERIFY2(QByteArray(verdict.out + verdict.err).contains(name.toUtf8()),
                     verdict.describe().constData());
        }
    }

    // A split bundle: every part opens with the cover and the full index (long titles
    // wrapped, entries elsewhere naming and linking to their part), its outline has every
    // section present in it at the top level, and the numbers run on across parts.
    void usLetterAndParts()
    {
        const QString longTitle =
            QStringLiteral("Landscape annex to the country report: tables of detention sites, "
                           "dates of transfer and the authorities responsible, part two");
        auto setTitle = [&](const QString &title) {
            return cli({QStringLiteral("set"), m_library, QString::number(m_annex),
                        QStringLiteral("title=") + title});
        };
        const QString oldTitle =
            QJsonDocument::fromJson(cli({QStringLiteral("show"), m_library,
                                         QString::number(m_annex), QStringLiteral("--json")})
                                        .out)
                .object()
                .value(QStringLiteral("title"))
                .toString();
        AMANAT_EXPECT_EXIT(setTitle(longTitle), 0);
        auto restore = qScopeGuard([&] { setTitle(oldTitle); });

        const QString out = path(QStringLiteral("parts"));
        const CliResult made = bundle(out, {QStringLiteral("--profile"), QStringLiteral("us"),
                                            QStringLiteral("--max-size"), QStringLiteral("0.05"),
                                            QStringLiteral("--start"), QStringLiteral("101")});
        AMANAT_EXPECT_EXIT(made, 0);
        const QJsonObject report = QJsonDocument::fromJson(made.out).object();
        const QJsonArray files = report.value(QStringLiteral("files")).toArray();
        QVERIFY2(files.size() > 1, made.out.constData());
        QCOMPARE(files.at(0).toString(), QStringLiteral("bundle-part1.pdf"));
        const QString first = out + QStringLiteral("/bundle-part1.pdf");
        // The front matter: the cover, then the index up to the first exhibit's sheet.
        int front = 0;
        while (front < pageCount(first) &&
               !pdfText(first, front + 1).contains(QStringLiteral("Exhibit A1")))
            ++front;
        QVERIFY2(front >= 2, qPrintable(pdfText(first)));
        int own = 0;
        for (int k = 0; k < files.size(); ++k) {
            const QString pdf = out + QLatin1Char('/') + files.at(k).toString();
            AMANAT_EXPECT_EXIT(tool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}), 0);
            const QString cover = pdfText(pdf, 1);
            QVERIFY2(cover.contains(kDossier), qPrintable(cover));
            QVERIFY2(cover.contains(QStringLiteral("A-Number: A012-345-678")), qPrintable(cover));
            QVERIFY2(cover.contains(QStringLiteral("Part %1 of %2").arg(k + 1).arg(files.size())),
                     qPrintable(cover));
            QString index;
            for (int page = 2; page <= front; ++page)
                index += pdfText(pdf, page);
            QVERIFY2(index.startsWith(QStringLiteral("Table of Contents")), qPrintable(index));
            QVERIFY2(index.contains(QStringLiteral("Proof of Service")), qPrintable(index));
            // Page ranges as stamped (from --start 101): the first exhibit follows the front.
            QVERIFY2(index.contains(QStringLiteral("%1–").arg(101 + front)), qPrintable(index));
            // The long title is whole (wrapped, not cut), and every part is named.
            QVERIFY2(index.simplified().contains(longTitle), qPrintable(index));
            for (int j = 1; j <= files.size(); ++j)
                QVERIFY2(index.contains(QStringLiteral("Part %1").arg(j)), qPrintable(index));
            // Entries in another part link into that part's file.
            const QString raw = QString::fromLatin1(
                tool(QStringLiteral("qpdf"),
                     {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), pdf,
                      QStringLiteral("-")})
                    .out);
            const QString other = files.at(k == 0 ? 1 : 0).toString();
            QVERIFY2(raw.contains(QStringLiteral("/GoToR")) &&
                         raw.contains(QStringLiteral("(%1)").arg(other)),
                     qPrintable(pdf));
            // Bates numbers run on across parts: the first page after the front matter.
            const int pages = pageCount(pdf);
            const int firstOwn = k == 0 ? 1 : front + 1;
            QVERIFY2(pdfText(pdf, firstOwn)
                         .contains(QStringLiteral("PFX-%1").arg(101 + (k == 0 ? 0 : own), 6, 10,
                                                                QLatin1Char('0'))),
                     qPrintable(pdfText(pdf, firstOwn)));
            // The A-number is in the footer of every page.
            QVERIFY2(pdfText(pdf, front + 1).contains(QStringLiteral("A012-345-678 · Exhibit")),
                     qPrintable(pdfText(pdf, front + 1)));
            own += k == 0 ? pages : pages - front;

            // The outline: cover, index, then each section at the top level with its
            // exhibits beneath (the letter of an exhibit's label is its section's).
            const QJsonArray outline = qpdfJson(pdf, QStringLiteral("outlines"))
                                           .value(QStringLiteral("outlines"))
                                           .toArray();
            QVERIFY(outline.size() >= 3);
            QCOMPARE(outline.at(0).toObject().value(QStringLiteral("title")).toString(),
                     QStringLiteral("Cover"));
            QCOMPARE(outline.at(1).toObject().value(QStringLiteral("title")).toString(),
                     QStringLiteral("Table of Contents"));
            int exhibits = 0;
            for (int i = 2; i < outline.size(); ++i) {
                const QJsonObject section = outline.at(i).toObject();
                const QString title = section.value(QStringLiteral("title")).toString();
                if (title == QStringLiteral("Proof of Service") && k == files.size() - 1 &&
                    i == outline.size() - 1)
                    continue; // the last page of the last part
                const QJsonArray kids = section.value(QStringLiteral("kids")).toArray();
                QVERIFY2(!kids.isEmpty(), qPrintable(title));
                for (const QJsonValue &kid : kids) {
                    const QString exhibit =
                        kid.toObject().value(QStringLiteral("title")).toString();
                    QVERIFY2(exhibit.left(1) == title.left(1),
                             qPrintable(exhibit + QStringLiteral(" under ") + title));
                    ++exhibits;
                }
            }
            QVERIFY2(exhibits > 0, qPrintable(pdf));
        }
        QCOMPARE(own, report.value(QStringLiteral("pages")).toInt());
        // The US profile ends with a proof of service.
        const QString last = out + QLatin1Char('/') + files.last().toString();
        const QString proof = pdfText(last, pageCount(last)).simplified();
        QVERIFY2(proof.startsWith(QStringLiteral("Proof of Service")), qPrintable(proof));
        QVERIFY2(proof.contains(QStringLiteral("A-Number: A012-345-678")), qPrintable(proof));
        QVERIFY2(proof.contains(QStringLiteral("Department of Homeland Security")),
                 qPrintable(proof));
        QVERIFY(QString::fromUtf8(tool(QStringLiteral("pdfinfo"), {first}).out)
                    .contains(QStringLiteral("612 x 792")));
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("verify-bundle"), out}), 0);
    }

    // A translation follows its original (even from another section), with a certificate
    // built from its fields; the index and the manifest link the two both ways.
    void translationFollowsItsOriginalWithACertificate()
    {
        writeFile(path(QStringLiteral("in/annex-en.txt")),
                  "ENGLISH TRANSLATION OF THE ANNEX\nDetention sites and dates of transfer.\n");
        const qint64 translation = importOne(path(QStringLiteral("in/annex-en.txt")));
        QVERIFY(translation);
        const QString translator =
            QStringLiteral("Li Wei, sworn translator (ITI 12345), 3 High Street, London");
        auto set = [&](qint64 item, const QString &assignment) {
            return cli({QStringLiteral("set"), m_library, QString::number(item), assignment});
        };
        // Not itself, not an item that does not exist.
        QVERIFY(
            !set(translation, QStringLiteral("translation_of=%1").arg(translation)).exitedWith(0));
        QVERIFY(!set(translation, QStringLiteral("translation_of=99999")).exitedWith(0));
        AMANAT_EXPECT_EXIT(
            cli({QStringLiteral("set"), m_library, QString::number(translation),
                 QStringLiteral("translation_of=%1").arg(m_annex),
                 QStringLiteral("translator=") + translator,
                 QStringLiteral("translation_date=2026-11-30"), QStringLiteral("language=en"),
                 QStringLiteral("title=Annex, English translation")}),
            0);
        const QString dossier = QStringLiteral("Translated");
        AMANAT_EXPECT_EXIT(
            cli({QStringLiteral("dossier"), QStringLiteral("create"), m_library, dossier}), 0);
        auto add = [&](qint64 item, const QString &section) {
            return cli({QStringLiteral("dossier"), QStringLiteral("add"), m_library, dossier,
                        QString::number(item), QStringLiteral("--section"), section});
        };
        AMANAT_EXPECT_EXIT(add(m_annex, QStringLiteral("A. Originals")), 0);
        AMANAT_EXPECT_EXIT(add(m_report, QStringLiteral("A. Originals")), 0);
        AMANAT_EXPECT_EXIT(add(translation, QStringLiteral("B. Translations")), 0);
        approveAll(dossier);
        const QString out = path(QStringLiteral("translated"));
        const CliResult made =
            cli({QStringLiteral("bundle"), m_library, dossier, out, QStringLiteral("--json")});
        AMANAT_EXPECT_EXIT(made, 0);

        // Order: the annex (A1), its translation (B1), then the report (A2).
        const QJsonArray exhibits =
            QJsonDocument::fromJson(readFile(out + QStringLiteral("/manifest.json")))
                .object()
                .value(QStringLiteral("exhibits"))
                .toArray();
        QCOMPARE(exhibits.size(), 3);
        QStringList order;
        for (const QJsonValue &exhibit : exhibits)
            order << exhibit.toObject().value(QStringLiteral("label")).toString();
        QCOMPARE(order,
                 (QStringList{QStringLiteral("A1"), QStringLiteral("B1"), QStringLiteral("A2")}));
        const QJsonObject original = exhibits.at(0).toObject();
        const QJsonObject translated = exhibits.at(1).toObject();
        QCOMPARE(translated.value(QStringLiteral("page_first")).toInt(),
                 original.value(QStringLiteral("page_last")).toInt() + 1);
        QCOMPARE(translated.value(QStringLiteral("translation_of")).toString(),
                 QStringLiteral("A1"));
        QVERIFY(original.value(QStringLiteral("translation_of")).isNull());
        QCOMPARE(original.value(QStringLiteral("translations")).toArray(),
                 QJsonArray{QStringLiteral("B1")});

        // Section B lost its only exhibit to section A: the cover counts one section.
        QVERIFY2(pdfText(out + QStringLiteral("/bundle.pdf"), 1)
                     .contains(QStringLiteral("3 exhibit(s) in 1 section(s).")),
                 qPrintable(pdfText(out + QStringLiteral("/bundle.pdf"), 1)));
        QVERIFY2(made.out.contains("placed directly after it"), made.out.constData());
        // The certificate follows the translation's sheet; its text is a document.
        const QString pdf = out + QStringLiteral("/bundle.pdf");
        const int sheet = translated.value(QStringLiteral("page_first")).toInt();
        const QString certificate = pdfText(pdf, sheet + 1).simplified();
        QVERIFY2(certificate.contains(QStringLiteral("Certificate of translation")),
                 qPrintable(certificate));
        QVERIFY2(certificate.contains(translator), qPrintable(certificate));
        QVERIFY2(certificate.contains(QStringLiteral("2026-11-30")), qPrintable(certificate));
        QVERIFY2(certificate.contains(QStringLiteral("into English")), qPrintable(certificate));
        QVERIFY2(certificate.contains(QStringLiteral("Exhibit A1")), qPrintable(certificate));
        // A hash may wrap in its column.
        QVERIFY2(QString(certificate)
                     .remove(QLatin1Char(' '))
                     .contains(original.value(QStringLiteral("sha256")).toString()),
                 qPrintable(certificate));
        const QString text = pdfText(pdf, sheet + 2);
        QVERIFY2(text.contains(QStringLiteral("ENGLISH TRANSLATION OF THE ANNEX")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Translation of exhibit A1")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Text of the original file")), qPrintable(text));

        // The index says which is which, and links each to the other.
        const QString index = pdfText(pdf, 2);
        QVERIFY2(index.contains(QStringLiteral("translated in B1")), qPrintable(index));
        QVERIFY2(index.contains(QStringLiteral("translation of A1")), qPrintable(index));
        const QJsonObject json =
            QJsonDocument::fromJson(
                tool(QStringLiteral("qpdf"),
                     {QStringLiteral("--json"), QStringLiteral("--json-key=pages"),
                      QStringLiteral("--json-key=qpdf"), pdf})
                    .out)
                .object();
        const QJsonArray pages = json.value(QStringLiteral("pages")).toArray();
        const QJsonObject objects = json.value(QStringLiteral("qpdf")).toArray().at(1).toObject();
        auto pageObject = [&](int page) {
            return pages.at(page - 1).toObject().value(QStringLiteral("object")).toString();
        };
        QMap<QString, int> linksTo;
        auto value = [&](const QString &object) {
            return objects.value(QStringLiteral("obj:") + object)
                .toObject()
                .value(QStringLiteral("value"))
                .toObject();
        };
        for (const QJsonValue &annotation :
             value(pageObject(2)).value(QStringLiteral("/Annots")).toArray()) {
            const QJsonArray dest =
                value(annotation.toString()).value(QStringLiteral("/Dest")).toArray();
            if (!dest.isEmpty())
                ++linksTo[dest.at(0).toString()];
        }
        // Each of the pair: from its own row and from its partner's (the original also from
        // its section's row, which it opens).
        QCOMPARE(linksTo.value(pageObject(original.value(QStringLiteral("page_first")).toInt())),
                 3);
        QCOMPARE(linksTo.value(pageObject(sheet)), 2);
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("verify-bundle"), out}), 0);
    }

    // The UK profile lists the country evidence relied on, issue by issue, after the index.
    void ukScheduleOfCountryEvidence()
    {
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("set"), m_library, QString::number(m_annex),
                                QStringLiteral("source_author=Human Rights Watch"),
                                QStringLiteral("source_title=Eradicating Ideological Viruses"),
                                QStringLiteral("source_published=2018-09-09")}),
                           0);
        const QString dossier = QStringLiteral("Country evidence");
        AMANAT_EXPECT_EXIT(
            cli({QStringLiteral("dossier"), QStringLiteral("create"), m_library, dossier}), 0);
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("dossier"), QStringLiteral("add"), m_library,
                                dossier, QString::number(m_testimony), QStringLiteral("--section"),
                                QStringLiteral("A. Statements")}),
                           0);
        AMANAT_EXPECT_EXIT(
            cli({QStringLiteral("dossier"), QStringLiteral("add"), m_library, dossier,
                 QString::number(m_annex), QStringLiteral("--section"),
                 QStringLiteral("B. Detention on return"), QStringLiteral("--description"),
                 QStringLiteral("Returnees are detained on arrival and questioned")}),
            0);
        approveAll(dossier);
        const QString out = path(QStringLiteral("schedule"));
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("bundle"), m_library, dossier, out}), 0);
        const QString pdf = out + QStringLiteral("/bundle.pdf");
        const QString schedule = pdfText(pdf, 3).simplified();
        QVERIFY2(schedule.startsWith(QStringLiteral("Schedule of Country Evidence")),
                 qPrintable(schedule));
        QVERIFY2(schedule.contains(QStringLiteral("Issue: B. Detention on return")),
                 qPrintable(schedule));
        // Wrapped, never cut (the date column may come between the lines).
        QVERIFY2(schedule.contains(QStringLiteral("Returnees are detained on arrival")) &&
                     schedule.contains(QStringLiteral("questioned")),
                 qPrintable(schedule));
        QVERIFY2(schedule.contains(QStringLiteral("Human Rights Watch, Eradicating Ideological "
                                                  "Viruses")),
                 qPrintable(schedule));
        QVERIFY2(schedule.contains(QStringLiteral("2018-09-09")), qPrintable(schedule));
        // Its page reference is where the exhibit is; the testimony is not country evidence.
        const QJsonObject annex =
            QJsonDocument::fromJson(readFile(out + QStringLiteral("/manifest.json")))
                .object()
                .value(QStringLiteral("exhibits"))
                .toArray()
                .at(1)
                .toObject();
        QVERIFY2(schedule.contains(QStringLiteral("%1–%2")
                                       .arg(annex.value(QStringLiteral("page_first")).toInt())
                                       .arg(annex.value(QStringLiteral("page_last")).toInt())),
                 qPrintable(schedule));
        QVERIFY2(!schedule.contains(QStringLiteral("Statement of W-017")), qPrintable(schedule));
        QStringList titles;
        for (const QJsonValue &entry :
             qpdfJson(pdf, QStringLiteral("outlines")).value(QStringLiteral("outlines")).toArray())
            titles << entry.toObject().value(QStringLiteral("title")).toString();
        QVERIFY2(titles.contains(QStringLiteral("Schedule of Country Evidence")),
                 qPrintable(titles.join(QLatin1Char('|'))));
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("verify-bundle"), out}), 0);
    }

    void aFullDiskLeavesNothingBehind()
    {
        // A file-size limit of 100 KiB stands for a full disk: the PDF cannot be written.
        const QString out = path(QStringLiteral("no-space"));
        const CliResult full =
            runProgram(QStringLiteral("/bin/sh"),
                       {QStringLiteral("-c"), QStringLiteral("ulimit -f 200 && exec \"$0\" \"$@\""),
                        CliRunner::program(), QStringLiteral("bundle"), m_library, kDossier, out},
                       m_cli.environment());
        QVERIFY2(full.exitedNormally(), full.describe().constData());
        QCOMPARE(full.exitCode, 1);
        const QByteArray err = full.err.toLower();
        QVERIFY2(err.contains("disk") || err.contains("space") || err.contains("full"),
                 full.describe().constData());
        QVERIFY(!QFileInfo::exists(out));
        const QStringList leftovers =
            QDir(m_dir.path())
                .entryList({QStringLiteral(".amanat-bundle-*")}, QDir::AllEntries | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("verify"), m_library}), 0);
    }

    void anExistingFolderIsNotOverwritten()
    {
        const QString out = path(QStringLiteral("occupied"));
        QDir().mkpath(out);
        writeFile(out + QStringLiteral("/keep.txt"), "mine");
        const CliResult refused = bundle(out);
        AMANAT_EXPECT_EXIT(refused, 1);
        QCOMPARE(QDir(out).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList{QStringLiteral("keep.txt")});
        // Nothing half-written is left beside it.
        const QStringList leftovers =
            QDir(m_dir.path())
                .entryList({QStringLiteral(".amanat-bundle-*")}, QDir::AllEntries | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
    }

    // After a removal, renumber closes the gap section by section; each change is logged.
    void renumberAfterARemoval()
    {
        const QString dossier = QStringLiteral("Renumbered");
        AMANAT_EXPECT_EXIT(
            cli({QStringLiteral("dossier"), QStringLiteral("create"), m_library, dossier}), 0);
        auto add = [&](qint64 item, const QString &section) {
            return cli({QStringLiteral("dossier"), QStringLiteral("add"), m_library, dossier,
                        QString::number(item), QStringLiteral("--section"), section});
        };
        for (qint64 item : {m_report, m_annex, m_scan})
            AMANAT_EXPECT_EXIT(add(item, QStringLiteral("A. Reports")), 0);
        AMANAT_EXPECT_EXIT(add(m_video, QStringLiteral("B. Video")), 0);
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("dossier"), QStringLiteral("remove"), m_library,
                                dossier, QStringLiteral("A2")}),
                           0);
        const CliResult renumbered =
            cli({QStringLiteral("dossier"), QStringLiteral("renumber"), m_library, dossier});
        AMANAT_EXPECT_EXIT(renumbered, 0);
        QCOMPARE(renumbered.out, QByteArray("A3\tA2\n"));
        const QJsonObject shown =
            QJsonDocument::fromJson(cli({QStringLiteral("dossier"), QStringLiteral("show"),
                                         m_library, dossier, QStringLiteral("--json")})
                                        .out)
                .object();
        QStringList labels;
        for (const QJsonValue &section : shown.value(QStringLiteral("sections")).toArray())
            for (const QJsonValue &e :
                 section.toObject().value(QStringLiteral("exhibits")).toArray())
                labels << e.toObject().value(QStringLiteral("label")).toString();
        QCOMPARE(labels,
                 (QStringList{QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("B1")}));
        QVERIFY(cli({QStringLiteral("log"), m_library, QStringLiteral("--json")})
                    .out.contains("exhibit_relabel"));
        // Nothing left to change: nothing on stdout, a word on stderr.
        const CliResult again =
            cli({QStringLiteral("dossier"), QStringLiteral("renumber"), m_library, dossier});
        AMANAT_EXPECT_EXIT(again, 0);
        QVERIFY(again.out.isEmpty());
        QVERIFY(again.err.contains("already in order"));
    }
};

QTEST_MAIN(TestCliBundle)
#include "tst_cli_bundle.moc"
