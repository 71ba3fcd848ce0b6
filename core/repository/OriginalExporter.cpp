#include "OriginalExporter.h"

#include "common/FileUtil.h"
#include "crypto/Sha256.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

#include <cerrno>

namespace amanat {

Result<QString> OriginalExporter::exportOriginal(qint64 itemId, const QString &destination,
                                                 bool overwrite)
{
    auto item = m_items.get(itemId);
    if (!item.ok())
        return item.error();
    if (!item->original.present)
        return makeError(ErrorCode::NotFound, tr("Item %1 has no original file.").arg(itemId));

    QString target = destination;
    if (QFileInfo(destination).isDir()) {
        // The stored name came from another machine: keep only its last component.
        QString name = QFileInfo(item->original.name).fileName();
        if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
            name = QStringLiteral("item-%1").arg(itemId);
        target = QDir(destination).filePath(name);
    }
    // Never through a symbolic link: --force must not overwrite whatever it points to.
    if (QFileInfo(target).isSymLink())
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is a symbolic link; choose a plain file name.").arg(target));
    if (QFileInfo::exists(target) && !overwrite)
        return makeError(
            ErrorCode::AlreadyExists,
            tr("%1 already exists; choose another name or allow overwriting.").arg(target));
    if (!QFileInfo(QFileInfo(target).absolutePath()).isDir())
        return makeError(ErrorCode::NotFound,
                         tr("The folder %1 does not exist.").arg(QFileInfo(target).absolutePath()));

    auto source = m_blobs.open(itemId);
    if (!source.ok())
        return source.error();
    QSaveFile out(target);
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly))
        return fileError(errno, target);
    Sha256 hash;
    QByteArray buffer(int(BlobStore::kChunkSize), Qt::Uninitialized);
    for (;;) {
        const qint64 n = (*source)->read(buffer.data(), buffer.size());
        if (n < 0) {
            out.cancelWriting();
            return makeError(ErrorCode::Corrupt,
                             tr("The stored original of item %1 cannot be read: %2")
                                 .arg(itemId)
                                 .arg((*source)->errorString()));
        }
        if (n == 0)
            break;
        hash.add(buffer.constData(), n);
        if (out.write(buffer.constData(), n) != n) {
            const int saved = errno;
            out.cancelWriting();
            return fileError(saved, target);
        }
    }
    auto logged = m_custody.importedSha256(itemId);
    if (!logged.ok()) {
        out.cancelWriting();
        return logged.error();
    }
    const QString digest = hash.hexDigest(); // finalises the hash: once only
    if (digest != item->original.sha256 || digest != *logged) {
        out.cancelWriting();
        return makeError(ErrorCode::Corrupt,
                         tr("The stored original of item %1 no longer matches its SHA-256; "
                            "nothing was written. Run verify.")
                             .arg(itemId));
    }

    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok()) {
        out.cancelWriting();
        return transaction.error();
    }
    AMANAT_TRY(
        m_custody.append(QStringLiteral("export"), itemId,
                         QJsonObject{{QStringLiteral("sha256"), item->original.sha256},
                                     {QStringLiteral("size"), item->original.size},
                                     {QStringLiteral("file"), QFileInfo(target).fileName()}}));
    if (!out.commit())
        return fileError(errno, target);
    syncDirectory(QFileInfo(target).absolutePath());
    AMANAT_TRY(transaction->commit());
    return target;
}

} // namespace amanat
