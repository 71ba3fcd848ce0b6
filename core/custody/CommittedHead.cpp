#include "CommittedHead.h"

#include "common/FileUtil.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace amanat {

namespace {

const QByteArray kMagic("AMNHEAD\0\1", 9); // magic and format version, authenticated

bool syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

QString CommittedHead::path(const QString &libraryPath)
{
    return QDir(libraryPath).filePath(QStringLiteral("custody.head"));
}

Status CommittedHead::write(const QString &libraryPath, const SecureBuffer &key,
                            const Record &record)
{
    const QByteArray plain = QJsonDocument(QJsonObject{{QStringLiteral("seq"), double(record.seq)},
                                                       {QStringLiteral("hash"), record.hash},
                                                       {QStringLiteral("action"), record.action},
                                                       {QStringLiteral("at"), record.at}})
                                 .toJson(QJsonDocument::Compact);
    QByteArray nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    QByteArray sealed(plain.size() + int(crypto_aead_xchacha20poly1305_ietf_ABYTES),
                      Qt::Uninitialized);
    unsigned long long sealedLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(sealed.data()), &sealedLength,
        reinterpret_cast<const unsigned char *>(plain.constData()), size_t(plain.size()),
        reinterpret_cast<const unsigned char *>(kMagic.constData()), size_t(kMagic.size()), nullptr,
        reinterpret_cast<const unsigned char *>(nonce.constData()), key.data());
    const QByteArray bytes = kMagic + nonce + sealed.left(int(sealedLength));

    const QString target = path(libraryPath);
    const QString temporary = target + QStringLiteral(".new");
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fileError(errno, temporary);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const int error = errno;
        file.close();
        QFile::remove(temporary);
        return fileError(error, temporary);
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (::fsync(file.handle()) != 0) {
        const int error = errno;
        file.close();
        QFile::remove(temporary);
        return fileError(error, temporary);
    }
    file.close();
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) !=
        0)
        return fileError(errno, target);
    if (!syncPath(libraryPath, O_RDONLY | O_DIRECTORY))
        return fileError(errno, libraryPath);
    return {};
}

Result<std::optional<CommittedHead::Record>> CommittedHead::read(const QString &libraryPath,
                                                                 const SecureBuffer &key)
{
    QFile file(path(libraryPath));
    if (!file.exists())
        return std::optional<Record>();
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("%1 cannot be read.").arg(file.fileName()));
    const QByteArray bytes = file.read(4096);
    const int header = int(kMagic.size() + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const Error damaged = makeError(
        ErrorCode::Corrupt, tr("The record of the library's last committed change (custody.head) "
                               "was altered or damaged."));
    if (bytes.size() < header + int(crypto_aead_xchacha20poly1305_ietf_ABYTES) ||
        !bytes.startsWith(kMagic))
        return damaged;
    const QByteArray nonce = bytes.mid(kMagic.size(), crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const QByteArray sealed = bytes.mid(header);
    QByteArray plain(sealed.size(), Qt::Uninitialized);
    unsigned long long plainLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &plainLength, nullptr,
            reinterpret_cast<const unsigned char *>(sealed.constData()), size_t(sealed.size()),
            reinterpret_cast<const unsigned char *>(kMagic.constData()), size_t(kMagic.size()),
            reinterpret_cast<const unsigned char *>(nonce.constData()), key.data()) != 0)
        return damaged;
    const QJsonObject json = QJsonDocument::fromJson(plain.left(int(plainLength))).object();
    Record record;
    record.seq = qint64(json.value(QStringLiteral("seq")).toDouble());
    record.hash = json.value(QStringLiteral("hash")).toString();
    record.action = json.value(QStringLiteral("action")).toString();
    record.at = json.value(QStringLiteral("at")).toString();
    return std::optional<Record>(record);
}

} // namespace amanat
