#pragma once

#include "common/Result.h"

namespace amanat {

/** Maps an SQLite result code to an Error with a plain sentence: never SQL text,
 *  never the statement, so nothing of the archive or its schema leaks into messages. */
Error sqliteError(int code);

} // namespace amanat
