// The words of a bundle page's text layer (issue 16): placed where OCR saw them, ideographs
// kept together, nothing under a redaction box and nothing protected; and the helper's
// words checked on the way in.

#include "TextLayerWords.h"
#include "helper/RasterProtocol.h"
#include "redaction/RedactionTerms.h"

#include <QJsonArray>
#include <QtTest>

using namespace amanat;

namespace {

/** A reading of @p lines, each a list of words; every glyph 20 × 30 px, words 10 px apart,
 *  lines 50 px apart, starting at (100, 100). Han words are read glyph by glyph as words,
 *  as Tesseract's chi_sim does. */
OcrReading readingOf(const QVector<QStringList> &lines)
{
    OcrReading reading;
    int y = 100;
    for (const QStringList &line : lines) {
        const int lineIndex = int(reading.lineBoxes.size());
        int x = 100;
        QRect lineBox;
        for (const QString &word : line) {
            QStringList pieces;
            if (word.at(0).script() == QChar::Script_Han)
                for (QChar c : word)
                    pieces << QString(c);
            else
                pieces << word;
            for (const QString &piece : pieces) {
                const int index = int(reading.wordBoxes.size());
                const QRect box(x, y, 20 * int(piece.size()), 30);
                reading.wordBoxes.append(box);
                reading.wordConfidences.append(90);
                for (int i = 0; i < piece.size(); ++i)
                    reading.glyphs.append(
                        OcrGlyph{piece.mid(i, 1), QRect(x + 20 * i, y, 20, 30), index, lineIndex});
                x += box.width() + (piece.size() > 1 || pieces.size() == 1 ? 10 : 0);
                lineBox = lineBox.united(box);
            }
            x += 10;
        }
        reading.lineBoxes.append(lineBox);
        y += 50;
    }
    return reading;
}

QStringList textsOf(const QVector<PlacedWord> &words)
{
    QStringList out;
    for (const PlacedWord &w : words)
        out << w.text;
    return out;
}

} // namespace

class TestTextLayerWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placedWhereRead()
    {
        PageReader::Page page;
        page.reading = readingOf({{QStringLiteral("Country"), QStringLiteral("report")},
                                  {QStringLiteral("询问笔录"), QStringLiteral("2017")}});
        const QSize pixels(1000, 2000);
        const QVector<PlacedWord> words =
            TextLayerWords::fromReading(page, pixels, {}, TermMatcher());
        QCOMPARE(textsOf(words), (QStringList{QStringLiteral("Country"), QStringLiteral("report"),
                                              QStringLiteral("询问笔录"), QStringLiteral("2017")}));
        // "Country" is 7 glyphs of 20 px from x = 100, on the line y 100–130.
        QCOMPARE(words.at(0).rect, QRectF(0.1, 0.05, 0.14, 0.015));
        QCOMPARE(words.at(2).line, words.at(3).line);
        QVERIFY(words.at(0).line != words.at(2).line);
        // Four Han glyphs read as four words become one: no space inside for a reader.
        QCOMPARE(words.at(2).rect.width(), 0.08);
        QCOMPARE(TextLayerWords::textOf(words), QStringLiteral("Country report\n询问笔录 2017"));
    }

    void nothingCoveredNothingProtected()
    {
        PageReader::Page page;
        page.reading = readingOf(
            {{QStringLiteral("Witness"), QStringLiteral("Abdurehim"), QStringLiteral("Tursun"),
              QStringLiteral("spoke")},
             {QStringLiteral("审问"), QStringLiteral("吐尔逊"), QStringLiteral("Secret")}});
        const TermMatcher matcher(
            RedactionTerms::forText(QStringLiteral("Abdurehim Tursun"), QStringLiteral("W-1")) +
                RedactionTerms::forText(QStringLiteral("吐尔逊"), QStringLiteral("W-1")),
            TermMatcher::Tolerance::Redact);
        // "Secret" is under a box (second line, after the Han words).
        const QRectF box(300, 140, 200, 50);
        const QVector<PlacedWord> words =
            TextLayerWords::fromReading(page, QSize(1000, 1000), {box}, matcher);
        const QString text = TextLayerWords::textOf(words);
        QVERIFY2(!text.contains(QStringLiteral("Tursun")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Abdurehim")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("吐")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Secret")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Witness")) && text.contains(QStringLiteral("spoke")),
                 qPrintable(text));
        // The same probes find the words when nothing is protected or covered.
        const QString open = TextLayerWords::textOf(
            TextLayerWords::fromReading(page, QSize(1000, 1000), {}, TermMatcher()));
        for (const QString &probe : {QStringLiteral("Tursun"), QStringLiteral("Abdurehim"),
                                     QStringLiteral("吐"), QStringLiteral("Secret")})
            QVERIFY2(open.contains(probe), qPrintable(open));
    }

    void turnedPages()
    {
        // Read upright from a page turned a quarter clockwise: the words come back on the
        // page as it is shown, with their rotation.
        PageReader::Page page;
        page.reading = readingOf({{QStringLiteral("sideways")}});
        page.rotation = 90;
        QTransform upright;
        upright.rotate(-90);
        upright *= QTransform::fromTranslate(0, 1000); // a 2000 × 1000 page turned upright
        page.toPage = upright.inverted();
        const QVector<PlacedWord> words =
            TextLayerWords::fromReading(page, QSize(1000, 2000), {}, TermMatcher());
        QCOMPARE(words.size(), 1);
        QCOMPARE(words.at(0).rotation, 90);
        QVERIFY2(words.at(0).rect.height() > words.at(0).rect.width() * 2,
                 qPrintable(QStringLiteral("%1 × %2")
                                .arg(words.at(0).rect.width())
                                .arg(words.at(0).rect.height())));
    }

    void wireChecksWords()
    {
        RasterPage page;
        page.page = 1;
        page.pixelSize = QSize(100, 100);
        page.words = {PlacedWord{QRectF(0.1, 0.2, 0.3, 0.05), QStringLiteral("询问笔录"), 0, 0}};
        RasterPage back;
        // Words only, no JPEG: a scanned page that stays vector.
        QVERIFY(RasterPage::fromJson(page.toJson(), &back));
        QCOMPARE(back.words.size(), 1);
        QCOMPARE(back.words.at(0).text, QStringLiteral("询问笔录"));
        QCOMPARE(back.words.at(0).rect, QRectF(0.1, 0.2, 0.3, 0.05));
        auto withWord = [&page](const QJsonArray &word) {
            QJsonObject json = page.toJson();
            json.insert(QStringLiteral("words"), QJsonArray{word});
            RasterPage out;
            return RasterPage::fromJson(json, &out);
        };
        QVERIFY(withWord(QJsonArray{0.1, 0.2, 0.3, 0.05, QStringLiteral("ok"), 0, 270}));
        QVERIFY(!withWord(QJsonArray{0.1, 0.2, 3.0, 0.05, QStringLiteral("off the page"), 0, 0}));
        QVERIFY(!withWord(QJsonArray{0.1, 0.2, 0.3, 0.05, QStringLiteral("askew"), 0, 45}));
        QVERIFY(!withWord(QJsonArray{0.1, 0.2, 0.3, 0.05, 42, 0, 0}));
        QVERIFY(!withWord(QJsonArray{0.1, 0.2}));
        // Bytes that are not a JPEG are still refused.
        QJsonObject notJpeg = page.toJson();
        notJpeg.insert(QStringLiteral("jpeg"),
                       QString::fromLatin1(QByteArray("GIF89a").toBase64()));
        RasterPage out;
        QVERIFY(!RasterPage::fromJson(notJpeg, &out));
    }
};

QTEST_MAIN(TestTextLayerWords)
#include "tst_text_layer_words.moc"
