#pragma once

#include <QImage>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QVector>

#include <memory>

namespace amanat {

/** One opened untrusted document inside `amanat-extract --render`: page sizes, rendered
 *  pages, text search and page text. Implementations check every pointer their library
 *  returns and cap sizes; the server lowers scales to render::kMaxRenderPixels. */
class RenderBackend
{
public:
    struct SearchHit
    {
        int page = 0;
        QVector<QRectF> rects; ///< fractions of the page, origin top left
    };

    virtual ~RenderBackend() = default;
    /** "pdf" or "image". */
    virtual QString type() const = 0;
    /** Page sizes: points for a PDF, pixels for an image. */
    virtual QVector<QSizeF> pageSizes() const = 0;
    /** The page at @p scale pixels per unit, or a null image with @p error set. */
    virtual QImage render(int page, double scale, QString *error) = 0;
    virtual QVector<SearchHit> find(const QString &text, int maxHits) = 0;
    virtual QString text(int page) = 0;

    /** A backend for @p data, or null with @p error set. */
    static std::unique_ptr<RenderBackend> open(const QByteArray &data, const QString &mime,
                                               const QString &name, QString *error);
};

} // namespace amanat
