#pragma once

#include "BlobStore.h"
#include "ItemRepository.h"
#include "TagRepository.h"
#include "common/Result.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace amanat {

struct ImportOptions
{
    QString kind;                                ///< empty: guessed from the file's type
    QString title;                               ///< empty: the file name without its extension
    QStringList tags;                            ///< tag paths given to every imported item
    const std::atomic_bool *cancelled = nullptr; ///< checked between chunks
    /** Called after every stored chunk of a file with its bytes stored so far and its size. */
    std::function<void(qint64 stored, qint64 size)> storing;
};

/** What happened to one file. */
struct ImportOutcome
{
    QString path;
    qint64 itemId = 0;
    QString sha256;
    QString kind;
    bool duplicate = false; ///< the same bytes were already in the library (itemId is that item)
};

/** Brings files into the library: each file is streamed into the blob store, hashed on
 *  the way, de-duplicated by SHA-256, and recorded with its custody event — all in one
 *  transaction, so an interrupted import leaves either the whole item or nothing. */
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    Importer(Database &db, ItemRepository &items, TagRepository &tags, BlobStore &blobs)
        : m_db(db), m_items(items), m_tags(tags), m_blobs(blobs)
    {}

    /** Expands folders recursively (sorted, hidden entries and symlinked folders skipped).
     *  A path that does not exist is an error. */
    static Result<QStringList> collectFiles(const QStringList &paths);
    /** Guesses the kind of item from a MIME type. */
    static QString guessKind(const QString &mime);
    /** The MIME type of the file at @p path, from its name and its first bytes @p head. */
    static QString mimeOf(const QString &path, const QByteArray &head);

    Result<ImportOutcome> importFile(const QString &path, const ImportOptions &options,
                                     const std::atomic_bool *cancelled = nullptr);

private:
    Database &m_db;
    ItemRepository &m_items;
    TagRepository &m_tags;
    BlobStore &m_blobs;
};

} // namespace amanat
