#pragma once

#include "Extractor.h"

#include <QImage>

#include <functional>

namespace amanat {

/** Images (JPEG, PNG, TIFF including multi-page, WebP, GIF, BMP): dimensions, page count,
 *  EXIF date, camera and GPS (exiv2, read from memory), a thumbnail, and OCR of every page.
 *
 *  Promises for hostile input: the pixel size is read from the header and an image over
 *  kMaxPixels is refused before anything is decoded; Qt's reader also gets an allocation
 *  limit; at most kMaxPages pages of a multi-page file are read. TIFF (and formats Qt
 *  cannot read here, such as WebP without the Qt image-format plugins) is decoded with
 *  Leptonica from memory. */
class ImageExtractor : public Extractor
{
public:
    static constexpr qint64 kMaxPixels = 100'000'000;
    static constexpr int kAllocationLimitMb = 512;
    static constexpr int kMaxPages = 1000;

    /** Decodes every page of an image file (upright, EXIF orientation applied) and hands
     *  each to @p sink, with the same limits as extraction; returns why it failed, if it did.
     *  A null image stands for an unreadable page. */
    static QString decodePages(const QByteArray &data,
                               const std::function<void(const QImage &)> &sink);

    bool accepts(const QString &mime, const QString &name) const override;
    ExtractionResult extract(const ExtractionInput &input) override;
};

} // namespace amanat
