#include "TagRepository.h"

#include <QHash>

#include <algorithm>

namespace amanat {

namespace {
constexpr int kMaxTagName = 200;
constexpr int kMaxTagDepth = 32;
} // namespace

Result<QStringList> TagRepository::parsePath(const QString &path)
{
    QStringList levels;
    for (const QString &raw : path.split(QLatin1Char('/'))) {
        const QString level = raw.trimmed();
        if (level.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             tr("\"%1\" is not a tag path: a level is empty (write it as "
                                "Parent/Child).")
                                 .arg(path));
        if (level.size() > kMaxTagName)
            return makeError(ErrorCode::InvalidInput,
                             tr("A tag name is too long (at most %1 characters).").arg(kMaxTagName));
        const bool hasControl = std::any_of(level.cbegin(), level.cend(), [](QChar c) {
            return c.category() == QChar::Other_Control;
        });
        if (hasControl)
            return makeError(ErrorCode::InvalidInput,
                             tr("A tag name may not contain control characters."));
        levels << level;
    }
    if (levels.size() > kMaxTagDepth)
        return makeError(ErrorCode::InvalidInput,
                         tr("The tag path is nested too deeply (at most %1 levels).")
                             .arg(kMaxTagDepth));
    return levels;
}

Result<QVector<Tag>> TagRepository::all() const
{
    auto stmt = m_db.prepare("SELECT t.id, ifnull(t.parent_id, 0), t.name, t.color, "
                             "(SELECT count(*) FROM item_tags it WHERE it.tag_id = t.id) "
                             "FROM tags t");
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
        tag.itemCount = stmt->integer(4);
        indexById.insert(tag.id, int(tags.size()));
        tags.append(tag);
    }
    for (Tag &tag : tags) {
        QStringList levels{tag.name};
        qint64 parent = tag.parentId;
        // The depth guard stops at a cycle that only a hand-edited database could contain.
        for (int depth = 0; parent != 0 && depth < kMaxTagDepth; ++depth) {
            const auto it = indexById.constFind(parent);
            if (it == indexById.constEnd())
                break;
            levels.prepend(tags.at(*it).name);
            parent = tags.at(*it).parentId;
        }
        tag.path = levels.join(QLatin1Char('/'));
    }
    std::sort(tags.begin(), tags.end(), [](const Tag &a, const Tag &b) {
        return QString::localeAwareCompare(a.path, b.path) < 0;
    });
    return tags;
}

Result<std::optional<qint64>> TagRepository::findChild(qint64 parentId, const QString &name) const
{
    auto stmt = m_db.prepare(
        "SELECT id FROM tags WHERE ifnull(parent_id, 0) = ? AND name = ? COLLATE NOCASE");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, parentId).bind(2, name);
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    return *row ? std::optional<qint64>(stmt->integer(0)) : std::nullopt;
}

Result<std::optional<qint64>> TagRepository::find(const QString &path) const
{
    auto levels = parsePath(path);
    if (!levels.ok())
        return levels.error();
    qint64 parent = 0;
    for (const QString &level : *levels) {
        auto child = findChild(parent, level);
        if (!child.ok())
            return child.error();
        if (!*child)
            return std::optional<qint64>();
        parent = **child;
    }
    return std::optional<qint64>(parent);
}

Result<qint64> TagRepository::ensure(const QString &path)
{
    auto levels = parsePath(path);
    if (!levels.ok())
        return levels.error();
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    qint64 parent = 0;
    QStringList walked;
    for (const QString &level : *levels) {
        walked << level;
        auto child = findChild(parent, level);
        if (!child.ok())
            return child.error();
        if (*child) {
            parent = **child;
            continue;
        }
        auto insert = m_db.prepare("INSERT INTO tags(parent_id, name) VALUES (?, ?)");
        if (!insert.ok())
            return insert.error();
        if (parent != 0)
            insert->bind(1, parent);
        else
            insert->bindNull(1);
        insert->bind(2, level);
        AMANAT_TRY(insert->run());
        parent = m_db.lastInsertRowId();
        AMANAT_TRY(m_custody.append(
            QStringLiteral("tag_create"), 0,
            QJsonObject{{QStringLiteral("tag"), walked.join(QLatin1Char('/'))}}));
    }
    AMANAT_TRY(transaction->commit());
    return parent;
}

Result<bool> TagRepository::addToItem(qint64 itemId, const QString &path)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto tagId = ensure(path);
    if (!tagId.ok())
        return tagId.error();
    auto insert = m_db.prepare("INSERT OR IGNORE INTO item_tags(item_id, tag_id) VALUES (?, ?)");
    if (!insert.ok())
        return insert.error();
    insert->bind(1, itemId).bind(2, *tagId);
    AMANAT_TRY(insert->run());
    const bool added = m_db.changes() > 0;
    if (added) {
        auto levels = parsePath(path);
        AMANAT_TRY(m_custody.append(
            QStringLiteral("tag"), itemId,
            QJsonObject{{QStringLiteral("tag"), levels->join(QLatin1Char('/'))}}));
    }
    AMANAT_TRY(transaction->commit());
    return added;
}

Result<bool> TagRepository::removeFromItem(qint64 itemId, const QString &path)
{
    auto tagId = find(path);
    if (!tagId.ok())
        return tagId.error();
    if (!*tagId)
        return makeError(ErrorCode::NotFound, tr("There is no tag \"%1\".").arg(path));
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto remove = m_db.prepare("DELETE FROM item_tags WHERE item_id = ? AND tag_id = ?");
    if (!remove.ok())
        return remove.error();
    remove->bind(1, itemId).bind(2, **tagId);
    AMANAT_TRY(remove->run());
    const bool removed = m_db.changes() > 0;
    if (removed) {
        AMANAT_TRY(m_custody.append(QStringLiteral("untag"), itemId,
                                    QJsonObject{{QStringLiteral("tag"), path.trimmed()}}));
    }
    AMANAT_TRY(transaction->commit());
    return removed;
}

Result<QStringList> TagRepository::pathsForItem(qint64 itemId) const
{
    auto tags = all();
    if (!tags.ok())
        return tags.error();
    auto stmt = m_db.prepare("SELECT tag_id FROM item_tags WHERE item_id = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, itemId);
    QSet<qint64> ids;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        ids.insert(stmt->integer(0));
    }
    QStringList paths;
    for (const Tag &tag : *tags) {
        if (ids.contains(tag.id))
            paths << tag.path;
    }
    return paths;
}

} // namespace amanat
