// Witness-safe redaction end to end (issue 10), through the real CLI and helper: generated
// police scans (150 and 300 dpi, rotated, noisy, grey paper, table cells, a landscape table,
// the surname alone, a name split over two lines), a JPEG whose metadata names the witness,
// a transcript and a text PDF with a Uyghur-script name, a phone written three ways and an
// e-mail. Every probe first shows it finds the strings where they are, then that they are
// gone from the bundle's pixels (Tesseract psm 3, 6 and 11 on pdfimages' output), text
// and bytes. A redactor with its strategies turned off is caught by the leak check.

#include "CliRunner.h"
#include "PoliceScan.h"

#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using namespace amanat::test;

namespace {

const ScanPerson kWitness = ScanPerson::protectedWitness();
const QString kUyghurName = QStringLiteral("ئابدۇرېھىم تۇرسۇن");
const QString kEmail = QStringLiteral("a.tursun@example.org");
const QString kPhoneWays[] = {QStringLiteral("+86 138 0013 4471"), QStringLiteral("138-0013-4471"),
                              QStringLiteral("13800134471")};
const QString kBystander = QStringLiteral("Officer Li Guoqiang signed the record");
const QString kDossier = QStringLiteral("Appeal of W-014");

/** Every protected string as a reader would write it, for the probes. */
QStringList protectedProbes()
{
    QStringList probes = protectedStrings(kWitness);
    probes << kUyghurName << QStringLiteral("تۇرسۇن") << kEmail << QStringLiteral("a.tursun")
           << QStringLiteral("3800134471") << QStringLiteral("0013 4471");
    probes.removeDuplicates();
    return probes;
}

QString squeezed(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (!c.isSpace())
            out += c;
    return out;
}

/** The protected strings @p text contains, spaces ignored, Latin case ignored. */
QStringList found(const QString &text)
{
    const QString haystack = squeezed(text);
    QStringList hits;
    for (const QString &probe : protectedProbes())
        if (haystack.contains(squeezed(probe), Qt::CaseInsensitive))
            hits << probe;
    return hits;
}

QByteArray segment(quint8 marker, const QByteArray &payload)
{
    QByteArray out("\xFF", 1);
    out.append(char(marker));
    const quint16 length = quint16(payload.size() + 2);
    out.append(char(length >> 8)).append(char(length & 0xFF));
    return out + payload;
}

/** A JPEG photo whose COM, EXIF (Artist, ImageDescription), XMP and IPTC (By-line) name the
 *  witness and their phone. */
QByteArray photoWithMetadata()
{
    QImage image(800, 600, QImage::Format_RGB32);
    image.fill(QColor(120, 140, 160));
    {
        QPainter painter(&image);
        painter.setBrush(Qt::white);
        painter.drawEllipse(QPointF(400, 300), 150, 150);
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "jpeg").write(image);
    QByteArray jpeg = buffer.data();
    const QByteArray name = kWitness.latin.toUtf8();
    const QByteArray com = segment(0xFE, "Photo by " + name + ", tel " + kPhoneWays[0].toUtf8());
    // EXIF: a little-endian TIFF with IFD0 holding ImageDescription (0x010E) and Artist
    // (0x013B), both ASCII.
    const QByteArray desc = name + " at the checkpoint" + QByteArray(1, '\0');
    const QByteArray artist = name + QByteArray(1, '\0');
    QByteArray tiff("II*\0", 4);
    auto le16 = [](quint16 v) {
        QByteArray b;
        b.append(char(v & 0xFF));
        b.append(char(v >> 8));
        return b;
    };
    auto le32 = [&](quint32 v) {
        QByteArray b = le16(quint16(v & 0xFFFF));
        b.append(le16(quint16(v >> 16)));
        return b;
    };
    tiff += le32(8) + le16(2);
    const quint32 dataAt = 8 + 2 + 2 * 12 + 4;
    tiff += le16(0x010E) + le16(2) + le32(quint32(desc.size())) + le32(dataAt);
    tiff +=
        le16(0x013B) + le16(2) + le32(quint32(artist.size())) + le32(dataAt + quint32(desc.size()));
    tiff += le32(0) + desc + artist;
    const QByteArray exif = segment(0xE1, QByteArray("Exif\0\0", 6) + tiff);
    const QByteArray xmp = segment(
        0xE1, QByteArray("http://ns.adobe.com/xap/1.0/\0", 29) +
                  "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/"
                  "1999/02/22-rdf-syntax-ns#\"><rdf:Description xmlns:dc=\"http://purl.org/dc/"
                  "elements/1.1/\"><dc:creator><rdf:Seq><rdf:li>" +
                  kWitness.han.toUtf8() +
                  "</rdf:li></rdf:Seq></dc:creator></rdf:Description>"
                  "</rdf:RDF></x:xmpmeta>");
    QByteArray iptc("\x1C\x02\x50", 3);
    iptc.append(char(name.size() >> 8)).append(char(name.size() & 0xFF)).append(name);
    QByteArray resource = QByteArray("8BIM\x04\x04\0\0", 8);
    resource.append(char(0))
        .append(char(0))
        .append(char(iptc.size() >> 8))
        .append(char(iptc.size() & 0xFF));
    resource += iptc;
    if (iptc.size() % 2)
        resource.append('\0');
    const QByteArray app13 = segment(0xED, QByteArray("Photoshop 3.0\0", 14) + resource);
    return jpeg.left(2) + com + exif + xmp + app13 + jpeg.mid(2);
}

/** A text PDF (a real text layer) naming the witness in Uyghur script, with the phone, the
 *  e-mail and a bystander's sentence that must stay. */
void writeTextPdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    QFont latin(QStringLiteral("DejaVu Sans"));
    latin.setPointSize(13);
    painter.setFont(latin);
    painter.drawText(QPointF(60, 80), QStringLiteral("NGO FIELD REPORT 2019-07"));
    painter.drawText(
        QPointF(60, 120),
        QStringLiteral("Relatives may call %1 or write to %2.").arg(kPhoneWays[1], kEmail));
    painter.drawText(QPointF(60, 150), kBystander);
    QFont arabic(QStringLiteral("Noto Naskh Arabic"));
    arabic.setPointSize(16);
    painter.setFont(arabic);
    painter.setLayoutDirection(Qt::RightToLeft);
    painter.drawText(QRectF(60, 180, 475, 40), Qt::AlignRight,
                     QStringLiteral("گۇۋاھچى %1 سۆزلىدى").arg(kUyghurName));
}

/** A scan placed as a full-page image in a PDF without a text layer. */
void writeScanPdf(const QString &path, const QImage &scan)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF());
    QPainter painter(&writer);
    painter.drawImage(QRectF(0, 0, writer.width(), writer.height()), scan);
}

} // namespace

class TestCliRedaction : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CliRunner m_cli;
    QString m_library;
    QString m_bundle;
    QStringList m_scanImages; ///< the generated scans as files, for the probes
    qint64 m_testimony = 0, m_formPng = 0, m_recordJpg = 0, m_table = 0, m_scanPdf = 0, m_photo = 0,
           m_textPdf = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    CliResult cli(const QStringList &args) const { return m_cli.run(args); }

    static CliResult tool(const QString &program, const QStringList &args)
    {
        return runTool(program, args);
    }

    qint64 importOne(const QString &file, const QStringList &extra = {})
    {
        return m_cli.importOne(
            m_library, file,
            QStringList{QStringLiteral("--ocr-lang"), QStringLiteral("chi_sim+eng")} + extra);
    }

    /** What Tesseract reads on @p image in @p psm (chi_sim+eng, as the check). */
    static QString ocr(const QString &image, int psm)
    {
        return QString::fromUtf8(
            tool(QStringLiteral("tesseract"),
                 {image, QStringLiteral("-"), QStringLiteral("-l"), QStringLiteral("chi_sim+eng"),
                  QStringLiteral("--psm"), QString::number(psm)})
                .out);
    }

    static QString pdfText(const QString &pdf)
    {
        return QString::fromUtf8(tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out);
    }

    /** Marks every page of @p dossier that awaits redaction review as reviewed. */
    void approveAll(const QString &dossier) const
    {
        QVERIFY(m_cli.approveAllReviews(m_library, dossier));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("AMANAT_TEST_KEEP")) {
            m_dir.setAutoRemove(false);
            qInfo("test folder: %s", qPrintable(m_dir.path()));
        }
        m_library = path(QStringLiteral("lib"));
        QVERIFY(!m_cli.init(m_library).isEmpty());
        QDir().mkpath(path(QStringLiteral("in")));

        ScanSpec form;
        form.layout = ScanSpec::Layout::RegistrationForm;
        form.dpi = 300;
        form.rotationDegrees = 0.8;
        form.pointSize = 12;
        form.paperGrey = 228;
        form.noise = 10;
        form.seed = 11;
        const GeneratedScan formScan = generatePoliceScan(form, kWitness);
        QVERIFY(formScan.image.save(path(QStringLiteral("in/registration.png"))));

        ScanSpec record;
        record.layout = ScanSpec::Layout::InterrogationRecord;
        record.dpi = 150;
        record.rotationDegrees = -1.0;
        record.pointSize = 11;
        record.noise = 8;
        record.seed = 12;
        QVERIFY(generatePoliceScan(record, kWitness)
                    .image.save(path(QStringLiteral("in/interrogation.jpg")), "JPEG", 90));

        ScanSpec table;
        table.layout = ScanSpec::Layout::SurveillanceTable;
        table.dpi = 300;
        table.rotationDegrees = 0.5;
        table.pointSize = 10;
        table.seed = 13;
        QVERIFY(generatePoliceScan(table, kWitness)
                    .image.save(path(QStringLiteral("in/surveillance.png"))));

        ScanSpec second = record;
        second.dpi = 300;
        second.pointSize = 14;
        second.rotationDegrees = -0.6;
        second.paperGrey = 235;
        second.seed = 14;
        const GeneratedScan inPdf = generatePoliceScan(second, kWitness);
        QVERIFY(inPdf.image.save(path(QStringLiteral("in/scan-in-pdf.png"))));
        writeScanPdf(path(QStringLiteral("in/record-scan.pdf")), inPdf.image);

        QVERIFY(writeFile(path(QStringLiteral("in/photo.jpg")), photoWithMetadata()));
        writeTextPdf(path(QStringLiteral("in/report.pdf")));
        QVERIFY(writeFile(path(QStringLiteral("in/statement.txt")), "Statement\n"));
        m_scanImages << path(QStringLiteral("in/registration.png"))
                     << path(QStringLiteral("in/interrogation.jpg"))
                     << path(QStringLiteral("in/surveillance.png"))
                     << path(QStringLiteral("in/scan-in-pdf.png"));

        m_formPng = importOne(path(QStringLiteral("in/registration.png")));
        m_recordJpg = importOne(path(QStringLiteral("in/interrogation.jpg")));
        m_table = importOne(path(QStringLiteral("in/surveillance.png")));
        m_scanPdf = importOne(path(QStringLiteral("in/record-scan.pdf")));
        m_photo = importOne(path(QStringLiteral("in/photo.jpg")));
        m_textPdf = importOne(path(QStringLiteral("in/report.pdf")));
        m_testimony = importOne(path(QStringLiteral("in/statement.txt")),
                                {QStringLiteral("--kind"), QStringLiteral("testimony")});
        QVERIFY(m_formPng && m_recordJpg && m_table && m_scanPdf && m_photo && m_textPdf &&
                m_testimony);
        const QString transcript =
            QStringLiteral("Q: Your name?\nA: %1, in Uyghur %2.\nQ: How can we reach you?\n"
                           "A: %3, or %4, or %5; e-mail %6.\n")
                .arg(kWitness.latin, kUyghurName, kPhoneWays[0], kPhoneWays[1], kPhoneWays[2],
                     kEmail);
        AMANAT_EXPECT_EXIT(
            cli({QStringLiteral("set"), m_library, QString::number(m_testimony),
                 QStringLiteral("witness_code=W-014"), QStringLiteral("consent=court"),
                 QStringLiteral("witness_name=%1; %2").arg(kWitness.latin, kWitness.han),
                 QStringLiteral("witness_contact=") + kWitness.phone,
                 QStringLiteral("transcript=") + transcript}),
            0);
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("set"), m_library, QString::number(m_testimony),
                                QStringLiteral("witness_name_add=") + kUyghurName,
                                QStringLiteral("witness_contact_add=") + kEmail}),
                           0);
        AMANAT_EXPECT_EXIT(
            cli({QStringLiteral("dossier"), QStringLiteral("create"), m_library, kDossier}), 0);
        for (qint64 item :
             {m_testimony, m_formPng, m_recordJpg, m_table, m_scanPdf, m_photo, m_textPdf})
            AMANAT_EXPECT_EXIT(cli({QStringLiteral("dossier"), QStringLiteral("add"), m_library,
                                    kDossier, QString::number(item)}),
                               0);
    }

    void theProbesFindTheNamesInTheOriginals()
    {
        // Pixels: every generated scan shows protected strings to at least one OCR mode.
        for (const QString &image : std::as_const(m_scanImages)) {
            QStringList hits;
            for (int psm : {3, 6, 11})
                hits += found(ocr(image, psm));
            QVERIFY2(!hits.isEmpty(), qPrintable(image));
        }
        // Metadata: the photo's bytes name the witness in COM, EXIF, XMP and IPTC.
        const QByteArray photo = readFile(path(QStringLiteral("in/photo.jpg")));
        QCOMPARE(photo.count(kWitness.latin.toUtf8()), 4);
        QVERIFY(photo.contains(kWitness.han.toUtf8()));
        QVERIFY(photo.contains(kPhoneWays[0].toUtf8()));
        // Text: the report's text layer has the Uyghur name, the phone and the e-mail.
        const QStringList inText = found(pdfText(path(QStringLiteral("in/report.pdf"))));
        QVERIFY2(inText.contains(QStringLiteral("3800134471")) ||
                     inText.contains(QStringLiteral("0013 4471")) ||
                     pdfText(path(QStringLiteral("in/report.pdf"))).contains(kPhoneWays[1]),
                 qPrintable(inText.join(QLatin1Char(','))));
        QVERIFY(inText.contains(kEmail));
        QVERIFY(pdfText(path(QStringLiteral("in/report.pdf")))
                    .normalized(QString::NormalizationForm_KC)
                    .contains(QStringLiteral("تۇرسۇن")));
    }

    void pagesAwaitReviewAndAcceptingIsLogged()
    {
        const QJsonArray pending =
            jsonArrayFrom(cli({QStringLiteral("redact-review"), m_library, kDossier,
                               QStringLiteral("--list"), QStringLiteral("--json")})
                              .out);
        QSet<qint64> items;
        for (const QJsonValue &page : pending) {
            const QJsonObject o = page.toObject();
            QVERIFY(o.value(QStringLiteral("page")).toInt() >= 1);
            QVERIFY(!o.value(QStringLiteral("reason")).toString().isEmpty());
            items.insert(qint64(o.value(QStringLiteral("item")).toDouble()));
        }
        for (qint64 item : {m_formPng, m_recordJpg, m_table, m_scanPdf, m_photo, m_textPdf})
            QVERIFY2(items.contains(item), qPrintable(QString::number(item)));

        const CliResult stopped =
            cli({QStringLiteral("bundle"), m_library, kDossier, path(QStringLiteral("stopped"))});
        AMANAT_EXPECT_EXIT(stopped, 1);
        QVERIFY2(stopped.err.contains("await redaction review"), stopped.err.constData());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("stopped"))));

        m_bundle = path(QStringLiteral("bundle"));
        const CliResult made =
            cli({QStringLiteral("bundle"), m_library, kDossier, m_bundle,
                 QStringLiteral("--accept-unreviewed"), QStringLiteral("--json")});
        AMANAT_EXPECT_EXIT(made, 0);
        const QJsonObject report = jsonObjectFrom(made.out);
        QVERIFY(report.value(QStringLiteral("unreviewed_pages")).toInt() >= 6);
        QVERIFY(report.value(QStringLiteral("leak_check"))
                    .toObject()
                    .value(QStringLiteral("pages_ocr"))
                    .toInt() >= 5);
        const QByteArray log =
            cli({QStringLiteral("log"), m_library, QStringLiteral("--json")}).out;
        QVERIFY(log.contains("redaction_unreviewed_export"));
        const QString text = pdfText(m_bundle + QStringLiteral("/bundle.pdf"));
        QVERIFY2(text.contains(QStringLiteral("NOT REVIEWED")), qPrintable(text.left(4000)));
        QVERIFY(text.contains(QStringLiteral("removed automatically")));
        QVERIFY(!text.contains(QStringLiteral("Redacted: Yes")));
    }

    void noProtectedStringInAnyImageOfTheBundle()
    {
        const QString images = path(QStringLiteral("images"));
        QDir().mkpath(images);
        AMANAT_EXPECT_EXIT(tool(QStringLiteral("pdfimages"),
                                {QStringLiteral("-all"), m_bundle + QStringLiteral("/bundle.pdf"),
                                 images + QStringLiteral("/img")}),
                           0);
        const QStringList extracted = filesUnder(images);
        QVERIFY2(extracted.size() >= 6, qPrintable(extracted.join(QLatin1Char(' '))));
        bool bystanderRead = false;
        for (const QString &image : extracted) {
            for (int psm : {3, 6, 11}) {
                const QString read = ocr(image, psm);
                const QStringList hits = found(read);
                QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("%1 psm %2 read %3")
                                                        .arg(image)
                                                        .arg(psm)
                                                        .arg(hits.join(QLatin1Char(',')))));
                // What is not protected stays legible: the officer's name on the forms.
                bystanderRead = bystanderRead ||
                                squeezed(read).contains(QStringLiteral("李国强")) ||
                                read.contains(QStringLiteral("Guoqiang"));
            }
            // Page images carry no metadata segment of any original.
            const QByteArray bytes = readFile(image);
            if (bytes.startsWith("\xFF\xD8"))
                for (const char *marker : {"\xFF\xFE", "Exif", "http://ns.adobe.com/xap",
                                           "Photoshop 3.0", "ICC_PROFILE"})
                    QVERIFY2(!bytes.contains(marker), marker);
        }
        QVERIFY(bystanderRead);
    }

    void noProtectedStringInTextOrBytes()
    {
        const QString pdf = m_bundle + QStringLiteral("/bundle.pdf");
        const QString text = pdfText(pdf);
        QVERIFY2(found(text).isEmpty(), qPrintable(found(text).join(QLatin1Char(','))));
        for (const QString &phone : kPhoneWays)
            QVERIFY(!text.contains(phone));
        // What is not protected keeps its text (the generated PDF writes "ffi" as a ligature).
        QVERIFY2(squeezed(text.normalized(QString::NormalizationForm_KC))
                     .contains(squeezed(QStringLiteral("Officer Li Guoqiang"))),
                 qPrintable(text));
        const QString qdf = path(QStringLiteral("bundle-qdf.pdf"));
        AMANAT_EXPECT_EXIT(
            tool(QStringLiteral("qpdf"),
                 {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), pdf, qdf}),
            0);
        QStringList needles = protectedProbes();
        for (const QString &phone : kPhoneWays)
            needles << phone;
        QStringList files = filesUnder(m_bundle);
        files << qdf;
        for (const QString &file : std::as_const(files)) {
            const QByteArray bytes = readFile(file).toLower();
            for (const QString &needle : std::as_const(needles)) {
                QByteArray be, le;
                for (QChar c : needle.toLower()) {
                    be += char(c.unicode() >> 8), be += char(c.unicode() & 0xFF);
                    le += char(c.unicode() & 0xFF), le += char(c.unicode() >> 8);
                }
                QVERIFY2(!bytes.contains(needle.toLower().toUtf8()) && !bytes.contains(be) &&
                             !bytes.contains(le),
                         qPrintable(file + QLatin1Char(' ') + needle));
            }
        }
    }

    void redactPreviewShowsThePageAsExported()
    {
        const QString png = path(QStringLiteral("preview.png"));
        const CliResult preview =
            cli({QStringLiteral("redact-preview"), m_library, QString::number(m_table),
                 QStringLiteral("--page"), QStringLiteral("1"), png, QStringLiteral("--json")});
        AMANAT_EXPECT_EXIT(preview, 0);
        QVERIFY(readFile(png).startsWith("\x89PNG"));
        QVERIFY(jsonObjectFrom(preview.out).value(QStringLiteral("auto_boxes")).toArray().size() >=
                2);
        for (int psm : {3, 11})
            QVERIFY(found(ocr(png, psm)).isEmpty());
    }

    void approvalsLapseWhenTheRulesChange()
    {
        approveAll(kDossier);
        QVERIFY(jsonArrayFrom(cli({QStringLiteral("redact-review"), m_library, kDossier,
                                   QStringLiteral("--list"), QStringLiteral("--json")})
                                  .out)
                    .isEmpty());
        const qint64 person =
            qint64(jsonArrayFrom(cli({QStringLiteral("person"), QStringLiteral("list"), m_library,
                                      QStringLiteral("--json")})
                                     .out)
                       .at(0)
                       .toObject()
                       .value(QStringLiteral("id"))
                       .toDouble());
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("person"), QStringLiteral("edit"), m_library,
                                QString::number(person), QStringLiteral("--add-name"),
                                QStringLiteral("Abdurehim Tursunov")}),
                           0);
        const QJsonArray changed =
            jsonArrayFrom(cli({QStringLiteral("redact-review"), m_library, kDossier,
                               QStringLiteral("--list"), QStringLiteral("--json")})
                              .out);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("changed"));
        // The person's values never appear in lists or in the log (a transcript the user
        // typed is content, and is logged as any other edit; the new variant is not).
        const QByteArray listed = cli({QStringLiteral("person"), QStringLiteral("list"), m_library,
                                       QStringLiteral("--json")})
                                      .out;
        QVERIFY(!listed.contains("Tursun"));
        QVERIFY(!cli({QStringLiteral("log"), m_library, QStringLiteral("--json")})
                     .out.contains("Tursunov"));
    }

    void aMissedOccurrenceFailsTheExportWithNothingWritten()
    {
        const QString dossier = QStringLiteral("Missed");
        AMANAT_EXPECT_EXIT(
            cli({QStringLiteral("dossier"), QStringLiteral("create"), m_library, dossier}), 0);
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("dossier"), QStringLiteral("add"), m_library,
                                dossier, QString::number(m_formPng)}),
                           0);
        approveAll(dossier);
        // The test setting turns the pixel redactor's readings off: only the leak check reads.
        QProcessEnvironment env = m_cli.environment();
        env.insert(QStringLiteral("AMANAT_TEST_REDACTOR_SKIP"),
                   QStringLiteral("whole_page,sparse,lines"));
        const QString out = path(QStringLiteral("missed"));
        const CliResult failed =
            m_cli.runWith(env, {QStringLiteral("bundle"), m_library, dossier, out});
        AMANAT_EXPECT_EXIT(failed, 1);
        QVERIFY2(failed.err.contains("leak check"), failed.err.constData());
        QVERIFY2(failed.err.contains("exhibit A1"), failed.err.constData());
        QVERIFY2(failed.err.contains("page 1 of the original"), failed.err.constData());
        QVERIFY2(failed.err.contains("page image"), failed.err.constData());
        QVERIFY(!failed.err.contains("Tursun") &&
                !failed.err.contains(kWitness.hanSurname.toUtf8()));
        QVERIFY(!QFileInfo::exists(out));
        for (const QString &entry : QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden))
            QVERIFY2(!entry.startsWith(QLatin1String(".amanat-bundle")), qPrintable(entry));
    }

    void aRecordingWhoseMetadataNamesTheWitnessIsRefused()
    {
        const QString clip = path(QStringLiteral("in/interview.mp4"));
        AMANAT_EXPECT_EXIT(
            tool(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"),
                  QStringLiteral("lavfi"), QStringLiteral("-i"),
                  QStringLiteral("testsrc=duration=1:size=160x120:rate=10"),
                  QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                  QStringLiteral("-metadata"),
                  QStringLiteral("title=Interview with %1").arg(kWitness.latin),
                  QStringLiteral("-y"), clip}),
            0);
        QVERIFY(readFile(clip).contains(kWitness.latin.toUtf8())); // the probe finds it
        const qint64 video = importOne(clip);
        QVERIFY(video > 0);
        const QString dossier = QStringLiteral("Video only");
        AMANAT_EXPECT_EXIT(
            cli({QStringLiteral("dossier"), QStringLiteral("create"), m_library, dossier}), 0);
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("dossier"), QStringLiteral("add"), m_library,
                                dossier, QString::number(video)}),
                           0);
        const QString out = path(QStringLiteral("video-out"));
        const CliResult refused = cli({QStringLiteral("bundle"), m_library, dossier, out});
        AMANAT_EXPECT_EXIT(refused, 1);
        QVERIFY2(refused.err.contains("native file natives/"), refused.err.constData());
        QVERIFY2(refused.err.contains("container metadata"), refused.err.constData());
        QVERIFY(!refused.err.contains("Tursun"));
        QVERIFY(!QFileInfo::exists(out));
    }

    void anExemptedPersonStaysAndTheBundleSaysSo()
    {
        const QString dossier = QStringLiteral("Own appeal");
        AMANAT_EXPECT_EXIT(
            cli({QStringLiteral("dossier"), QStringLiteral("create"), m_library, dossier}), 0);
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("dossier"), QStringLiteral("add"), m_library,
                                dossier, QString::number(m_textPdf)}),
                           0);
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("dossier"), QStringLiteral("exempt"), m_library,
                                dossier, QStringLiteral("W-014")}),
                           2); // a reason is required
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("dossier"), QStringLiteral("exempt"), m_library,
                                dossier, QStringLiteral("W-014"), QStringLiteral("--reason"),
                                QStringLiteral("the appellant's own appeal")}),
                           0);
        approveAll(dossier);
        const QString out = path(QStringLiteral("own"));
        AMANAT_EXPECT_EXIT(cli({QStringLiteral("bundle"), m_library, dossier, out}), 0);
        const QString text = pdfText(out + QStringLiteral("/bundle.pdf"));
        QVERIFY(text.contains(kEmail));
        QVERIFY2(text.contains(QStringLiteral("Not redacted in this dossier")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("the appellant's own appeal")));
        QVERIFY(cli({QStringLiteral("log"), m_library, QStringLiteral("--json")})
                    .out.contains("redaction_exempt"));
    }
};

QTEST_MAIN(TestCliRedaction)
#include "tst_cli_redaction.moc"
