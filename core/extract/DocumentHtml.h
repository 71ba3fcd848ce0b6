#pragma once

#include <QByteArray>
#include <QString>

namespace amanat {

/** The text of an HTML or XHTML page, without markup, scripts or styles. */
struct HtmlText
{
    QString text;
    QString title;
    QString encoding;
    bool binary = false; ///< the bytes are not text at all
};

/** Turns untrusted HTML into plain text: block elements and <br> become line breaks, table
 *  cells are separated by tabs, white space collapses outside <pre>, character references
 *  are decoded (numeric and the HTML 4 names), and <script>, <style>, <template>,
 *  <noscript> and <title> contribute no text. A single forward scan, linear in the input
 *  whatever its nesting or its unclosed tags; it builds no DOM and loads nothing the page
 *  names. The charset comes from a byte-order mark, then <meta charset> or the XML
 *  declaration, then DocumentEncoding's detection. */
class DocumentHtml
{
public:
    static HtmlText extract(const QByteArray &data);
    /** Plain text of already decoded @p html; @p title receives <title> when not null. */
    static QString toPlainText(const QString &html, QString *title = nullptr);
    /** The charset a page declares in its first bytes; empty when none. */
    static QByteArray declaredCharset(const QByteArray &data);
    /** Whether @p data starts like an HTML page (doctype, <html>, <head> or <body>). */
    static bool looksLikeHtml(const QByteArray &data);
};

} // namespace amanat
