#include "ItemBrowser.h"

#include <QSet>

#include <QHash>

#include <algorithm>

namespace amanat {

namespace {

/** The SQL expression sorted by; text so that a cursor can carry it. */
QString sortExpression(BrowseSort sort)
{
    switch (sort) {
    case BrowseSort::Title:
        return QStringLiteral("i.title COLLATE NOCASE");
    case BrowseSort::Kind:
        return QStringLiteral("i.kind");
    case BrowseSort::EventDate:
        return QStringLiteral("ifnull(i.event_date_start, '')");
    case BrowseSort::Added:
        break;
    }
    return QString();
}

QString idList(const QVector<qint64> &ids)
{
    QStringList out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

QString filterSql(const BrowseFilter &filter, QVariantList &binds)
{
    // Items deleted in this session stay hidden until they are erased.
    QString sql = QStringLiteral(" AND i.deleted_at IS NULL");
    if (!filter.kind.isEmpty()) {
        sql += QStringLiteral(" AND i.kind = ?");
        binds << filter.kind;
    }
    if (!filter.tagIds.isEmpty())
        sql += QStringLiteral(" AND i.id IN (SELECT item_id FROM item_tags WHERE tag_id IN (%1))")
                   .arg(idList(filter.tagIds));
    return sql;
}

const char *const kRowColumns =
    "SELECT i.id, i.kind, i.title, i.event_date, "
    "EXISTS(SELECT 1 FROM thumbnails th WHERE th.item_id = i.id AND th.thumbnail IS NOT NULL)";

} // namespace

Result<QVector<BrowseRow>> ItemBrowser::page(const BrowseFilter &filter, BrowseSort sort,
                                             Qt::SortOrder order, const BrowseRow *after, int limit)
{
    const QString key = sortExpression(sort);
    const bool descending = order == Qt::DescendingOrder;
    const QString cmp = descending ? QStringLiteral("<") : QStringLiteral(">");
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    QVariantList binds;
    QString sql = QString::fromLatin1(kRowColumns) + QStringLiteral(", ") +
                  (key.isEmpty() ? QStringLiteral("''") : key) +
                  QStringLiteral(" FROM items i WHERE 1") + filterSql(filter, binds);
    if (after) {
        if (key.isEmpty()) {
            sql += QStringLiteral(" AND i.id %1 ?").arg(cmp);
            binds << after->id;
        } else {
            sql += QStringLiteral(" AND (%1 %2 ? OR (%1 = ? AND i.id %2 ?))").arg(key, cmp);
            binds << after->sortKey << after->sortKey << after->id;
        }
    }
    sql += key.isEmpty() ? QStringLiteral(" ORDER BY i.id%1").arg(dir)
                         : QStringLiteral(" ORDER BY %1%2, i.id%2").arg(key, dir);
    sql += QStringLiteral(" LIMIT %1").arg(std::max(limit, 1));

    auto stmt = m_db.prepare(sql.toUtf8().constData());
    if (!stmt.ok())
        return stmt.error();
    stmt->bindAll(binds);
    QVector<BrowseRow> rows;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        BrowseRow out;
        out.id = stmt->integer(0);
        out.kind = stmt->text(1);
        out.title = stmt->text(2);
        out.eventDate = stmt->text(3);
        out.hasThumbnail = stmt->integer(4) != 0;
        out.sortKey = stmt->text(5);
        rows.append(out);
    }
    AMANAT_TRY(fillTags(rows));
    return rows;
}

Result<QVector<BrowseRow>> ItemBrowser::rows(const QVector<qint64> &ids)
{
    QVector<BrowseRow> rows;
    if (ids.isEmpty())
        return rows;
    const QString sql = QString::fromLatin1(kRowColumns) +
                        QStringLiteral(" FROM items i WHERE i.id IN (%1)").arg(idList(ids));
    auto stmt = m_db.prepare(sql.toUtf8().constData());
    if (!stmt.ok())
        return stmt.error();
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        BrowseRow out;
        out.id = stmt->integer(0);
        out.kind = stmt->text(1);
        out.title = stmt->text(2);
        out.eventDate = stmt->text(3);
        out.hasThumbnail = stmt->integer(4) != 0;
        rows.append(out);
    }
    AMANAT_TRY(fillTags(rows));
    return rows;
}

Result<qint64> ItemBrowser::count(const BrowseFilter &filter)
{
    QVariantList binds;
    const QString sql =
        QStringLiteral("SELECT count(*) FROM items i WHERE 1") + filterSql(filter, binds);
    auto stmt = m_db.prepare(sql.toUtf8().constData());
    if (!stmt.ok())
        return stmt.error();
    stmt->bindAll(binds);
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    return *row ? stmt->integer(0) : 0;
}

Result<QHash<QString, qint64>> ItemBrowser::kindCounts()
{
    auto stmt =
        m_db.prepare("SELECT kind, count(*) FROM items WHERE deleted_at IS NULL GROUP BY kind");
    if (!stmt.ok())
        return stmt.error();
    QHash<QString, qint64> counts;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        counts.insert(stmt->text(0), stmt->integer(1));
    }
    return counts;
}

Result<QVector<Tag>> ItemBrowser::tags()
{
    QHash<qint64, qint64> counts;
    {
        auto stmt = m_db.prepare("SELECT tag_id, count(*) FROM item_tags WHERE item_id NOT IN "
                                 "(SELECT id FROM items WHERE deleted_at IS NOT NULL) "
                                 "GROUP BY tag_id");
        if (!stmt.ok())
            return stmt.error();
        for (;;) {
            auto row = stmt->step();
            if (!row.ok())
                return row.error();
            if (!*row)
                break;
            counts.insert(stmt->integer(0), stmt->integer(1));
        }
    }
    auto stmt = m_db.prepare("SELECT id, ifnull(parent_id, 0), name, color FROM tags");
    if (!stmt.ok())
        return stmt.error();
    QVector<Tag> tags;
    QHash<qint64, int> indexById;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        Tag tag;
        tag.id = stmt->integer(0);
        tag.parentId = stmt->integer(1);
        tag.name = stmt->text(2);
        tag.color = stmt->text(3);
        tag.itemCount = counts.value(tag.id);
        indexById.insert(tag.id, int(tags.size()));
        tags.append(tag);
    }
    for (Tag &tag : tags) {
        QStringList levels{tag.name};
        qint64 parent = tag.parentId;
        // The depth guard stops at a cycle only a hand-edited database could hold.
        for (int depth = 0; parent != 0 && depth < 64; ++depth) {
            const auto up = indexById.constFind(parent);
            if (up == indexById.constEnd())
                break;
            levels.prepend(tags.at(*up).name);
            parent = tags.at(*up).parentId;
        }
        tag.path = levels.join(QLatin1Char('/'));
    }
    // Distinct items per subtree: an item tagged with two children of a tag counts once.
    {
        auto pairs = m_db.prepare("SELECT item_id, tag_id FROM item_tags ORDER BY item_id");
        if (!pairs.ok())
            return pairs.error();
        for (Tag &tag : tags)
            tag.subtreeItemCount = 0;
        QSet<int> reached; // indexes of tags counted for the current item
        qint64 currentItem = -1;
        for (;;) {
            auto row = pairs->step();
            if (!row.ok())
                return row.error();
            if (!*row)
                break;
            if (pairs->integer(0) != currentItem) {
                currentItem = pairs->integer(0);
                reached.clear();
            }
            auto at = indexById.constFind(pairs->integer(1));
            for (int depth = 0; at != indexById.constEnd() && depth < 64; ++depth) {
                if (reached.contains(*at))
                    break; // this ancestor and those above were counted for this item
                reached.insert(*at);
                ++tags[*at].subtreeItemCount;
                at = indexById.constFind(tags.at(*at).parentId);
            }
        }
    }
    std::sort(tags.begin(), tags.end(), [](const Tag &a, const Tag &b) {
        return a.path.compare(b.path, Qt::CaseInsensitive) < 0;
    });
    return tags;
}

Result<QByteArray> ItemBrowser::thumbnail(qint64 itemId)
{
    auto stmt = m_db.prepare("SELECT thumbnail FROM thumbnails WHERE item_id = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, itemId);
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    if (!*row || stmt->isNull(0))
        return QByteArray();
    return stmt->blob(0);
}

Result<QHash<qint64, QString>> ItemBrowser::tagPaths()
{
    auto all = tags();
    if (!all.ok())
        return all.error();
    QHash<qint64, QString> paths;
    for (const Tag &tag : *all)
        paths.insert(tag.id, tag.path);
    return paths;
}

Status ItemBrowser::fillTags(QVector<BrowseRow> &rows)
{
    if (rows.isEmpty())
        return {};
    QHash<qint64, int> indexById;
    QVector<qint64> ids;
    for (int i = 0; i < rows.size(); ++i) {
        indexById.insert(rows.at(i).id, i);
        ids << rows.at(i).id;
    }
    const QString sql =
        QStringLiteral("SELECT item_id, tag_id FROM item_tags WHERE item_id IN (%1)")
            .arg(idList(ids));
    auto stmt = m_db.prepare(sql.toUtf8().constData());
    if (!stmt.ok())
        return stmt.error();
    QVector<QPair<int, qint64>> links;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        links.append({indexById.value(stmt->integer(0)), stmt->integer(1)});
    }
    if (links.isEmpty())
        return {};
    auto paths = tagPaths();
    if (!paths.ok())
        return paths.error();
    for (const auto &link : std::as_const(links))
        rows[link.first].tags << paths->value(link.second);
    for (BrowseRow &row : rows)
        row.tags.sort(Qt::CaseInsensitive);
    return {};
}

} // namespace amanat
