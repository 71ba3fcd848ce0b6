#pragma once

#include <cstddef>

namespace amanat {

/** Keeps SQLCipher's copies of the database key in locked memory.
 *
 *  SQLCipher copies the key it is given (and its hex spelling) into buffers it takes from
 *  SQLite's allocator, and keeps them for as long as the connection is open. It mlocks each
 *  buffer, but munlock is per page and not counted: when any neighbouring SQLCipher
 *  buffer is freed, the whole page is unlocked and the key may go to swap or a hibernation
 *  image. So every allocation SQLite makes while a Scope is alive on the calling thread
 *  comes from a small pool that is mapped apart, locked, kept out of core dumps, wiped on
 *  free and locked again after every free. Other allocations go to SQLite's own allocator.
 *
 *  install() must run before SQLite initialises (the first sqlite3_open does); it is called
 *  by Database::open. */
class LockedSqliteMemory
{
public:
    /** Puts the pool under SQLite's allocator, once per process. False when SQLite was
     *  already initialised or the pool could not be mapped: keys then stay where SQLCipher
     *  puts them. */
    static bool install();

    /** True when the pool is installed and its pages are locked. */
    static bool active();

    /** Bytes of the pool in use now, and at most so far (for tests and diagnostics). */
    static std::size_t bytesInUse();
    static std::size_t peakBytesInUse();

    /** While alive, SQLite allocations made on this thread come from the locked pool. */
    class Scope
    {
    public:
        Scope();
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;
    };
};

} // namespace amanat
