#pragma once

#include "helper/RasterProtocol.h"

#include <QByteArray>
#include <QPair>
#include <QString>
#include <QVector>

#include <memory>

namespace amanat {

/** What a PDF page is drawn with, as far as finding protected strings is concerned. */
struct PdfPageContent
{
    /** Image XObjects the page draws (also inside form XObjects): object and generation. */
    QVector<QPair<int, int>> images;
    bool inlineImages = false;
    /** The page's text cannot all be read from its text layer: it draws images, Type 3
     *  glyphs, fonts without a Unicode mapping, or so many paths that text may be drawn as
     *  outlines. Such a page is checked through its pixels (OCR). */
    bool needsPixels = false;
};

/** Looks inside an untrusted PDF with qpdf, inside amanat-extract only: what each page
 *  draws, and its embedded JPEG images re-encoded from their pixels (so no APPn, COM, EXIF,
 *  XMP or ICC text of the original comes along into a bundle). qpdf's exceptions stop here. */
class PdfInspector
{
public:
    /** Loads @p pdf; check ok() before anything else. */
    PdfInspector(const QByteArray &pdf, const QString &password);
    ~PdfInspector();
    PdfInspector(const PdfInspector &) = delete;
    PdfInspector &operator=(const PdfInspector &) = delete;

    bool ok() const;
    int pageCount() const;
    /** Page @p index (0-based); a damaged page is reported as needing pixels. */
    PdfPageContent page(int index) const;
    /** The image, re-encoded, if it is a JPEG; false when it is not one this can re-encode
     *  (it then stays as it is, and the leak check reads its bytes). */
    bool reencode(const QPair<int, int> &object, ReencodedImage *out) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/** @p jpeg without its APPn (except Adobe's APP14, which says how colours are stored) and
 *  COM segments; empty if @p jpeg is not a JPEG. */
QByteArray jpegWithoutMetadata(const QByteArray &jpeg);

} // namespace amanat
