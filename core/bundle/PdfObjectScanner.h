#pragma once

#include "common/Result.h"
#include "redaction/RedactionTerms.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace amanat {

/** Where in a PDF's objects a protected string was found. */
struct PdfObjectFinding
{
    int term = -1;
    int object = 0; ///< the indirect object that holds it
    QString where;  ///< e.g. "document information", "outline", "page content", "stream"
};

/** Reads every object of a finished PDF with qpdf, the way a curious recipient could:
 *  every string (document information, outlines, page labels, link targets, annotations,
 *  form values) as Unicode, every name, every string drawn by a content stream, and the
 *  decoded bytes of every other stream (XMP metadata, images, fonts, ICC profiles).
 *  Strings are matched with the leak check's tolerance; bytes literally (ByteScanner). */
class PdfObjectScanner
{
    Q_DECLARE_TR_FUNCTIONS(PdfObjectScanner)

public:
    /** Findings in @p path; an error when the file cannot be read as a PDF at all. */
    static Result<QVector<PdfObjectFinding>> scan(const QString &path,
                                                  const QVector<RedactionTerm> &terms);
};

} // namespace amanat
