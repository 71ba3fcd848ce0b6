#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace amanat {

/** One run of `amanat-extract` in a line-protocol mode (--raster, --leak-check): writes a
 *  header line and the file's bytes, hands every JSON line of the answer to a callback,
 *  and waits for {"done": true} or {"error": …}. Blocking: bundle work runs on the CLI's
 *  thread or a worker thread, never the GUI thread. The helper is killed at the deadline. */
class HelperRun
{
    Q_DECLARE_TR_FUNCTIONS(HelperRun)

public:
    /** Takes one answer line; returns false if the line is malformed. */
    using LineHandler = std::function<bool(const QJsonObject &)>;

    HelperRun(QString helperPath, int timeoutSeconds);

    /** Runs the helper with @p mode (e.g. "--raster"); @p what names the file in messages. */
    Status run(const QString &mode, const QByteArray &header, const QByteArray &data,
               const QString &what, const LineHandler &onLine);

private:
    QString m_helperPath;
    int m_timeoutSeconds;
};

} // namespace amanat
