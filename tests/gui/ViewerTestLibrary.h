#pragma once
// Shared by the viewer tests: a real library, files imported through ImportJob (the path
// the GUI's import uses, extraction included), and the render helper's process id.

#include "ingest/ImportJob.h"
#include "library/Library.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>

#include <unistd.h>

namespace amanat::test {

inline SecureBuffer secretOf(const char *text)
{
    QByteArray bytes(text);
    return SecureBuffer::takeFrom(bytes);
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/** Imports @p paths with extraction; returns path → item id (empty on failure). */
inline QHash<QString, qint64> importFiles(Library &library, const QStringList &paths)
{
    ImportJob::Options options;
    options.extraction.helperPath = QStringLiteral(AMANAT_EXTRACT_PATH);
    ImportJob job(library.importServices(), paths, options);
    QHash<QString, qint64> ids;
    QObject::connect(&job, &ImportJob::fileImported, &job,
                     [&ids](const ImportOutcome &outcome, int, int) {
                         ids.insert(outcome.path, outcome.itemId);
                     });
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start();
    if (!finished.wait(240000))
        return {};
    return ids;
}

/** Process ids of this process's amanat-extract children. */
inline QList<qint64> helperChildren()
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const int close = line.lastIndexOf(')');
        const QByteArray name = line.mid(line.indexOf('(') + 1, close - line.indexOf('(') - 1);
        const QList<QByteArray> rest = line.mid(close + 2).split(' ');
        if (rest.size() > 1 && rest.at(1).toLongLong() == ::getpid() &&
            name.startsWith("amanat-extract"))
            pids << pid;
    }
    return pids;
}

} // namespace amanat::test
