#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace amanat {

/** Advisory lock on a library folder (flock on `library.lock`), so only one process
 *  writes at a time. Readers share the lock; a writer needs it alone. The kernel drops
 *  the lock when the process dies, so a crash never leaves a stale lock behind. */
class LibraryLock
{
    Q_DECLARE_TR_FUNCTIONS(LibraryLock)

public:
    enum class Access
    {
        Read,
        Write
    };

    static Result<LibraryLock> acquire(const QString &libraryPath, Access access);

    LibraryLock(LibraryLock &&other) noexcept;
    LibraryLock &operator=(LibraryLock &&other) noexcept;
    LibraryLock(const LibraryLock &) = delete;
    LibraryLock &operator=(const LibraryLock &) = delete;
    ~LibraryLock();

    Access access() const { return m_access; }

private:
    LibraryLock(int fd, Access access) : m_fd(fd), m_access(access) {}
    int m_fd = -1;
    Access m_access = Access::Read;
};

} // namespace amanat
