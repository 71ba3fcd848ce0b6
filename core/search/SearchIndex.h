#pragma once

#include "common/Result.h"
#include "db/Database.h"

#include <QHash>

namespace amanat {

/** Keeps the FTS4 index (`search_index`, inside the encrypted database) in step with
 *  items. Callers run update()/remove() inside the transaction of the change, so the
 *  index is never stale once it commits. Inside a transaction update() only notes the
 *  item: every noted item is indexed once, from what it holds then, just before the
 *  transaction commits (an import sets an item's fields, tags and text in one transaction,
 *  and the index is written once, not once a call). Protected witness fields are never
 *  indexed. */
class SearchIndex
{
public:
    /** Registers `amanat_normalize(text)` (TextNormalizer::normalize) on @p db, which
     *  filling the index uses. */
    explicit SearchIndex(Database &db);

    /** Whether words an item no longer has must be wiped from the index's pages at once. */
    enum class Purge
    {
        No,  ///< a new item, or text only added
        Yes, ///< an edit may have removed words (title, notes, transcript, re-extraction)
    };

    /** (Re)indexes one item from its metadata and text: now outside a transaction, before
     *  the commit inside one. */
    Status update(qint64 itemId, Purge purge = Purge::No);
    /** Indexes the items noted so far in this transaction now (a search inside a write
     *  transaction that must see its own changes). */
    Status flush();
    /** Removes an item and wipes its words from every page of the index. */
    Status remove(qint64 itemId);
    /** Rebuilds the whole index, in the migration to schema 2 (it indexes every item). */
    Status rebuild();

private:
    Status insert(const char *where, qint64 itemId);
    /** FTS4 keeps a replaced or deleted document's words in its older segment b-trees until
     *  they are merged: 'optimize' merges every segment (secure_delete overwrites the old
     *  pages), and a checkpoint after the commit takes them out of the write-ahead log. */
    Status purge();
    Status reindex(qint64 itemId);
    Database &m_db;
    QHash<qint64, Purge> m_pending;   ///< noted in the open transaction; cleared at commit
    quint64 m_pendingTransaction = 0; ///< Database::transactionSerial() of m_pending
};

} // namespace amanat
