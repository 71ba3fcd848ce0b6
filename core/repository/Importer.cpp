#include "Importer.h"

#include "common/Clock.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

#include <algorithm>

namespace amanat {

Result<QStringList> Importer::collectFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            return makeError(ErrorCode::NotFound, tr("%1 does not exist.").arg(path));
        if (info.isFile()) {
            files << info.absoluteFilePath();
            continue;
        }
        if (!info.isDir())
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 is neither a file nor a folder.").arg(path));
        QStringList found;
        QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (!it.fileInfo().isSymLink())
                found << file;
        }
        std::sort(found.begin(), found.end());
        files << found;
    }
    return files;
}

QString Importer::guessKind(const QString &mime)
{
    if (mime.startsWith(QLatin1String("video/")))
        return QStringLiteral("video");
    if (mime.startsWith(QLatin1String("audio/")))
        return QStringLiteral("audio");
    if (mime.startsWith(QLatin1String("image/")))
        return QStringLiteral("image");
    if (mime == QLatin1String("application/pdf"))
        return QStringLiteral("report");
    return QStringLiteral("document");
}

QString Importer::mimeOf(const QString &path, const QByteArray &head)
{
    return QMimeDatabase().mimeTypeForFileNameAndData(QFileInfo(path).fileName(), head).name();
}

Result<ImportOutcome> Importer::importFile(const QString &path, const ImportOptions &options,
                                           const std::atomic_bool *cancelled)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.isFile())
        return makeError(ErrorCode::NotFound, tr("%1 is not a file.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("%1 cannot be read: %2").arg(path, file.errorString()));

    const QByteArray head = file.peek(4096);
    const QString mime = mimeOf(path, head);
    const QString kind = options.kind.isEmpty() ? guessKind(mime) : options.kind;
    const QString title = options.title.isEmpty() ? info.completeBaseName() : options.title;

    // A savepoint: a duplicate is undone alone, and an import inside a larger transaction
    // carries on after it.
    auto transaction = Transaction::beginSavepoint(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto itemId = m_items.create(kind, title, QString());
    if (!itemId.ok())
        return itemId.error();
    const qint64 size = info.size();
    auto written = m_blobs.write(*itemId, file, cancelled, [&options, size](qint64 stored) {
        if (options.storing)
            options.storing(stored, size);
    });
    if (!written.ok())
        return written.error();

    auto existing = m_items.findBySha256(written->sha256);
    if (!existing.ok())
        return existing.error();
    if (*existing) {
        // The same file deleted earlier in this session (hidden until the session ends):
        // erase that one now and import it again, as the user asked.
        auto hidden = m_items.isMarkedDeleted(**existing);
        if (!hidden.ok())
            return hidden.error();
        if (*hidden) {
            AMANAT_TRY(m_items.eraseDeleted(**existing));
            existing = std::optional<qint64>();
        }
    }
    if (*existing) {
        // The transaction rolls back when it goes out of scope: nothing is added.
        ImportOutcome outcome{path, **existing, written->sha256, QString(), true};
        auto item = m_items.get(**existing);
        if (item.ok())
            outcome.kind = item->kind;
        return outcome;
    }

    OriginalInfo original;
    original.present = true;
    original.sha256 = written->sha256;
    original.size = written->size;
    original.mime = mime;
    original.name = info.fileName();
    original.importedAt = Clock::nowUtcText();
    original.chunks = written->chunks;
    AMANAT_TRY(m_items.recordOriginal(*itemId, original));
    for (const QString &tag : options.tags) {
        auto tagged = m_tags.addToItem(*itemId, tag);
        if (!tagged.ok())
            return tagged.error();
    }
    AMANAT_TRY(transaction->commit());
    return ImportOutcome{path, *itemId, written->sha256, kind, false};
}

} // namespace amanat
