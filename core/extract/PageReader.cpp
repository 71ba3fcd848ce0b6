#include "PageReader.h"

#include "LayoutAnalysis.h"

#include <QPainter>

#include <algorithm>

namespace amanat {

namespace {

/** White around a cell cut out for reading alone. */
constexpr int kPad = 10;
/** Rule pixels that may remain at a cell's edge. */
constexpr int kInset = 2;
/** A cell read with at least this mean confidence is not read again language by language. */
constexpr int kSure = 85;
/** Text the page's reading did not see at all is taken from a cell only above this. */
constexpr double kNewTextConfidence = 60;

/** The words of @p reading whose middle lies in @p cell. */
QVector<int> wordsIn(const OcrReading &reading, const QRect &cell)
{
    QVector<int> inside;
    for (int w = 0; w < reading.wordBoxes.size(); ++w)
        if (cell.contains(reading.wordBoxes.at(w).center()))
            inside.append(w);
    return inside;
}

double meanConfidence(const OcrReading &reading, const QVector<int> &words)
{
    double sum = 0;
    for (int w : words)
        sum += reading.wordConfidences.value(w);
    return words.isEmpty() ? -1 : sum / words.size();
}

/** @p into with the glyphs of @p words replaced by @p cell's reading (boxes moved by
 *  @p offset), in new lines placed where the first replaced word was (or at the end). */
OcrReading withCell(const OcrReading &into, const QVector<int> &words, const OcrReading &cell,
                    const QPoint &offset)
{
    OcrReading out;
    out.lineBoxes = into.lineBoxes;
    QVector<int> wordIndex(into.wordBoxes.size(), -1);
    bool inserted = false;
    auto insertCell = [&] {
        inserted = true;
        const int firstWord = int(out.wordBoxes.size());
        const int firstLine = int(out.lineBoxes.size());
        for (int w = 0; w < cell.wordBoxes.size(); ++w) {
            out.wordBoxes.append(cell.wordBoxes.at(w).translated(offset));
            out.wordConfidences.append(cell.wordConfidences.value(w));
        }
        for (const QRect &line : cell.lineBoxes)
            out.lineBoxes.append(line.translated(offset));
        for (const OcrGlyph &g : cell.glyphs)
            out.glyphs.append(
                OcrGlyph{g.text, g.box.translated(offset), firstWord + g.word, firstLine + g.line});
    };
    for (const OcrGlyph &g : into.glyphs) {
        if (words.contains(g.word)) {
            if (!inserted)
                insertCell();
            continue;
        }
        if (wordIndex.at(g.word) < 0) {
            wordIndex[g.word] = int(out.wordBoxes.size());
            out.wordBoxes.append(into.wordBoxes.at(g.word));
            out.wordConfidences.append(into.wordConfidences.value(g.word));
        }
        out.glyphs.append(OcrGlyph{g.text, g.box, wordIndex.at(g.word), g.line});
    }
    if (!inserted)
        insertCell();
    return out;
}

} // namespace

OcrReading PageReader::readCell(const QImage &grey, const QRect &cell, const QString &languages,
                                int glyphHeight, int dpi, QString *error)
{
    const QRect inside = cell.adjusted(kInset, kInset, -kInset, -kInset);
    QImage crop(inside.size() + QSize(2 * kPad, 2 * kPad), QImage::Format_Grayscale8);
    crop.fill(255);
    {
        QPainter painter(&crop);
        painter.drawImage(kPad, kPad, grey, inside.x(), inside.y(), inside.width(),
                          inside.height());
    }
    const OcrSession::Layout layout = inside.height() < 2.2 * glyphHeight
                                          ? OcrSession::Layout::SingleLine
                                          : OcrSession::Layout::SingleBlock;
    // The languages together, and, when that reading is unsure, each alone: on a short crop
    // the combined models often take Han for Latin, or the other way round. The most
    // confident reading wins.
    OcrReading best = m_ocr.read(crop, languages, layout, dpi, error);
    if (!error->isEmpty() || (!best.glyphs.isEmpty() && best.meanConfidence() >= kSure))
        return best;
    const QStringList each = languages.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    for (const QString &language : each) {
        if (each.size() < 2)
            break;
        const OcrReading reading = m_ocr.read(crop, language, layout, dpi, error);
        if (!error->isEmpty())
            return {};
        if (!reading.glyphs.isEmpty() &&
            (best.glyphs.isEmpty() || reading.meanConfidence() > best.meanConfidence()))
            best = reading;
    }
    return best;
}

PageReader::Page PageReader::read(const QImage &image, const QString &languages, int dpi,
                                  QString *error)
{
    error->clear();
    Page page;
    if (image.isNull())
        return page;
    QImage grey = LayoutAnalysis::greyOf(image);
    page.rotation = m_ocr.orientation(grey, dpi);
    if (page.rotation != 0) {
        QTransform upright;
        upright.rotate(-page.rotation);
        grey = LayoutAnalysis::transformedOnWhite(grey, upright);
        page.toPage = upright.inverted();
    }
    page.reading = m_ocr.read(grey, languages, OcrSession::Layout::Auto, dpi, error);
    if (!error->isEmpty())
        return Page{};

    // Table cells and form fields, each read alone: what the page's reading left out or
    // read with less confidence is replaced by the cell's own reading.
    const LayoutAnalysis layout(grey);
    const int glyph = qMax(layout.glyphHeight(), 6);
    for (const QRect &cell : layout.cells()) {
        const OcrReading cellReading = readCell(grey, cell, languages, glyph, dpi, error);
        if (!error->isEmpty())
            return Page{};
        const QVector<int> before = wordsIn(page.reading, cell);
        // Where the page's reading found nothing, the cell's must be fairly sure: an empty
        // cell's stains and rule remnants are read as marks with low confidence.
        const double bar =
            before.isEmpty() ? kNewTextConfidence : meanConfidence(page.reading, before);
        if (cellReading.glyphs.isEmpty() || cellReading.meanConfidence() <= bar)
            continue;
        const QPoint offset = cell.topLeft() + QPoint(kInset - kPad, kInset - kPad);
        page.reading = withCell(page.reading, before, cellReading, offset);
    }
    return page;
}

} // namespace amanat
