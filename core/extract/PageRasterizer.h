#pragma once

#include "bundle/RasterProtocol.h"

#include <functional>

namespace amanat {

/** `amanat-extract --raster`: turns pages of a PDF or image into JPEG page images for the
 *  bundle exporter, burning redactions in.
 *
 *  A redacted page is rendered, black boxes are painted over the given areas, over every
 *  match Poppler finds for the redacted strings and over every OCR word sequence that
 *  still spells one of them; the page's text is then what OCR reads on the burned image
 *  minus those words. Nothing under a box survives, as text or as pixels. */
class PageRasterizer
{
public:
    using Sink = std::function<void(const RasterPage &)>;

    /** Emits the pages through @p sink; returns an error sentence, or empty on success. */
    static QString run(const RasterRequest &request, const QByteArray &data, const Sink &sink);

    /** Case-folded letters and digits only: what redaction matching compares. */
    static QString matchKey(const QString &text);
};

} // namespace amanat
