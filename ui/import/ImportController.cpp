#include "ImportController.h"

#include "library/Library.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace amanat::ui {

using State = ImportListModel::State;

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
            startJob(collected.files);
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
    if (!m_library || paths.isEmpty())
        return false;
    m_waiting.append(paths);
    if (!isRunning())
        startNext();
    return true;
}

void ImportController::startNext()
{
    if (isRunning() || m_waiting.isEmpty() || !m_library)
        return;
    const QStringList paths = m_waiting.takeFirst();
    m_collecting = true;
    m_collectedFor = m_generation;
    // A large folder tree takes a while to walk: do it on a worker (no library access there).
    m_collector->setFuture(QtConcurrent::run([paths]() -> Collected {
        auto files = Importer::collectFiles(paths);
        if (!files.ok())
            return {{}, files.error().message};
        return {*files, {}};
    }));
}

void ImportController::startJob(const QStringList &files)
{
    m_model->setFiles(files);
    m_rowOfItem.clear();
    m_summary = {};
    m_filesDone = m_extractionsDone = m_extractionsExpected = 0;
    m_addedItems = false;

    ImportJob::Options options; // OCR languages: the library's default
    options.extraction = m_extraction;
    m_job = new ImportJob(*m_library, files, options, this);
    connect(m_job, &ImportJob::fileImported, this,
            [this](const ImportOutcome &outcome, int done, int) { onFileImported(outcome, done); });
    connect(
        m_job, &ImportJob::fileFailed, this,
        [this](const QString &, const Error &error, int done, int) { onFileFailed(error, done); });
    connect(m_job, &ImportJob::extractionFinished, this,
            [this](qint64 itemId, const QString &, const ExtractionResult &result) {
                onExtracted(itemId, result);
            });
    connect(m_job, &ImportJob::finished, this, &ImportController::onJobFinished);
    markStoring(0);
    Q_EMIT started(int(files.size()));
    m_job->start();
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
    // The job may emit this from inside cancel(): delete it once the stack has unwound.
    if (m_job) {
        m_job->disconnect(this);
        m_job->deleteLater();
        m_job = nullptr;
    }
    Q_EMIT progressChanged();
    Q_EMIT finished(summary);
    if (m_addedItems)
        Q_EMIT itemsChanged();
    startNext();
}

void ImportController::cancel()
{
    m_waiting.clear();
    if (m_job)
        m_job->cancel(); // emits finished()
}

void ImportController::deleteJob()
{
    if (!m_job)
        return;
    m_job->disconnect(this);
    m_job->cancel(); // running extractions stay pending
    delete m_job;    // the library must still be open
    m_job = nullptr;
}

} // namespace amanat::ui
