#pragma once

#include "helper/ExtractionResult.h"
#include "common/Result.h"
#include "db/Database.h"
#include "custody/CustodyLog.h"
#include "repository/ItemRepository.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace amanat {

/** The stored outcome of an item's extraction (the `extractions` table). */
struct ExtractionInfo
{
    QString status; ///< pending, ok, partial, failed, needs_password
    QString error;
    int pages = 0;
    qint64 textChars = 0;
    QString ocrLanguages;
    std::optional<double> ocrConfidence;
    std::optional<qint64> durationMs;
    std::optional<int> width;
    std::optional<int> height;
    QJsonObject metadata;
    QJsonObject exif;
    QString updatedAt;
};

/** Keeps derived data — extracted text, metadata, thumbnails — inside the encrypted
 *  library, apart from the originals, and rebuildable from them. Saving a result
 *  replaces the item's text, reindexes it and logs the extraction, in one transaction. */
class ExtractionStore
{
    Q_DECLARE_TR_FUNCTIONS(ExtractionStore)

public:
    ExtractionStore(Database &db, ItemRepository &items, CustodyLog &custody)
        : m_db(db), m_items(items), m_custody(custody)
    {}

    /** Records that an extraction is queued (so an interrupted run can be resumed). */
    Status markPending(qint64 itemId);
    /** Stores @p result; when @p adjustKind, applies the helper's kind hint to the item. */
    Status save(qint64 itemId, const ExtractionResult &result, const QString &ocrLanguages,
                bool adjustKind);
    Result<std::optional<ExtractionInfo>> info(qint64 itemId) const;
    /** Records what another library's extraction found for an item received from it (its
     *  text is set apart, with ItemRepository::setText). Thumbnails are not taken from
     *  other libraries: images are only ever decoded in the sandboxed helper, and a
     *  re-extraction makes them. Inside the caller's transaction; not logged (the receive
     *  is). */
    Status restore(qint64 itemId, const ExtractionInfo &info);
    /** Records that someone chose to play a recording the sandboxed helper did not read
     *  successfully (its decoders then run in the app, next to the key). */
    Status logUncheckedPlayback(qint64 itemId, const QString &extractionStatus);
    Result<QImage> thumbnail(qint64 itemId) const;
    Result<QImage> poster(qint64 itemId) const;
    /** Items whose extraction did not finish well (pending, failed, partial, needs password). */
    Result<QVector<qint64>> unfinished() const;

    /** The library's default OCR languages (Tesseract form), "eng" unless set. */
    Result<QString> defaultOcrLanguages() const;
    Status setDefaultOcrLanguages(const QString &languages);
    /** Checks a Tesseract language list such as "chi_sim+uig+eng". */
    static Status checkOcrLanguages(const QString &languages);

private:
    Result<QImage> image(qint64 itemId, const char *column) const;

    Database &m_db;
    ItemRepository &m_items;
    CustodyLog &m_custody;
};

} // namespace amanat
