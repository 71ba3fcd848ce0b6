#pragma once

#include "OcrSession.h"

#include <QImage>
#include <QString>
#include <QTransform>

namespace amanat {

/** Reads a page image for its text, as someone searching it needs it. The page is turned
 *  upright (Tesseract's orientation detection) and read with automatic layout; then every
 *  table cell and form field (a box its ruling lines enclose) is read on its own, because
 *  automatic layout skips or misreads much of the text in them. A cell's reading replaces
 *  the page reading's words in that cell when it is more confident, so nothing is read
 *  twice.
 *
 *  Used for the library's text at import and for the text layer of bundle pages, so both
 *  hold the same words. */
class PageReader
{
public:
    struct Page
    {
        OcrReading reading; ///< boxes in the pixels of the upright page
        QTransform toPage;  ///< upright pixels → pixels of the page as given
        int rotation = 0;   ///< how far the text is turned clockwise on the page as given
    };

    explicit PageReader(OcrSession &ocr) : m_ocr(ocr) {}

    /** Reads @p page (@p dpi dots per inch) in @p languages ("chi_sim+eng"); on failure
     *  returns an empty page and sets @p error. */
    Page read(const QImage &page, const QString &languages, int dpi, QString *error);

private:
    OcrReading readCell(const QImage &grey, const QRect &cell, const QString &languages,
                        int glyphHeight, int dpi, QString *error);

    OcrSession &m_ocr;
};

} // namespace amanat
