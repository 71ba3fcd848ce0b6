// The shared fixture of the court-bundle CLI tests (tst_cli_bundle, tst_cli_bundle_structure):
// a library of generated originals — text PDFs, a scan naming a protected witness, a video,
// testimonies with and without court consent, a recorded testimony — and the appeal
// dossier built from them, with helpers to read the PDFs a bundle holds.

#pragma once

#include "CliRunner.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace amanat::test {

inline const QString kWitnessName = QStringLiteral("Ahmet Tursunov");
inline const QString kWitnessContact = QStringLiteral("+99 555 0101");
inline const QString kRedacted = QStringLiteral("SECRETTOKEN4471");
inline const QString kRectText = QStringLiteral("AREAHIDDEN9");
inline const QString kChinese = QStringLiteral("证人陈述他们在夜里来了");
inline const QString kUyghur = QStringLiteral("ئۇيغۇرچە گۇۋاھلىق");
inline const QString kDossier = QStringLiteral("上诉案 Appeal of AT");

/** A PDF with one line of text per page (DejaVu Sans), in points. */
inline void writePdf(const QString &path, const QStringList &pages, bool landscape = false)
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
inline void writeScan(const QString &path)
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

inline QString withoutBidiMarks(QString text)
{
    static const QRegularExpression marks(
        QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}]"));
    return text.remove(marks);
}

class BundleFixture
{
protected:
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
        QVERIFY(m_cli.approveAllReviews(m_library, dossier));
    }

    CliResult bundle(const QString &out, const QStringList &extra = {}) const
    {
        return cli(QStringList{QStringLiteral("bundle"), m_library, kDossier, out,
                               QStringLiteral("--prefix"), QStringLiteral("PFX"),
                               QStringLiteral("--json")} +
                   extra);
    }

    /** Imports the originals and sets their fields (the test case's first step). */
    void setUpLibrary()
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

    CliResult addExhibit(const QString &dossier, qint64 item, const QString &section,
                         const QStringList &extra = {}) const
    {
        return cli(QStringList{QStringLiteral("dossier"), QStringLiteral("add"), m_library, dossier,
                               QString::number(item), QStringLiteral("--section"), section} +
                   extra);
    }

    /** The appeal dossier (kDossier): four sections, six exhibits, a video segment. */
    void createAppealDossier(QString *dossierId)
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
        QVERIFY(id.toLongLong() > 0);
        *dossierId = id;
        auto add = [this](const QString &dossier, qint64 item, const QString &section,
                          const QStringList &extra = {}) {
            return addExhibit(dossier, item, section, extra);
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
    }
};

} // namespace amanat::test
