#pragma once

#include "PageReader.h"
#include "PdfTextLayer.h"
#include "helper/RasterProtocol.h"
#include "redaction/TermMatcher.h"

#include <QRectF>
#include <QSize>
#include <QString>
#include <QVector>

namespace amanat {

/** The words of a bundle page's text layer, each where the page shows it (as OCRmyPDF
 *  places hOCR words), so a search hit in a PDF reader highlights the right place and
 *  copying takes the right lines. Nothing under a redaction box and nothing that spells a
 *  protected term goes in: such a word is left out, with its whole match.
 *
 *  A run of ideographs on one line becomes one word, so a reader puts no space inside it;
 *  a word Poppler split without a space between (a kerned name) is joined again. */
class TextLayerWords
{
public:
    /** From an OCR reading of a page of @p pixels (@p covered: boxes in those pixels). */
    static QVector<PlacedWord> fromReading(const PageReader::Page &page, const QSize &pixels,
                                           const QVector<QRectF> &covered,
                                           const TermMatcher &matcher);
    /** From a PDF page's own text layer, rendered at @p pixels. */
    static QVector<PlacedWord> fromLayer(const PdfTextLayer &layer, const QSize &pixels,
                                         const QVector<QRectF> &covered,
                                         const TermMatcher &matcher);
    /** The words as text: spaces between words, line breaks between lines, none inside a
     *  run of ideographs. */
    static QString textOf(const QVector<PlacedWord> &words);
};

} // namespace amanat
