#pragma once

#include "CustodyLog.h"
#include "common/Result.h"
#include "db/Database.h"

#include <QCoreApplication>
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
};

/** Hierarchical tags, unique by path (case-insensitive per level), and their items.
 *  Every change is written to the custody log in the same transaction. */
class TagRepository
{
    Q_DECLARE_TR_FUNCTIONS(TagRepository)

public:
    TagRepository(Database &db, CustodyLog &custody) : m_db(db), m_custody(custody) {}

    /** Splits and checks a tag path ("A/B/C"): no empty levels, no control characters. */
    static Result<QStringList> parsePath(const QString &path);

    Result<QVector<Tag>> all() const;
    Result<std::optional<qint64>> find(const QString &path) const;
    /** The tag of @p path, creating it and any missing parents. */
    Result<qint64> ensure(const QString &path);

    /** Tags an item; true if it was not tagged so before. */
    Result<bool> addToItem(qint64 itemId, const QString &path);
    /** Untags an item; true if it carried the tag. */
    Result<bool> removeFromItem(qint64 itemId, const QString &path);
    Result<QStringList> pathsForItem(qint64 itemId) const;

private:
    Result<std::optional<qint64>> findChild(qint64 parentId, const QString &name) const;

    Database &m_db;
    CustodyLog &m_custody;
};

} // namespace amanat
