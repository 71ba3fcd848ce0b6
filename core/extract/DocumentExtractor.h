#pragma once

#include "Extractor.h"

namespace amanat {

/** Text documents: plain text and Markdown, HTML and XHTML, .docx, .odt and .eml.
 *
 *  accepts() goes by MIME type and file name; extract() then looks at the bytes, because
 *  either can be wrong: a .docx that is really plain text is read as text, a .txt that is
 *  really a .docx is read as one, and a "text" file that is a PDF, an image or binary data
 *  fails with a sentence saying so instead of yielding garbage. An empty (zero-byte) file
 *  is Ok with no text: an empty note is a document, and nothing went wrong reading it.
 *  Results are unpaged (paged = false) with at most one PageText. */
class DocumentExtractor : public Extractor
{
public:
    bool accepts(const QString &mime, const QString &name) const override;
    ExtractionResult extract(const ExtractionInput &input) override;
};

} // namespace amanat
