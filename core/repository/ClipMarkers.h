#pragma once

#include "custody/CustodyLog.h"
#include "common/Result.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace amanat {

/** One marked segment of a video or audio item: in and out points and a note. */
struct ClipMarker
{
    qint64 id = 0;
    qint64 itemId = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString note;
    QString createdAt; ///< UTC, ISO 8601
};

/** The clip markers of media items (the `clip_markers` table). Each change runs in its own
 *  transaction (a savepoint when nested) and appends its custody event in it:
 *  `clip_marker_add`, `clip_marker_edit`, `clip_marker_delete`, with the marker id, times
 *  and note. */
class ClipMarkers
{
    Q_DECLARE_TR_FUNCTIONS(ClipMarkers)

public:
    static constexpr int kMaxNoteLength = 4000;

    ClipMarkers(Database &db, CustodyLog &custody) : m_db(db), m_custody(custody) {}

    /** Adds a marker; @p endMs may equal @p startMs (a point). Returns the marker id. */
    Result<qint64> add(qint64 itemId, qint64 startMs, qint64 endMs, const QString &note);
    Status update(qint64 markerId, qint64 startMs, qint64 endMs, const QString &note);
    Status remove(qint64 markerId);
    /** The item's markers ordered by start time. */
    Result<QVector<ClipMarker>> list(qint64 itemId) const;
    Result<ClipMarker> get(qint64 markerId) const;

private:
    static Status check(qint64 startMs, qint64 endMs, const QString &note);

    Database &m_db;
    CustodyLog &m_custody;
};

} // namespace amanat
