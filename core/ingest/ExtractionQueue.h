#pragma once

#include "helper/ExtractionResult.h"
#include "repository/BlobStore.h"

#include <QCoreApplication>
#include <QObject>
#include <QProcessEnvironment>
#include <QQueue>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace amanat {

/** One file to extract: which item, and what the helper needs to know about it. */
struct ExtractionTask
{
    qint64 itemId = 0;
    QString name;
    QString mime;
    QString ocrLanguages;
    QByteArray pdfPassword;
    bool adjustKind = false; ///< apply the helper's kind hint (the user gave no --kind)
};

struct ExtractionSettings
{
    QString helperPath; ///< empty: HelperProcess::defaultPath()
    int timeoutSeconds = 120;
    int memoryMb = 2048;
    int parallel = 0; ///< helpers at once; 0: one per core
};

/** Runs up to one helper server (`amanat-extract --serve`) per core, on the calling thread's
 *  event loop, and gives each one file at a time; the server reads every file in a fresh,
 *  sandboxed child of its own. Each file's bytes stream from the encrypted blob store into
 *  the server's standard input (never a file on disk). A crash, a timeout or an unusable
 *  answer becomes a failed ExtractionResult with a reason, that server is stopped, and the
 *  queue goes on with a new one. */
class ExtractionQueue : public QObject
{
    Q_OBJECT

public:
    ExtractionQueue(BlobStore &blobs, ExtractionSettings settings, QObject *parent = nullptr);
    ~ExtractionQueue() override;

    void enqueue(const ExtractionTask &task);
    bool isIdle() const;
    int queued() const { return int(m_waiting.size()); }
    int running() const;
    /** Stops every helper and forgets the queue; no finished() follows for them. */
    void cancel();

Q_SIGNALS:
    void finished(const amanat::ExtractionTask &task, const amanat::ExtractionResult &result);
    void drained();

private:
    class Worker;
    void startMore();
    void workerFinished(const ExtractionTask &task, const ExtractionResult &result);
    /** A file a stopped server never read goes first in line again, once. */
    void workerGaveBack(const ExtractionTask &task);

    BlobStore &m_blobs;
    ExtractionSettings m_settings;
    QQueue<ExtractionTask> m_waiting;
    std::vector<std::unique_ptr<Worker>> m_workers;
    QSet<qint64> m_givenBack;
};

} // namespace amanat

Q_DECLARE_METATYPE(amanat::ExtractionTask)
