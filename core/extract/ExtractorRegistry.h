#pragma once

#include "Extractor.h"

#include <memory>
#include <vector>

namespace amanat {

/** All extractors, in order of preference; picks the first that accepts a file. */
class ExtractorRegistry
{
public:
    ExtractorRegistry();
    ~ExtractorRegistry();

    /** Extracts @p input with the first accepting extractor. A type nobody handles gives an
     *  Ok result without text (the original is still stored and exportable). */
    ExtractionResult extract(const ExtractionInput &input);

private:
    std::vector<std::unique_ptr<Extractor>> m_extractors;
};

} // namespace amanat
