#pragma once

#include "RasterProtocol.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QVector>

namespace amanat {

/** Runs `amanat-extract --raster` on one original and waits for its pages. Blocking: the
 *  exporter runs on the CLI's thread or a worker thread, never the GUI thread. */
class RasterClient
{
    Q_DECLARE_TR_FUNCTIONS(RasterClient)

public:
    RasterClient(QString helperPath, int timeoutSeconds);

    Result<QVector<RasterPage>> run(const RasterRequest &request, const QByteArray &data,
                                    const QString &what);

private:
    QString m_helperPath;
    int m_timeoutSeconds;
};

} // namespace amanat
