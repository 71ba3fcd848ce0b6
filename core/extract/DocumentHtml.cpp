#include "DocumentHtml.h"

#include "DocumentEncoding.h"

#include <QHash>
#include <QRegularExpression>

#include <utility>

namespace amanat {

namespace {

constexpr int kCharsetWindow = 64 * 1024;
constexpr int kMaxEntityName = 32;

// The HTML 4 named character references (and &apos;), name:hex code point.
const char kEntities[] =
    "AElig:C6,Aacute:C1,Acirc:C2,Agrave:C0,Alpha:391,Aring:C5,Atilde:C3,Auml:C4,Beta:392,"
    "Ccedil:C7,Chi:3A7,Dagger:2021,Delta:394,ETH:D0,Eacute:C9,Ecirc:CA,Egrave:C8,Epsilon:395,"
    "Eta:397,Euml:CB,Gamma:393,Iacute:CD,Icirc:CE,Igrave:CC,Iota:399,Iuml:CF,Kappa:39A,"
    "Lambda:39B,Mu:39C,Ntilde:D1,Nu:39D,OElig:152,Oacute:D3,Ocirc:D4,Ograve:D2,Omega:3A9,"
    "Omicron:39F,Oslash:D8,Otilde:D5,Ouml:D6,Phi:3A6,Pi:3A0,Prime:2033,Psi:3A8,Rho:3A1,"
    "Scaron:160,Sigma:3A3,THORN:DE,Tau:3A4,Theta:398,Uacute:DA,Ucirc:DB,Ugrave:D9,"
    "Upsilon:3A5,Uuml:DC,Xi:39E,Yacute:DD,Yuml:178,Zeta:396,aacute:E1,acirc:E2,acute:B4,"
    "aelig:E6,agrave:E0,alefsym:2135,alpha:3B1,amp:26,and:2227,ang:2220,apos:27,aring:E5,"
    "asymp:2248,atilde:E3,auml:E4,bdquo:201E,beta:3B2,brvbar:A6,bull:2022,cap:2229,ccedil:E7,"
    "cedil:B8,cent:A2,chi:3C7,circ:2C6,clubs:2663,cong:2245,copy:A9,crarr:21B5,cup:222A,"
    "curren:A4,dArr:21D3,dagger:2020,darr:2193,deg:B0,delta:3B4,diams:2666,divide:F7,"
    "eacute:E9,ecirc:EA,egrave:E8,empty:2205,emsp:2003,ensp:2002,epsilon:3B5,equiv:2261,"
    "eta:3B7,eth:F0,euml:EB,euro:20AC,exist:2203,fnof:192,forall:2200,frac12:BD,frac14:BC,"
    "frac34:BE,frasl:2044,gamma:3B3,ge:2265,gt:3E,hArr:21D4,harr:2194,hearts:2665,"
    "hellip:2026,iacute:ED,icirc:EE,iexcl:A1,igrave:EC,image:2111,infin:221E,int:222B,"
    "iota:3B9,iquest:BF,isin:2208,iuml:EF,kappa:3BA,lArr:21D0,lambda:3BB,lang:2329,laquo:AB,"
    "larr:2190,lceil:2308,ldquo:201C,le:2264,lfloor:230A,lowast:2217,loz:25CA,lrm:200E,"
    "lsaquo:2039,lsquo:2018,lt:3C,macr:AF,mdash:2014,micro:B5,middot:B7,minus:2212,mu:3BC,"
    "nabla:2207,nbsp:A0,ndash:2013,ne:2260,ni:220B,not:AC,notin:2209,nsub:2284,ntilde:F1,"
    "nu:3BD,oacute:F3,ocirc:F4,oelig:153,ograve:F2,oline:203E,omega:3C9,omicron:3BF,"
    "oplus:2295,or:2228,ordf:AA,ordm:BA,oslash:F8,otilde:F5,otimes:2297,ouml:F6,para:B6,"
    "part:2202,permil:2030,perp:22A5,phi:3C6,pi:3C0,piv:3D6,plusmn:B1,pound:A3,prime:2032,"
    "prod:220F,prop:221D,psi:3C8,quot:22,rArr:21D2,radic:221A,rang:232A,raquo:BB,rarr:2192,"
    "rceil:2309,rdquo:201D,real:211C,reg:AE,rfloor:230B,rho:3C1,rlm:200F,rsaquo:203A,"
    "rsquo:2019,sbquo:201A,scaron:161,sdot:22C5,sect:A7,shy:AD,sigma:3C3,sigmaf:3C2,sim:223C,"
    "spades:2660,sub:2282,sube:2286,sum:2211,sup:2283,sup1:B9,sup2:B2,sup3:B3,supe:2287,"
    "szlig:DF,tau:3C4,there4:2234,theta:3B8,thetasym:3D1,thinsp:2009,thorn:FE,tilde:2DC,"
    "times:D7,trade:2122,uArr:21D1,uacute:FA,uarr:2191,ucirc:FB,ugrave:F9,uml:A8,upsih:3D2,"
    "upsilon:3C5,uuml:FC,weierp:2118,xi:3BE,yacute:FD,yen:A5,yuml:FF,zeta:3B6,zwj:200D,"
    "zwnj:200C";

// What &#128;–&#159; mean to browsers: windows-1252, not C1 controls.
const char16_t kC1[32] = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                          0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
                          0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                          0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

const QHash<QString, char32_t> &entityTable()
{
    static const QHash<QString, char32_t> table = [] {
        QHash<QString, char32_t> result;
        const QList<QByteArray> pairs = QByteArray(kEntities).split(',');
        for (const QByteArray &pair : pairs) {
            const qsizetype colon = pair.indexOf(':');
            result.insert(QString::fromLatin1(pair.left(colon)),
                          char32_t(pair.mid(colon + 1).toUInt(nullptr, 16)));
        }
        return result;
    }();
    return table;
}

/** Elements whose content is not text at all; title is kept aside as the title. */
bool isHidden(const QString &tag)
{
    static const QStringList hidden = {QStringLiteral("script"), QStringLiteral("style"),
                                       QStringLiteral("template"), QStringLiteral("noscript"),
                                       QStringLiteral("title")};
    return hidden.contains(tag);
}

bool isBlock(const QString &tag)
{
    static const QStringList blocks = {
        QStringLiteral("address"),    QStringLiteral("article"),  QStringLiteral("aside"),
        QStringLiteral("blockquote"), QStringLiteral("body"),     QStringLiteral("caption"),
        QStringLiteral("center"),     QStringLiteral("dd"),       QStringLiteral("details"),
        QStringLiteral("dialog"),     QStringLiteral("div"),      QStringLiteral("dl"),
        QStringLiteral("dt"),         QStringLiteral("fieldset"), QStringLiteral("figcaption"),
        QStringLiteral("figure"),     QStringLiteral("footer"),   QStringLiteral("form"),
        QStringLiteral("h1"),         QStringLiteral("h2"),       QStringLiteral("h3"),
        QStringLiteral("h4"),         QStringLiteral("h5"),       QStringLiteral("h6"),
        QStringLiteral("header"),     QStringLiteral("hr"),       QStringLiteral("html"),
        QStringLiteral("legend"),     QStringLiteral("li"),       QStringLiteral("main"),
        QStringLiteral("nav"),        QStringLiteral("ol"),       QStringLiteral("p"),
        QStringLiteral("section"),    QStringLiteral("summary"),  QStringLiteral("table"),
        QStringLiteral("tr"),         QStringLiteral("ul")};
    return blocks.contains(tag);
}

void appendCodePoint(QString *out, char32_t code)
{
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        code = 0xFFFD;
    else if (code >= 0x80 && code < 0xA0)
        code = kC1[code - 0x80];
    if (QChar::requiresSurrogates(code)) {
        *out += QChar(QChar::highSurrogate(code));
        *out += QChar(QChar::lowSurrogate(code));
    } else {
        *out += QChar(char16_t(code));
    }
}

int digitValue(QChar c, bool hex)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (hex && u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (hex && u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

/** Decodes the character reference at html[at] == '&' into @p out; returns the index after
 *  it. Anything that is not a known reference stays a literal '&'. */
qsizetype decodeEntity(const QString &html, qsizetype at, QString *out)
{
    const qsizetype size = html.size();
    qsizetype p = at + 1;
    if (p < size && html.at(p) == QLatin1Char('#')) {
        ++p;
        const bool hex =
            p < size && (html.at(p) == QLatin1Char('x') || html.at(p) == QLatin1Char('X'));
        if (hex)
            ++p;
        const qsizetype digitsStart = p;
        char32_t code = 0;
        while (p < size && p - digitsStart < 8) {
            const int digit = digitValue(html.at(p), hex);
            if (digit < 0)
                break;
            code = code * (hex ? 16 : 10) + char32_t(digit);
            ++p;
        }
        if (p == digitsStart) {
            *out += QLatin1Char('&');
            return at + 1;
        }
        appendCodePoint(out, code);
        return p < size && html.at(p) == QLatin1Char(';') ? p + 1 : p;
    }
    const qsizetype nameStart = p;
    while (p < size && p - nameStart <= kMaxEntityName && html.at(p).unicode() < 128 &&
           html.at(p).isLetterOrNumber())
        ++p;
    if (p < size && html.at(p) == QLatin1Char(';') && p > nameStart) {
        const auto found = entityTable().constFind(html.mid(nameStart, p - nameStart));
        if (found != entityTable().constEnd()) {
            appendCodePoint(out, found.value());
            return p + 1;
        }
    }
    *out += QLatin1Char('&');
    return at + 1;
}

QString decodeEntities(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i) == QLatin1Char('&')) {
            i = decodeEntity(text, i, &out);
        } else {
            out += text.at(i);
            ++i;
        }
    }
    return out;
}

/** Collects text, turning markup into white space: collapsible spaces, paragraph breaks
 *  and tabs between table cells, which are written only when text follows them. */
class TextWriter
{
public:
    void put(QChar c, bool preformatted)
    {
        const bool space = c == QLatin1Char(' ') || c == QLatin1Char('\t') ||
                           c == QLatin1Char('\n') || c == QLatin1Char('\r') ||
                           c == QLatin1Char('\f');
        if (space && !preformatted) {
            if (m_separator.isNull())
                m_separator = QLatin1Char(' ');
            return;
        }
        flush();
        if (c.unicode() == 0xA0)
            c = QLatin1Char(' ');
        m_text += c;
    }
    void block() { m_breaks = qMax(m_breaks, 1); }
    void lineBreak() { m_breaks = qMin(m_breaks + 1, 2); }
    void cell()
    {
        if (m_breaks == 0)
            m_separator = QLatin1Char('\t');
    }
    QString text() const { return m_text; }

private:
    void flush()
    {
        if (!m_text.isEmpty()) {
            if (m_breaks > 0)
                m_text += QString(m_breaks, QLatin1Char('\n'));
            else if (!m_separator.isNull() && !m_text.endsWith(QLatin1Char('\n')))
                m_text += m_separator;
        }
        m_breaks = 0;
        m_separator = QChar();
    }

    QString m_text;
    int m_breaks = 0;
    QChar m_separator;
};

/** Index of the '>' that ends the tag whose name ends before @p from; quotes in attribute
 *  values are honoured. -1 when the tag never ends. */
qsizetype tagEnd(const QString &html, qsizetype from)
{
    QChar quote;
    QChar last;
    for (qsizetype p = from; p < html.size(); ++p) {
        const QChar c = html.at(p);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if ((c == QLatin1Char('"') || c == QLatin1Char('\'')) && last == QLatin1Char('=')) {
            quote = c;
        } else if (c == QLatin1Char('>')) {
            return p;
        }
        if (!c.isSpace())
            last = c;
    }
    return -1;
}

} // namespace

HtmlText DocumentHtml::extract(const QByteArray &data)
{
    HtmlText result;
    const DecodedText decoded = DocumentEncoding::decode(data, declaredCharset(data));
    if (decoded.binary) {
        result.binary = true;
        return result;
    }
    result.encoding = decoded.encoding;
    result.text = toPlainText(decoded.text, &result.title);
    return result;
}

QString DocumentHtml::toPlainText(const QString &html, QString *title)
{
    TextWriter writer;
    QString foundTitle;
    int preformatted = 0;
    const qsizetype size = html.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('&')) {
            QString decoded;
            i = decodeEntity(html, i, &decoded);
            for (const QChar d : std::as_const(decoded))
                writer.put(d, preformatted > 0);
            continue;
        }
        if (c != QLatin1Char('<')) {
            writer.put(c, preformatted > 0);
            ++i;
            continue;
        }
        // Comments, doctype, processing instructions, CDATA: no text. Unterminated: the end.
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? size : end + 3;
            continue;
        }
        if (i + 1 < size &&
            (html.at(i + 1) == QLatin1Char('!') || html.at(i + 1) == QLatin1Char('?'))) {
            const qsizetype end = html.indexOf(QLatin1Char('>'), i);
            i = end < 0 ? size : end + 1;
            continue;
        }
        qsizetype p = i + 1;
        const bool closing = p < size && html.at(p) == QLatin1Char('/');
        if (closing)
            ++p;
        const qsizetype nameStart = p;
        while (p < size && html.at(p).unicode() < 128 &&
               (html.at(p).isLetterOrNumber() || html.at(p) == QLatin1Char('-') ||
                html.at(p) == QLatin1Char(':')))
            ++p;
        if (p == nameStart || !html.at(nameStart).isLetter()) { // "a < b" is text
            writer.put(c, preformatted > 0);
            ++i;
            continue;
        }
        QString tag = html.mid(nameStart, p - nameStart).toLower();
        tag = tag.mid(tag.lastIndexOf(QLatin1Char(':')) + 1); // "html:p" in XHTML
        const qsizetype end = tagEnd(html, p);
        if (end < 0)
            break;
        const bool selfClosing = html.at(end - 1) == QLatin1Char('/');
        i = end + 1;

        if (isHidden(tag)) {
            if (closing || selfClosing)
                continue;
            const qsizetype close = html.indexOf(QLatin1String("</") + tag, i, Qt::CaseInsensitive);
            const qsizetype contentEnd = close < 0 ? size : close;
            if (tag == QLatin1String("title") && foundTitle.isEmpty())
                foundTitle = decodeEntities(html.mid(i, contentEnd - i)).simplified();
            const qsizetype closeEnd = close < 0 ? -1 : html.indexOf(QLatin1Char('>'), close);
            i = closeEnd < 0 ? size : closeEnd + 1;
        } else if (tag == QLatin1String("br")) {
            writer.lineBreak();
        } else if (tag == QLatin1String("td") || tag == QLatin1String("th")) {
            if (!closing)
                writer.cell();
        } else if (tag == QLatin1String("pre")) {
            writer.block();
            preformatted = qMax(0, preformatted + (closing ? -1 : selfClosing ? 0 : 1));
        } else if (isBlock(tag)) {
            writer.block();
        }
    }
    if (title)
        *title = DocumentEncoding::cleaned(foundTitle);
    QString text = DocumentEncoding::cleaned(writer.text());
    static const QRegularExpression trailingSpaces(QStringLiteral("[ \\t]+\\n"));
    text.replace(trailingSpaces, QStringLiteral("\n"));
    return text.trimmed();
}

QByteArray DocumentHtml::declaredCharset(const QByteArray &data)
{
    const QString head = QString::fromLatin1(data.left(kCharsetWindow));
    static const QRegularExpression meta(
        QStringLiteral("<meta\\b[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression xmlDeclaration(
        QStringLiteral("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9_.\\-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch match = meta.match(head);
    if (!match.hasMatch())
        match = xmlDeclaration.match(head);
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

bool DocumentHtml::looksLikeHtml(const QByteArray &data)
{
    QByteArray start = data.left(1024);
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    start = start.trimmed().toLower();
    if (start.startsWith("<?xml")) {
        const qsizetype end = start.indexOf("?>");
        start = end < 0 ? QByteArray() : start.mid(end + 2).trimmed();
    }
    while (start.startsWith("<!--")) {
        const qsizetype end = start.indexOf("-->");
        start = end < 0 ? QByteArray() : start.mid(end + 3).trimmed();
    }
    return start.startsWith("<!doctype html") || start.startsWith("<html") ||
           start.startsWith("<head") || start.startsWith("<body");
}

} // namespace amanat
