#include "DocumentMail.h"

#include "DocumentEncoding.h"
#include "DocumentHtml.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QRegularExpression>

namespace amanat {

namespace {

constexpr int kMaxDepth = 8;
constexpr int kMaxParts = 1000;

struct MailPart
{
    QList<QPair<QByteArray, QByteArray>> headers; ///< lowercased name, unfolded value
    QByteArray body;

    QByteArray header(const char *name) const
    {
        for (const auto &header : headers) {
            if (header.first == name)
                return header.second;
        }
        return QByteArray();
    }
};

struct ContentType
{
    QByteArray type = "text/plain";
    QMap<QByteArray, QByteArray> parameters; ///< lowercased names
};

/** "Name: value", the name printable ASCII without spaces (RFC 5322 field-name). */
bool looksLikeHeader(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    for (qsizetype i = 0; i < colon; ++i) {
        if (uchar(line[i]) <= 0x20 || uchar(line[i]) >= 0x7F)
            return false;
    }
    return true;
}

MailPart parsePart(const QByteArray &raw)
{
    MailPart part;
    qsizetype bodyStart = raw.size();
    qsizetype lineStart = 0;
    while (lineStart < raw.size()) {
        qsizetype lineEnd = raw.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = raw.size();
        QByteArray line = raw.mid(lineStart, lineEnd - lineStart);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype next = lineEnd + 1;
        if (line.isEmpty()) {
            bodyStart = next;
            break;
        }
        if (lineStart == 0 && !looksLikeHeader(line)) { // no header block: all of it is body
            bodyStart = 0;
            break;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !part.headers.isEmpty()) {
            part.headers.last().second += ' ' + line.trimmed();
        } else {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                part.headers.append(
                    {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
        lineStart = next;
    }
    part.body = raw.mid(bodyStart);
    return part;
}

ContentType contentType(const MailPart &part)
{
    ContentType result;
    const QByteArray value = part.header("content-type");
    if (value.isEmpty())
        return result;
    const QList<QByteArray> fields = value.split(';');
    result.type = fields.first().trimmed().toLower();
    for (qsizetype i = 1; i < fields.size(); ++i) {
        const qsizetype equals = fields[i].indexOf('=');
        if (equals <= 0)
            continue;
        QByteArray parameter = fields[i].mid(equals + 1).trimmed();
        if (parameter.size() >= 2 && parameter.startsWith('"') && parameter.endsWith('"'))
            parameter = parameter.mid(1, parameter.size() - 2);
        result.parameters.insert(fields[i].left(equals).trimmed().toLower(), parameter);
    }
    return result;
}

QByteArray decodedBody(const MailPart &part)
{
    const QByteArray encoding = part.header("content-transfer-encoding").trimmed().toLower();
    if (encoding == "base64")
        return QByteArray::fromBase64(part.body);
    if (encoding == "quoted-printable")
        return DocumentMail::decodeQuotedPrintable(part.body);
    return part.body;
}

QString decodeText(const QByteArray &bytes, const QByteArray &charset)
{
    if (!charset.isEmpty()) {
        if (auto text =
                DocumentEncoding::decodeAs(bytes, DocumentEncoding::canonicalCharset(charset)))
            return DocumentEncoding::cleaned(*text);
    }
    const DecodedText decoded = DocumentEncoding::decode(bytes);
    return decoded.text;
}

/** The parts of a multipart body, split at its boundary lines. */
QList<QByteArray> splitMultipart(const QByteArray &body, const QByteArray &boundary)
{
    QList<QByteArray> parts;
    if (boundary.isEmpty())
        return parts;
    const QByteArray delimiter = "--" + boundary;
    qsizetype partStart = -1;
    qsizetype lineStart = 0;
    while (lineStart < body.size() && parts.size() < kMaxParts) {
        qsizetype lineEnd = body.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = body.size();
        const QByteArray line = body.mid(lineStart, lineEnd - lineStart).trimmed();
        if (line.startsWith(delimiter)) {
            if (partStart >= 0)
                parts << body.mid(partStart, qMax<qsizetype>(0, lineStart - partStart - 1));
            if (line.mid(delimiter.size()).startsWith("--"))
                return parts;
            partStart = lineEnd + 1;
        }
        lineStart = lineEnd + 1;
    }
    if (partStart >= 0 && partStart < body.size())
        parts << body.mid(partStart); // no closing delimiter: keep what there is
    return parts;
}

void collect(const MailPart &part, int depth, QStringList *plain, QStringList *html)
{
    if (depth > kMaxDepth)
        return;
    const ContentType type = contentType(part);
    if (part.header("content-disposition").trimmed().toLower().startsWith("attachment"))
        return;
    if (type.type.startsWith("multipart/")) {
        for (const QByteArray &raw : splitMultipart(part.body, type.parameters.value("boundary")))
            collect(parsePart(raw), depth + 1, plain, html);
    } else if (type.type == "message/rfc822") {
        collect(parsePart(decodedBody(part)), depth + 1, plain, html);
    } else if (type.type == "text/plain" || type.type == "text/html") {
        const QString text = decodeText(decodedBody(part), type.parameters.value("charset"));
        if (type.type == "text/plain")
            *plain << text.trimmed();
        else
            *html << DocumentHtml::toPlainText(text);
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

QByteArray DocumentMail::decodeQuotedPrintable(const QByteArray &data)
{
    QByteArray result;
    result.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (c != '=') {
            result += c;
            continue;
        }
        if (i + 1 < data.size() && data[i + 1] == '\n') { // soft line break
            i += 1;
        } else if (i + 2 < data.size() && data[i + 1] == '\r' && data[i + 2] == '\n') {
            i += 2;
        } else if (i + 2 < data.size() && hexValue(data[i + 1]) >= 0 &&
                   hexValue(data[i + 2]) >= 0) {
            result += char(hexValue(data[i + 1]) * 16 + hexValue(data[i + 2]));
            i += 2;
        } else {
            result += c;
        }
    }
    return result;
}

QString DocumentMail::decodeHeader(const QByteArray &value)
{
    static const QRegularExpression word(
        QStringLiteral("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?=(\\s+(?==\\?))?"));
    const QString raw = QString::fromLatin1(value);
    QString result;
    qsizetype position = 0;
    auto plainText = [&](qsizetype from, qsizetype to) {
        const QByteArray bytes = value.mid(from, to - from);
        result += decodeText(bytes, QByteArray());
    };
    auto it = word.globalMatch(raw);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        plainText(position, match.capturedStart());
        QByteArray charset = match.captured(1).toLatin1();
        charset = charset.left(charset.indexOf('*') < 0 ? charset.size() : charset.indexOf('*'));
        QByteArray encoded = match.captured(3).toLatin1();
        QByteArray bytes;
        if (match.captured(2).compare(QLatin1String("b"), Qt::CaseInsensitive) == 0) {
            bytes = QByteArray::fromBase64(encoded);
        } else {
            encoded.replace('_', ' ');
            bytes = decodeQuotedPrintable(encoded);
        }
        result += decodeText(bytes, charset);
        position = match.capturedEnd();
    }
    plainText(position, value.size());
    return result.simplified();
}

ExtractionResult DocumentMail::extract(const QByteArray &data)
{
    const MailPart message = parsePart(data);
    ExtractionResult result;
    const QString subject = decodeHeader(message.header("subject"));
    const QString from = decodeHeader(message.header("from"));
    if (!subject.isEmpty())
        result.metadata.insert(QStringLiteral("title"), subject);
    if (!from.isEmpty())
        result.metadata.insert(QStringLiteral("author"), from);
    QString date = QString::fromLatin1(message.header("date")).trimmed();
    date.remove(QRegularExpression(QStringLiteral("\\s*\\([^)]*\\)\\s*$"))); // "(CEST)"
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (when.isValid())
        result.metadata.insert(QStringLiteral("created"), when.toUTC().toString(Qt::ISODate));

    QStringList plain;
    QStringList html;
    collect(message, 0, &plain, &html);
    plain.removeAll(QString());
    html.removeAll(QString());
    const QString text = (plain.isEmpty() ? html : plain).join(QStringLiteral("\n\n"));
    if (!text.isEmpty())
        result.pages.append(PageText{text});
    return result;
}

} // namespace amanat
