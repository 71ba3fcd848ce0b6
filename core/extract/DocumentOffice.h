#pragma once

#include "helper/ExtractionResult.h"

#include <QByteArray>

namespace amanat {

/** Extracts .docx and .odt files: opens the zip in memory (ZipArchive, under its
 *  zip-bomb budget), finds the main XML part and reads it with DocumentOfficeXml.
 *
 *  Word: the part _rels/.rels names (word/document.xml as a fallback), then footnotes,
 *  endnotes, headers and footers, each once; docProps/core.xml gives the metadata.
 *  OpenDocument: content.xml and meta.xml. A zip bomb, a damaged or encrypted file, or a zip
 *  that holds neither format ends Failed with a sentence for the user; damage in a secondary
 *  part, or XML that breaks off after some text, ends Partial. */
class DocumentOffice
{
public:
    /** What the file's name or MIME type promised; chooses the error message. */
    enum class Expected
    {
        Word,
        OpenDocument,
        Nothing
    };

    static ExtractionResult extract(const QByteArray &data, Expected expected);
    /** "the document is damaged or not a Word document", and so on. */
    static QString damagedMessage(Expected expected);
};

} // namespace amanat
