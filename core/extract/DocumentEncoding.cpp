#include "DocumentEncoding.h"

#include <QChar>
#include <QList>
#include <QStringDecoder>

#include <algorithm>
#include <cerrno>
#include <iconv.h>
#include <memory>

namespace amanat {

namespace {

constexpr int kSample = 64 * 1024;

struct IconvCloser
{
    void operator()(void *handle) const { iconv_close(static_cast<iconv_t>(handle)); }
};

struct Bom
{
    const char *bytes;
    int size;
    QStringConverter::Encoding encoding;
    const char *name;
};

// Longest first: the UTF-32LE mark begins with the UTF-16LE one.
const Bom kBoms[] = {
    {"\xFF\xFE\x00\x00", 4, QStringConverter::Utf32LE, "UTF-32LE"},
    {"\x00\x00\xFE\xFF", 4, QStringConverter::Utf32BE, "UTF-32BE"},
    {"\xEF\xBB\xBF", 3, QStringConverter::Utf8, "UTF-8"},
    {"\xFF\xFE", 2, QStringConverter::Utf16LE, "UTF-16LE"},
    {"\xFE\xFF", 2, QStringConverter::Utf16BE, "UTF-16BE"},
};

// Tried in this order; a later one must do clearly better to win a tie. French text reads
// the same in windows-1252 and windows-1256, so the Western one comes first.
const char *const kLegacy[] = {"windows-1252", "GB18030", "windows-1256", "windows-1251"};

bool isControl(char32_t c)
{
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) ||
           (c >= 0x7F && c < 0xA0);
}

QString decodeBuiltin(const QByteArray &data, QStringConverter::Encoding encoding)
{
    QStringDecoder decoder(encoding);
    return decoder.decode(data);
}

bool looksBinary(const QByteArray &sample)
{
    qint64 nuls = 0;
    qint64 controls = 0;
    for (const char ch : sample) {
        const auto c = uchar(ch);
        if (c == 0)
            ++nuls;
        else if (c < 0x80 && isControl(c))
            ++controls;
    }
    return nuls * 1000 > sample.size() || controls * 20 > sample.size();
}

/** Too many control or replacement characters after decoding: it was not text. */
bool garbled(const QString &text)
{
    const QString sample = text.left(kSample);
    qint64 bad = 0;
    for (const QChar c : sample) {
        if (isControl(c.unicode()) || c.unicode() == 0xFFFD)
            ++bad;
    }
    return bad * 20 > sample.size();
}

/** UTF-16 without a BOM: one byte of each pair is almost always the high byte of Latin,
 *  Greek, Cyrillic, Hebrew or Arabic (0x00–0x06), the other almost never NUL. */
std::optional<QStringConverter::Encoding> utf16Pattern(const QByteArray &sample)
{
    const qint64 pairs = sample.size() / 2;
    if (pairs < 2)
        return std::nullopt;
    qint64 lowLane[2] = {0, 0};
    qint64 nulLane[2] = {0, 0};
    for (qint64 i = 0; i < pairs * 2; ++i) {
        const auto c = uchar(sample[i]);
        lowLane[i % 2] += c <= 0x06 ? 1 : 0;
        nulLane[i % 2] += c == 0 ? 1 : 0;
    }
    if (lowLane[1] * 10 >= pairs * 7 && nulLane[0] * 20 < pairs && nulLane[1] > 0)
        return QStringConverter::Utf16LE;
    if (lowLane[0] * 10 >= pairs * 7 && nulLane[1] * 20 < pairs && nulLane[0] > 0)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

/** Of the two-byte GB18030 characters, the share from GB2312's common hanzi and its
 *  punctuation rows: high in Chinese, low in Cyrillic or Arabic bytes read as GB18030. */
double commonHanziShare(const QByteArray &sample)
{
    qint64 pairs = 0;
    qint64 common = 0;
    for (qint64 i = 0; i + 1 < sample.size();) {
        const auto lead = uchar(sample[i]);
        const auto trail = uchar(sample[i + 1]);
        if (lead < 0x81 || lead == 0xFF) {
            ++i;
        } else if (trail >= 0x30 && trail <= 0x39) {
            ++pairs;
            i += 4;
        } else if ((trail >= 0x40 && trail <= 0x7E) || (trail >= 0x80 && trail <= 0xFE)) {
            ++pairs;
            if (trail >= 0xA1 && ((lead >= 0xB0 && lead <= 0xD7) || (lead >= 0xA1 && lead <= 0xA3)))
                ++common;
            i += 2;
        } else {
            ++i;
        }
    }
    return pairs > 0 ? double(common) / double(pairs) : 0.0;
}

enum Script
{
    Ascii = 1,
    LatinExt = 2,
    Cyrillic = 4,
    Arabic = 8,
    Han = 16,
    Other = 32
};

int scriptOf(char32_t c)
{
    if (c < 0x80)
        return Ascii;
    switch (QChar::script(c)) {
    case QChar::Script_Latin:
        return LatinExt;
    case QChar::Script_Cyrillic:
        return Cyrillic;
    case QChar::Script_Arabic:
        return Arabic;
    case QChar::Script_Han:
        return Han;
    case QChar::Script_Common:
    case QChar::Script_Inherited:
        return 0;
    default:
        return Other;
    }
}

/** How plausible @p text is as human writing, roughly 0 (garbage) to 1. Each word should
 *  be in one script (Chinese may embed ASCII), Latin words should not be made only of
 *  accented letters, Cyrillic words should not switch to capitals mid-word; control,
 *  replacement and odd symbol characters count against. */
double plausibility(const QString &text, double hanWeight)
{
    double letters = 0;
    double good = 0;
    qint64 bad = 0;
    qint64 odd = 0;
    int scripts = 0;
    int length = 0;
    bool lastLower = false;
    bool caseChaos = false;
    auto endWord = [&] {
        if (length == 0)
            return;
        const bool hanWithAscii = (scripts & ~Ascii) == Han;
        const bool oneScript = (scripts & (scripts - 1)) == 0 || scripts == (Ascii | LatinExt);
        bool plausible = oneScript || hanWithAscii;
        if (scripts == LatinExt && length >= 2)
            plausible = false;
        if ((scripts & Cyrillic) && caseChaos)
            plausible = false;
        letters += length;
        if (plausible)
            good += (scripts & Han) ? length * hanWeight : length;
        scripts = 0;
        length = 0;
        lastLower = false;
        caseChaos = false;
    };
    const QList<uint> codes = text.toUcs4();
    for (const uint code : codes) {
        const auto c = char32_t(code);
        if (QChar::isLetter(c) || QChar::isMark(c)) {
            scripts |= scriptOf(c);
            ++length;
            if (QChar::isUpper(c) && lastLower)
                caseChaos = true;
            lastLower = QChar::isLower(c);
            continue;
        }
        endWord();
        if (isControl(c) || c == 0xFFFD)
            ++bad;
        else if (c >= 0x80 && !QChar::isSpace(c) && !QChar::isPunct(c) &&
                 QChar::category(c) != QChar::Symbol_Currency)
            ++odd;
    }
    endWord();
    const double total = std::max<double>(1.0, double(codes.size()));
    const double score = letters > 0 ? good / letters : 0.0;
    return score - 3.0 * double(bad) / total - double(odd) / total;
}

DecodedText finish(const QString &text, const QString &encoding)
{
    DecodedText result;
    if (garbled(text)) {
        result.binary = true;
        return result;
    }
    result.text = DocumentEncoding::cleaned(text);
    result.encoding = encoding;
    return result;
}

QString displayName(const QByteArray &charset)
{
    QStringDecoder decoder(charset.constData());
    return decoder.isValid() ? QString::fromLatin1(decoder.name()) : QString::fromLatin1(charset);
}

} // namespace

DecodedText DocumentEncoding::decode(const QByteArray &data, const QByteArray &declaredCharset)
{
    for (const Bom &bom : kBoms) {
        if (data.startsWith(QByteArray::fromRawData(bom.bytes, bom.size)))
            return finish(decodeBuiltin(data.mid(bom.size), bom.encoding),
                          QString::fromLatin1(bom.name));
    }
    const QByteArray sample = data.left(kSample);
    QStringDecoder utf8Decoder(QStringConverter::Utf8);
    const QString utf8 = utf8Decoder.decode(data);
    const bool validUtf8 = !utf8Decoder.hasError();
    const bool multiByte =
        std::any_of(sample.begin(), sample.end(), [](char c) { return uchar(c) >= 0x80; });

    // A declared charset is believed unless the bytes are valid multi-byte UTF-8, which a
    // legacy text practically never is. A declared UTF-16 in a byte stream is a mistake.
    const QByteArray declared = canonicalCharset(declaredCharset);
    if (!declared.isEmpty() && !declared.startsWith("utf-16") && !declared.startsWith("utf-32") &&
        !(validUtf8 && multiByte)) {
        // A wrong declaration that garbles the text falls through to detection.
        if (const auto text = decodeAs(data, declared); text && !garbled(*text))
            return finish(*text, displayName(declared));
    }
    if (const auto utf16 = utf16Pattern(sample)) {
        return finish(
            decodeBuiltin(data, *utf16),
            QString::fromLatin1(*utf16 == QStringConverter::Utf16LE ? "UTF-16LE" : "UTF-16BE"));
    }
    if (looksBinary(sample)) {
        DecodedText result;
        result.binary = true;
        return result;
    }
    if (validUtf8)
        return finish(utf8, QStringLiteral("UTF-8"));

    const char *best = nullptr;
    double bestScore = -1e9;
    for (const char *name : kLegacy) {
        const auto text = decodeAs(sample, name);
        if (!text)
            continue;
        const double hanWeight = qstrcmp(name, "GB18030") == 0 ? commonHanziShare(sample) : 1.0;
        const double score = plausibility(*text, hanWeight);
        if (score > bestScore + 0.02) {
            best = name;
            bestScore = score;
        }
    }
    if (!best || bestScore < 0.25) {
        DecodedText result;
        result.binary = true;
        return result;
    }
    const auto text = decodeAs(data, best);
    return finish(text.value_or(QString()), QString::fromLatin1(best));
}

std::optional<QString> DocumentEncoding::decodeAs(const QByteArray &data, const QByteArray &charset,
                                                  int *errors)
{
    QStringDecoder decoder(charset.constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return decodeWithIconv(data, charset, errors);
    QString text = decoder.decode(data);
    if (errors)
        *errors = int(text.count(QChar(0xFFFD)));
    return text;
}

std::optional<QString> DocumentEncoding::decodeWithIconv(const QByteArray &data,
                                                         const QByteArray &charset, int *errors)
{
    const iconv_t raw = iconv_open("UTF-8", charset.constData());
    if (raw == reinterpret_cast<iconv_t>(-1))
        return std::nullopt;
    const std::unique_ptr<void, IconvCloser> handle(raw);
    QByteArray out;
    out.resize(data.size() * 3 + 16); // enough for these charsets; grown on E2BIG anyway
    char *in = const_cast<char *>(data.constData());
    size_t inLeft = size_t(data.size());
    qsizetype written = 0;
    int invalid = 0;
    while (inLeft > 0) {
        char *outPtr = out.data() + written;
        size_t outLeft = size_t(out.size() - written);
        const size_t done = iconv(raw, &in, &inLeft, &outPtr, &outLeft);
        written = outPtr - out.data();
        if (done != size_t(-1))
            break;
        if (errno == E2BIG) {
            out.resize(out.size() * 2);
        } else { // EILSEQ or EINVAL: mark it, skip one byte, carry on
            ++invalid;
            ++in;
            --inLeft;
            if (out.size() - written < 3)
                out.resize(out.size() * 2);
            out.replace(written, 3, "\xEF\xBF\xBD", 3);
            written += 3;
            iconv(raw, nullptr, nullptr, nullptr, nullptr);
        }
    }
    if (errors)
        *errors = invalid;
    return QString::fromUtf8(out.constData(), written);
}

QByteArray DocumentEncoding::canonicalCharset(const QByteArray &label)
{
    QByteArray name = label.trimmed().toLower();
    while (!name.isEmpty() && (name.startsWith('"') || name.startsWith('\'')))
        name.remove(0, 1);
    while (!name.isEmpty() && (name.endsWith('"') || name.endsWith('\'')))
        name.chop(1);
    static const char *const westernLabels[] = {"latin1", "iso-8859-1", "iso8859-1",
                                                "l1",     "us-ascii",   "ascii",
                                                "cp1252", "iso_8859-1", "ansi_x3.4-1968"};
    static const char *const chineseLabels[] = {"gb2312", "gbk",        "x-gbk",  "cp936",
                                                "euc-cn", "gb_2312-80", "gb18030"};
    for (const char *alias : westernLabels) {
        if (name == alias)
            return QByteArrayLiteral("windows-1252");
    }
    for (const char *alias : chineseLabels) {
        if (name == alias)
            return QByteArrayLiteral("GB18030");
    }
    if (name == "cp1256")
        return QByteArrayLiteral("windows-1256");
    if (name == "cp1251")
        return QByteArrayLiteral("windows-1251");
    if (name == "utf8")
        return QByteArrayLiteral("utf-8");
    return name;
}

QString DocumentEncoding::cleaned(const QString &text)
{
    QString result;
    result.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == '\r') {
            result += QLatin1Char('\n');
            if (i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == 0x2028 || c == 0x2029) {
            result += QLatin1Char('\n');
        } else if (c == 0xFEFF || c == 0xFFFC || c == 0x1B || isControl(c)) {
            continue;
        } else {
            result += QChar(c);
        }
    }
    return result;
}

} // namespace amanat
