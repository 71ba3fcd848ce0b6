#pragma once

namespace amanat {

/** Initialises libsodium once; aborts the process if that is impossible,
 *  since no secret may be handled without it. Thread-safe. */
void ensureSodium();

/** Disables core dumps and ptrace attachment for this process, so keys in memory
 *  do not end up in a core file, and ignores SIGXFSZ, so exceeding the file-size limit
 *  is an error to report rather than a kill. Called first thing by every executable. */
void hardenProcess();

} // namespace amanat
