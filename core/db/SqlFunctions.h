#pragma once

struct sqlite3;

namespace amanat {

/** Registers Amanat's SQL functions on a connection:
 *  - `amanat_normalize(text)`: TextNormalizer::normalize, for filling the search index;
 *  - `amanat_bm25(matchinfo(t, 'pcnalx'), weight...)`: BM25 rank of an FTS4 row, one
 *    weight per column.
 *  They are deterministic and used only in queries, never in triggers or schema, so the
 *  stock sqlcipher shell can still read and change a library. */
bool registerSqlFunctions(sqlite3 *db);

} // namespace amanat
