#pragma once
// A PDF of one page written by hand, to test how a reader judges a page's content stream
// (inline images, outlines, damaged tokens, strings drawn in pieces) without a PDF library.

#include <QByteArray>

namespace amanat::test {

/** One 200 × 200 pt page drawing @p content; @p streamEntries go into the content stream's
 *  dictionary (e.g. "/Filter /FlateDecode"). There is no cross-reference table: qpdf and
 *  Poppler rebuild it, as they do for damaged files. */
inline QByteArray onePagePdf(const QByteArray &content, const QByteArray &streamEntries = {})
{
    QByteArray pdf("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                   "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                   "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] "
                   "/Contents 4 0 R /Resources << >> >> endobj\n4 0 obj << ");
    pdf.append(streamEntries).append(" /Length ").append(QByteArray::number(content.size()));
    pdf.append(" >> stream\n").append(content);
    pdf.append("\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    return pdf;
}

} // namespace amanat::test
