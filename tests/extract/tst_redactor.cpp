// The redactor's parts inside amanat-extract (issue 10): layout analysis of forms, what a
// PDF page is drawn with, JPEG metadata removal and re-encoding, right-to-left text layers,
// and the coverage of every known occurrence on a generated police form.

#include "LayoutAnalysis.h"
#include "PageRasterizer.h"
#include "PageRedactor.h"
#include "PdfInspector.h"
#include "OnePagePdf.h"
#include "PoliceScan.h"
#include "redaction/RedactionTerms.h"
#include "redaction/TermMatcher.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QtTest>

using namespace amanat;
using namespace amanat::test;

namespace {

QByteArray jpegOf(const QImage &image)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "jpeg").write(image);
    return buffer.data();
}

QByteArray segment(quint8 marker, const QByteArray &payload)
{
    QByteArray out("\xFF", 1);
    out.append(char(marker));
    const int length = int(payload.size()) + 2;
    out.append(char(length >> 8)).append(char(length & 0xFF));
    return out + payload;
}

/** A JPEG with a comment, an EXIF-like APP1, an IPTC APP13 and Adobe's APP14. */
QByteArray jpegWithSegments()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(200, 30, 30));
    const QByteArray jpeg = jpegOf(image);
    return jpeg.left(2) + segment(0xFE, "SECRETNAME in a comment") +
           segment(0xE1, QByteArray("Exif\0\0", 6) + "SECRETNAME as Artist") +
           segment(0xED, QByteArray("Photoshop 3.0\0", 14) + "SECRETNAME by-line") +
           segment(0xEE, QByteArray("Adobe\0d\0\0\0\0\1", 12)) + jpeg.mid(2);
}

/** A one-page PDF drawing @p jpeg as a DCT image, written by hand (qpdf and Poppler are
 *  asked to read the same bytes the helper gets). */
QByteArray pdfWithJpeg(const QByteArray &jpeg, int width, int height)
{
    QByteArray pdf = "%PDF-1.4\n";
    QVector<qint64> offsets;
    auto object = [&](const QByteArray &body) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    const QByteArray content = "q 200 0 0 150 0 0 cm /Im0 Do Q";
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 150] /Resources << /XObject << /Im0 "
           "4 0 R >> >> /Contents 5 0 R >>");
    object("<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(width) + " /Height " +
           QByteArray::number(height) +
           " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length " +
           QByteArray::number(jpeg.size()) + " >>\nstream\n" + jpeg + "\nendstream");
    object("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
           "\nendstream");
    const qint64 xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qint64 offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QByteArray textPdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(72);
    {
        QPainter painter(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSize(14);
        painter.setFont(font);
        painter.drawText(QPointF(60, 80), QStringLiteral("Only text on this page."));
    }
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

/** The share of pixels inside @p polygon (shrunk by a pixel) that are black in @p image. */
double blackShare(const QImage &image, const QPolygonF &polygon)
{
    const QRect bounds = polygon.boundingRect().toAlignedRect().intersected(image.rect());
    int inside = 0, black = 0;
    for (int y = bounds.top() + 1; y < bounds.bottom(); ++y)
        for (int x = bounds.left() + 1; x < bounds.right(); ++x) {
            if (!polygon.containsPoint(QPointF(x, y), Qt::OddEvenFill))
                continue;
            ++inside;
            black += qGray(image.pixel(x, y)) < 60 ? 1 : 0;
        }
    return inside ? double(black) / inside : 1.0;
}

} // namespace

class TestRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jpegMetadataSegmentsAreRemoved()
    {
        const QByteArray dirty = jpegWithSegments();
        QVERIFY(dirty.contains("SECRETNAME")); // the probe finds it where it is
        const QByteArray clean = jpegWithoutMetadata(dirty);
        QVERIFY(!clean.isEmpty());
        QVERIFY(!clean.contains("SECRETNAME"));
        QVERIFY(clean.contains("Adobe")); // how colours are stored is kept
        QVERIFY(!QImage::fromData(clean, "JPEG").isNull());
        QVERIFY(jpegWithoutMetadata("not a jpeg").isEmpty());
        QVERIFY(jpegWithoutMetadata(dirty.left(40)).isEmpty());
    }

    // A page's content stream is judged from its tokens: words and numbers alone keep it as
    // text; an inline image, text drawn as many outlines, or a token the lexer cannot read
    // sends it to be checked by its pixels.
    void pdfContentIsJudgedFromItsTokens()
    {
        int unread = 0;
        auto page = [&unread](const QByteArray &content, const QByteArray &filter = {}) {
            const PdfInspector inspector(onePagePdf(content, filter), QString());
            unread += inspector.ok() && inspector.pageCount() == 1 ? 0 : 1;
            return inspector.page(0);
        };
        QVERIFY(!page("BT /F1 12 Tf 10 10 Td (Hello, m l re) Tj ET").needsPixels);
        const PdfPageContent inlined =
            page("q 10 0 0 10 0 0 cm BI /W 2 /H 2 /BPC 8 /CS /G ID \x01\xfe\xfe\x01 EI Q");
        QVERIFY(inlined.inlineImages);
        QVERIFY(inlined.needsPixels);
        QByteArray few, many;
        for (int i = 0; i < 100; ++i)
            few += "0 0 m 1 1 l ";
        for (int i = 0; i < 201; ++i)
            many += "0 0 m 1 1 l ";
        QVERIFY(!page(few + "S").needsPixels);        // 200 path operators: a drawing
        QVERIFY(page(many + "S").needsPixels);        // 402: text may be drawn as outlines
        QVERIFY(page("0 0 m ) 1 1 l S").needsPixels); // a token that cannot be read
        // A stream that cannot be decoded is looked at by its pixels too.
        QVERIFY(page("not deflated at all", "/Filter /FlateDecode").needsPixels);
        QCOMPARE(unread, 0); // every test page was a PDF the inspector could open
    }

    void pdfPagesSayWhatTheyDraw()
    {
        QTemporaryDir dir;
        const PdfInspector text(textPdf(dir.filePath(QStringLiteral("t.pdf"))), QString());
        QVERIFY(text.ok());
        QCOMPARE(text.pageCount(), 1);
        QVERIFY(!text.page(0).needsPixels);
        QVERIFY(text.page(0).images.isEmpty());

        const QByteArray dirty = jpegWithSegments();
        const PdfInspector image(pdfWithJpeg(dirty, 64, 48), QString());
        QVERIFY(image.ok());
        const PdfPageContent content = image.page(0);
        QVERIFY(content.needsPixels);
        QCOMPARE(content.images.size(), 1);
        ReencodedImage out;
        QVERIFY(image.reencode(content.images.first(), &out));
        QCOMPARE(out.width, 64);
        QCOMPARE(out.components, 3);
        QVERIFY(!out.jpeg.contains("SECRETNAME"));
        QVERIFY(!out.jpeg.contains("Exif"));
        QCOMPARE(QImage::fromData(out.jpeg, "JPEG").size(), QSize(64, 48));
        // Damaged input is reported, never a crash.
        QVERIFY(!PdfInspector("%PDF-1.4 garbage", QString()).ok());
        QVERIFY(image.page(7).needsPixels);
    }

    void rasterizedPdfPagesCarryNoMetadata()
    {
        const QByteArray pdf = pdfWithJpeg(jpegWithSegments(), 64, 48);
        RasterRequest request;
        request.mime = QStringLiteral("application/pdf");
        request.reencodeImages = true;
        QVector<RasterPage> pages;
        QVector<ReencodedImage> images;
        const QString error =
            PageRasterizer::run(request, pdf,
                                {[&](const RasterPage &page) { pages.append(page); },
                                 [&](const ReencodedImage &image) {
                                     images.append(image);
                                 }});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(pages.isEmpty());   // nothing to cover: the page stays a vector page…
        QCOMPARE(images.size(), 1); // …with its JPEG re-encoded
        QVERIFY(!images.first().jpeg.contains("SECRETNAME"));
    }

    void formsAreAnalysed()
    {
        ScanSpec spec;
        spec.layout = ScanSpec::Layout::SurveillanceTable;
        spec.dpi = 300;
        spec.pointSize = 11;
        spec.seed = 5;
        spec.rotationDegrees = 0;
        const QImage straight = generatePoliceScan(spec, ScanPerson::protectedWitness())
                                    .image.convertToFormat(QImage::Format_Grayscale8);
        QCOMPARE(LayoutAnalysis::skewDegrees(straight), 0.0);
        const LayoutAnalysis layout(straight);
        QVERIFY2(layout.glyphHeight() >= 15 && layout.glyphHeight() <= 60,
                 qPrintable(QString::number(layout.glyphHeight())));
        // A table of 5 rows and 6 columns: many cells read as lines.
        QVERIFY2(layout.textLines().size() >= 20,
                 qPrintable(QString::number(layout.textLines().size())));
        // Ruling lines are gone: no long dark horizontal run remains.
        const QImage clean = layout.withoutRules();
        int longest = 0;
        for (int y = 0; y < clean.height(); ++y) {
            int run = 0;
            const uchar *line = clean.constScanLine(y);
            for (int x = 0; x < clean.width(); ++x) {
                run = line[x] < 128 ? run + 1 : 0;
                longest = qMax(longest, run);
            }
        }
        QVERIFY2(longest < clean.width() / 10, qPrintable(QString::number(longest)));

        spec.rotationDegrees = 1.0;
        const QImage turned = generatePoliceScan(spec, ScanPerson::protectedWitness())
                                  .image.convertToFormat(QImage::Format_Grayscale8);
        const double skew = LayoutAnalysis::skewDegrees(turned);
        QVERIFY2(qAbs(skew - 1.0) <= 0.3, qPrintable(QString::number(skew)));
    }

    void aTableRuleReadAsASeparatorIsNotRedacted()
    {
        // A phone number in a table cell as Tesseract returned it on a generated surveillance
        // table: its digits, then a "space" whose box is the table's 2,925-pixel rule (and a
        // line box that is a vertical rule). The box must cover the digits, not the table.
        OcrReading reading;
        reading.lineBoxes = {QRect(291, 537, 15, 671)};
        const QString digits = QStringLiteral("+8613800134471");
        int x = 1600;
        for (const QChar digit : digits) {
            reading.wordBoxes.append(QRect(x, 1004, 28, 42));
            reading.glyphs.append(
                {QString(digit), QRect(x, 1004, 28, 42), int(reading.wordBoxes.size()) - 1, 0});
            x += 34;
        }
        reading.wordBoxes.append(QRect(294, 1061, 2925, 48));
        reading.glyphs.append({QStringLiteral(" "), QRect(294, 1061, 2925, 48),
                               int(reading.wordBoxes.size()) - 1, 0});
        reading.wordBoxes.append(QRect(x + 40, 1004, 28, 42));
        reading.glyphs.append({QStringLiteral("7"), QRect(x + 40, 1004, 28, 42),
                               int(reading.wordBoxes.size()) - 1, 0});
        const TermMatcher matcher(
            RedactionTerms::forContact(QStringLiteral("+86 138 0013 4471"), QStringLiteral("W-1")),
            TermMatcher::Tolerance::Redact);
        // The probe: the match does take in the rule (else this test would prove nothing).
        const QVector<TermMatcher::Match> matches = matcher.findInUnits(reading.units());
        QVERIFY(!matches.isEmpty());
        QVERIFY(std::any_of(matches.cbegin(), matches.cend(),
                            [](const TermMatcher::Match &m) { return m.last >= 14; }));

        const QVector<PageRedactor::Box> boxes =
            PageRedactor::merged(PageRedactor::boxesOver(reading, matcher, QTransform()));
        QVERIFY(!boxes.isEmpty());
        QRectF covered;
        for (const PageRedactor::Box &box : boxes)
            covered = covered.united(box.rect);
        // Every digit is under the box (the '+' is no part of the match) ...
        QVERIFY(covered.contains(QRectF(1634, 1004, 13 * 34 - 6, 42)));
        QVERIFY(covered.contains(QRectF(x + 40, 1004, 28, 42)));
        // ... and the box is about a line high, not the table.
        QVERIFY2(covered.height() < 3 * 42 && covered.width() < 700,
                 qPrintable(QStringLiteral("%1 x %2").arg(covered.width()).arg(covered.height())));
    }

    void aBoxGrowsOverTheGlyphItCuts()
    {
        QImage page(400, 120, QImage::Format_Grayscale8);
        page.fill(255);
        QPainter painter(&page);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::black);
        painter.drawRect(60, 50, 85, 5);  // a stroke (the tail of 辶) running past the box
        painter.drawRect(0, 20, 400, 3);  // a cell's rule along the box's top edge
        painter.drawRect(300, 0, 3, 120); // a column rule
        painter.drawRect(250, 40, 50, 4); // a stroke that runs into the column rule
        painter.drawRect(230, 60, 2, 2);  // a dust speck just beyond a box
        painter.end();
        const QVector<PageRedactor::Box> boxes = {
            {QRectF(40, 20, 80, 60), 0},   // cuts the stroke at x = 120
            {QRectF(180, 20, 50, 60), 0},  // ends at a speck it does not touch
            {QRectF(240, 20, 50, 60), 0}}; // cuts the stroke that meets the rule
        // The probe: the first box does cut ink that stays visible.
        QImage burned = page;
        PageRedactor::burn(burned, {boxes.at(0)});
        QCOMPARE(qGray(burned.pixel(110, 52)), 0);
        QVERIFY(qGray(burned.pixel(125, 52)) < 110);

        const QVector<PageRedactor::Box> grown = PageRedactor::grownToInk(page, boxes);
        QVERIFY2(grown.at(0).rect.right() >= 144,
                 qPrintable(QString::number(grown.at(0).rect.right())));
        QCOMPARE(grown.at(0).rect.left(), 40.0); // nothing crosses its left edge
        QCOMPARE(grown.at(0).rect.top(), 20.0);  // growth is sideways only
        // The rule along the top edge does not drag a box along the row.
        QCOMPARE(grown.at(1).rect, boxes.at(1).rect);
        // Growth stops at the column rule rather than following it.
        QVERIFY(grown.at(2).rect.right() >= 299);
        QVERIFY(grown.at(2).rect.right() < 302);
    }

    void everyOccurrenceOnAFormIsCovered()
    {
        ScanSpec spec;
        spec.layout = ScanSpec::Layout::RegistrationForm;
        spec.dpi = 300;
        spec.pointSize = 10;
        spec.rotationDegrees = -0.7;
        spec.paperGrey = 230;
        spec.noise = 9;
        spec.seed = 21;
        const ScanPerson person = ScanPerson::protectedWitness();
        const GeneratedScan scan = generatePoliceScan(spec, person);
        QVERIFY(scan.occurrences.size() >= 5);
        QBuffer png;
        png.open(QIODevice::WriteOnly);
        QVERIFY(scan.image.save(&png, "PNG"));

        RasterRequest request;
        request.mime = QStringLiteral("image/png");
        request.allPages = true;
        request.languageGroups = {QStringLiteral("chi_sim+eng")};
        for (const QString &name : {person.han, person.latin})
            request.terms += RedactionTerms::forName(name, QStringLiteral("W-1"));
        request.terms += RedactionTerms::forContact(person.phone, QStringLiteral("W-1"));
        QVector<RasterPage> pages;
        const QString error =
            PageRasterizer::run(request, png.data(),
                                {[&](const RasterPage &page) { pages.append(page); },
                                 [](const ReencodedImage &) {
                                 }});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(pages.size(), 1);
        const QImage out = QImage::fromData(pages.first().jpeg, "JPEG");
        // Page images are at most ~300 dpi on A4: a rotated scan comes back a little smaller.
        const double scale = double(out.width()) / scan.image.width();
        QVERIFY(scale > 0.95 && scale <= 1.0);
        for (const ScanOccurrence &occurrence : scan.occurrences)
            for (const QPolygonF &original : occurrence.areas) {
                const QPolygonF area = QTransform::fromScale(scale, scale).map(original);
                QVERIFY2(blackShare(out, area) >= 0.98,
                         qPrintable(QStringLiteral("%1 at %2,%3 is %4 % covered")
                                        .arg(occurrence.text)
                                        .arg(area.boundingRect().x())
                                        .arg(area.boundingRect().y())
                                        .arg(blackShare(out, area) * 100, 0, 'f', 1)));
            }
        // Precision: the page is not blacked out wholesale.
        int dark = 0;
        for (int y = 0; y < out.height(); y += 2)
            for (int x = 0; x < out.width(); x += 2)
                dark += qGray(out.pixel(x, y)) < 60 ? 1 : 0;
        const double share = double(dark) / ((out.width() / 2) * (out.height() / 2));
        QVERIFY2(share < 0.08, qPrintable(QString::number(share)));
        QCOMPARE(pages.first().autoBoxes.size() >= 4, true);
        QVERIFY(!pages.first().text.contains(person.hanSurname));
    }
};

QTEST_MAIN(TestRedactor)
#include "tst_redactor.moc"
