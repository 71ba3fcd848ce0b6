#include "ImageRenderBackend.h"

#include "helper/RenderProtocol.h"

#include <QImageReader>

namespace amanat {

namespace {

std::unique_ptr<QImageReader> readerFor(QBuffer &buffer)
{
    auto reader = std::make_unique<QImageReader>(&buffer);
    reader->setAllocationLimit(ImageRenderBackend::kAllocationLimitMb);
    reader->setAutoTransform(true); // EXIF orientation, as a camera meant it
    return reader;
}

} // namespace

std::unique_ptr<RenderBackend> ImageRenderBackend::open(const QByteArray &data, QString *error)
{
    std::unique_ptr<ImageRenderBackend> backend(new ImageRenderBackend(data));
    QBuffer buffer(&backend->m_data);
    buffer.open(QIODevice::ReadOnly);
    auto reader = readerFor(buffer);
    if (!reader->canRead()) {
        *error = QStringLiteral("the image format is not recognised");
        return nullptr;
    }
    const int frames = qBound(1, reader->imageCount(), render::kMaxPages);
    for (int i = 0; i < frames; ++i) {
        if (i > 0 && !reader->jumpToImage(i))
            break;
        QSize size = reader->size();
        if (reader->transformation() & QImageIOHandler::TransformationRotate90)
            size.transpose();
        if (!size.isValid() || size.isEmpty()) {
            // No size in the header: decode to learn it (within the allocation limit).
            QString decodeError;
            const QImage image = backend->decode(i, &decodeError);
            if (image.isNull())
                break;
            size = image.size();
        }
        backend->m_sizes.append(QSizeF(size));
    }
    if (backend->m_sizes.isEmpty()) {
        *error = QStringLiteral("the image could not be read");
        return nullptr;
    }
    return backend;
}

QImage ImageRenderBackend::decode(int frame, QString *error)
{
    if (frame == m_decodedFrame)
        return m_decoded;
    QBuffer buffer(&m_data);
    buffer.open(QIODevice::ReadOnly);
    auto reader = readerFor(buffer);
    if (frame > 0 && !reader->jumpToImage(frame)) {
        *error = QStringLiteral("this page of the image is missing");
        return QImage();
    }
    QImage image = reader->read();
    if (image.isNull()) {
        *error = QStringLiteral("the image could not be decoded (%1)").arg(reader->errorString());
        return QImage();
    }
    m_decodedFrame = frame;
    m_decoded = image;
    return image;
}

QImage ImageRenderBackend::render(int page, double scale, QString *error)
{
    const QImage image = decode(page, error);
    if (image.isNull())
        return image;
    const QSize target(qMax(1, qRound(image.width() * scale)),
                       qMax(1, qRound(image.height() * scale)));
    if (target == image.size())
        return image;
    return image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

} // namespace amanat
