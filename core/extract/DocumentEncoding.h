#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace amanat {

/** Text decoded from the bytes of an untrusted document, with the encoding it was read in. */
struct DecodedText
{
    QString text;
    QString encoding;    ///< "UTF-8", "UTF-16LE", "GB18030", "windows-1256"…; empty if binary
    bool binary = false; ///< the bytes are not text in any encoding tried; text is empty
};

/** Finds the character encoding of text files and decodes them.
 *
 *  Order: a byte-order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE); a declared charset (from
 *  HTML or mail headers) unless the bytes are valid multi-byte UTF-8; UTF-16 without a BOM,
 *  recognised by its pattern of NUL bytes; valid UTF-8; and otherwise the most plausible of
 *  the legacy encodings GB18030, windows-1256, windows-1251 and windows-1252, judged by
 *  whether the decoded words are written in one script each and in a sensible case.
 *  Bytes with NULs or many control characters are reported as binary rather than turned into
 *  garbage. The decoded text has its line ends normalised to '\n' and no control characters
 *  other than tab, newline and form feed. */
class DocumentEncoding
{
public:
    static DecodedText decode(const QByteArray &data, const QByteArray &declaredCharset = {});

    /** Decodes @p data as @p charset with Qt, or with iconv when Qt does not know the name;
     *  std::nullopt when neither does. @p errors receives the number of invalid sequences. */
    static std::optional<QString> decodeAs(const QByteArray &data, const QByteArray &charset,
                                           int *errors = nullptr);

    /** The iconv (glibc) path of decodeAs, public so that it can be tested on its own. */
    static std::optional<QString> decodeWithIconv(const QByteArray &data, const QByteArray &charset,
                                                  int *errors = nullptr);

    /** Maps charset labels to the encodings browsers actually use (latin1 → windows-1252,
     *  gb2312/gbk → GB18030, …); returns @p label lowercased otherwise. */
    static QByteArray canonicalCharset(const QByteArray &label);

    /** Line ends normalised to '\n', control characters (but tab, newline, form feed), stray
     *  byte-order marks and object-replacement characters removed. */
    static QString cleaned(const QString &text);
};

} // namespace amanat
