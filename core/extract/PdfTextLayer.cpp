#include "PdfTextLayer.h"

#include <poppler-qt6.h>

#include <algorithm>

namespace amanat {

namespace {

QRect pixels(const QRectF &points, double scale)
{
    return QRectF(points.topLeft() * scale, points.size() * scale).toAlignedRect();
}

} // namespace

namespace {

struct Word
{
    QString text;
    QVector<QRectF> glyphs; ///< one box per character, points
    QRectF rect;
    bool spaceAfter = false;
    int line = 0;
};

bool isRightToLeft(const QString &text)
{
    int rtl = 0, other = 0;
    for (QChar c : text) {
        const QChar::Direction d = c.direction();
        if (d == QChar::DirR || d == QChar::DirAL)
            ++rtl;
        else if (c.isLetter())
            ++other;
    }
    return rtl > other;
}

/** Poppler lists the words of right-to-left script in visual order, each spelled left to
 *  right: a run of them is put back in reading order, each word's characters reversed. */
void toReadingOrder(QVector<Word> &words)
{
    for (int i = 0; i < words.size();) {
        if (!isRightToLeft(words.at(i).text)) {
            ++i;
            continue;
        }
        int end = i;
        while (end + 1 < words.size() && words.at(end + 1).line == words.at(i).line &&
               isRightToLeft(words.at(end + 1).text))
            ++end;
        // The space after the k-th word in reading order is the space before it on the
        // page: after its left neighbour in the visual order.
        QVector<bool> spaces;
        for (int w = i; w <= end; ++w)
            spaces.append(words.at(w).spaceAfter);
        for (int w = i; w <= end; ++w) {
            Word &word = words[w];
            std::reverse(word.text.begin(), word.text.end());
            std::reverse(word.glyphs.begin(), word.glyphs.end());
        }
        std::reverse(words.begin() + i, words.begin() + end + 1);
        const int count = end - i + 1;
        for (int k = 0; k < count; ++k)
            words[i + k].spaceAfter = k + 1 < count ? spaces.at(count - 2 - k) : spaces.last();
        i = end + 1;
    }
}

} // namespace

PdfTextLayer PdfTextLayer::of(const Poppler::Page &page, double scale)
{
    QVector<Word> words;
    {
        const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page.textList();
        QRectF lineRect;
        int line = -1;
        for (const std::unique_ptr<Poppler::TextBox> &box : boxes) {
            const QRectF rect = box->boundingBox();
            // Words follow in reading order; one whose middle leaves the current line's band
            // starts a new line.
            const bool newLine =
                line < 0 || qAbs(rect.center().y() - lineRect.center().y()) >
                                0.5 * qMax(1.0, qMin(rect.height(), lineRect.height()));
            if (newLine) {
                ++line;
                lineRect = rect;
            } else {
                lineRect = lineRect.united(rect);
            }
            Word word;
            word.text = box->text();
            for (int i = 0; i < word.text.size(); ++i)
                word.glyphs.append(box->charBoundingBox(i));
            word.rect = rect;
            word.spaceAfter = box->hasSpaceAfter();
            word.line = line;
            words.append(word);
        }
    }
    toReadingOrder(words);
    PdfTextLayer layer;
    for (const Word &word : std::as_const(words)) {
        while (layer.reading.lineBoxes.size() <= word.line)
            layer.reading.lineBoxes.append(QRect());
        QRect &lineBox = layer.reading.lineBoxes[word.line];
        lineBox =
            lineBox.isNull() ? pixels(word.rect, scale) : lineBox.united(pixels(word.rect, scale));
        const int index = int(layer.reading.wordBoxes.size());
        layer.reading.wordBoxes.append(pixels(word.rect, scale));
        for (int i = 0; i < word.text.size(); ++i)
            layer.reading.glyphs.append(OcrGlyph{word.text.mid(i, 1),
                                                 pixels(word.glyphs.value(i, word.rect), scale),
                                                 index, word.line});
        layer.wordRects.append(QRectF(word.rect.topLeft() * scale, word.rect.size() * scale));
        layer.words.append(word.text);
        layer.spaceAfter.append(word.spaceAfter);
        layer.lineOfWord.append(word.line);
    }
    return layer;
}

} // namespace amanat
