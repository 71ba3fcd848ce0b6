#pragma once

#include "RenderBackend.h"

#include <QBuffer>
#include <QByteArray>
#include <QImage>

#include <memory>

namespace amanat {

/** Decodes images (every frame of a multi-page TIFF) for the viewer, inside the helper,
 *  through QImageReader with an allocation limit. Keeps the last decoded frame. */
class ImageRenderBackend : public RenderBackend
{
public:
    static constexpr int kAllocationLimitMb = 512;

    static std::unique_ptr<RenderBackend> open(const QByteArray &data, QString *error);

    QString type() const override { return QStringLiteral("image"); }
    QVector<QSizeF> pageSizes() const override { return m_sizes; }
    QImage render(int page, double scale, QString *error) override;
    QVector<SearchHit> find(const QString &, int) override { return {}; }
    QString text(int) override { return QString(); }

private:
    explicit ImageRenderBackend(QByteArray data) : m_data(std::move(data)) {}
    QImage decode(int frame, QString *error);

    QByteArray m_data;
    QVector<QSizeF> m_sizes;
    int m_decodedFrame = -1;
    QImage m_decoded;
};

} // namespace amanat
