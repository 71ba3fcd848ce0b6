#include "OriginRepository.h"

#include "common/Clock.h"

namespace amanat {

Result<std::optional<qint64>> OriginRepository::itemFrom(const QString &libraryId,
                                                         qint64 remoteId) const
{
    auto stmt =
        m_db.prepare("SELECT o.item_id FROM item_origins o JOIN items i ON i.id = o.item_id "
                     "WHERE o.library_id = ? AND o.remote_id = ? AND i.deleted_at IS NULL");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, libraryId).bind(2, remoteId);
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    std::optional<qint64> id;
    if (*row)
        id = stmt->integer(0);
    stmt->reset();
    return id;
}

Status OriginRepository::recordOrigin(qint64 itemId, const QString &libraryId, qint64 remoteId)
{
    auto stmt = m_db.prepare(
        "INSERT OR IGNORE INTO item_origins(item_id, library_id, remote_id) VALUES (?,?,?)");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, itemId).bind(2, libraryId).bind(3, remoteId);
    return stmt->run();
}

Result<std::optional<QString>> OriginRepository::receivedAt(const QString &sha256) const
{
    auto stmt = m_db.prepare("SELECT received_at FROM received_packages WHERE sha256 = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, sha256);
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    std::optional<QString> at;
    if (*row)
        at = stmt->text(0);
    stmt->reset();
    return at;
}

Status OriginRepository::recordPackage(const QString &sha256, const QString &senderFingerprint)
{
    auto stmt = m_db.prepare(
        "INSERT INTO received_packages(sha256, sender_fingerprint, received_at) VALUES (?,?,?)");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, sha256).bind(2, senderFingerprint).bind(3, Clock::nowUtcText());
    return stmt->run();
}

} // namespace amanat
