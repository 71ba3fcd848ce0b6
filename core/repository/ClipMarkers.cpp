#include "ClipMarkers.h"

#include "common/Clock.h"

#include <QDateTime>
#include <QJsonObject>

namespace amanat {

namespace {

QJsonObject describe(qint64 markerId, qint64 startMs, qint64 endMs, const QString &note)
{
    return QJsonObject{{QStringLiteral("marker"), markerId},
                       {QStringLiteral("start_ms"), startMs},
                       {QStringLiteral("end_ms"), endMs},
                       {QStringLiteral("note"), note}};
}

} // namespace

Status ClipMarkers::check(qint64 startMs, qint64 endMs, const QString &note)
{
    if (startMs < 0 || endMs < startMs)
        return makeError(ErrorCode::InvalidInput,
                         tr("A clip must start at or after 0 and end at or after its start."));
    if (note.size() > kMaxNoteLength)
        return makeError(ErrorCode::InvalidInput,
                         tr("A clip note may hold at most %1 characters.").arg(kMaxNoteLength));
    return {};
}

Result<qint64> ClipMarkers::add(qint64 itemId, qint64 startMs, qint64 endMs, const QString &note)
{
    AMANAT_TRY(check(startMs, endMs, note));
    const QString trimmed = note.trimmed();
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto exists = m_db.prepare("SELECT 1 FROM items WHERE id = ?");
    if (!exists.ok())
        return exists.error();
    exists->bind(1, itemId);
    auto found = exists->step();
    if (!found.ok())
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, tr("There is no item %1.").arg(itemId));
    auto insert = m_db.prepare(
        "INSERT INTO clip_markers(item_id, start_ms, end_ms, note, created_at) VALUES (?,?,?,?,?)");
    if (!insert.ok())
        return insert.error();
    insert->bind(1, itemId)
        .bind(2, startMs)
        .bind(3, endMs)
        .bind(4, trimmed)
        .bind(5, Clock::nowUtcText());
    AMANAT_TRY(insert->run());
    const qint64 id = m_db.lastInsertRowId();
    AMANAT_TRY(m_custody.append(QStringLiteral("clip_marker_add"), itemId,
                                describe(id, startMs, endMs, trimmed)));
    AMANAT_TRY(transaction->commit());
    return id;
}

Status ClipMarkers::update(qint64 markerId, qint64 startMs, qint64 endMs, const QString &note)
{
    AMANAT_TRY(check(startMs, endMs, note));
    const QString trimmed = note.trimmed();
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto marker = get(markerId);
    if (!marker.ok())
        return marker.error();
    auto change =
        m_db.prepare("UPDATE clip_markers SET start_ms = ?, end_ms = ?, note = ? WHERE id = ?");
    if (!change.ok())
        return change.error();
    change->bind(1, startMs).bind(2, endMs).bind(3, trimmed).bind(4, markerId);
    AMANAT_TRY(change->run());
    AMANAT_TRY(m_custody.append(QStringLiteral("clip_marker_edit"), marker->itemId,
                                describe(markerId, startMs, endMs, trimmed)));
    return transaction->commit();
}

Status ClipMarkers::remove(qint64 markerId)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto marker = get(markerId);
    if (!marker.ok())
        return marker.error();
    auto erase = m_db.prepare("DELETE FROM clip_markers WHERE id = ?");
    if (!erase.ok())
        return erase.error();
    erase->bind(1, markerId);
    AMANAT_TRY(erase->run());
    AMANAT_TRY(m_custody.append(QStringLiteral("clip_marker_delete"), marker->itemId,
                                describe(markerId, marker->startMs, marker->endMs, marker->note)));
    return transaction->commit();
}

Result<QVector<ClipMarker>> ClipMarkers::list(qint64 itemId) const
{
    auto select = m_db.prepare("SELECT id, item_id, start_ms, end_ms, note, created_at "
                               "FROM clip_markers WHERE item_id = ? ORDER BY start_ms, id");
    if (!select.ok())
        return select.error();
    select->bind(1, itemId);
    QVector<ClipMarker> markers;
    for (;;) {
        auto row = select->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        markers.append(ClipMarker{select->integer(0), select->integer(1), select->integer(2),
                                  select->integer(3), select->text(4), select->text(5)});
    }
    return markers;
}

Result<ClipMarker> ClipMarkers::get(qint64 markerId) const
{
    auto select = m_db.prepare("SELECT id, item_id, start_ms, end_ms, note, created_at "
                               "FROM clip_markers WHERE id = ?");
    if (!select.ok())
        return select.error();
    select->bind(1, markerId);
    auto row = select->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, tr("There is no clip marker %1.").arg(markerId));
    return ClipMarker{select->integer(0), select->integer(1), select->integer(2),
                      select->integer(3), select->text(4),    select->text(5)};
}

} // namespace amanat
