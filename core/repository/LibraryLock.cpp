#include "LibraryLock.h"

#include "common/FileUtil.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <utility>

namespace amanat {

Result<LibraryLock> LibraryLock::acquire(const QString &libraryPath, Access access)
{
    const QByteArray path = QFile::encodeName(libraryPath + QStringLiteral("/library.lock"));
    int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0 && errno == EROFS && access == Access::Read)
        fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fileError(errno, tr("The library's lock file"));
    const int operation = (access == Access::Write ? LOCK_EX : LOCK_SH) | LOCK_NB;
    if (::flock(fd, operation) != 0) {
        const int saved = errno;
        ::close(fd);
        if (saved == EWOULDBLOCK)
            return makeError(ErrorCode::InUse,
                             tr("The library is in use by another process; close it there "
                                "first."));
        return fileError(saved, tr("The library's lock file"));
    }
    return LibraryLock(fd, access);
}

LibraryLock::LibraryLock(LibraryLock &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_access(other.m_access)
{}

LibraryLock &LibraryLock::operator=(LibraryLock &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
        m_access = other.m_access;
    }
    return *this;
}

LibraryLock::~LibraryLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
}

} // namespace amanat
