#include "TagRepository.h"

#include "common/Csv.h"
#include "model/TagPath.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <optional>
#include <utility>

namespace amanat {

Result<QVector<Tag>> TagRepository::all() const
{
    return read(true);
}

Result<QHash<qint64, QString>> TagRepository::pathsById() const
{
    auto tags = read(false);
    if (!tags.ok())
        return tags.error();
    QHash<qint64, QString> paths;
    paths.reserve(tags->size());
    for (const Tag &tag : std::as_const(*tags))
        paths.insert(tag.id, tag.path);
    return paths;
}

namespace {

/** A tag's path, read up its parents: @p parentOf(id) gives the tag's name and its parent
 *  (0 at the top), or nothing for an unknown id. The depth guard stops at a cycle that only a
 *  hand-edited database could contain. */
template <typename ParentOf> Result<QString> pathUp(qint64 id, ParentOf parentOf)
{
    QStringList levels;
    for (int depth = 0; id != 0 && depth <= TagPath::kMaxDepth; ++depth) {
        Result<std::optional<std::pair<QString, qint64>>> level = parentOf(id);
        if (!level.ok())
            return level.error();
        if (!*level)
            break;
        levels.prepend((*level)->first);
        id = (*level)->second;
    }
    return levels.join(QLatin1Char('/'));
}

} // namespace

Result<QHash<qint64, QString>> TagRepository::pathsOf(const QList<qint64> &ids) const
{
    auto stmt = m_db.prepare("SELECT name, ifnull(parent_id, 0) FROM tags WHERE id = ?");
    if (!stmt.ok())
        return stmt.error();
    const auto parentOf = [&](qint64 id) -> Result<std::optional<std::pair<QString, qint64>>> {
        stmt->reset();
        stmt->bind(1, id);
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return std::optional<std::pair<QString, qint64>>();
        return std::optional<std::pair<QString, qint64>>({stmt->text(0), stmt->integer(1)});
    };
    QHash<qint64, QString> paths;
    for (qint64 id : ids) {
        if (paths.contains(id))
            continue;
        auto path = pathUp(id, parentOf);
        if (!path.ok())
            return path.error();
        paths.insert(id, *path);
    }
    return paths;
}

Result<QVector<Tag>> TagRepository::read(bool withCounts) const
{
    // Counting scans item_tags once per tag: only the tag tree asks for it, never the
    // per-item reads an import or an edit makes.
    auto stmt = m_db.prepare(
        withCounts ? "SELECT t.id, ifnull(t.parent_id, 0), t.name, t.color, "
                     "(SELECT count(*) FROM item_tags it WHERE it.tag_id = t.id) "
                     "FROM tags t"
                   : "SELECT t.id, ifnull(t.parent_id, 0), t.name, t.color, -1 FROM tags t");
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
    const auto parentOf = [&](qint64 id) -> Result<std::optional<std::pair<QString, qint64>>> {
        const auto it = indexById.constFind(id);
        if (it == indexById.constEnd())
            return std::optional<std::pair<QString, qint64>>();
        const Tag &tag = tags.at(*it);
        return std::optional<std::pair<QString, qint64>>({tag.name, tag.parentId});
    };
    for (Tag &tag : tags)
        tag.path = *pathUp(tag.id, parentOf); // reading from memory cannot fail
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
    auto levels = TagPath::parse(path);
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

Result<qint64> TagRepository::createLevels(const QStringList &levels, int *created)
{
    qint64 parent = 0;
    for (const QString &level : levels) {
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
        ++*created;
    }
    return parent;
}

Result<qint64> TagRepository::ensure(const QString &path)
{
    auto levels = TagPath::parse(path);
    if (!levels.ok())
        return levels.error();
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    int created = 0;
    auto id = createLevels(*levels, &created);
    if (!id.ok())
        return id.error();
    if (created > 0)
        AMANAT_TRY(
            m_custody.append(QStringLiteral("tag_create"), 0,
                             QJsonObject{{QStringLiteral("tag"), levels->join(QLatin1Char('/'))},
                                         {QStringLiteral("created"), created}}));
    AMANAT_TRY(transaction->commit());
    return *id;
}

Result<int> TagRepository::ensureAll(const QVector<QPair<QString, QString>> &pathsAndColors,
                                     const QString &action)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    int created = 0;
    for (const auto &entry : pathsAndColors) {
        auto levels = TagPath::parse(entry.first);
        if (!levels.ok())
            return levels.error();
        auto id = createLevels(*levels, &created);
        if (!id.ok())
            return id.error();
        if (!entry.second.isEmpty()) {
            AMANAT_TRY(checkColor(entry.second));
            auto color = m_db.prepare("UPDATE tags SET color = ? WHERE id = ?");
            if (!color.ok())
                return color.error();
            color->bind(1, entry.second).bind(2, *id);
            AMANAT_TRY(color->run());
        }
    }
    AMANAT_TRY(m_custody.append(action, 0,
                                QJsonObject{{QStringLiteral("paths"), int(pathsAndColors.size())},
                                            {QStringLiteral("created"), created}}));
    AMANAT_TRY(transaction->commit());
    return created;
}

Result<qint64> TagRepository::require(const QString &path) const
{
    auto id = find(path);
    if (!id.ok())
        return id.error();
    if (!*id)
        return makeError(ErrorCode::NotFound, tr("There is no tag \"%1\".").arg(path));
    return **id;
}

Status TagRepository::checkColor(const QString &color)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!color.isEmpty() && !pattern.match(color).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not a colour; write it as #RRGGBB.").arg(color));
    return {};
}

Status TagRepository::rename(const QString &path, const QString &newName)
{
    auto id = require(path);
    if (!id.ok())
        return id.error();
    auto levels = TagPath::parse(newName);
    if (!levels.ok())
        return levels.error();
    if (levels->size() != 1)
        return makeError(ErrorCode::InvalidInput,
                         tr("A new tag name cannot contain \"/\"; use tag-move to move a tag."));
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto parent = m_db.prepare("SELECT ifnull(parent_id, 0) FROM tags WHERE id = ?");
    if (!parent.ok())
        return parent.error();
    parent->bind(1, *id);
    auto row = parent->step();
    if (!row.ok())
        return row.error();
    auto sibling = findChild(parent->integer(0), levels->first());
    if (!sibling.ok())
        return sibling.error();
    if (*sibling && **sibling != *id)
        return makeError(ErrorCode::AlreadyExists,
                         tr("A tag named \"%1\" already exists there; use tag-merge to combine "
                            "them.")
                             .arg(levels->first()));
    auto update = m_db.prepare("UPDATE tags SET name = ? WHERE id = ?");
    if (!update.ok())
        return update.error();
    update->bind(1, levels->first()).bind(2, *id);
    AMANAT_TRY(update->run());
    AMANAT_TRY(m_custody.append(QStringLiteral("tag_rename"), 0,
                                QJsonObject{{QStringLiteral("tag"), path.trimmed()},
                                            {QStringLiteral("new_name"), levels->first()}}));
    return transaction->commit();
}

Status TagRepository::move(const QString &path, const QString &newParent)
{
    auto id = require(path);
    if (!id.ok())
        return id.error();
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    qint64 parentId = 0;
    const QString parentPath = newParent.trimmed();
    if (!parentPath.isEmpty() && parentPath != QLatin1String("/")) {
        auto parent = ensure(parentPath);
        if (!parent.ok())
            return parent.error();
        parentId = *parent;
    }
    // Refuse to move a tag below itself.
    auto tags = all();
    if (!tags.ok())
        return tags.error();
    QHash<qint64, qint64> parentOf;
    QString name;
    for (const Tag &tag : *tags) {
        parentOf.insert(tag.id, tag.parentId);
        if (tag.id == *id)
            name = tag.name;
    }
    for (qint64 cursor = parentId; cursor != 0; cursor = parentOf.value(cursor)) {
        if (cursor == *id)
            return makeError(ErrorCode::InvalidInput, tr("A tag cannot be moved below itself."));
    }
    auto sibling = findChild(parentId, name);
    if (!sibling.ok())
        return sibling.error();
    if (*sibling && **sibling != *id)
        return makeError(ErrorCode::AlreadyExists,
                         tr("A tag named \"%1\" already exists there; use tag-merge to combine "
                            "them.")
                             .arg(name));
    auto update = m_db.prepare("UPDATE tags SET parent_id = ? WHERE id = ?");
    if (!update.ok())
        return update.error();
    if (parentId != 0)
        update->bind(1, parentId);
    else
        update->bindNull(1);
    update->bind(2, *id);
    AMANAT_TRY(update->run());
    AMANAT_TRY(m_custody.append(QStringLiteral("tag_move"), 0,
                                QJsonObject{{QStringLiteral("tag"), path.trimmed()},
                                            {QStringLiteral("new_parent"), parentPath}}));
    return transaction->commit();
}

Status TagRepository::mergeInto(qint64 sourceId, qint64 targetId)
{
    // Items first, then children: a child that exists on both sides is merged in turn.
    auto items = m_db.prepare("INSERT OR IGNORE INTO item_tags(item_id, tag_id) "
                              "SELECT item_id, ? FROM item_tags WHERE tag_id = ?");
    if (!items.ok())
        return items.error();
    items->bind(1, targetId).bind(2, sourceId);
    AMANAT_TRY(items->run());
    auto children = m_db.prepare("SELECT id, name FROM tags WHERE parent_id = ?");
    if (!children.ok())
        return children.error();
    children->bind(1, sourceId);
    QVector<QPair<qint64, QString>> list;
    for (;;) {
        auto row = children->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        list.append({children->integer(0), children->text(1)});
    }
    for (const auto &child : list) {
        auto existing = findChild(targetId, child.second);
        if (!existing.ok())
            return existing.error();
        if (*existing) {
            AMANAT_TRY(mergeInto(child.first, **existing));
        } else {
            auto reparent = m_db.prepare("UPDATE tags SET parent_id = ? WHERE id = ?");
            if (!reparent.ok())
                return reparent.error();
            reparent->bind(1, targetId).bind(2, child.first);
            AMANAT_TRY(reparent->run());
        }
    }
    auto remove = m_db.prepare("DELETE FROM tags WHERE id = ?");
    if (!remove.ok())
        return remove.error();
    remove->bind(1, sourceId);
    return remove->run();
}

Status TagRepository::merge(const QString &source, const QString &target)
{
    auto sourceId = require(source);
    if (!sourceId.ok())
        return sourceId.error();
    auto targetId = require(target);
    if (!targetId.ok())
        return targetId.error();
    if (*sourceId == *targetId)
        return makeError(ErrorCode::InvalidInput, tr("A tag cannot be merged into itself."));
    auto tags = all();
    if (!tags.ok())
        return tags.error();
    QHash<qint64, qint64> parentOf;
    for (const Tag &tag : *tags)
        parentOf.insert(tag.id, tag.parentId);
    for (qint64 cursor = *targetId; cursor != 0; cursor = parentOf.value(cursor)) {
        if (cursor == *sourceId)
            return makeError(ErrorCode::InvalidInput,
                             tr("A tag cannot be merged into one of its own sub-tags."));
    }
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    AMANAT_TRY(mergeInto(*sourceId, *targetId));
    AMANAT_TRY(m_custody.append(QStringLiteral("tag_merge"), 0,
                                QJsonObject{{QStringLiteral("tag"), source.trimmed()},
                                            {QStringLiteral("into"), target.trimmed()}}));
    return transaction->commit();
}

Result<qint64> TagRepository::remove(const QString &path)
{
    auto id = require(path);
    if (!id.ok())
        return id.error();
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    // Count the links the subtree carries before the cascade removes them.
    auto tags = all();
    if (!tags.ok())
        return tags.error();
    QString canonical;
    for (const Tag &tag : *tags) {
        if (tag.id == *id)
            canonical = tag.path;
    }
    QStringList subtree;
    for (const Tag &tag : *tags) {
        if (tag.path == canonical || tag.path.startsWith(canonical + QLatin1Char('/')))
            subtree << QString::number(tag.id);
    }
    const QByteArray countSql = "SELECT count(*) FROM item_tags WHERE tag_id IN (" +
                                subtree.join(QLatin1Char(',')).toLatin1() + ")";
    auto links = m_db.scalar(countSql.constData());
    if (!links.ok())
        return links.error();
    auto remove = m_db.prepare("DELETE FROM tags WHERE id = ?");
    if (!remove.ok())
        return remove.error();
    remove->bind(1, *id);
    AMANAT_TRY(remove->run());
    AMANAT_TRY(m_custody.append(QStringLiteral("tag_delete"), 0,
                                QJsonObject{{QStringLiteral("tag"), canonical},
                                            {QStringLiteral("tags"), int(subtree.size())},
                                            {QStringLiteral("links"), *links}}));
    AMANAT_TRY(transaction->commit());
    return *links;
}

Status TagRepository::setColor(const QString &path, const QString &color)
{
    AMANAT_TRY(checkColor(color));
    auto id = require(path);
    if (!id.ok())
        return id.error();
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto update = m_db.prepare("UPDATE tags SET color = ? WHERE id = ?");
    if (!update.ok())
        return update.error();
    update->bind(1, color).bind(2, *id);
    AMANAT_TRY(update->run());
    AMANAT_TRY(m_custody.append(
        QStringLiteral("tag_color"), 0,
        QJsonObject{{QStringLiteral("tag"), path.trimmed()}, {QStringLiteral("color"), color}}));
    return transaction->commit();
}

Result<QVector<QPair<QString, QString>>> TagRepository::parseCsv(const QByteArray &csv)
{
    auto records = Csv::parse(csv);
    if (!records.ok())
        return records.error();
    QVector<QPair<QString, QString>> out;
    for (const CsvRecord &record : *records) {
        const QStringList &fields = record.fields;
        const bool header = out.isEmpty() && fields.first().trimmed().compare(
                                                 QLatin1String("path"), Qt::CaseInsensitive) == 0;
        if (header)
            continue; // header
        const int n = record.line;
        if (fields.size() > 2)
            return makeError(ErrorCode::InvalidInput,
                             tr("Line %1 of the CSV file has more than two columns (path, colour); "
                                "quote a path that contains a comma.")
                                 .arg(n));
        auto levels = TagPath::parse(fields.first());
        if (!levels.ok())
            return makeError(ErrorCode::InvalidInput,
                             tr("Line %1 of the CSV file: %2").arg(n).arg(levels.error().message));
        const QString color = fields.size() > 1 ? fields.at(1).trimmed() : QString();
        auto colorOk = checkColor(color);
        if (!colorOk.ok())
            return makeError(ErrorCode::InvalidInput,
                             tr("Line %1 of the CSV file: %2").arg(n).arg(colorOk.error().message));
        out.append({levels->join(QLatin1Char('/')), color});
    }
    return out;
}

Result<QByteArray> TagRepository::exportCsv() const
{
    auto tags = all();
    if (!tags.ok())
        return tags.error();
    QString out = QStringLiteral("path,color\n");
    for (const Tag &tag : *tags)
        out += Csv::field(tag.path) + QLatin1Char(',') + tag.color + QLatin1Char('\n');
    return out.toUtf8();
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
        auto levels = TagPath::parse(path);
        AMANAT_TRY(
            m_custody.append(QStringLiteral("tag"), itemId,
                             QJsonObject{{QStringLiteral("tag"), levels->join(QLatin1Char('/'))}}));
    }
    AMANAT_TRY(transaction->commit());
    return added;
}

Result<QVector<qint64>> TagRepository::changeItemTags(const QVector<qint64> &itemIds,
                                                      const QStringList &add,
                                                      const QStringList &remove)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    QVector<qint64> changed;
    for (qint64 id : itemIds) {
        bool itemChanged = false;
        for (const QString &path : add) {
            auto done = addToItem(id, path);
            if (!done.ok())
                return done.error();
            itemChanged = itemChanged || *done;
        }
        for (const QString &path : remove) {
            auto done = removeFromItem(id, path);
            if (!done.ok())
                return done.error();
            itemChanged = itemChanged || *done;
        }
        if (itemChanged)
            changed << id;
    }
    AMANAT_TRY(transaction->commit());
    return changed;
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
