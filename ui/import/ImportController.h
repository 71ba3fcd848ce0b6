#pragma once

#include "ImportListModel.h"
#include "ingest/ImportJob.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

template <typename T> class QFutureWatcher;

namespace amanat {
class Library;
}

namespace amanat::ui {

/** Runs imports for the desktop app: the one entry point for drag and drop and for
 *  File → Import. Folders are expanded off the GUI thread; the core ImportJob then runs on
 *  the library's writer thread (Library::postWrite()), storing one file per turn of that
 *  thread's event loop while amanat-extract helpers extract the stored ones, so the window
 *  never waits, even on a single large file, whose store step reports its bytes and can be
 *  cancelled. Imports asked for while one runs wait their turn. Per-file states go to
 *  model(); file names stay in memory and are never logged. */
class ImportController : public QObject
{
    Q_OBJECT

public:
    explicit ImportController(QObject *parent = nullptr);
    ~ImportController() override;

    /** The library to import into (not owned; a read view whose writes go to its writer).
     *  nullptr (on lock) cancels the running import, forgets the waiting ones and clears the
     *  file list; call it before the library's writer stops. */
    void setLibrary(Library *library);
    /** Settings for the extraction helpers (tests point at a helper; default: beside us). */
    void setExtractionSettings(const ExtractionSettings &settings);
    const ExtractionSettings &extractionSettings() const { return m_extraction; }

    /** Imports files and folders (recursively), e.g. what was dropped on the window.
     *  Returns false when no library is open. */
    bool importPaths(const QStringList &paths);
    /** The same, giving every imported item the tag paths @p tags (a new testimony's files). */
    bool importPaths(const QStringList &paths, const QStringList &tags);
    /** Stops after the current file; stored items whose extraction did not finish stay
     *  pending (reextract), files not yet stored are not imported. */
    void cancel();

    bool isRunning() const { return m_job != nullptr || m_collecting; }
    /** The share of the file being stored that is stored, from 0 to 1. */
    double storingFraction() const;
    ImportListModel *model() const { return m_model; }
    /** Files stored or resolved (duplicate, failed) so far, and extractions finished. */
    int filesDone() const { return m_filesDone; }
    int extractionsDone() const { return m_extractionsDone; }
    int extractionsExpected() const { return m_extractionsExpected; }
    int fileCount() const { return int(m_model->rowCount()); }
    const ImportSummary &lastSummary() const { return m_summary; }

Q_SIGNALS:
    /** A batch began: its files are in model(). */
    void started(int files);
    void progressChanged();
    /** The folders could not be read, or nothing importable was found. */
    void failedToStart(const QString &message);
    /** The batch ended (done or cancelled); the summary is also in lastSummary(). */
    void finished(const amanat::ImportSummary &summary);
    /** Items were added or changed: lists of items should reload. */
    void itemsChanged();

private:
    struct Running;
    void startNext();
    void startJob(const QStringList &files, const QStringList &tags);
    void connectJob(ImportJob *job, const std::shared_ptr<Running> &running);
    void onFileImported(const ImportOutcome &outcome, int done);
    void onFileFailed(const Error &error, int done);
    void onExtracted(qint64 itemId, const ExtractionResult &result);
    void onJobFinished(const ImportSummary &summary);
    void markStoring(int row);
    void deleteJob();

    Library *m_library = nullptr;
    ExtractionSettings m_extraction;
    ImportListModel *m_model = nullptr;
    std::shared_ptr<Running> m_job; ///< the running import, shared with the writer thread
    qint64 m_storingBytes = 0, m_storingSize = 0;
    struct Collected
    {
        QStringList files;
        QString error;
        QStringList tags; ///< for every file of the batch
    };
    QFutureWatcher<Collected> *m_collector = nullptr;
    bool m_collecting = false;
    int m_generation = 0;   ///< changes with the library
    int m_collectedFor = 0; ///< the generation the running folder walk is for
    struct Batch
    {
        QStringList paths;
        QStringList tags;
    };
    QList<Batch> m_waiting;
    QHash<qint64, int> m_rowOfItem;
    int m_filesDone = 0;
    int m_extractionsDone = 0;
    int m_extractionsExpected = 0;
    bool m_addedItems = false;
    ImportSummary m_summary;
};

} // namespace amanat::ui
