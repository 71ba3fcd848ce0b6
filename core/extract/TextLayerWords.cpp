#include "TextLayerWords.h"

#include "text/TextNormalizer.h"

namespace amanat {

namespace {

/** A word on its way to the page: pixels until it is placed. */
struct Candidate
{
    QString text;
    QRectF ink; ///< the word's own box, in page pixels (what a redaction box must not touch)
    /** Along the line: the word's extent; across: its line's, so a line shares one baseline
     *  and size (upright pixels). */
    QRectF slot;
    int line = 0;
    bool spaceBefore = true;
};

bool writtenWithoutSpaces(QChar c)
{
    return TextNormalizer::isWrittenWithoutSpaces(c.unicode());
}

/** Joins neighbours on a line with no space between them, or two ideographs closer than
 *  about one ideograph (not the cells of a table row). */
QVector<Candidate> joined(const QVector<Candidate> &words)
{
    QVector<Candidate> out;
    for (const Candidate &word : words) {
        if (word.text.isEmpty())
            continue;
        // Overlapping boxes are close too: OCR's boxes for Han glyphs often overlap.
        const bool close =
            !out.isEmpty() && word.slot.left() - out.last().slot.right() < 0.8 * word.slot.height();
        if (!out.isEmpty() && out.last().line == word.line &&
            (!word.spaceBefore || (close && writtenWithoutSpaces(out.last().text.back()) &&
                                   writtenWithoutSpaces(word.text.front())))) {
            Candidate &last = out.last();
            last.text += word.text;
            last.ink = last.ink.united(word.ink);
            last.slot = last.slot.united(word.slot);
            continue;
        }
        out.append(word);
    }
    return out;
}

QString textOfCandidates(const QVector<Candidate> &words, QVector<QPair<int, int>> *spans)
{
    QString text;
    for (int i = 0; i < words.size(); ++i) {
        if (i > 0)
            text += words.at(i).line != words.at(i - 1).line ? QLatin1Char('\n') : QLatin1Char(' ');
        if (spans)
            spans->append({int(text.size()), int(text.size() + words.at(i).text.size())});
        text += words.at(i).text;
    }
    return text;
}

/** @p words without those touching @p covered or taking part in a match of @p matcher,
 *  placed as fractions of a page of @p pixels through @p toPage. */
QVector<PlacedWord> placed(QVector<Candidate> words, const QSize &pixels,
                           const QVector<QRectF> &covered, const TermMatcher &matcher,
                           const QTransform &toPage, int rotation)
{
    words = joined(words);
    QVector<bool> keep(words.size(), true);
    for (int i = 0; i < words.size(); ++i)
        for (const QRectF &box : covered)
            keep[i] = keep[i] && !box.intersects(words.at(i).ink);
    QVector<QPair<int, int>> spans;
    const QString text = textOfCandidates(words, &spans);
    for (const TermMatcher::Span &match : matcher.find(text))
        for (int i = 0; i < words.size(); ++i)
            if (spans.at(i).first < match.end && spans.at(i).second > match.start)
                keep[i] = false;
    QVector<PlacedWord> out;
    const double width = qMax(1, pixels.width()), height = qMax(1, pixels.height());
    for (int i = 0; i < words.size(); ++i) {
        if (!keep.at(i))
            continue;
        const QRectF onPage = toPage.mapRect(words.at(i).slot)
                                  .intersected(QRectF(0, 0, pixels.width(), pixels.height()));
        if (onPage.isEmpty())
            continue;
        out.append(PlacedWord{QRectF(onPage.x() / width, onPage.y() / height,
                                     onPage.width() / width, onPage.height() / height),
                              words.at(i).text, words.at(i).line, rotation});
    }
    return out;
}

} // namespace

QVector<PlacedWord> TextLayerWords::fromReading(const PageReader::Page &page, const QSize &pixels,
                                                const QVector<QRectF> &covered,
                                                const TermMatcher &matcher)
{
    const OcrReading &reading = page.reading;
    QVector<Candidate> words(reading.wordBoxes.size());
    QVector<QRect> glyphsBox(reading.wordBoxes.size());
    for (const OcrGlyph &glyph : reading.glyphs) {
        Candidate &word = words[glyph.word];
        word.text += glyph.text;
        word.line = glyph.line;
        glyphsBox[glyph.word] = glyphsBox.at(glyph.word).united(glyph.box);
    }
    for (int w = 0; w < words.size(); ++w) {
        // Tesseract's word box for Han can reach over the next words; its glyphs' can not.
        const QRect box = glyphsBox.at(w).isNull() ? reading.wordBoxes.at(w) : glyphsBox.at(w);
        const QRect line = reading.lineBoxes.value(words.at(w).line, box);
        words[w].ink = page.toPage.mapRect(QRectF(box));
        words[w].slot = QRectF(box.left(), line.top(), box.width(), line.height());
        words[w].text = words.at(w).text.trimmed();
    }
    return placed(words, pixels, covered, matcher, page.toPage, page.rotation);
}

QVector<PlacedWord> TextLayerWords::fromLayer(const PdfTextLayer &layer, const QSize &pixels,
                                              const QVector<QRectF> &covered,
                                              const TermMatcher &matcher)
{
    QVector<Candidate> words;
    for (int w = 0; w < layer.words.size(); ++w) {
        const QRectF box = layer.wordRects.at(w);
        const int lineIndex = layer.lineOfWord.at(w);
        const QRectF line = QRectF(layer.reading.lineBoxes.value(lineIndex, box.toAlignedRect()));
        Candidate word;
        word.text = layer.words.at(w);
        word.ink = box;
        word.slot = QRectF(box.left(), line.top(), box.width(), line.height());
        word.line = lineIndex;
        word.spaceBefore = w == 0 || layer.spaceAfter.at(w - 1);
        words.append(word);
    }
    return placed(words, pixels, covered, matcher, QTransform(), 0);
}

QString TextLayerWords::textOf(const QVector<PlacedWord> &words)
{
    QString text;
    for (int i = 0; i < words.size(); ++i) {
        if (i > 0)
            text += words.at(i).line != words.at(i - 1).line ? QLatin1Char('\n') : QLatin1Char(' ');
        text += words.at(i).text;
    }
    return text;
}

} // namespace amanat
