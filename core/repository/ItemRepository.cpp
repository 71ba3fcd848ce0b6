#include "ItemRepository.h"

#include "common/Clock.h"
#include "model/DateSpec.h"
#include "model/ItemFields.h"
#include "PersonRepository.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>

namespace amanat {

namespace {

// Column order of query(): fixed columns first, then every field of the registry.
constexpr int kFixedColumns = 10;

QByteArray selectSql()
{
    QByteArray sql = "SELECT i.id, i.created_at, i.modified_at, o.item_id IS NOT NULL, o.sha256, "
                     "o.size, o.mime, o.original_name, o.imported_at, o.chunk_count";
    for (const FieldDef &field : ItemFields::all()) {
        const auto kind = PersonRepository::witnessValueKind(field.qname());
        if (kind) {
            // A witness's names and contacts are values of their protected person.
            sql += ", ifnull((SELECT group_concat(value, '; ') FROM (SELECT pv.value FROM "
                   "person_values pv JOIN persons p ON p.id = pv.person_id "
                   "WHERE p.item_id = i.id AND pv.kind = '";
            sql += *kind == PersonRepository::ValueKind::Name ? "name" : "contact";
            sql += "' ORDER BY pv.id)), '')"; // in the order they were recorded
            continue;
        }
        sql += field.testimonyOnly ? ", ifnull(t." : ", i.";
        sql += field.name;
        if (field.testimonyOnly)
            sql += ", '')";
    }
    sql += " FROM items i LEFT JOIN testimonies t ON t.item_id = i.id"
           " LEFT JOIN originals o ON o.item_id = i.id";
    return sql;
}

/** What a "delete" event records of the item: what it was, and which original it held. */
QJsonObject deletionDetails(const Item &item)
{
    QJsonObject details{{QStringLiteral("kind"), item.kind}};
    if (item.original.present) {
        details.insert(QStringLiteral("sha256"), item.original.sha256);
        details.insert(QStringLiteral("size"), item.original.size);
    }
    return details;
}

} // namespace

Result<qint64> ItemRepository::create(const QString &kind, const QString &title,
                                      const QString &action, const QJsonObject &details)
{
    if (!isItemKind(kind))
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not a kind of item; use one of: %2.")
                             .arg(kind, itemKinds().join(QStringLiteral(", "))));
    const FieldDef *titleField = ItemFields::find(QStringLiteral("title"));
    auto normalisedTitle = ItemFields::normalise(*titleField, title);
    if (!normalisedTitle.ok())
        return normalisedTitle.error();
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto insert =
        m_db.prepare("INSERT INTO items(kind, title, created_at, modified_at) VALUES (?, ?, ?, ?)");
    if (!insert.ok())
        return insert.error();
    const QString now = Clock::nowUtcText();
    insert->bind(1, kind).bind(2, *normalisedTitle).bind(3, now).bind(4, now);
    AMANAT_TRY(insert->run());
    const qint64 id = m_db.lastInsertRowId();
    if (kind == QLatin1String("testimony")) {
        auto testimony = m_db.prepare("INSERT INTO testimonies(item_id) VALUES (?)");
        if (!testimony.ok())
            return testimony.error();
        testimony->bind(1, id);
        AMANAT_TRY(testimony->run());
    }
    AMANAT_TRY(m_index.update(id));
    if (!action.isEmpty()) {
        QJsonObject eventDetails = details;
        eventDetails.insert(QStringLiteral("kind"), kind);
        AMANAT_TRY(m_custody.append(action, id, eventDetails));
    }
    AMANAT_TRY(transaction->commit());
    return id;
}

Status ItemRepository::recordOriginal(qint64 itemId, const OriginalInfo &original)
{
    auto insert = m_db.prepare("INSERT INTO originals(item_id, sha256, size, mime, original_name, "
                               "imported_at, chunk_count) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!insert.ok())
        return insert.error();
    insert->bind(1, itemId)
        .bind(2, original.sha256)
        .bind(3, original.size)
        .bind(4, original.mime)
        .bind(5, original.name)
        .bind(6, original.importedAt)
        .bind(7, original.chunks);
    AMANAT_TRY(insert->run());
    AMANAT_TRY(m_index.update(itemId));
    auto item = m_db.prepare("SELECT kind FROM items WHERE id = ?");
    if (!item.ok())
        return item.error();
    item->bind(1, itemId);
    auto row = item->step();
    if (!row.ok())
        return row.error();
    return m_custody.append(QStringLiteral("import"), itemId,
                            QJsonObject{{QStringLiteral("kind"), *row ? item->text(0) : QString()},
                                        {QStringLiteral("sha256"), original.sha256},
                                        {QStringLiteral("size"), original.size},
                                        {QStringLiteral("mime"), original.mime},
                                        {QStringLiteral("original_name"), original.name}});
}

Result<QVector<Item>> ItemRepository::query(const char *where, const QVariantList &binds,
                                            Protected protectedFields) const
{
    const QByteArray sql = selectSql() + where;
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt.ok())
        return stmt.error();
    stmt->bindAll(binds);
    QVector<Item> items;
    const auto &fields = ItemFields::all();
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        Item item;
        item.id = stmt->integer(0);
        item.createdAt = stmt->text(1);
        item.modifiedAt = stmt->text(2);
        item.original.present = stmt->integer(3) != 0;
        if (item.original.present) {
            item.original.sha256 = stmt->text(4);
            item.original.size = stmt->integer(5);
            item.original.mime = stmt->text(6);
            item.original.name = stmt->text(7);
            item.original.importedAt = stmt->text(8);
            item.original.chunks = int(stmt->integer(9));
        }
        for (int i = 0; i < fields.size(); ++i) {
            const FieldDef &field = fields.at(i);
            const QString value = stmt->text(kFixedColumns + i);
            if (field.isProtected) {
                if (!value.isEmpty())
                    item.protectedFieldsSet << field.qname();
                if (protectedFields == Protected::Hide)
                    continue;
            }
            item.fields.insert(field.qname(), value);
        }
        item.kind = item.fields.value(QStringLiteral("kind"));
        items.append(item);
    }
    AMANAT_TRY(fillTags(items));
    return items;
}

Status ItemRepository::fillTags(QVector<Item> &items) const
{
    if (items.isEmpty())
        return {};
    QHash<qint64, int> indexById;
    for (int i = 0; i < items.size(); ++i)
        indexById.insert(items.at(i).id, i);
    // Only the id range of these items: a page of a large library reads its own tags.
    qint64 minId = items.first().id;
    qint64 maxId = minId;
    for (const Item &item : items) {
        minId = qMin(minId, item.id);
        maxId = qMax(maxId, item.id);
    }
    auto stmt = m_db.prepare("SELECT item_id, tag_id FROM item_tags WHERE item_id BETWEEN ? AND ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, minId).bind(2, maxId);
    QVector<std::pair<int, qint64>> links; // (index in items, tag id)
    QList<qint64> tagIds;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        const auto it = indexById.constFind(stmt->integer(0));
        if (it == indexById.constEnd())
            continue;
        links.append({*it, stmt->integer(1)});
        tagIds.append(stmt->integer(1));
    }
    if (links.isEmpty())
        return {};
    // One item's few tags are read up their parents; a page's many, from the whole table.
    constexpr int kFewTags = 24;
    auto paths = tagIds.size() <= kFewTags ? m_tags.pathsOf(tagIds) : m_tags.pathsById();
    if (!paths.ok())
        return paths.error();
    for (const auto &[index, tagId] : std::as_const(links))
        items[index].tags << paths->value(tagId);
    for (Item &item : items)
        item.tags.sort(Qt::CaseInsensitive);
    return {};
}

Result<Item> ItemRepository::get(qint64 id, Protected protectedFields) const
{
    auto items = query(" WHERE i.id = ?", {id}, protectedFields);
    if (!items.ok())
        return items.error();
    if (items->isEmpty())
        return makeError(ErrorCode::NotFound, tr("There is no item %1 in this library.").arg(id));
    return items->first();
}

Result<QVector<Item>> ItemRepository::list() const
{
    return query(" ORDER BY i.id", {}, Protected::Hide);
}

Result<QVector<Item>> ItemRepository::page(qint64 afterId, int limit) const
{
    if (limit <= 0)
        return QVector<Item>();
    return query(" WHERE i.id > ? ORDER BY i.id LIMIT ?", {afterId, limit}, Protected::Hide);
}

Result<QVector<Item>> ItemRepository::findContaining(const QString &needle) const
{
    // SQLite's LIKE folds ASCII only; compare in Qt so "Hélène" matches "HÉLÈNE".
    auto all = list();
    if (!all.ok())
        return all.error();
    static const QStringList searched{
        QStringLiteral("title"),        QStringLiteral("description"),
        QStringLiteral("place"),        QStringLiteral("source_author"),
        QStringLiteral("source_title"), QStringLiteral("source_url"),
        QStringLiteral("witness_code"), QStringLiteral("interview_place"),
        QStringLiteral("interviewer"),  QStringLiteral("interpreter")};
    QVector<Item> hits;
    for (const Item &item : *all) {
        bool match = item.original.name.contains(needle, Qt::CaseInsensitive) ||
                     item.tags.join(QLatin1Char('\n')).contains(needle, Qt::CaseInsensitive);
        for (const QString &name : searched) {
            if (match)
                break;
            match = item.fields.value(name).contains(needle, Qt::CaseInsensitive);
        }
        if (match)
            hits.append(item);
    }
    return hits;
}

Result<std::optional<qint64>> ItemRepository::findBySha256(const QString &sha256) const
{
    auto stmt = m_db.prepare("SELECT item_id FROM originals WHERE sha256 = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, sha256);
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    return *row ? std::optional<qint64>(stmt->integer(0)) : std::nullopt;
}

Result<QVector<qint64>> ItemRepository::idsWithOriginals() const
{
    auto stmt = m_db.prepare("SELECT item_id FROM originals ORDER BY item_id");
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

Status ItemRepository::setFields(qint64 id, const QMap<QString, QString> &values)
{
    auto current = get(id);
    if (!current.ok())
        return current.error();

    // Validate everything first: a bad value changes nothing.
    QString kind = current->kind;
    QMap<QString, QString> normalised;
    // witness_name_add=… and witness_contact_add=… add variants instead of replacing them.
    QMap<QString, QString> appended;
    QMap<QString, QString> fields = values;
    for (const QString &field :
         {QStringLiteral("witness_name"), QStringLiteral("witness_contact")}) {
        const QString key = field + QStringLiteral("_add");
        if (fields.contains(key))
            appended.insert(field, fields.take(key));
    }
    for (auto it = appended.constBegin(); it != appended.constEnd(); ++it) {
        auto value = ItemFields::normalise(*ItemFields::find(it.key()), it.value());
        if (!value.ok())
            return value.error();
    }
    if (!appended.isEmpty() && kind != QLatin1String("testimony") &&
        fields.value(QStringLiteral("kind")) != QLatin1String("testimony"))
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 applies only to testimony items; set kind=testimony first.")
                             .arg(appended.firstKey()));
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const FieldDef *field = ItemFields::find(it.key());
        if (!field)
            return makeError(ErrorCode::InvalidInput,
                             tr("\"%1\" is not a field; the fields are: %2.")
                                 .arg(it.key(), ItemFields::names().join(QStringLiteral(", "))));
        auto value = ItemFields::normalise(*field, it.value());
        if (!value.ok())
            return value.error();
        normalised.insert(it.key(), *value);
        if (it.key() == QLatin1String("kind"))
            kind = *value;
    }
    for (auto it = normalised.constBegin(); it != normalised.constEnd(); ++it) {
        const FieldDef *field = ItemFields::find(it.key());
        if (!field->appliesTo(kind))
            return makeError(
                ErrorCode::InvalidInput,
                field->recordingsToo
                    ? tr("%1 applies only to testimony, video and audio items.").arg(it.key())
                    : tr("%1 applies only to testimony items; set kind=testimony first.")
                          .arg(it.key()));
    }
    // Fields kept in the testimonies table need its row (a recording's transcript too).
    bool needsTestimonyRow = kind == QLatin1String("testimony");
    for (auto it = normalised.constBegin(); it != normalised.constEnd(); ++it)
        needsTestimonyRow = needsTestimonyRow || ItemFields::find(it.key())->testimonyOnly;
    // A translation names its original: another item of this library.
    const QString original = normalised.value(QStringLiteral("translation_of"));
    if (!original.isEmpty()) {
        if (original.toLongLong() == id)
            return makeError(ErrorCode::InvalidInput,
                             tr("Item %1 cannot be the translation of itself.").arg(id));
        auto exists = get(original.toLongLong());
        if (!exists.ok())
            return exists.error();
    }

    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (needsTestimonyRow) {
        auto ensure = m_db.prepare("INSERT OR IGNORE INTO testimonies(item_id) VALUES (?)");
        if (!ensure.ok())
            return ensure.error();
        ensure->bind(1, id);
        AMANAT_TRY(ensure->run());
    }
    // Words an edit takes out of a searchable field must leave the index's pages too; a
    // field filled for the first time (or the kind, a date) removes none.
    static const QStringList searchable{
        QStringLiteral("title"),        QStringLiteral("description"),
        QStringLiteral("notes"),        QStringLiteral("transcript"),
        QStringLiteral("place"),        QStringLiteral("source_author"),
        QStringLiteral("source_title"), QStringLiteral("source_url")};
    bool removesWords = false;
    for (auto it = normalised.constBegin(); it != normalised.constEnd(); ++it)
        if (searchable.contains(it.key()) && !current->fields.value(it.key()).isEmpty() &&
            current->fields.value(it.key()) != it.value())
            removesWords = true;
    QJsonObject changed;
    const QString witnessCode =
        normalised.value(QStringLiteral("witness_code"), current->field("witness_code"));
    for (auto it = appended.constBegin(); it != appended.constEnd(); ++it) {
        AMANAT_TRY(PersonRepository::replaceItemValues(
            m_db, id, witnessCode, *PersonRepository::witnessValueKind(it.key()),
            PersonRepository::splitValues(it.value()), true));
        changed.insert(it.key() + QStringLiteral("_add"), QStringLiteral("(protected)"));
    }
    // One UPDATE a table, not one a field: under SQLCipher each statement that may abort
    // encrypts a copy of the pages it changes into the statement journal.
    QByteArray itemSets;
    QByteArray testimonySets;
    QStringList itemValues;
    QStringList testimonyValues;
    std::optional<DateSpec> eventDate;
    bool clearsEventDate = false;
    for (auto it = normalised.constBegin(); it != normalised.constEnd(); ++it) {
        const FieldDef *field = ItemFields::find(it.key());
        if (const auto valueKind = PersonRepository::witnessValueKind(it.key())) {
            AMANAT_TRY(PersonRepository::replaceItemValues(
                m_db, id, witnessCode, *valueKind, PersonRepository::splitValues(it.value()),
                false));
            changed.insert(it.key(), QStringLiteral("(protected)"));
            continue;
        }
        QByteArray &sets = field->testimonyOnly ? testimonySets : itemSets;
        (field->testimonyOnly ? testimonyValues : itemValues) << it.value();
        sets += QByteArray(sets.isEmpty() ? "" : ", ") + field->name + " = ?";
        if (it.key() == QLatin1String("event_date")) {
            if (it.value().isEmpty())
                clearsEventDate = true;
            else
                eventDate = *DateSpec::parse(it.value(), true); // validated above
        }
        // The log records that a protected field changed, never its value.
        changed.insert(it.key(), field->isProtected ? QJsonValue(QStringLiteral("(protected)"))
                                                    : QJsonValue(it.value()));
    }
    if (!testimonySets.isEmpty()) {
        auto update =
            m_db.prepare("UPDATE testimonies SET " + testimonySets + " WHERE item_id = ?");
        if (!update.ok())
            return update.error();
        int index = 1;
        for (const QString &value : std::as_const(testimonyValues))
            update->bind(index++, value);
        update->bind(index, id);
        AMANAT_TRY(update->run());
    }
    if (eventDate || clearsEventDate)
        itemSets += QByteArray(itemSets.isEmpty() ? "" : ", ") +
                    "event_date_start = ?, event_date_end = ?, event_date_precision = ?";
    itemSets += QByteArray(itemSets.isEmpty() ? "" : ", ") + "modified_at = ?";
    auto update = m_db.prepare("UPDATE items SET " + itemSets + " WHERE id = ?");
    if (!update.ok())
        return update.error();
    int index = 1;
    for (const QString &value : std::as_const(itemValues))
        update->bind(index++, value);
    if (eventDate) {
        update->bind(index++, eventDate->start.toString(Qt::ISODate));
        update->bind(index++, eventDate->end.toString(Qt::ISODate));
        update->bind(index++, eventDate->precisionName());
    } else if (clearsEventDate) {
        for (int column = 0; column < 3; ++column)
            update->bindNull(index++);
    }
    update->bind(index++, Clock::nowUtcText());
    update->bind(index, id);
    AMANAT_TRY(update->run());
    AMANAT_TRY(m_index.update(id, removesWords ? SearchIndex::Purge::Yes : SearchIndex::Purge::No));
    AMANAT_TRY(m_custody.append(QStringLiteral("edit"), id,
                                QJsonObject{{QStringLiteral("fields"), changed}}));
    return transaction->commit();
}

Status ItemRepository::remove(qint64 id)
{
    auto item = get(id);
    if (!item.ok())
        return item.error();
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto remove = m_db.prepare("DELETE FROM items WHERE id = ?");
    if (!remove.ok())
        return remove.error();
    remove->bind(1, id);
    AMANAT_TRY(remove->run());
    AMANAT_TRY(m_index.remove(id));
    AMANAT_TRY(m_custody.append(QStringLiteral("delete"), id, deletionDetails(*item)));
    return transaction->commit();
}

Status ItemRepository::markDeleted(const QVector<qint64> &ids)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto mark = m_db.prepare("UPDATE items SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL");
    if (!mark.ok())
        return mark.error();
    const QString now = Clock::nowUtcText();
    for (qint64 id : ids) {
        auto item = get(id);
        if (!item.ok())
            return item.error();
        mark->reset();
        mark->bind(1, now).bind(2, id);
        AMANAT_TRY(mark->run());
        if (m_db.changes() == 0)
            continue; // already hidden
        // Dropped from the index at commit, with its words purged once for all the items.
        AMANAT_TRY(m_index.update(id, SearchIndex::Purge::Yes));
        AMANAT_TRY(m_custody.append(QStringLiteral("delete"), id, deletionDetails(*item)));
    }
    return transaction->commit();
}

Status ItemRepository::restoreDeleted(const QVector<qint64> &ids)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto restore =
        m_db.prepare("UPDATE items SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL");
    if (!restore.ok())
        return restore.error();
    for (qint64 id : ids) {
        restore->reset();
        restore->bind(1, id);
        AMANAT_TRY(restore->run());
        if (m_db.changes() == 0) {
            auto exists = get(id);
            if (!exists.ok())
                return makeError(ErrorCode::NotFound,
                                 tr("Item %1 can no longer be restored: it was erased.").arg(id));
            continue; // not hidden
        }
        AMANAT_TRY(m_index.update(id));
        AMANAT_TRY(m_custody.append(QStringLiteral("restore"), id));
    }
    return transaction->commit();
}

Result<bool> ItemRepository::isMarkedDeleted(qint64 id) const
{
    auto stmt = m_db.prepare("SELECT deleted_at IS NOT NULL FROM items WHERE id = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    return *row && stmt->integer(0) != 0;
}

Status ItemRepository::eraseDeleted(qint64 id)
{
    auto erase = m_db.prepare("DELETE FROM items WHERE id = ? AND deleted_at IS NOT NULL");
    if (!erase.ok())
        return erase.error();
    erase->bind(1, id);
    return erase->run();
}

Result<int> ItemRepository::purgeDeleted()
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto erase = m_db.prepare("DELETE FROM items WHERE deleted_at IS NOT NULL");
    if (!erase.ok())
        return erase.error();
    AMANAT_TRY(erase->run());
    const int erased = int(m_db.changes());
    AMANAT_TRY(transaction->commit());
    return erased;
}

Status ItemRepository::setText(qint64 id, const QStringList &pages, bool paged,
                               const QString &action)
{
    auto item = get(id);
    if (!item.ok())
        return item.error();
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto clear = m_db.prepare("DELETE FROM item_text WHERE item_id = ?");
    if (!clear.ok())
        return clear.error();
    clear->bind(1, id);
    AMANAT_TRY(clear->run());
    const bool replacesText = m_db.changes() > 0; // re-extraction: old words must go
    auto insert = m_db.prepare("INSERT INTO item_text(item_id, page, text) VALUES (?, ?, ?)");
    if (!insert.ok())
        return insert.error();
    qint64 characters = 0;
    for (int i = 0; i < pages.size(); ++i) {
        insert->reset();
        insert->bind(1, id).bind(2, paged ? i + 1 : 0).bind(3, pages.at(i));
        AMANAT_TRY(insert->run());
        characters += pages.at(i).size();
        if (!paged)
            break;
    }
    AMANAT_TRY(m_index.update(id, replacesText ? SearchIndex::Purge::Yes : SearchIndex::Purge::No));
    if (!action.isEmpty())
        AMANAT_TRY(m_custody.append(action, id,
                                    QJsonObject{{QStringLiteral("pages"), paged ? pages.size() : 0},
                                                {QStringLiteral("characters"), characters}}));
    return transaction->commit();
}

Result<QVector<QPair<int, QString>>> ItemRepository::text(qint64 id) const
{
    auto stmt = m_db.prepare("SELECT page, text FROM item_text WHERE item_id = ? ORDER BY page");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, id);
    QVector<QPair<int, QString>> pages;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        pages.append({int(stmt->integer(0)), stmt->text(1)});
    }
    return pages;
}

} // namespace amanat
