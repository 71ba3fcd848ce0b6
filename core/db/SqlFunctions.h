#pragma once

#include <sqlite3.h>

namespace amanat {

/** Registers the database's own SQL function on a connection:
 *  `amanat_bm25(matchinfo(t, 'pcnalx'), weight...)`, the BM25 rank of an FTS4 row, one
 *  weight per column. Modules above add theirs with Database::registerTextFunction()
 *  (search: `amanat_normalize`). All are deterministic and used only in queries, never in
 *  triggers or schema, so the stock sqlcipher shell can still read and change a library. */
bool registerSqlFunctions(sqlite3 *db);
/** The SQL side of Database::registerTextFunction(): calls the function in its user data. */
void callTextFunction(sqlite3_context *context, int argc, sqlite3_value **argv);

} // namespace amanat
