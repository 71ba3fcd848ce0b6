#pragma once

#include "common/Result.h"
#include "helper/RasterProtocol.h"

#include <QCoreApplication>
#include <QVector>

namespace amanat {

/** What the page helper made of one original. */
struct RasterResult
{
    QVector<RasterPage> pages;
    QVector<ReencodedImage> images; ///< JPEGs of PDF pages that stay vector pages
};

/** Runs `amanat-extract --raster` on one original and waits for its pages. Blocking: the
 *  exporter runs on the CLI's thread or a worker thread, never the GUI thread. */
class RasterClient
{
public:
    RasterClient(QString helperPath, int timeoutSeconds);

    Result<RasterResult> run(const RasterRequest &request, const QByteArray &data,
                             const QString &what);

private:
    QString m_helperPath;
    int m_timeoutSeconds;
};

} // namespace amanat
