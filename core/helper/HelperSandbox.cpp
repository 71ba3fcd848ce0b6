#include "HelperSandbox.h"

#include "helper/HelperProcess.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>

namespace amanat {

namespace {

HelperSandbox::Report ask(const QString &helperPath)
{
    HelperSandbox::Report report;
    QProcess process;
    process.setProcessEnvironment(HelperProcess::environment());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(helperPath, {QStringLiteral("--sandbox-probe"), QStringLiteral("report")});
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(1000);
        return report;
    }
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    if (process.exitStatus() != QProcess::NormalExit || json.isEmpty()) {
        // Exit 4: the sandbox could not be applied at all (no seccomp).
        report.known = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 4;
        return report;
    }
    report.known = true;
    report.namespaces = json.value(QStringLiteral("namespaces")).toBool();
    report.landlock = json.value(QStringLiteral("landlock")).toBool();
    report.seccomp = json.value(QStringLiteral("seccomp")).toBool();
    report.notes = json.value(QStringLiteral("notes")).toString();
    return report;
}

} // namespace

HelperSandbox::Report HelperSandbox::report(const QString &helperPath)
{
    static QMutex mutex;
    static QHash<QString, Report> answers;
    const QString path = helperPath.isEmpty() ? HelperProcess::defaultPath() : helperPath;
    QMutexLocker locker(&mutex);
    auto found = answers.constFind(path);
    if (found != answers.constEnd())
        return *found;
    const Report answer = ask(path);
    answers.insert(path, answer);
    return answer;
}

QString HelperSandbox::warning(const Report &report)
{
    if (!report.known)
        return {}; // a helper that cannot start says so for each file, with its reason
    if (!report.seccomp)
        return tr("The sandbox of the extraction helper cannot be applied on this system, so "
                  "no file will be read: its text and pictures stay pending.");
    QStringList missing;
    if (!report.landlock)
        missing << tr("Landlock (Linux 5.13 or later) is not available, so file access is "
                      "limited by the system-call filter alone");
    if (!report.namespaces)
        missing << tr("user namespaces are switched off, so the helper shares this computer's "
                      "network and process namespaces (the system-call filter still refuses "
                      "network connections)");
    if (missing.isEmpty())
        return {};
    return tr("The extraction helper's sandbox is incomplete here: %1.")
        .arg(missing.join(QStringLiteral("; ")));
}

} // namespace amanat
