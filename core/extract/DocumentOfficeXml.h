#pragma once

#include <QByteArray>
#include <QString>
#include <QVariantMap>

namespace amanat {

/** Text read from one XML part of an office document. */
struct OfficeXmlText
{
    QString text;
    bool damaged = false;    ///< the XML broke off or was malformed; text holds what came before
    bool recognised = false; ///< the root element belongs to the expected vocabulary
};

/** Reads the XML parts of .docx (WordprocessingML) and .odt (OpenDocument) files with
 *  QXmlStreamReader. One line per paragraph; tabs, line breaks and ODF's counted spaces are
 *  kept. A DOCTYPE is treated as damage (no office format has one, and it is how entity
 *  bombs arrive). Never recursive, so deep nesting cannot exhaust the stack. */
class DocumentOfficeXml
{
public:
    /** word/document.xml, headers, footers, footnotes, endnotes. Deleted text, field codes
     *  and the fallback copies of text boxes (mc:Fallback) are left out. */
    static OfficeXmlText wordText(const QByteArray &xml);
    /** content.xml; footnotes and comments come after the body text. */
    static OfficeXmlText openDocumentText(const QByteArray &xml);
    /** docProps/core.xml or meta.xml → "title", "author", "created" (ISO 8601). */
    static QVariantMap properties(const QByteArray &xml);
};

} // namespace amanat
