#pragma once

#include "custody/CustodyLog.h"
#include "common/Result.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace amanat {

struct Tag
{
    qint64 id = 0;
    qint64 parentId = 0; ///< 0 for a top-level tag
    QString name;
    QString path; ///< e.g. "Violations/Detention/Torture"
    QString color;
    qint64 itemCount = 0; ///< items carrying exactly this tag
    /** Distinct items carrying this tag or one below it; -1 when not computed. */
    qint64 subtreeItemCount = -1;
};

/** Hierarchical tags, unique by path (case-insensitive per level), and their items.
 *  Every change is written to the custody log in the same transaction. */
class TagRepository
{
    Q_DECLARE_TR_FUNCTIONS(TagRepository)

public:
    TagRepository(Database &db, CustodyLog &custody) : m_db(db), m_custody(custody) {}

    /** Every tag with its path and item count, sorted by path (the tag tree). */
    Result<QVector<Tag>> all() const;
    /** Every tag's path by id, without counting items: for reading items' tags. */
    Result<QHash<qint64, QString>> pathsById() const;
    /** The paths of @p ids alone, by id, each read up its parents: for one item's few tags,
     *  where reading every tag would cost more. */
    Result<QHash<qint64, QString>> pathsOf(const QList<qint64> &ids) const;
    Result<std::optional<qint64>> find(const QString &path) const;
    /** The tag of @p path, creating it and any missing parents. */
    Result<qint64> ensure(const QString &path);

    /** Tags an item; true if it was not tagged so before. */
    Result<bool> addToItem(qint64 itemId, const QString &path);
    /** Creates every path of @p paths that is missing (with an optional colour per path),
     *  logging one event for the batch. Returns how many tags were created. */
    Result<int> ensureAll(const QVector<QPair<QString, QString>> &pathsAndColors,
                          const QString &action);

    /** Renames the last level of @p path. Refuses if a sibling already has @p newName. */
    Status rename(const QString &path, const QString &newName);
    /** Moves a tag (with its sub-tags) under @p newParent; an empty parent means top level. */
    Status move(const QString &path, const QString &newParent);
    /** Moves every item and sub-tag of @p source onto @p target, then deletes @p source. */
    Status merge(const QString &source, const QString &target);
    /** Deletes a tag and its sub-tags; items keep everything else. Returns the number of
     *  item-tag links removed. */
    Result<qint64> remove(const QString &path);
    Status setColor(const QString &path, const QString &color);

    /** Parses a CSV of tag paths (first column; optional second column a #RRGGBB colour;
     *  an optional header line "path[,color]"). Fails with the line number of a bad line. */
    static Result<QVector<QPair<QString, QString>>> parseCsv(const QByteArray &csv);
    Result<QByteArray> exportCsv() const;

    /** Untags an item; true if it carried the tag. */
    Result<bool> removeFromItem(qint64 itemId, const QString &path);
    /** Adds the tags @p add to and removes @p remove from every item of @p itemIds, all in
     *  one transaction (all items or none). Returns the items whose tags really changed. */
    Result<QVector<qint64>> changeItemTags(const QVector<qint64> &itemIds, const QStringList &add,
                                           const QStringList &remove);
    Result<QStringList> pathsForItem(qint64 itemId) const;

private:
    Result<QVector<Tag>> read(bool withCounts) const;
    Result<std::optional<qint64>> findChild(qint64 parentId, const QString &name) const;
    Result<qint64> require(const QString &path) const;
    Result<qint64> createLevels(const QStringList &levels, int *created);
    Status mergeInto(qint64 sourceId, qint64 targetId);
    static Status checkColor(const QString &color);

    Database &m_db;
    CustodyLog &m_custody;
};

} // namespace amanat
