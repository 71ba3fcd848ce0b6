#include "DocumentExtractor.h"

#include "DocumentEncoding.h"
#include "DocumentHtml.h"
#include "DocumentMail.h"
#include "DocumentOffice.h"

#include <QFileInfo>
#include <QStringEncoder>

namespace amanat {

namespace {

enum class Format
{
    Unknown,
    Text,
    Html,
    Word,
    OpenDocument,
    Mail
};

const QString kWordMime =
    QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
const QString kOdtMime = QStringLiteral("application/vnd.oasis.opendocument.text");

Format formatFromName(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    static const QStringList text = {
        QStringLiteral("txt"),      QStringLiteral("text"), QStringLiteral("md"),
        QStringLiteral("markdown"), QStringLiteral("csv"),  QStringLiteral("tsv"),
        QStringLiteral("log"),      QStringLiteral("srt"),  QStringLiteral("vtt")};
    static const QStringList html = {QStringLiteral("html"), QStringLiteral("htm"),
                                     QStringLiteral("xhtml"), QStringLiteral("xht")};
    static const QStringList word = {QStringLiteral("docx"), QStringLiteral("docm"),
                                     QStringLiteral("dotx")};
    static const QStringList odt = {QStringLiteral("odt"), QStringLiteral("ott")};
    if (text.contains(suffix))
        return Format::Text;
    if (html.contains(suffix))
        return Format::Html;
    if (word.contains(suffix))
        return Format::Word;
    if (odt.contains(suffix))
        return Format::OpenDocument;
    if (suffix == QLatin1String("eml"))
        return Format::Mail;
    return Format::Unknown;
}

Format formatFromMime(const QString &mime)
{
    const QString type = mime.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (type == kWordMime ||
        type == QLatin1String("application/vnd.ms-word.document.macroenabled.12"))
        return Format::Word;
    if (type == kOdtMime)
        return Format::OpenDocument;
    if (type == QLatin1String("message/rfc822"))
        return Format::Mail;
    if (type == QLatin1String("text/html") || type == QLatin1String("application/xhtml+xml"))
        return Format::Html;
    // Any other text/* is read as plain text, except RTF, whose markup is not its text.
    if (type.startsWith(QLatin1String("text/")) && type != QLatin1String("text/rtf"))
        return Format::Text;
    return Format::Unknown;
}

/** The file's name is more specific than a generic MIME type ("text/plain" for an .eml). */
Format declaredFormat(const QString &mime, const QString &name)
{
    const Format byMime = formatFromMime(mime);
    const Format byName = formatFromName(name);
    if (byMime == Format::Unknown || (byMime == Format::Text && byName != Format::Unknown))
        return byName;
    return byMime;
}

/** What the first bytes say about a file that is not text; empty when they say nothing. */
QString binaryKind(const QByteArray &data)
{
    struct Magic
    {
        const char *bytes;
        int size;
        int offset;
        const char *kind;
    };
    static const Magic magics[] = {
        {"%PDF-", 5, 0, "PDF"},
        {"\x89PNG", 4, 0, "PNG image"},
        {"\xFF\xD8\xFF", 3, 0, "JPEG image"},
        {"GIF8", 4, 0, "GIF image"},
        {"II*\x00", 4, 0, "TIFF image"},
        {"MM\x00*", 4, 0, "TIFF image"},
        {"WEBP", 4, 8, "WebP image"},
        {"ftyp", 4, 4, "video or audio file"},
        {"\x1A\x45\xDF\xA3", 4, 0, "video or audio file"},
        {"OggS", 4, 0, "video or audio file"},
        {"WAVE", 4, 8, "video or audio file"},
        {"AVI ", 4, 8, "video or audio file"},
        {"ID3\x03", 4, 0, "video or audio file"},
        {"ID3\x04", 4, 0, "video or audio file"},
        {"\x1F\x8B", 2, 0, "gzip archive"},
        {"7z\xBC\xAF\x27\x1C", 6, 0, "7-Zip archive"},
        {"Rar!", 4, 0, "RAR archive"},
        {"\x7F"
         "ELF",
         4, 0, "program"},
    };
    for (const Magic &magic : magics) {
        if (magic.offset == 8 && !data.startsWith("RIFF")) // WebP, WAVE and AVI live in RIFF
            continue;
        if (data.size() >= magic.offset + magic.size &&
            data.mid(magic.offset, magic.size) == QByteArray::fromRawData(magic.bytes, magic.size))
            return QString::fromLatin1(magic.kind);
    }
    return QString();
}

bool isZip(const QByteArray &data)
{
    return data.startsWith("PK\x03\x04") || data.startsWith(QByteArray("PK\x05\x06", 4));
}

bool isCompoundFile(const QByteArray &data)
{
    return data.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

/** Old binary Word files and password-protected .docx files are both OLE compound files. */
ExtractionResult compoundFileFailure(const QByteArray &data)
{
    // The stream name appears in the compound file's directory, in UTF-16LE.
    QStringEncoder utf16(QStringConverter::Utf16LE);
    const QByteArray encryptedPackage = utf16.encode(QStringLiteral("EncryptedPackage"));
    if (data.contains(encryptedPackage))
        return ExtractionResult::failure(
            QStringLiteral("the Word document is password-protected, so its text cannot be read"));
    return ExtractionResult::failure(
        QStringLiteral("the file is an old binary Office document (.doc), which cannot be read; "
                       "save it as .docx"));
}

ExtractionResult textResult(const QString &text, const QVariantMap &metadata)
{
    ExtractionResult result;
    result.metadata = metadata;
    if (!text.trimmed().isEmpty())
        result.pages.append(PageText{text});
    return result;
}

ExtractionResult notTextFailure(const QByteArray &data)
{
    const QString kind = binaryKind(data);
    if (!kind.isEmpty())
        return ExtractionResult::failure(
            QStringLiteral("the file is a %1, not a text document; its name or type is wrong")
                .arg(kind));
    return ExtractionResult::failure(
        QStringLiteral("the file does not contain readable text; it looks like binary data"));
}

} // namespace

bool DocumentExtractor::accepts(const QString &mime, const QString &name) const
{
    return declaredFormat(mime, name) != Format::Unknown;
}

ExtractionResult DocumentExtractor::extract(const ExtractionInput &input)
{
    const QByteArray &data = input.data;
    // Zero bytes: Ok without text (see the class comment).
    if (data.isEmpty())
        return ExtractionResult{};

    const Format declared = declaredFormat(input.mime, input.name);
    if (isZip(data)) {
        auto expected = DocumentOffice::Expected::Nothing;
        if (declared == Format::Word)
            expected = DocumentOffice::Expected::Word;
        else if (declared == Format::OpenDocument)
            expected = DocumentOffice::Expected::OpenDocument;
        return DocumentOffice::extract(data, expected);
    }
    if (isCompoundFile(data))
        return compoundFileFailure(data);
    if (!binaryKind(data).isEmpty())
        return notTextFailure(data);

    if (declared == Format::Mail)
        return DocumentEncoding::decode(data.left(64 * 1024)).binary ? notTextFailure(data)
                                                                     : DocumentMail::extract(data);
    if (declared == Format::Html || DocumentHtml::looksLikeHtml(data)) {
        const HtmlText html = DocumentHtml::extract(data);
        if (html.binary)
            return notTextFailure(data);
        QVariantMap metadata{{QStringLiteral("encoding"), html.encoding}};
        if (!html.title.isEmpty())
            metadata.insert(QStringLiteral("title"), html.title);
        return textResult(html.text, metadata);
    }

    // Plain text, or a .docx/.odt whose bytes are neither a zip nor text.
    const DecodedText decoded = DocumentEncoding::decode(data);
    if (decoded.binary) {
        if (declared == Format::Word)
            return ExtractionResult::failure(
                DocumentOffice::damagedMessage(DocumentOffice::Expected::Word));
        if (declared == Format::OpenDocument)
            return ExtractionResult::failure(
                DocumentOffice::damagedMessage(DocumentOffice::Expected::OpenDocument));
        return notTextFailure(data);
    }
    return textResult(decoded.text, {{QStringLiteral("encoding"), decoded.encoding}});
}

} // namespace amanat
