#include "PdfTextLayer.h"

#include <poppler-qt6.h>

namespace amanat {

namespace {

QRect pixels(const QRectF &points, double scale)
{
    return QRectF(points.topLeft() * scale, points.size() * scale).toAlignedRect();
}

} // namespace

PdfTextLayer PdfTextLayer::of(const Poppler::Page &page, double scale)
{
    PdfTextLayer layer;
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
            layer.reading.lineBoxes.append(pixels(rect, scale));
        } else {
            lineRect = lineRect.united(rect);
            layer.reading.lineBoxes[line] = pixels(lineRect, scale);
        }
        const int word = int(layer.reading.wordBoxes.size());
        layer.reading.wordBoxes.append(pixels(rect, scale));
        const QString text = box->text();
        for (int i = 0; i < text.size(); ++i)
            layer.reading.glyphs.append(
                OcrGlyph{text.mid(i, 1), pixels(box->charBoundingBox(i), scale), word, line});
        layer.wordRects.append(QRectF(rect.topLeft() * scale, rect.size() * scale));
        layer.words.append(text);
        layer.spaceAfter.append(box->hasSpaceAfter());
        layer.lineOfWord.append(line);
    }
    return layer;
}

QString PdfTextLayer::textOutside(const QVector<QRectF> &covered) const
{
    QString text;
    for (int w = 0; w < words.size(); ++w) {
        bool hidden = false;
        for (const QRectF &box : covered)
            hidden = hidden || box.intersects(wordRects.at(w));
        if (w > 0 && lineOfWord.at(w) != lineOfWord.at(w - 1))
            text += QLatin1Char('\n');
        else if (w > 0 && spaceAfter.at(w - 1))
            text += QLatin1Char(' ');
        if (!hidden)
            text += words.at(w);
    }
    return text;
}

} // namespace amanat
