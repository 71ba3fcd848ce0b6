#include "PdfInspector.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QSet>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <cstring>
#include <exception>
#include <set>

namespace amanat {

namespace {

/** More path-construction operators than this and a page may show text as outlines. */
constexpr int kOutlinePathOperators = 400;
constexpr int kMaxJpegPixels = 100'000'000;

/** Counts what a content stream draws, from its tokens alone: no object is built for the
 *  numbers and names in between, which made most of a text PDF bundle's time. */
class ContentCounter : public QPDFObjectHandle::TokenFilter
{
public:
    int pathOperators = 0;
    bool inlineImage = false;
    bool damaged = false; // a token the lexer could not read: look at the page's pixels

    void handleToken(QPDFTokenizer::Token const &token) override
    {
        switch (token.getType()) {
        case QPDFTokenizer::tt_inline_image:
            inlineImage = true;
            break;
        case QPDFTokenizer::tt_bad:
            damaged = true;
            break;
        case QPDFTokenizer::tt_word: {
            const std::string &op = token.getValue();
            if (op == "m" || op == "l" || op == "c" || op == "v" || op == "y" || op == "re")
                ++pathOperators;
            else if (op == "BI")
                inlineImage = true;
            break;
        }
        default:
            break;
        }
    }
};

/** True if a font cannot be turned back into Unicode text from the PDF alone. */
bool fontNeedsPixels(QPDFObjectHandle font)
{
    if (!font.isDictionary())
        return false;
    QPDFObjectHandle subtype = font.getKey("/Subtype");
    if (subtype.isName() && subtype.getName() == "/Type3")
        return true;
    if (subtype.isName() && subtype.getName() == "/Type0")
        return !font.getKey("/ToUnicode").isStream();
    return false;
}

bool resourcesNeedPixels(QPDFObjectHandle resources)
{
    if (!resources.isDictionary())
        return false;
    QPDFObjectHandle fonts = resources.getKey("/Font");
    if (!fonts.isDictionary())
        return false;
    for (const std::string &key : fonts.getKeys())
        if (fontNeedsPixels(fonts.getKey(key)))
            return true;
    return false;
}

/** Walks a page or form XObject and the forms it draws (each once). */
void inspect(QPDFPageObjectHelper holder, PdfPageContent &content, ContentCounter &counter,
             std::set<QPDFObjGen> &seen, int depth)
{
    if (depth > 12)
        return;
    if (resourcesNeedPixels(holder.getAttribute("/Resources", false)))
        content.needsPixels = true;
    holder.filterContents(&counter);
    holder.forEachXObject(false, [&](QPDFObjectHandle &object, QPDFObjectHandle &,
                                     std::string const &) {
        const QPDFObjGen id = object.getObjGen();
        if (!seen.insert(id).second)
            return;
        if (object.isStream() && object.getDict().getKey("/Subtype").isName()) {
            const std::string subtype = object.getDict().getKey("/Subtype").getName();
            if (subtype == "/Image") {
                content.images.append({id.getObj(), id.getGen()});
                // An image's soft mask is an image too.
                QPDFObjectHandle mask = object.getDict().getKey("/SMask");
                if (mask.isStream() && seen.insert(mask.getObjGen()).second)
                    content.images.append({mask.getObjGen().getObj(), mask.getObjGen().getGen()});
            } else if (subtype == "/Form") {
                inspect(QPDFPageObjectHelper(object), content, counter, seen, depth + 1);
            }
        }
    });
}

int componentsOf(QPDFObjectHandle colorSpace)
{
    if (colorSpace.isName()) {
        const std::string name = colorSpace.getName();
        if (name == "/DeviceGray" || name == "/CalGray")
            return 1;
        if (name == "/DeviceRGB" || name == "/CalRGB")
            return 3;
        if (name == "/DeviceCMYK")
            return 4;
        return 0;
    }
    if (colorSpace.isArray() && colorSpace.getArrayNItems() >= 2) {
        QPDFObjectHandle family = colorSpace.getArrayItem(0);
        if (family.isName() && family.getName() == "/ICCBased") {
            QPDFObjectHandle profile = colorSpace.getArrayItem(1);
            if (profile.isStream() && profile.getDict().getKey("/N").isInteger())
                return int(profile.getDict().getKey("/N").getIntValue());
        }
        if (family.isName() && (family.getName() == "/CalRGB" || family.getName() == "/CalGray"))
            return family.getName() == "/CalRGB" ? 3 : 1;
    }
    return 0;
}

bool isOnlyDct(QPDFObjectHandle filter)
{
    if (filter.isName())
        return filter.getName() == "/DCTDecode";
    return filter.isArray() && filter.getArrayNItems() == 1 && filter.getArrayItem(0).isName() &&
           filter.getArrayItem(0).getName() == "/DCTDecode";
}

} // namespace

QByteArray jpegWithoutMetadata(const QByteArray &jpeg)
{
    const auto *b = reinterpret_cast<const unsigned char *>(jpeg.constData());
    const qint64 n = jpeg.size();
    if (n < 4 || b[0] != 0xFF || b[1] != 0xD8)
        return QByteArray();
    QByteArray out("\xFF\xD8", 2);
    qint64 i = 2;
    while (i + 1 < n) {
        if (b[i] != 0xFF)
            return QByteArray(); // not at a marker: damaged
        const unsigned char marker = b[i + 1];
        if (marker == 0xFF) { // fill byte
            ++i;
            continue;
        }
        if (marker == 0xD9) { // end of image
            out.append("\xFF\xD9", 2);
            return out;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            out.append(jpeg.constData() + i, 2);
            i += 2;
            continue;
        }
        if (i + 3 >= n)
            return QByteArray();
        const qint64 length = (qint64(b[i + 2]) << 8) | b[i + 3];
        if (length < 2 || i + 2 + length > n)
            return QByteArray();
        const bool metadata =
            (marker >= 0xE0 && marker <= 0xEF && marker != 0xEE) || marker == 0xFE;
        if (!metadata)
            out.append(jpeg.constData() + i, int(2 + length));
        i += 2 + length;
        if (marker == 0xDA) {
            // Entropy-coded data up to the next marker that is not a stuffed 0xFF00 or a
            // restart marker.
            qint64 j = i;
            while (j + 1 < n &&
                   !(b[j] == 0xFF && b[j + 1] != 0x00 && !(b[j + 1] >= 0xD0 && b[j + 1] <= 0xD7)))
                ++j;
            out.append(jpeg.constData() + i, int(j - i));
            i = j;
        }
    }
    return QByteArray();
}

struct PdfInspector::Private
{
    QByteArray bytes; // qpdf reads from this buffer for as long as it lives
    QPDF pdf;
    std::vector<QPDFPageObjectHelper> pages;
    bool ok = false;
};

PdfInspector::PdfInspector(const QByteArray &pdf, const QString &password)
    : d(std::make_unique<Private>())
{
    d->bytes = pdf;
    try {
        d->pdf.setSuppressWarnings(true);
        d->pdf.setAttemptRecovery(true);
        const QByteArray pass = password.toUtf8();
        d->pdf.processMemoryFile("original.pdf", d->bytes.constData(), std::size_t(d->bytes.size()),
                                 pass.isEmpty() ? nullptr : pass.constData());
        d->pages = QPDFPageDocumentHelper(d->pdf).getAllPages();
        d->ok = true;
    } catch (const std::exception &) {
        d->ok = false;
    }
}

PdfInspector::~PdfInspector() = default;

bool PdfInspector::ok() const
{
    return d->ok;
}

int PdfInspector::pageCount() const
{
    return int(d->pages.size());
}

PdfPageContent PdfInspector::page(int index) const
{
    PdfPageContent content;
    if (index < 0 || index >= int(d->pages.size())) {
        content.needsPixels = true;
        return content;
    }
    try {
        ContentCounter counter;
        std::set<QPDFObjGen> seen;
        inspect(d->pages.at(std::size_t(index)), content, counter, seen, 0);
        content.inlineImages = counter.inlineImage;
        if (!content.images.isEmpty() || counter.inlineImage || counter.damaged ||
            counter.pathOperators > kOutlinePathOperators)
            content.needsPixels = true;
    } catch (const std::exception &) {
        content.needsPixels = true; // what cannot be parsed is checked by its pixels
    }
    return content;
}

bool PdfInspector::reencode(const QPair<int, int> &object, ReencodedImage *out) const
{
    try {
        QPDFObjectHandle image = d->pdf.getObjectByID(object.first, object.second);
        if (!image.isStream())
            return false;
        QPDFObjectHandle dict = image.getDict();
        if (!isOnlyDct(dict.getKey("/Filter")))
            return false;
        const int width =
            dict.getKey("/Width").isInteger() ? int(dict.getKey("/Width").getIntValue()) : 0;
        const int height =
            dict.getKey("/Height").isInteger() ? int(dict.getKey("/Height").getIntValue()) : 0;
        if (width < 1 || height < 1 || qint64(width) * height > kMaxJpegPixels)
            return false;
        const std::shared_ptr<Buffer> raw = image.getRawStreamData();
        const QByteArray jpeg(reinterpret_cast<const char *>(raw->getBuffer()),
                              int(raw->getSize()));
        if (dict.getKey("/ImageMask").isBool() && dict.getKey("/ImageMask").getBoolValue())
            return false;
        const int components = componentsOf(dict.getKey("/ColorSpace"));
        ReencodedImage result;
        result.object = object.first;
        result.generation = object.second;
        result.width = width;
        result.height = height;
        if (components != 1 && components != 3) {
            // CMYK, indexed or separation colours: Qt cannot write them back as they were,
            // so the compressed data stays, without any metadata segment.
            result.components = 0;
            result.jpeg = jpegWithoutMetadata(jpeg);
            if (result.jpeg.isEmpty())
                return false;
            *out = result;
            return true;
        }
        QBuffer buffer;
        buffer.setData(jpeg);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, "jpeg");
        reader.setAutoTransform(false);
        const QImage decoded = reader.read();
        if (decoded.isNull() || decoded.width() != width || decoded.height() != height)
            return false;
        // A fresh image from the pixels alone: no text keys, no colour space to write back.
        const QImage::Format format =
            components == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888;
        const QImage converted = decoded.convertToFormat(format);
        QImage clean(converted.width(), converted.height(), format);
        for (int y = 0; y < converted.height(); ++y)
            std::memcpy(clean.scanLine(y), converted.constScanLine(y),
                        std::size_t(clean.bytesPerLine()));
        QBuffer encoded;
        encoded.open(QIODevice::WriteOnly);
        QImageWriter writer(&encoded, "jpeg");
        writer.setQuality(90);
        if (!writer.write(clean))
            return false;
        result.components = components;
        result.jpeg = encoded.data();
        *out = result;
        return true;
    } catch (const std::exception &) {
        return false;
    }
}

} // namespace amanat
