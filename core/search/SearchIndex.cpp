#include "SearchIndex.h"

#include "text/TextNormalizer.h"

#include <algorithm>
#include <utility>

namespace amanat {

SearchIndex::SearchIndex(Database &db) : m_db(db)
{
    // A failure here shows as "no such function" at the first use, with SQLite's message.
    (void)m_db.registerTextFunction("amanat_normalize", &TextNormalizer::normalize);
}

namespace {

// What each index column holds. Witness name and contact are deliberately absent.
constexpr const char *kIndexSelect =
    "INSERT INTO search_index(docid, title, body, notes, citation) "
    "SELECT i.id, amanat_normalize(i.title), "
    "  amanat_normalize(i.description || ' ' || ifnull(t.transcript, '') || ' ' || "
    "    ifnull((SELECT group_concat(text, ' ') FROM "
    "      (SELECT text FROM item_text WHERE item_id = i.id ORDER BY page)), '')), "
    "  amanat_normalize(i.notes), "
    "  amanat_normalize(i.place || ' ' || i.source_author || ' ' || i.source_title || ' ' || "
    "    i.source_url || ' ' || ifnull(t.witness_code, '') || ' ' || "
    "    ifnull(t.interview_place, '') || ' ' || ifnull(o.original_name, '')) "
    "FROM items i LEFT JOIN testimonies t ON t.item_id = i.id "
    "LEFT JOIN originals o ON o.item_id = i.id";

} // namespace

Status SearchIndex::insert(const char *where, qint64 itemId)
{
    const QByteArray sql = QByteArray(kIndexSelect) + where;
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt.ok())
        return stmt.error();
    if (itemId > 0)
        stmt->bind(1, itemId);
    return stmt->run();
}

Status SearchIndex::update(qint64 itemId, Purge purge)
{
    if (!m_db.inTransaction()) {
        AMANAT_TRY(reindex(itemId));
        return purge == Purge::Yes ? this->purge() : Status();
    }
    if (m_pendingTransaction != m_db.transactionSerial()) {
        // Left by a transaction that rolled back (its hook was forgotten with it).
        m_pending.clear();
        m_pendingTransaction = m_db.transactionSerial();
    }
    if (purge == Purge::Yes || !m_pending.contains(itemId))
        m_pending.insert(itemId, purge); // a purge asked for once is kept
    return m_db.beforeCommit(this, [this] { return flush(); });
}

Status SearchIndex::flush()
{
    // Taken first: a failure leaves nothing behind for the next transaction (the failed one
    // rolls back, and its items are indexed as they were).
    const QHash<qint64, Purge> items = std::exchange(m_pending, {});
    for (auto it = items.constBegin(); it != items.constEnd(); ++it)
        AMANAT_TRY(reindex(it.key()));
    const bool purgeNow = std::any_of(items.constBegin(), items.constEnd(),
                                      [](Purge purge) { return purge == Purge::Yes; });
    return purgeNow ? purge() : Status();
}

Status SearchIndex::reindex(qint64 itemId)
{
    auto stmt = m_db.prepare("DELETE FROM search_index WHERE docid = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, itemId);
    AMANAT_TRY(stmt->run());
    // An item removed later in the same transaction has no row left, and one deleted in the
    // desktop app is hidden until it is erased: nothing is inserted for either.
    return insert(" WHERE i.id = ? AND i.deleted_at IS NULL", itemId);
}

Status SearchIndex::remove(qint64 itemId)
{
    m_pending.remove(itemId);
    auto stmt = m_db.prepare("DELETE FROM search_index WHERE docid = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, itemId);
    AMANAT_TRY(stmt->run());
    return purge();
}

Status SearchIndex::purge()
{
    AMANAT_TRY(m_db.exec("INSERT INTO search_index(search_index) VALUES('optimize')"));
    m_db.checkpointAfterCommit();
    return {};
}

Status SearchIndex::rebuild()
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    AMANAT_TRY(m_db.exec("DELETE FROM search_index"));
    // Runs in the migration to schema 2, long before items could be hidden (deleted_at).
    AMANAT_TRY(insert("", 0));
    return transaction->commit();
}

} // namespace amanat
