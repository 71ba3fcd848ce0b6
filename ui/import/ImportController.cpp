#include "ImportController.h"

#include "library/Library.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace amanat::ui {

using State = ImportListModel::State;

/** One import run, shared by the GUI thread (which cancels it) and the writer thread (where
 *  its ImportJob lives). */
struct ImportController::Running
{
    std::atomic_bool cancelled{false}; ///< read by the store step between chunks
    QPointer<ImportJob> job;           ///< set and used on the writer thread only
};

ImportController::ImportController(QObject *parent)
    : QObject(parent), m_model(new ImportListModel(this))
{
    m_collector = new QFutureWatcher<Collected>(this);
    connect(m_collector, &QFutureWatcher<Collected>::finished, this, [this] {
        m_collecting = false;
        const Collected collected = m_collector->result();
        if (!m_library || m_collectedFor != m_generation) // locked meanwhile
            return;
        if (!collected.error.isEmpty())
            Q_EMIT failedToStart(collected.error);
        else if (collected.files.isEmpty())
            Q_EMIT failedToStart(tr("There were no files to import."));
        else
            startJob(collected.files, collected.tags);
        if (!m_job)
            startNext();
    });
}

ImportController::~ImportController()
{
    deleteJob();
}

void ImportController::setLibrary(Library *library)
{
    if (library == m_library)
        return;
    m_waiting.clear();
    deleteJob(); // stops its helpers while the old library is still open
    ++m_generation;
    m_library = library;
    m_model->clear();
    m_rowOfItem.clear();
    m_summary = {};
    m_filesDone = m_extractionsDone = m_extractionsExpected = 0;
}

void ImportController::setExtractionSettings(const ExtractionSettings &settings)
{
    m_extraction = settings;
}

bool ImportController::importPaths(const QStringList &paths)
{
    return importPaths(paths, {});
}

bool ImportController::importPaths(const QStringList &paths, const QStringList &tags)
{
    if (!m_library || paths.isEmpty())
        return false;
    m_waiting.append(Batch{paths, tags});
    if (!isRunning())
        startNext();
    return true;
}

void ImportController::startNext()
{
    if (isRunning() || m_waiting.isEmpty() || !m_library)
        return;
    const Batch batch = m_waiting.takeFirst();
    m_collecting = true;
    m_collectedFor = m_generation;
    // A large folder tree takes a while to walk: do it on a worker (no library access there).
    m_collector->setFuture(QtConcurrent::run([batch]() -> Collected {
        auto files = Importer::collectFiles(batch.paths);
        if (!files.ok())
            return {{}, files.error().message, {}};
        return {*files, {}, batch.tags};
    }));
}

void ImportController::startJob(const QStringList &files, const QStringList &tags)
{
    m_model->setFiles(files);
    m_rowOfItem.clear();
    m_summary = {};
    m_filesDone = m_extractionsDone = m_extractionsExpected = 0;
    m_storingBytes = m_storingSize = 0;
    m_addedItems = false;

    auto running = std::make_shared<Running>();
    m_job = running;
    ImportJob::Options options; // OCR languages: the library's default
    options.extraction = m_extraction;
    options.import.cancelled = &running->cancelled;
    options.import.tags = tags;
    markStoring(0);
    Q_EMIT started(int(files.size()));
    // The job lives on the writer thread; its signals reach this object queued.
    m_library->postWrite([this, running, files, options](Library *writer) {
        if (!writer) { // locked before it began
            ImportSummary summary;
            summary.cancelled = true;
            QMetaObject::invokeMethod(this, [this, running, summary] {
                if (m_job == running)
                    onJobFinished(summary);
            });
            return;
        }
        auto *job = new ImportJob(writer->importServices(), files, options);
        running->job = job;
        connectJob(job, running);
        connect(job, &ImportJob::finished, job, &QObject::deleteLater);
        if (running->cancelled.load())
            job->cancel();
        else
            job->start();
    });
}

void ImportController::connectJob(ImportJob *job, const std::shared_ptr<Running> &running)
{
    // Connected on the writer thread: delivered here queued, and dropped once this run is
    // no longer the current one (cancelled and replaced, or the library locked).
    connect(job, &ImportJob::fileStoring, this, [this, running](int, qint64 stored, qint64 size) {
        if (m_job != running)
            return;
        m_storingBytes = stored;
        m_storingSize = size;
        Q_EMIT progressChanged();
    });
    connect(job, &ImportJob::fileImported, this,
            [this, running](const ImportOutcome &outcome, int done, int) {
                if (m_job == running)
                    onFileImported(outcome, done);
            });
    connect(job, &ImportJob::fileFailed, this,
            [this, running](const QString &, const Error &error, int done, int) {
                if (m_job == running)
                    onFileFailed(error, done);
            });
    connect(job, &ImportJob::extractionFinished, this,
            [this, running](qint64 itemId, const QString &, const ExtractionResult &result) {
                if (m_job == running)
                    onExtracted(itemId, result);
            });
    connect(job, &ImportJob::finished, this, [this, running](const ImportSummary &summary) {
        if (m_job == running)
            onJobFinished(summary);
    });
}

double ImportController::storingFraction() const
{
    if (m_storingSize <= 0)
        return 0;
    return qBound(0.0, double(m_storingBytes) / double(m_storingSize), 1.0);
}

void ImportController::markStoring(int row)
{
    if (row < m_model->rowCount() && m_model->state(row) == State::Queued)
        m_model->setState(row, State::Storing);
}

void ImportController::onFileImported(const ImportOutcome &outcome, int done)
{
    const int row = done - 1; // the job imports the files in order; done counts them
    m_filesDone = done;
    m_storingBytes = m_storingSize = 0;
    if (outcome.duplicate) {
        m_model->setState(row, State::Duplicate);
    } else {
        m_addedItems = true;
        m_rowOfItem.insert(outcome.itemId, row);
        m_model->setState(row, State::Extracting);
        ++m_extractionsExpected;
    }
    markStoring(done);
    Q_EMIT progressChanged();
}

void ImportController::onFileFailed(const Error &error, int done)
{
    const int row = done - 1;
    m_filesDone = done;
    m_storingBytes = m_storingSize = 0;
    m_model->setState(row, State::Failed, error.message);
    markStoring(done);
    Q_EMIT progressChanged();
}

void ImportController::onExtracted(qint64 itemId, const ExtractionResult &result)
{
    const int row = m_rowOfItem.take(itemId);
    ++m_extractionsDone;
    if (result.status == ExtractionResult::Status::Ok)
        m_model->setState(row, State::Done);
    else if (result.status == ExtractionResult::Status::NeedsPassword)
        m_model->setState(row, State::ExtractionFailed, tr("the PDF needs a password"));
    else
        m_model->setState(row, State::ExtractionFailed, result.error);
    Q_EMIT progressChanged();
}

void ImportController::onJobFinished(const ImportSummary &summary)
{
    m_summary = summary;
    // Whatever did not finish: not stored (cancelled or stopped), or stored and pending.
    m_model->settleUnfinished(State::NotImported, State::Pending);
    // A stored result may still have failed to save: the summary is the authority.
    for (const auto &failure : summary.extractionFailures) {
        const int row = m_model->rowOf(failure.path);
        if (row >= 0 && m_model->state(row) == State::Done)
            m_model->setState(row, State::ExtractionFailed, failure.reason);
    }
    m_job.reset(); // the job deletes itself on the writer thread
    m_storingBytes = m_storingSize = 0;
    Q_EMIT progressChanged();
    Q_EMIT finished(summary);
    if (m_addedItems)
        Q_EMIT itemsChanged();
    startNext();
}

void ImportController::cancel()
{
    m_waiting.clear();
    if (!m_job || !m_library)
        return;
    std::shared_ptr<Running> running = m_job;
    running->cancelled.store(true); // stops the store step of a large file at its next chunk
    m_library->postWrite([running](Library *) {
        if (running->job)
            running->job->cancel(); // emits finished()
    });
}

void ImportController::deleteJob()
{
    if (!m_job)
        return;
    std::shared_ptr<Running> running = std::move(m_job);
    running->cancelled.store(true);
    if (m_library)
        m_library->postWrite([running](Library *) {
            if (!running->job)
                return;
            running->job->disconnect(); // its last signals go nowhere
            running->job->cancel();     // running extractions stay pending
            delete running->job.data(); // on its own thread, while the library is open
        });
}

} // namespace amanat::ui
