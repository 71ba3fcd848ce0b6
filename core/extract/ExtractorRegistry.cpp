#include "ExtractorRegistry.h"

#include "DocumentExtractor.h"
#include "ImageExtractor.h"
#include "MediaExtractor.h"
#include "PdfExtractor.h"

namespace amanat {

ExtractorRegistry::ExtractorRegistry()
{
    m_extractors.push_back(std::make_unique<PdfExtractor>()); // first: see extract()
    m_extractors.push_back(std::make_unique<ImageExtractor>());
    m_extractors.push_back(std::make_unique<MediaExtractor>());
    m_extractors.push_back(std::make_unique<DocumentExtractor>());
}

ExtractorRegistry::~ExtractorRegistry() = default;

ExtractionResult ExtractorRegistry::extract(const ExtractionInput &input)
{
    // Names and MIME types can lie; a PDF is recognised by its bytes too.
    if (PdfExtractor::looksLikePdf(input.data))
        return m_extractors.front()->extract(input);
    for (const auto &extractor : m_extractors) {
        if (extractor->accepts(input.mime, input.name))
            return extractor->extract(input);
    }
    return ExtractionResult{};
}

} // namespace amanat
