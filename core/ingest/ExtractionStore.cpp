#include "ExtractionStore.h"

#include "common/Clock.h"
#include "model/ItemFields.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

namespace amanat {

namespace {

QByteArray pngBytes(const QImage &image)
{
    if (image.isNull())
        return QByteArray();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QString compact(const QVariantMap &map)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}

constexpr const char *kOcrLanguagesKey = "default_ocr_languages";

} // namespace

Status ExtractionStore::checkOcrLanguages(const QString &languages)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_]{3,12}(\\+[a-z_]{3,12})*$"));
    if (!pattern.match(languages).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not a list of OCR languages; write it as Tesseract does, "
                            "e.g. chi_sim+uig+eng.")
                             .arg(languages));
    return {};
}

Status ExtractionStore::markPending(qint64 itemId)
{
    // INSERT OR IGNORE + UPDATE rather than an upsert, which SQLite 3.15 lacks.
    auto insert = m_db.prepare(
        "INSERT OR IGNORE INTO extractions(item_id, status, updated_at) VALUES (?, 'pending', ?)");
    if (!insert.ok())
        return insert.error();
    insert->bind(1, itemId).bind(2, Clock::nowUtcText());
    AMANAT_TRY(insert->run());
    auto update =
        m_db.prepare("UPDATE extractions SET status = 'pending', updated_at = ? WHERE item_id = ?");
    if (!update.ok())
        return update.error();
    update->bind(1, Clock::nowUtcText()).bind(2, itemId);
    return update->run();
}

Status ExtractionStore::logUncheckedPlayback(qint64 itemId, const QString &extractionStatus)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    AMANAT_TRY(m_custody.append(QStringLiteral("play_unchecked"), itemId,
                                QJsonObject{{QStringLiteral("extraction"), extractionStatus}}));
    return transaction->commit();
}

Status ExtractionStore::save(qint64 itemId, const ExtractionResult &result,
                             const QString &ocrLanguages, bool adjustKind)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();

    QStringList pages;
    for (const PageText &page : result.pages)
        pages << page.text;
    AMANAT_TRY(m_items.setText(itemId, pages, result.paged, QString()));

    auto remove = m_db.prepare("DELETE FROM extractions WHERE item_id = ?");
    if (!remove.ok())
        return remove.error();
    remove->bind(1, itemId);
    AMANAT_TRY(remove->run());
    auto insert = m_db.prepare(
        "INSERT INTO extractions(item_id, status, error, pages, text_chars, ocr_languages, "
        "ocr_confidence, duration_ms, width, height, metadata, exif, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert.ok())
        return insert.error();
    const QVariantMap &meta = result.metadata;
    const double confidence = result.meanOcrConfidence();
    insert->bind(1, itemId)
        .bind(2, ExtractionResult::statusName(result.status))
        .bind(3, result.error)
        .bind(4, int(result.paged ? result.pages.size() : (result.pages.isEmpty() ? 0 : 1)))
        .bind(5, result.textCharacters())
        .bind(6, result.ocrLanguages.isEmpty() ? QString() : ocrLanguages);
    insert->bindVariant(7, confidence >= 0 ? QVariant(confidence) : QVariant());
    insert->bindVariant(8, meta.contains(QStringLiteral("duration_ms"))
                               ? QVariant(meta.value(QStringLiteral("duration_ms")).toLongLong())
                               : QVariant());
    insert->bindVariant(9, meta.contains(QStringLiteral("width"))
                               ? QVariant(meta.value(QStringLiteral("width")).toLongLong())
                               : QVariant());
    insert->bindVariant(10, meta.contains(QStringLiteral("height"))
                                ? QVariant(meta.value(QStringLiteral("height")).toLongLong())
                                : QVariant());
    insert->bind(11, compact(meta)).bind(12, compact(result.exif)).bind(13, Clock::nowUtcText());
    AMANAT_TRY(insert->run());

    auto images = m_db.prepare("INSERT OR REPLACE INTO thumbnails(item_id, thumbnail, poster) "
                               "VALUES (?, ?, ?)");
    if (!images.ok())
        return images.error();
    const QByteArray thumbnail = pngBytes(result.thumbnail);
    const QByteArray poster = pngBytes(result.poster);
    images->bind(1, itemId);
    images->bindVariant(2, thumbnail.isEmpty() ? QVariant() : QVariant(thumbnail));
    images->bindVariant(3, poster.isEmpty() ? QVariant() : QVariant(poster));
    AMANAT_TRY(images->run());

    if (adjustKind && isItemKind(result.kindHint)) {
        auto item = m_items.get(itemId);
        if (!item.ok())
            return item.error();
        if (item->kind != result.kindHint && item->kind != QLatin1String("testimony"))
            AMANAT_TRY(m_items.setFields(itemId, {{QStringLiteral("kind"), result.kindHint}}));
    }
    QJsonObject details{{QStringLiteral("status"), ExtractionResult::statusName(result.status)},
                        {QStringLiteral("pages"), int(result.pages.size())},
                        {QStringLiteral("text_chars"), result.textCharacters()}};
    if (!result.error.isEmpty())
        details.insert(QStringLiteral("error"), result.error);
    AMANAT_TRY(m_custody.append(QStringLiteral("extract"), itemId, details));
    return transaction->commit();
}

Result<std::optional<ExtractionInfo>> ExtractionStore::info(qint64 itemId) const
{
    auto stmt =
        m_db.prepare("SELECT status, error, pages, text_chars, ocr_languages, ocr_confidence, "
                     "duration_ms, width, height, metadata, exif, updated_at "
                     "FROM extractions WHERE item_id = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, itemId);
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return std::optional<ExtractionInfo>();
    ExtractionInfo info;
    info.status = stmt->text(0);
    info.error = stmt->text(1);
    info.pages = int(stmt->integer(2));
    info.textChars = stmt->integer(3);
    info.ocrLanguages = stmt->text(4);
    if (!stmt->isNull(5))
        info.ocrConfidence = stmt->real(5);
    if (!stmt->isNull(6))
        info.durationMs = stmt->integer(6);
    if (!stmt->isNull(7))
        info.width = int(stmt->integer(7));
    if (!stmt->isNull(8))
        info.height = int(stmt->integer(8));
    info.metadata = QJsonDocument::fromJson(stmt->text(9).toUtf8()).object();
    info.exif = QJsonDocument::fromJson(stmt->text(10).toUtf8()).object();
    info.updatedAt = stmt->text(11);
    return std::optional<ExtractionInfo>(info);
}

Status ExtractionStore::restore(qint64 itemId, const ExtractionInfo &info)
{
    auto insert = m_db.prepare(
        "INSERT OR REPLACE INTO extractions(item_id, status, error, pages, text_chars, "
        "ocr_languages, ocr_confidence, duration_ms, width, height, metadata, exif, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert.ok())
        return insert.error();
    insert->bind(1, itemId)
        .bind(2, info.status)
        .bind(3, info.error)
        .bind(4, info.pages)
        .bind(5, info.textChars)
        .bind(6, info.ocrLanguages);
    insert->bindVariant(7, info.ocrConfidence ? QVariant(*info.ocrConfidence) : QVariant());
    insert->bindVariant(8, info.durationMs ? QVariant(*info.durationMs) : QVariant());
    insert->bindVariant(9, info.width ? QVariant(*info.width) : QVariant());
    insert->bindVariant(10, info.height ? QVariant(*info.height) : QVariant());
    insert->bind(11, compact(info.metadata.toVariantMap()))
        .bind(12, compact(info.exif.toVariantMap()))
        .bind(13, Clock::nowUtcText());
    return insert->run();
}

Result<QImage> ExtractionStore::image(qint64 itemId, const char *column) const
{
    const QByteArray sql = QByteArray("SELECT ") + column + " FROM thumbnails WHERE item_id = ?";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, itemId);
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    QImage image;
    if (*row && !stmt->isNull(0))
        image.loadFromData(stmt->blob(0), "PNG");
    return image;
}

Result<QImage> ExtractionStore::thumbnail(qint64 itemId) const
{
    return image(itemId, "thumbnail");
}

Result<QImage> ExtractionStore::poster(qint64 itemId) const
{
    return image(itemId, "poster");
}

Result<QVector<qint64>> ExtractionStore::unfinished() const
{
    auto stmt =
        m_db.prepare("SELECT o.item_id FROM originals o LEFT JOIN extractions e "
                     "ON e.item_id = o.item_id WHERE e.item_id IS NULL OR e.status "
                     "IN ('pending', 'failed', 'partial', 'needs_password') ORDER BY o.item_id");
    if (!stmt.ok())
        return stmt.error();
    QVector<qint64> ids;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        ids.append(stmt->integer(0));
    }
    return ids;
}

Result<QString> ExtractionStore::defaultOcrLanguages() const
{
    auto stmt = m_db.prepare("SELECT value FROM meta WHERE key = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, kOcrLanguagesKey);
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    return *row ? stmt->text(0) : QStringLiteral("eng");
}

Status ExtractionStore::setDefaultOcrLanguages(const QString &languages)
{
    AMANAT_TRY(checkOcrLanguages(languages));
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, kOcrLanguagesKey).bind(2, languages);
    AMANAT_TRY(stmt->run());
    AMANAT_TRY(m_custody.append(QStringLiteral("settings"), 0,
                                QJsonObject{{QStringLiteral("default_ocr_languages"), languages}}));
    return transaction->commit();
}

} // namespace amanat
