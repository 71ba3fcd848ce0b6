#pragma once

#include "helper/ExtractionResult.h"

#include <QByteArray>
#include <QString>

namespace amanat {

/** Extracts a saved e-mail message (.eml, RFC 5322 with MIME).
 *
 *  Subject, From and Date become the metadata title, author and created (RFC 2047
 *  encoded words decoded). The text is that of the text/plain parts that are not
 *  attachments, through multipart nesting and forwarded messages, with quoted-printable or
 *  base64 undone and each part's charset applied; a message with only HTML parts gives
 *  their text. Nesting deeper than a few levels is ignored. */
class DocumentMail
{
public:
    static ExtractionResult extract(const QByteArray &data);
    /** A header value with its RFC 2047 encoded words decoded. */
    static QString decodeHeader(const QByteArray &value);
    static QByteArray decodeQuotedPrintable(const QByteArray &data);
};

} // namespace amanat
