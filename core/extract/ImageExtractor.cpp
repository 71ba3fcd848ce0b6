#include "ImageExtractor.h"

#include "OcrEngine.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QImageReader>
#include <QSet>

#include <exiv2/exiv2.hpp>
#include <leptonica/allheaders.h>

#include <functional>
#include <memory>

namespace amanat {

namespace {

struct PixDeleter
{
    void operator()(Pix *pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

/** Silences Leptonica's messages on stderr while it reads one file, then restores them. */
class QuietLeptonica
{
public:
    QuietLeptonica() : m_previous(setMsgSeverity(L_SEVERITY_NONE)) {}
    ~QuietLeptonica() { setMsgSeverity(m_previous); }
    QuietLeptonica(const QuietLeptonica &) = delete;
    QuietLeptonica &operator=(const QuietLeptonica &) = delete;

private:
    l_int32 m_previous;
};

/** Calls back with each page in order; a null image for a page that could not be read. */
using PageSink = std::function<void(const QImage &)>;

struct Decoded
{
    int pageCount = 0;
    bool truncated = false; ///< more than kMaxPages pages
    QString problem;        ///< why the first unreadable page (or the file) failed
};

const QString kUnreadable =
    QStringLiteral("the image is damaged or in a format that cannot be read");

QString tooLargeMessage(qint64 width, qint64 height)
{
    return QStringLiteral("the image is too large (%1 × %2 pixels)").arg(width).arg(height);
}

bool withinBudget(qint64 width, qint64 height)
{
    return width > 0 && height > 0 && width * height <= ImageExtractor::kMaxPixels;
}

bool isTiff(const QByteArray &data)
{
    return data.startsWith(QByteArrayLiteral("II*\0")) ||
           data.startsWith(QByteArrayLiteral("MM\0*"));
}

/** Leptonica keeps pixels in 32-bit words, most significant byte first. */
QImage toQImage(Pix *source)
{
    PixPtr converted;
    if (pixGetColormap(source) || pixGetDepth(source) > 16)
        converted.reset(pixConvertTo32(source));
    else
        converted.reset(pixConvertTo8(source, 0));
    Pix *pix = converted.get();
    if (!pix)
        return QImage();
    const int width = pixGetWidth(pix);
    const int height = pixGetHeight(pix);
    const int depth = pixGetDepth(pix);
    QImage image(width, height, depth == 8 ? QImage::Format_Grayscale8 : QImage::Format_RGB32);
    if (image.isNull())
        return image;
    const l_int32 wordsPerLine = pixGetWpl(pix);
    l_uint32 *data = pixGetData(pix);
    for (int y = 0; y < height; ++y) {
        l_uint32 *line = data + qint64(y) * wordsPerLine;
        uchar *scan = image.scanLine(y);
        if (depth == 8) {
            for (int x = 0; x < width; ++x)
                scan[x] = uchar(GET_DATA_BYTE(line, x));
        } else {
            auto *rgb = reinterpret_cast<QRgb *>(scan);
            for (int x = 0; x < width; ++x)
                rgb[x] = qRgb(int(line[x] >> 24), int((line[x] >> 16) & 0xff),
                              int((line[x] >> 8) & 0xff));
        }
    }
    const int dpi = pixGetXRes(source);
    if (dpi > 0) {
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
    }
    return image;
}

/** TIFF (every page) and formats Qt cannot read here, through Leptonica from memory. */
Decoded decodeWithLeptonica(const QByteArray &data, const PageSink &sink)
{
    QuietLeptonica quiet;
    Decoded decoded;
    const auto *bytes = reinterpret_cast<const l_uint8 *>(data.constData());
    const auto size = size_t(data.size());
    l_int32 format = IFF_UNKNOWN;
    if (data.size() < 16 || findFileFormatBuffer(bytes, &format) != 0 || format == IFF_UNKNOWN) {
        decoded.problem = kUnreadable;
        return decoded;
    }
    if (!L_FORMAT_IS_TIFF(format)) {
        l_int32 width = 0, height = 0, bps = 0, spp = 0, colormap = 0;
        if (pixReadHeaderMem(bytes, size, &format, &width, &height, &bps, &spp, &colormap) != 0) {
            decoded.problem = kUnreadable;
            return decoded;
        }
        if (!withinBudget(width, height)) {
            decoded.problem = tooLargeMessage(width, height);
            return decoded;
        }
        decoded.pageCount = 1;
        const PixPtr pix(pixReadMem(bytes, size));
        const QImage image = pix ? toQImage(pix.get()) : QImage();
        if (image.isNull())
            decoded.problem = kUnreadable;
        sink(image);
        return decoded;
    }
    for (int page = 0;; ++page) {
        l_int32 width = 0, height = 0, bps = 0, spp = 0, resolution = 0, colormap = 0;
        l_int32 compression = 0;
        if (readHeaderMemTiff(bytes, size, page, &width, &height, &bps, &spp, &resolution,
                              &colormap, &compression) != 0)
            break;
        if (page == ImageExtractor::kMaxPages) {
            decoded.truncated = true;
            break;
        }
        ++decoded.pageCount;
        QImage image;
        if (!withinBudget(width, height)) {
            if (decoded.problem.isEmpty())
                decoded.problem = tooLargeMessage(width, height);
        } else {
            const PixPtr pix(pixReadMemTiff(bytes, size, page));
            image = pix ? toQImage(pix.get()) : QImage();
            if (image.isNull() && decoded.problem.isEmpty())
                decoded.problem = kUnreadable;
        }
        sink(image);
    }
    if (decoded.pageCount == 0)
        decoded.problem = kUnreadable;
    return decoded;
}

/** Single images through Qt; TIFF and what Qt cannot read go to Leptonica. */
Decoded decode(const QByteArray &data, const PageSink &sink)
{
    if (isTiff(data))
        return decodeWithLeptonica(data, sink);
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    if (!reader.canRead())
        return decodeWithLeptonica(data, sink);
    reader.setAllocationLimit(ImageExtractor::kAllocationLimitMb); // second guard
    reader.setAutoTransform(true); // EXIF orientation, so OCR sees upright text
    Decoded decoded;
    const QSize size = reader.size(); // from the header, before any pixel is decoded
    if (size.isValid() && !withinBudget(size.width(), size.height())) {
        decoded.problem = tooLargeMessage(size.width(), size.height());
        return decoded;
    }
    decoded.pageCount = 1; // an animation's first frame stands for it
    QImage image;
    if (!reader.read(&image) || !withinBudget(image.width(), image.height())) {
        decoded.problem = image.isNull()
                              ? QStringLiteral("%1 (%2)").arg(kUnreadable, reader.errorString())
                              : tooLargeMessage(image.width(), image.height());
        image = QImage();
    }
    sink(image);
    return decoded;
}

QString exifString(const Exiv2::ExifData &exif, const char *key)
{
    const auto it = exif.findKey(Exiv2::ExifKey(key));
    if (it == exif.end())
        return QString();
    return QString::fromStdString(it->toString()).remove(QChar::Null).trimmed();
}

/** Degrees, minutes, seconds and a hemisphere reference → signed decimal degrees. */
bool gpsCoordinate(const Exiv2::ExifData &exif, const char *key, const char *refKey, double limit,
                   double *degrees)
{
    const auto it = exif.findKey(Exiv2::ExifKey(key));
    if (it == exif.end() || it->count() < 3)
        return false;
    double value = 0;
    const double unit[3] = {1, 60, 3600};
    for (int i = 0; i < 3; ++i) {
        const Exiv2::Rational part = it->toRational(i);
        if (part.second == 0)
            return false;
        value += double(part.first) / double(part.second) / unit[i];
    }
    const QString ref = exifString(exif, refKey).toUpper();
    if (ref == QLatin1String("S") || ref == QLatin1String("W"))
        value = -value;
    if (!(qAbs(value) <= limit))
        return false;
    *degrees = value;
    return true;
}

/** EXIF date, camera and GPS, read by exiv2 from memory (never from a file). */
void readExif(const QByteArray &data, ExtractionResult &result)
{
    try {
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
        auto image = Exiv2::ImageFactory::open(
            reinterpret_cast<const Exiv2::byte *>(data.constData()), data.size());
        if (!image.get()) // auto_ptr in exiv2 0.27, unique_ptr in 0.28
            return;
        image->readMetadata();
        const Exiv2::ExifData &exif = image->exifData();
        if (exif.empty())
            return;
        const QDateTime taken = QDateTime::fromString(
            exifString(exif, "Exif.Photo.DateTimeOriginal"), QStringLiteral("yyyy:MM:dd HH:mm:ss"));
        if (taken.isValid()) {
            const QString iso = taken.toString(Qt::ISODate);
            result.exif.insert(QStringLiteral("date_time_original"), iso);
            result.metadata.insert(QStringLiteral("created"), iso);
        }
        const QString make = exifString(exif, "Exif.Image.Make");
        const QString model = exifString(exif, "Exif.Image.Model");
        if (!make.isEmpty())
            result.exif.insert(QStringLiteral("camera_make"), make);
        if (!model.isEmpty())
            result.exif.insert(QStringLiteral("camera_model"), model);
        const QString camera = model.startsWith(make, Qt::CaseInsensitive)
                                   ? model
                                   : QStringList{make, model}.join(QLatin1Char(' ')).trimmed();
        if (!camera.isEmpty())
            result.metadata.insert(QStringLiteral("camera"), camera);
        double latitude = 0, longitude = 0;
        if (gpsCoordinate(exif, "Exif.GPSInfo.GPSLatitude", "Exif.GPSInfo.GPSLatitudeRef", 90,
                          &latitude) &&
            gpsCoordinate(exif, "Exif.GPSInfo.GPSLongitude", "Exif.GPSInfo.GPSLongitudeRef", 180,
                          &longitude)) {
            result.exif.insert(QStringLiteral("gps_latitude"), latitude);
            result.exif.insert(QStringLiteral("gps_longitude"), longitude);
            result.metadata.insert(
                QStringLiteral("gps"),
                QStringLiteral("%1, %2").arg(latitude, 0, 'f', 6).arg(longitude, 0, 'f', 6));
        }
    } catch (const Exiv2::Error &) {
        // No metadata exiv2 understands: the image itself may still be fine.
    } catch (const std::exception &) {
    }
}

/** OCR output that is text, not the noise Tesseract reads into a photograph. */
bool looksLikeText(const PageText &page)
{
    int letters = 0;
    for (const QChar c : page.text) {
        if (c.isLetterOrNumber())
            ++letters;
    }
    return letters >= 10 && page.confidence >= 50;
}

} // namespace

QString ImageExtractor::decodePages(const QByteArray &data,
                                    const std::function<void(const QImage &)> &sink)
{
    return decode(data, sink).problem;
}

bool ImageExtractor::accepts(const QString &mime, const QString &name) const
{
    if (mime.startsWith(QLatin1String("image/")))
        return !mime.startsWith(QLatin1String("image/svg")); // XML, not pixels
    static const QSet<QString> suffixes = {
        QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
        QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("webp"),
        QStringLiteral("gif"), QStringLiteral("bmp"),  QStringLiteral("jp2")};
    return suffixes.contains(QFileInfo(name).suffix().toLower());
}

ExtractionResult ImageExtractor::extract(const ExtractionInput &input)
{
    if (input.data.isEmpty())
        return ExtractionResult::failure(QStringLiteral("the file is empty"));

    ExtractionResult result;
    const QString languages =
        input.ocrLanguages.trimmed().isEmpty() ? QStringLiteral("eng") : input.ocrLanguages;
    QString ocrError;
    int readPages = 0;
    int ocrPages = 0;
    bool foundText = false;
    const Decoded decoded = decode(input.data, [&](const QImage &image) {
        PageText page;
        if (!image.isNull()) {
            if (readPages++ == 0) {
                result.metadata.insert(QStringLiteral("width"), image.width());
                result.metadata.insert(QStringLiteral("height"), image.height());
                const int side = ExtractionResult::kThumbnailSize;
                result.thumbnail =
                    image.width() > side || image.height() > side
                        ? image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                        : image;
            }
            if (ocrError.isEmpty()) {
                QString error;
                const PageText recognized = OcrEngine::recognize(image, languages, &error);
                if (error.isEmpty()) {
                    page = recognized;
                    ++ocrPages;
                    foundText = foundText || looksLikeText(page);
                } else {
                    ocrError = error; // a missing language fails every page alike
                }
            }
        }
        result.pages.push_back(page);
    });

    if (readPages == 0) {
        ExtractionResult failed =
            ExtractionResult::failure(decoded.problem.isEmpty() ? kUnreadable : decoded.problem);
        return failed;
    }
    result.paged = decoded.pageCount > 1;
    result.metadata.insert(QStringLiteral("page_count"), decoded.pageCount);
    result.kindHint = foundText ? QStringLiteral("scan") : QStringLiteral("image");
    if (ocrPages > 0)
        result.ocrLanguages = OcrEngine::splitLanguages(languages);
    readExif(input.data, result);

    QStringList problems;
    if (readPages < decoded.pageCount)
        problems << QStringLiteral("%1 of %2 pages could not be read (%3)")
                        .arg(decoded.pageCount - readPages)
                        .arg(decoded.pageCount)
                        .arg(decoded.problem);
    if (decoded.truncated)
        problems << QStringLiteral("only the first %1 pages were read").arg(kMaxPages);
    if (!ocrError.isEmpty())
        problems << QStringLiteral("the image was not OCRed: %1").arg(ocrError);
    if (!problems.isEmpty()) {
        result.status = ExtractionResult::Status::Partial;
        result.error = problems.join(QStringLiteral("; "));
    }
    return result;
}

} // namespace amanat
