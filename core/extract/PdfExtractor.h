#pragma once

#include "Extractor.h"

namespace amanat {

/** PDF text, metadata, thumbnail and OCR of pages without a text layer, through Poppler.
 *
 *  Promises for hostile input: a file Poppler cannot open fails with a reason; a locked
 *  document is only ever asked isLocked()/unlock() (anything else may crash Poppler) and
 *  comes back NeedsPassword; a page Poppler cannot load is skipped and the result is
 *  Partial; renders are capped in pixels; at most kMaxPages pages are read. */
class PdfExtractor : public Extractor
{
public:
    static constexpr int kMaxPages = 5000;
    static constexpr double kOcrDpi = 300;
    static constexpr double kMaxRenderPixels = 40'000'000;

    bool accepts(const QString &mime, const QString &name) const override;
    ExtractionResult extract(const ExtractionInput &input) override;

    /** True when @p data has a PDF header in its first kilobyte (PDF readers allow junk
     *  before it), for callers that sniff content when the MIME type may be wrong. */
    static bool looksLikePdf(const QByteArray &data);
};

} // namespace amanat
