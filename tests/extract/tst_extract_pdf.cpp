// PdfExtractor on generated PDFs: a text layer, a password, a scanned page, damage.

#include "ExtractTestData.h"
#include "PdfExtractor.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace amanat;
using namespace amanat::testdata;

namespace {

using Status = ExtractionResult::Status;

const QStringList kPages = {
    QStringLiteral("Report on the detention facility in Urumqi. Findings of the mission."),
    QStringLiteral("Annex with witness statements about interrogations and transfers."),
};

ExtractionResult extract(const QByteArray &data, const QByteArray &password = QByteArray(),
                         const QString &languages = QString())
{
    ExtractionInput input;
    input.name = QStringLiteral("file.pdf");
    input.mime = QStringLiteral("application/pdf");
    input.data = data;
    input.pdfPassword = password;
    input.ocrLanguages = languages;
    return PdfExtractor().extract(input);
}

QString allText(const ExtractionResult &result)
{
    QStringList texts;
    for (const PageText &page : result.pages)
        texts << page.text;
    return texts.join(u'\n');
}

/** A hand-written PDF from numbered object bodies (object 1 is the catalog). */
QByteArray handWrittenPdf(const QList<QByteArray> &objects)
{
    QByteArray pdf("%PDF-1.4\n");
    QList<int> offsets;
    for (const QByteArray &body : objects) {
        offsets << int(pdf.size());
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    }
    const int xref = int(pdf.size());
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const int offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

/** One page of text, and a page tree whose second kid is @p secondKid. */
QByteArray pdfWithSecondKid(const QByteArray &secondKid)
{
    const QByteArray content = "BT /F1 24 Tf 72 700 Td (Surviving page) Tj ET";
    return handWrittenPdf({
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R " + secondKid + "] /Count 2 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    });
}

} // namespace

class TestExtractPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts();
    void textLayer();
    void password();
    void scannedPage();
    void missingOcrLanguage();
    void missingPage();
    void pageTreeLoop();
    void pageCap();
    void truncated();
    void bitFlipped();
    void notAPdf_data();
    void notAPdf();
};

void TestExtractPdf::accepts()
{
    PdfExtractor extractor;
    QVERIFY(extractor.accepts(QStringLiteral("application/pdf"), QStringLiteral("a.bin")));
    QVERIFY(extractor.accepts(QStringLiteral("application/octet-stream"),
                              QStringLiteral("REPORT.PDF")));
    QVERIFY(!extractor.accepts(QStringLiteral("image/png"), QStringLiteral("a.png")));
    QVERIFY(PdfExtractor::looksLikePdf("%PDF-1.7\n..."));
    QVERIFY(PdfExtractor::looksLikePdf(QByteArray(100, ' ') + "%PDF-1.4"));
    QVERIFY(!PdfExtractor::looksLikePdf("\x89PNG\r\n"));
}

void TestExtractPdf::textLayer()
{
    const QByteArray pdf = textPdf(kPages, QStringLiteral("Mission report 2023"));
    const ExtractionResult result = extract(pdf);
    QCOMPARE(ExtractionResult::statusName(result.status), QStringLiteral("ok"));
    QVERIFY(result.error.isEmpty());
    QVERIFY(result.paged);
    QCOMPARE(result.pages.size(), 2);
    QCOMPARE(result.metadata.value(QStringLiteral("page_count")).toInt(), 2);
    QCOMPARE(result.metadata.value(QStringLiteral("title")).toString(),
             QStringLiteral("Mission report 2023"));
    // A4 is 595 × 842 points.
    QCOMPARE(qRound(result.metadata.value(QStringLiteral("page_width_pt")).toDouble()), 595);
    QCOMPARE(qRound(result.metadata.value(QStringLiteral("page_height_pt")).toDouble()), 842);
    const QDateTime created = QDateTime::fromString(
        result.metadata.value(QStringLiteral("created")).toString(), Qt::ISODate);
    QVERIFY(created.isValid());
    QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    QVERIFY2(result.pages.at(0).text.contains(QStringLiteral("detention facility")),
             qPrintable(result.pages.at(0).text));
    QVERIFY(result.pages.at(1).text.contains(QStringLiteral("witness statements")));
    QVERIFY(!result.pages.at(0).ocr);
    QCOMPARE(result.pages.at(0).confidence, -1.0);
    QCOMPARE(result.kindHint, QStringLiteral("report"));
    QVERIFY(result.ocrLanguages.isEmpty());
    QVERIFY(!result.thumbnail.isNull());
    QCOMPARE(qMax(result.thumbnail.width(), result.thumbnail.height()),
             ExtractionResult::kThumbnailSize);
    QVERIFY(result.thumbnail.height() > result.thumbnail.width()); // portrait
}

void TestExtractPdf::password()
{
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (qpdf.isEmpty())
        QFAIL("the qpdf command is not installed; cannot make an encrypted PDF");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile plain(dir.filePath(QStringLiteral("in.pdf")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write(textPdf(kPages, QStringLiteral("Confidential")));
    plain.close();
    const QString encryptedPath = dir.filePath(QStringLiteral("out.pdf"));
    QProcess process;
    process.start(qpdf,
                  {QStringLiteral("--encrypt"), QStringLiteral("user"), QStringLiteral("owner"),
                   QStringLiteral("256"), QStringLiteral("--"), plain.fileName(), encryptedPath});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QFile encrypted(encryptedPath);
    QVERIFY(encrypted.open(QIODevice::ReadOnly));
    const QByteArray pdf = encrypted.readAll();

    ExtractionResult result = extract(pdf);
    QCOMPARE(result.status, Status::NeedsPassword);
    QCOMPARE(result.error, QStringLiteral("the PDF needs a password"));
    QVERIFY(result.pages.isEmpty());
    QVERIFY(result.thumbnail.isNull());

    result = extract(pdf, "wrong");
    QCOMPARE(result.status, Status::NeedsPassword);
    QVERIFY(result.error.startsWith(QStringLiteral("the PDF needs a password")));

    for (const QByteArray &password : {QByteArray("user"), QByteArray("owner")}) {
        result = extract(pdf, password);
        QCOMPARE(result.status, Status::Ok);
        QCOMPARE(result.pages.size(), 2);
        QVERIFY2(allText(result).contains(QStringLiteral("interrogations")),
                 qPrintable(allText(result)));
    }
}

void TestExtractPdf::scannedPage()
{
    if (!hasFont(QStringLiteral("DejaVu Sans")))
        QFAIL("font DejaVu Sans is not installed");
    const QImage scan = renderText(kEnglishLines, QStringLiteral("DejaVu Sans"), 12);
    QElapsedTimer timer;
    timer.start();
    const ExtractionResult result = extract(imagePdf(scan));
    QCOMPARE(result.status, Status::Ok);
    QCOMPARE(result.pages.size(), 1);
    const PageText &page = result.pages.at(0);
    QVERIFY(page.ocr);
    QVERIFY(page.confidence > 50);
    const double recall = wordRecall(kEnglishLines.join(u' '), page.text);
    qInfo("scanned PDF page: %.1f %% of the words, confidence %.0f, %lld ms", recall * 100,
          page.confidence, timer.elapsed());
    QVERIFY2(recall >= 0.9, qPrintable(QStringLiteral("%1 % of the words found in: %2")
                                           .arg(recall * 100, 0, 'f', 1)
                                           .arg(page.text)));
    QCOMPARE(result.kindHint, QStringLiteral("scan"));
    QCOMPARE(result.ocrLanguages, QStringList{QStringLiteral("eng")});
    QCOMPARE(result.meanOcrConfidence(), page.confidence);
}

void TestExtractPdf::missingOcrLanguage()
{
    const QImage scan = renderText(kEnglishLines, QStringLiteral("DejaVu Sans"), 12);
    const ExtractionResult result = extract(imagePdf(scan), QByteArray(), QStringLiteral("ug"));
    QCOMPARE(result.status, Status::Partial);
    QVERIFY2(result.error.contains(QStringLiteral("OCR language ug is not installed")),
             qPrintable(result.error));
    QCOMPARE(result.pages.size(), 1);
    QVERIFY(result.ocrLanguages.isEmpty());
}

void TestExtractPdf::missingPage()
{
    // Poppler returns a null page for the missing one: skipped, numbering kept.
    const ExtractionResult result = extract(pdfWithSecondKid("9 0 R"));
    QVERIFY2(result.status == Status::Partial, qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("1 of 2 pages")), qPrintable(result.error));
    QCOMPARE(result.pages.size(), 2);
    QVERIFY(result.pages.at(0).text.contains(QStringLiteral("Surviving page")));
}

void TestExtractPdf::pageTreeLoop()
{
    // The page tree names itself as a kid: no endless recursion, no hang.
    QElapsedTimer timer;
    timer.start();
    const ExtractionResult result = extract(pdfWithSecondKid("2 0 R"));
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY2(result.status != Status::Ok, qPrintable(ExtractionResult::statusName(result.status)));
    QVERIFY(!result.error.isEmpty());
}

void TestExtractPdf::pageCap()
{
    // More pages than kMaxPages: the first kMaxPages are read, and the result says so.
    QStringList pages;
    for (int i = 0; i < PdfExtractor::kMaxPages + 2; ++i)
        pages << QStringLiteral("page %1").arg(i + 1);
    const ExtractionResult result = extract(textPdf(pages, QStringLiteral("Long")));
    QCOMPARE(result.status, Status::Partial);
    QCOMPARE(result.error, QStringLiteral("only the first 5000 of 5002 pages were read"));
    QCOMPARE(result.pages.size(), PdfExtractor::kMaxPages);
    QCOMPARE(result.metadata.value(QStringLiteral("page_count")).toInt(), 5002);
    QVERIFY(result.pages.last().text.contains(QStringLiteral("page 5000")));
}

void TestExtractPdf::truncated()
{
    const QByteArray pdf = textPdf(kPages, QStringLiteral("Truncated"));
    for (const double fraction : {0.5, 0.1, 0.9}) {
        const ExtractionResult result = extract(pdf.left(qsizetype(pdf.size() * fraction)));
        QVERIFY2(result.status == Status::Failed || result.status == Status::Partial,
                 qPrintable(QStringLiteral("%1 at %2")
                                .arg(ExtractionResult::statusName(result.status))
                                .arg(fraction)));
        QVERIFY(!result.error.isEmpty());
    }
}

void TestExtractPdf::bitFlipped()
{
    // Damage everywhere, including the compressed streams and the cross-reference table.
    const QByteArray pdf = textPdf(kPages, QStringLiteral("Flipped"));
    QRandomGenerator random(20240611);
    for (int round = 0; round < 10; ++round) {
        QByteArray damaged = pdf;
        for (int i = 0; i < 40; ++i)
            damaged[random.bounded(int(damaged.size()))] ^= char(1 << random.bounded(8));
        const ExtractionResult result = extract(damaged);
        if (result.status != Status::Ok)
            QVERIFY2(!result.error.isEmpty(),
                     qPrintable(ExtractionResult::statusName(result.status)));
    }
    // Flips in the stream data and the xref table in particular.
    QByteArray damaged = pdf;
    const qsizetype stream = damaged.indexOf("stream");
    const qsizetype xref = damaged.lastIndexOf("xref");
    for (qsizetype i = stream + 10; i < stream + 60 && i < damaged.size(); ++i)
        damaged[i] = char(damaged[i] ^ 0x55);
    for (qsizetype i = xref; i < xref + 80 && i < damaged.size(); ++i)
        damaged[i] = char(damaged[i] ^ 0x04);
    const ExtractionResult result = extract(damaged);
    QVERIFY2(result.status == Status::Failed || result.status == Status::Partial,
             qPrintable(ExtractionResult::statusName(result.status) + u' ' + allText(result)));
    QVERIFY(!result.error.isEmpty());
}

void TestExtractPdf::notAPdf_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty");
    QByteArray noise(4096, '\0');
    QRandomGenerator random(7);
    for (char &c : noise)
        c = char(random.bounded(256));
    QTest::newRow("random") << noise << QStringLiteral("the PDF is damaged or not a PDF");
    QTest::newRow("header only") << QByteArray("%PDF-1.7\n")
                                 << QStringLiteral("the PDF is damaged or not a PDF");
    QTest::newRow("png") << pngHeaderOnly(10, 10)
                         << QStringLiteral("the PDF is damaged or not a PDF");
}

void TestExtractPdf::notAPdf()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, reason);
    const ExtractionResult result = extract(data);
    QCOMPARE(result.status, Status::Failed);
    QVERIFY2(result.error.startsWith(reason), qPrintable(result.error));
}

QTEST_MAIN(TestExtractPdf)
#include "tst_extract_pdf.moc"
