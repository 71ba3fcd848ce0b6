#pragma once

#include "ExtractionQueue.h"
#include "ExtractionStore.h"
#include "repository/BlobStore.h"
#include "repository/Importer.h"
#include "repository/ItemRepository.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>

namespace amanat {

/** What an import and a re-extraction use of an open library (Library::importServices()). */
struct ImportServices
{
    Importer &importer;
    ExtractionStore &extractions;
    ItemRepository &items;
    BlobStore &blobs;
};

/** The outcome of an import run, for the summary the user sees. */
struct ImportSummary
{
    int imported = 0;
    int duplicates = 0;
    struct Failure
    {
        QString path;
        qint64 itemId = 0; ///< 0 when the file itself could not be imported
        QString reason;
    };
    QVector<Failure> importFailures;     ///< files not stored
    QVector<Failure> extractionFailures; ///< stored, but text/metadata not (fully) extracted
    bool cancelled = false;
    bool stoppedByError = false; ///< e.g. disk full: the remaining files were not tried
};

/** Imports files into a library and extracts them, on the caller's event loop: one file is
 *  stored per turn of the loop while up to one helper per core extracts those already
 *  stored. Emits progress as it goes and finished() once everything is done or cancelled.
 *  Used by the CLI and the GUI alike. */
class ImportJob : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        ImportOptions import;
        QString ocrLanguages; ///< empty: the library's default
        bool extract = true;
        ExtractionSettings extraction;
    };

    ImportJob(ImportServices library, QStringList files, Options options,
              QObject *parent = nullptr);

    void start();
    /** Stops after the current file; running extractions are abandoned (marked pending). */
    void cancel();
    const ImportSummary &summary() const { return m_summary; }
    int total() const { return int(m_files.size()); }

Q_SIGNALS:
    /** During the store step of file number @p index (from 0): @p stored of @p size bytes. */
    void fileStoring(int index, qint64 stored, qint64 size);
    void fileImported(const amanat::ImportOutcome &outcome, int done, int total);
    void fileFailed(const QString &path, const amanat::Error &error, int done, int total);
    void extractionFinished(qint64 itemId, const QString &path,
                            const amanat::ExtractionResult &result);
    void finished(const amanat::ImportSummary &summary);

private:
    void importNext();
    void onExtracted(const ExtractionTask &task, const ExtractionResult &result);
    void finishIfDone();

    ImportServices m_library;
    QStringList m_files;
    Options m_options;
    ExtractionQueue m_queue;
    QHash<qint64, QString> m_pathOfItem;
    int m_next = 0;
    bool m_importing = false;
    bool m_done = false;
    ImportSummary m_summary;
};

/** Re-runs extraction for existing items (after a crash, a new OCR language, a password). */
class ReextractJob : public QObject
{
    Q_OBJECT

public:
    ReextractJob(ImportServices library, QVector<qint64> itemIds, QString ocrLanguages,
                 QByteArray pdfPassword, ExtractionSettings settings, QObject *parent = nullptr);
    void start();
    void cancel();

Q_SIGNALS:
    /** @p storeError is empty when the result was stored. */
    void extractionFinished(qint64 itemId, const amanat::ExtractionResult &result,
                            const QString &storeError);
    void finished();

private:
    ImportServices m_library;
    QVector<qint64> m_ids;
    QString m_ocrLanguages;
    QByteArray m_pdfPassword;
    ExtractionQueue m_queue;
};

} // namespace amanat
