#pragma once

#include "common/Result.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QIODevice>

#include <atomic>
#include <functional>
#include <memory>

namespace amanat {

/** Stores each item's original bytes inside the encrypted database in chunks of
 *  kChunkSize, hashing while streaming in, and streams them back out through a
 *  QIODevice, so no original is ever whole in memory or in a plaintext file. */
class BlobStore
{
    Q_DECLARE_TR_FUNCTIONS(BlobStore)

public:
    static constexpr qint64 kChunkSize = 1 << 20;

    struct Written
    {
        QString sha256;
        qint64 size = 0;
        int chunks = 0;
    };

    explicit BlobStore(Database &db) : m_db(db) {}

    /** Streams @p source into chunks of @p itemId. Runs inside the caller's transaction,
     *  so a crash or error leaves no partial original. @p cancelled is checked and
     *  @p stored (bytes so far) called after every chunk. */
    Result<Written> write(qint64 itemId, QIODevice &source,
                          const std::atomic_bool *cancelled = nullptr,
                          const std::function<void(qint64)> &stored = {});
    /** A read-only, seekable device over the stored bytes of @p itemId. */
    Result<std::unique_ptr<QIODevice>> open(qint64 itemId);
    /** Recomputes the SHA-256 of the stored bytes (and checks the chunk sequence). */
    Result<QString> computeHash(qint64 itemId);

private:
    Database &m_db;
};

} // namespace amanat
