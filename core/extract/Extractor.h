#pragma once

#include "helper/ExtractionResult.h"

#include <QByteArray>
#include <QString>

namespace amanat {

/** One file handed to the extractors inside amanat-extract. The bytes are untrusted. */
struct ExtractionInput
{
    QString name; ///< original file name, for type guessing only
    QString mime;
    QByteArray data;
    QString ocrLanguages; ///< Tesseract form, e.g. "chi_sim+uig+eng"; empty: "eng"
    QByteArray pdfPassword;
};

/** Reads text, metadata and a thumbnail out of one family of file types.
 *
 *  Runs only inside amanat-extract (a sandboxed process), so it may use Poppler,
 *  Tesseract, exiv2, libzip and QtMultimedia. It must treat the input as hostile: check
 *  every pointer a library returns, cap sizes before allocating, and report a readable
 *  reason in ExtractionResult::error rather than throwing. */
class Extractor
{
public:
    virtual ~Extractor() = default;
    virtual bool accepts(const QString &mime, const QString &name) const = 0;
    virtual ExtractionResult extract(const ExtractionInput &input) = 0;
};

} // namespace amanat
