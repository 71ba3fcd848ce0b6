#include "ReextractRunner.h"

#include "ingest/ImportJob.h"
#include "library/Library.h"

#include <QPointer>

#include <atomic>

namespace amanat::ui {

struct ReextractRunner::Running
{
    int total = 0;
    int done = 0;
    int failed = 0;
    std::atomic_bool cancelled{false};
    QPointer<ReextractJob> job; ///< set and used on the writer thread only
};

ReextractRunner::ReextractRunner(QObject *parent) : QObject(parent) {}

ReextractRunner::~ReextractRunner()
{
    setLibrary(nullptr);
}

void ReextractRunner::setLibrary(Library *library)
{
    if (m_running && m_library)
        cancel();
    m_running.reset();
    m_library = library;
}

bool ReextractRunner::start(const QVector<qint64> &itemIds, const QString &ocrLanguages)
{
    if (!m_library || m_running || itemIds.isEmpty())
        return false;
    auto running = std::make_shared<Running>();
    running->total = int(itemIds.size());
    m_running = running;
    m_library->postWrite([this, running, itemIds, ocrLanguages](Library *writer) {
        if (!writer || running->cancelled.load()) {
            QMetaObject::invokeMethod(this, [this, running] {
                if (m_running == running)
                    finish(true);
            });
            return;
        }
        auto *job = new ReextractJob(writer->importServices(), itemIds, ocrLanguages, {},
                                     ExtractionSettings());
        running->job = job;
        // Made on the writer thread: delivered here queued, ignored once superseded.
        connect(job, &ReextractJob::extractionFinished, this,
                [this, running](qint64 itemId, const ExtractionResult &result,
                                const QString &storeError) {
                    if (m_running != running)
                        return;
                    QString failure = storeError;
                    if (failure.isEmpty() && result.status != ExtractionResult::Status::Ok &&
                        result.status != ExtractionResult::Status::Partial)
                        failure = result.error;
                    ++running->done;
                    if (!failure.isEmpty())
                        ++running->failed;
                    Q_EMIT itemFinished(itemId, failure, running->done, running->total);
                });
        connect(job, &ReextractJob::finished, this, [this, running] {
            if (m_running == running)
                finish(running->cancelled.load());
        });
        connect(job, &ReextractJob::finished, job, &QObject::deleteLater);
        job->start();
    });
    return true;
}

void ReextractRunner::cancel()
{
    const std::shared_ptr<Running> running = m_running;
    if (!running || !m_library)
        return;
    running->cancelled = true;
    m_library->postWrite([running](Library *) {
        if (running->job)
            running->job->cancel();
    });
}

void ReextractRunner::finish(bool cancelled)
{
    const std::shared_ptr<Running> running = std::exchange(m_running, nullptr);
    Q_EMIT finished(running->done, running->failed, cancelled);
}

} // namespace amanat::ui
