#pragma once

#include "common/Result.h"
#include "db/Database.h"

namespace amanat {

/** Keeps the FTS4 index (`search_index`, inside the encrypted database) in step with
 *  items. Callers run update()/remove() inside the transaction of the change, so the
 *  index is never stale. Protected witness fields are never indexed. */
class SearchIndex
{
public:
    explicit SearchIndex(Database &db) : m_db(db) {}

    /** (Re)indexes one item from its current metadata and text. */
    Status update(qint64 itemId);
    Status remove(qint64 itemId);
    /** Rebuilds the whole index (after a migration or for repair). */
    Status rebuild();

private:
    Status insert(const char *where, qint64 itemId);
    Database &m_db;
};

} // namespace amanat
