#include "PdfObjectScanner.h"

#include "redaction/ByteScanner.h"
#include "redaction/TermMatcher.h"

#include <QFile>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <exception>
#include <set>

namespace amanat {

namespace {

/** Strings a content stream draws (operands of Tj, TJ, ', "), in the stream's bytes: each
 *  string alone on a line, the parts of a TJ array joined (a kerned "Gul" -50 "nar" is one
 *  word, as is a word drawn by two TJ arrays in a row). Read from the stream's tokens alone:
 *  building an object for every number and name of every page was most of a bundle's own
 *  time. */
class DrawnStrings : public QPDFObjectHandle::TokenFilter
{
public:
    QByteArray strings;

    void handleToken(QPDFTokenizer::Token const &token) override
    {
        switch (token.getType()) {
        case QPDFTokenizer::tt_array_open:
            ++m_arrayDepth;
            break;
        case QPDFTokenizer::tt_array_close:
            m_arrayDepth = qMax(0, m_arrayDepth - 1);
            break;
        case QPDFTokenizer::tt_string:
            strings += QByteArray::fromStdString(token.getValue());
            if (m_arrayDepth == 0)
                strings += '\n';
            break;
        default:
            break;
        }
    }

private:
    int m_arrayDepth = 0;
};

class Scanner
{
public:
    Scanner(const QVector<RedactionTerm> &terms)
        : m_matcher(terms, TermMatcher::Tolerance::Check), m_bytes(terms)
    {}

    QVector<PdfObjectFinding> findings;

    void object(QPDFObjectHandle handle, int owner, const QString &where, int depth = 0)
    {
        if (depth > 64)
            return;
        if (handle.isIndirect()) {
            if (!m_seen.insert(handle.getObjGen()).second)
                return;
            owner = handle.getObjGen().getObj();
        }
        if (handle.isString()) {
            text(QString::fromStdString(handle.getUTF8Value()), owner, where);
        } else if (handle.isName()) {
            text(QString::fromStdString(handle.getName()).mid(1), owner, where);
        } else if (handle.isArray()) {
            for (QPDFObjectHandle item : handle.getArrayAsVector())
                object(item, owner, where, depth + 1);
        } else if (handle.isDictionary() || handle.isStream()) {
            QPDFObjectHandle dict = handle.isStream() ? handle.getDict() : handle;
            for (const std::string &key : dict.getKeys())
                object(dict.getKey(key), owner, placeOf(key, where), depth + 1);
            if (handle.isStream())
                stream(handle, owner);
        }
    }

private:
    static QString placeOf(const std::string &key, const QString &where)
    {
        if (key == "/Info")
            return PdfObjectScanner::tr("document information");
        if (key == "/Outlines")
            return PdfObjectScanner::tr("bookmarks");
        if (key == "/PageLabels")
            return PdfObjectScanner::tr("page labels");
        if (key == "/Annots")
            return PdfObjectScanner::tr("links and annotations");
        if (key == "/Metadata")
            return PdfObjectScanner::tr("XMP metadata");
        if (key == "/Names" || key == "/Dests")
            return PdfObjectScanner::tr("named destinations");
        return where;
    }

    void text(const QString &value, int owner, const QString &where)
    {
        for (const TermMatcher::Span &span : m_matcher.find(value))
            findings.append(PdfObjectFinding{span.term, owner, where});
    }

    void bytes(const QByteArray &data, int owner, const QString &where)
    {
        for (int term : m_bytes.scan(data))
            findings.append(PdfObjectFinding{term, owner, where});
    }

    void stream(QPDFObjectHandle stream, int owner)
    {
        QPDFObjectHandle dict = stream.getDict();
        const std::string type =
            dict.getKey("/Type").isName() ? dict.getKey("/Type").getName() : "";
        const std::string subtype =
            dict.getKey("/Subtype").isName() ? dict.getKey("/Subtype").getName() : "";
        QByteArray data;
        try {
            const std::shared_ptr<Buffer> decoded = stream.getStreamData(qpdf_dl_generalized);
            data = QByteArray(reinterpret_cast<const char *>(decoded->getBuffer()),
                              int(decoded->getSize()));
        } catch (const std::exception &) {
            // Not decodable without a lossy filter (JPEG, JPEG 2000, JBIG2): its bytes as
            // they are hold any text segments literally.
            const std::shared_ptr<Buffer> raw = stream.getRawStreamData();
            data =
                QByteArray(reinterpret_cast<const char *>(raw->getBuffer()), int(raw->getSize()));
        }
        bytes(data, owner, PdfObjectScanner::tr("stream data"));
        const bool content = subtype == "/Form" || m_contents.count(stream.getObjGen()) > 0;
        if (content) {
            DrawnStrings drawn;
            try {
                stream.filterAsContents(&drawn);
            } catch (const std::exception &) {
            }
            text(QString::fromLatin1(drawn.strings), owner, PdfObjectScanner::tr("page content"));
        } else if (type == "/Metadata" || subtype == "/XML") {
            text(QString::fromUtf8(data), owner, PdfObjectScanner::tr("XMP metadata"));
        }
    }

public:
    void markContents(QPDF &pdf)
    {
        for (QPDFObjectHandle page : pdf.getAllPages()) {
            QPDFObjectHandle contents = page.getKey("/Contents");
            if (contents.isStream())
                m_contents.insert(contents.getObjGen());
            else if (contents.isArray())
                for (QPDFObjectHandle part : contents.getArrayAsVector())
                    if (part.isStream())
                        m_contents.insert(part.getObjGen());
        }
    }

private:
    TermMatcher m_matcher;
    ByteScanner m_bytes;
    std::set<QPDFObjGen> m_seen;
    std::set<QPDFObjGen> m_contents;
};

} // namespace

Result<QVector<PdfObjectFinding>> PdfObjectScanner::scan(const QString &path,
                                                         const QVector<RedactionTerm> &terms)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processFile(QFile::encodeName(path).constData());
        Scanner scanner(terms);
        scanner.markContents(pdf);
        scanner.object(pdf.getTrailer(), 0, tr("document trailer"));
        for (QPDFObjectHandle object : pdf.getAllObjects())
            scanner.object(object, object.getObjGen().getObj(), tr("object"));
        return scanner.findings;
    } catch (const std::exception &) {
        return makeError(ErrorCode::Corrupt,
                         tr("%1 cannot be read back as a PDF for the leak check.").arg(path));
    }
}

} // namespace amanat
