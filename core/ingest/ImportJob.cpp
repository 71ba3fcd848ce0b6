#include "ImportJob.h"

#include <QTimer>

namespace amanat {

ImportJob::ImportJob(ImportServices library, QStringList files, Options options, QObject *parent)
    : QObject(parent), m_library(library), m_files(std::move(files)), m_options(std::move(options)),
      m_queue(library.blobs, m_options.extraction)
{
    connect(&m_queue, &ExtractionQueue::finished, this, &ImportJob::onExtracted);
}

void ImportJob::start()
{
    if (m_options.ocrLanguages.isEmpty()) {
        auto languages = m_library.extractions.defaultOcrLanguages();
        m_options.ocrLanguages = languages.ok() ? *languages : QStringLiteral("eng");
    }
    m_options.import.storing = [this](qint64 stored, qint64 size) {
        Q_EMIT fileStoring(m_next - 1, stored, size);
    };
    m_importing = true;
    QTimer::singleShot(0, this, &ImportJob::importNext);
}

void ImportJob::cancel()
{
    m_summary.cancelled = true;
    m_importing = false;
    m_queue.cancel(); // their items stay "pending" for reextract
    finishIfDone();
}

void ImportJob::importNext()
{
    if (!m_importing)
        return;
    if (m_options.import.cancelled && m_options.import.cancelled->load()) {
        cancel();
        return;
    }
    if (m_next >= m_files.size()) {
        m_importing = false;
        finishIfDone();
        return;
    }
    const QString path = m_files.at(m_next++);
    auto outcome =
        m_library.importer.importFile(path, m_options.import, m_options.import.cancelled);
    if (!outcome.ok() && outcome.error().code == ErrorCode::Cancelled &&
        m_options.import.cancelled && m_options.import.cancelled->load()) {
        cancel(); // asked for during the store step: this file is simply not imported
        return;
    }
    if (!outcome.ok()) {
        m_summary.importFailures.append({path, 0, outcome.error().message});
        Q_EMIT fileFailed(path, outcome.error(), m_next, int(m_files.size()));
        const ErrorCode code = outcome.error().code;
        if (code == ErrorCode::DiskFull || code == ErrorCode::Corrupt || code == ErrorCode::InUse ||
            code == ErrorCode::Internal || code == ErrorCode::Cancelled) {
            m_summary.stoppedByError = true;
            m_importing = false;
            finishIfDone();
            return;
        }
    } else {
        if (outcome->duplicate) {
            ++m_summary.duplicates;
        } else {
            ++m_summary.imported;
            if (m_options.extract) {
                auto pending = m_library.extractions.markPending(outcome->itemId);
                if (pending.ok()) {
                    auto item = m_library.items.get(outcome->itemId);
                    ExtractionTask task;
                    task.itemId = outcome->itemId;
                    task.name = item.ok() ? item->original.name : QString();
                    task.mime = item.ok() ? item->original.mime : QString();
                    task.ocrLanguages = m_options.ocrLanguages;
                    task.adjustKind = m_options.import.kind.isEmpty();
                    m_pathOfItem.insert(outcome->itemId, path);
                    m_queue.enqueue(task);
                }
            }
        }
        Q_EMIT fileImported(*outcome, m_next, int(m_files.size()));
    }
    QTimer::singleShot(0, this, &ImportJob::importNext);
}

void ImportJob::onExtracted(const ExtractionTask &task, const ExtractionResult &result)
{
    const QString path = m_pathOfItem.take(task.itemId);
    auto stored =
        m_library.extractions.save(task.itemId, result, task.ocrLanguages, task.adjustKind);
    if (!stored.ok())
        m_summary.extractionFailures.append({path, task.itemId, stored.error().message});
    else if (result.status != ExtractionResult::Status::Ok)
        m_summary.extractionFailures.append({path, task.itemId, result.error});
    Q_EMIT extractionFinished(task.itemId, path, result);
    finishIfDone();
}

void ImportJob::finishIfDone()
{
    if (m_done || m_importing || !m_queue.isIdle())
        return;
    m_done = true;
    Q_EMIT finished(m_summary);
}

ReextractJob::ReextractJob(ImportServices library, QVector<qint64> itemIds, QString ocrLanguages,
                           QByteArray pdfPassword, ExtractionSettings settings, QObject *parent)
    : QObject(parent), m_library(library), m_ids(std::move(itemIds)),
      m_ocrLanguages(std::move(ocrLanguages)), m_pdfPassword(std::move(pdfPassword)),
      m_queue(library.blobs, std::move(settings))
{
    connect(&m_queue, &ExtractionQueue::finished, this,
            [this](const ExtractionTask &task, const ExtractionResult &result) {
                auto stored =
                    m_library.extractions.save(task.itemId, result, task.ocrLanguages, false);
                Q_EMIT extractionFinished(task.itemId, result,
                                          stored.ok() ? QString() : stored.error().message);
            });
    connect(&m_queue, &ExtractionQueue::drained, this, &ReextractJob::finished);
}

void ReextractJob::cancel()
{
    m_queue.cancel();
    Q_EMIT finished();
}

void ReextractJob::start()
{
    if (m_ocrLanguages.isEmpty()) {
        auto languages = m_library.extractions.defaultOcrLanguages();
        m_ocrLanguages = languages.ok() ? *languages : QStringLiteral("eng");
    }
    if (m_ids.isEmpty()) {
        QTimer::singleShot(0, this, &ReextractJob::finished);
        return;
    }
    for (qint64 id : m_ids) {
        auto item = m_library.items.get(id);
        if (!item.ok() || !item->original.present) {
            const QString reason =
                item.ok() ? tr("Item %1 has no original file.").arg(id) : item.error().message;
            Q_EMIT extractionFinished(id, ExtractionResult::failure(reason), reason);
            continue;
        }
        (void)m_library.extractions.markPending(id);
        ExtractionTask task;
        task.itemId = id;
        task.name = item->original.name;
        task.mime = item->original.mime;
        task.ocrLanguages = m_ocrLanguages;
        task.pdfPassword = m_pdfPassword;
        m_queue.enqueue(task);
    }
    if (m_queue.isIdle())
        QTimer::singleShot(0, this, &ReextractJob::finished);
}

} // namespace amanat
