#include "FileUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace amanat {

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(errno, path);
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (file.write(bytes) != bytes.size()) {
        const int saved = errno;
        file.cancelWriting();
        return fileError(saved, path);
    }
    if (!file.commit()) // QSaveFile flushes and fsyncs before the rename
        return fileError(errno, path);
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    syncDirectory(slash > 0 ? path.left(slash) : QStringLiteral("."));
    return {};
}

void syncDirectory(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

Error fileError(int errnoValue, const QString &what)
{
    if (errnoValue == ENOSPC || errnoValue == EDQUOT || errnoValue == EFBIG)
        return makeError(
            ErrorCode::DiskFull,
            QCoreApplication::translate("amanat::FileUtil", "The disk is full; %1 was not written.")
                .arg(what));
    if (errnoValue == EACCES || errnoValue == EROFS || errnoValue == EPERM)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate(
                             "amanat::FileUtil", "%1 cannot be written: permission denied or the "
                                                 "disk is read-only.")
                             .arg(what));
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("amanat::FileUtil", "%1: %2")
                         .arg(what, QString::fromLocal8Bit(std::strerror(errnoValue))));
}

} // namespace amanat
