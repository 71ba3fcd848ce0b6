#pragma once

#include "helper/RasterProtocol.h"

#include <functional>

namespace amanat {

/** `amanat-extract --raster`: turns pages of a PDF or image into JPEG page images for the
 *  bundle exporter and the redaction review, with every protected string and marked area
 *  burned in.
 *
 *  A page is covered where its text layer spells a term (PDFs), where the redactor
 *  (PageRedactor) reads one in its pixels (every image page; every PDF page whose text is
 *  not all in its text layer), and over the user's own areas; then it is read again, and
 *  covered again, until nothing is found. Every image that leaves the helper is encoded
 *  from decoded pixels, so no metadata of the original comes along; PDF pages that stay
 *  vector pages have their JPEG images re-encoded the same way on request. */
class PageRasterizer
{
public:
    struct Sinks
    {
        std::function<void(const RasterPage &)> page;
        std::function<void(const ReencodedImage &)> image;
    };

    /** Emits the pages (and images) through @p sinks; returns an error sentence, or empty. */
    static QString run(const RasterRequest &request, const QByteArray &data, const Sinks &sinks);
};

} // namespace amanat
