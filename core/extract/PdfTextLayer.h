#pragma once

#include "OcrSession.h"

#include <QRectF>
#include <QStringList>
#include <QVector>

namespace Poppler {
class Page;
}

namespace amanat {

/** The text layer of a PDF page (Poppler), glyph by glyph with boxes, in the pixels of the
 *  page rendered at a given scale: the same shape as an OCR reading, so the redactor and
 *  the leak check match text layers and pixels alike. */
struct PdfTextLayer
{
    OcrReading reading;
    QVector<QRectF> wordRects;
    QStringList words;
    QVector<bool> spaceAfter;
    QVector<int> lineOfWord;

    /** @p scale is pixels per point (dpi / 72). */
    static PdfTextLayer of(const Poppler::Page &page, double scale);
};

} // namespace amanat
