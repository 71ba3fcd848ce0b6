#include "HelperRun.h"

#include "helper/HelperProcess.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QProcess>

namespace amanat {

HelperRun::HelperRun(QString helperPath, int timeoutSeconds)
    : m_helperPath(helperPath.isEmpty() ? HelperProcess::defaultPath() : std::move(helperPath)),
      m_timeoutSeconds(timeoutSeconds)
{}

Status HelperRun::run(const QString &mode, const QByteArray &header, const QByteArray &data,
                      const QString &what, const LineHandler &onLine)
{
    QProcess process;
    process.setProcessEnvironment(HelperProcess::environment());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(m_helperPath,
                  {mode, QStringLiteral("--cpu-seconds"), QString::number(m_timeoutSeconds)});
    if (!process.waitForStarted(30'000))
        return makeError(ErrorCode::Internal,
                         tr("The page helper (%1) could not be started.").arg(m_helperPath));
    QDeadlineTimer deadline{std::chrono::seconds(m_timeoutSeconds)};
    QByteArray output;
    // Write and read together: the helper answers only after it has read everything, but
    // a full pipe in either direction must never stall us.
    const QByteArray *parts[] = {&header, &data};
    for (const QByteArray *part : parts) {
        qint64 written = 0;
        while (written < part->size() && process.state() == QProcess::Running) {
            const qint64 n = process.write(part->constData() + written,
                                           qMin<qint64>(1 << 20, part->size() - written));
            if (n < 0)
                break;
            written += n;
            process.waitForBytesWritten(int(qMin<qint64>(deadline.remainingTime(), 60'000)));
            output += process.readAllStandardOutput();
            if (deadline.hasExpired())
                break;
        }
    }
    process.closeWriteChannel();
    QString failure;
    bool done = false;
    auto drainLines = [&] {
        for (int newline = int(output.indexOf('\n')); newline >= 0 && !done && failure.isEmpty();
             newline = int(output.indexOf('\n'))) {
            const QJsonObject json = QJsonDocument::fromJson(output.left(newline)).object();
            output.remove(0, newline + 1);
            if (json.contains(QStringLiteral("error")))
                failure = json.value(QStringLiteral("error")).toString();
            else if (json.value(QStringLiteral("done")).toBool())
                done = true;
            else if (!onLine(json))
                failure = QStringLiteral("the page helper sent a malformed answer");
        }
    };
    while (!done && failure.isEmpty() && !deadline.hasExpired()) {
        drainLines();
        if (done || !failure.isEmpty())
            break;
        if (process.state() != QProcess::Running) {
            output += process.readAllStandardOutput();
            drainLines();
            if (!done && failure.isEmpty())
                failure = QStringLiteral("the page helper stopped unexpectedly");
            break;
        }
        if (process.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 60'000))))
            output += process.readAllStandardOutput();
    }
    if (!done && failure.isEmpty())
        failure = QStringLiteral("the page helper took longer than %1 s").arg(m_timeoutSeconds);
    process.kill();
    process.waitForFinished(5'000);
    if (!failure.isEmpty())
        return makeError(ErrorCode::Corrupt,
                         tr("The pages of %1 could not be prepared: %2.").arg(what, failure));
    return {};
}

} // namespace amanat
