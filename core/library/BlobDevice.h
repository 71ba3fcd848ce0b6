#pragma once

#include "common/Result.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QMutex>

#include <memory>

namespace amanat {

class Library;

/** A read-only, seekable QIODevice over one item's original, usable from any thread.
 *
 *  It reads through its own database connection (Library::openReadConnection()), never the
 *  library's main one, so a media backend may read it from a worker thread while the GUI
 *  thread uses the library; WAL lets both read at once. One decrypted chunk
 *  (BlobStore::kChunkSize) is cached, so the many small reads of a media backend cost one
 *  chunk load per MiB. readAt() is safe to call from several threads at once; the
 *  QIODevice interface (read/seek/pos) is safe from any one thread at a time. The device
 *  holds the library's key inside SQLCipher: close or destroy it when the library locks. */
class BlobDevice : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(BlobDevice)

public:
    static Result<std::unique_ptr<BlobDevice>> open(const Library &library, qint64 itemId);
    ~BlobDevice() override;

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    /** Copies up to @p maxSize bytes from @p offset; -1 on a storage error. Thread-safe. */
    qint64 readAt(qint64 offset, char *data, qint64 maxSize);
    /** Drops the connection and the cached chunk; reads fail afterwards. */
    void close() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    BlobDevice(std::unique_ptr<Database> db, std::unique_ptr<Statement> select, qint64 itemId,
               qint64 size);
    bool loadChunkLocked(qint64 index, QString *error);

    QMutex m_mutex;
    std::unique_ptr<Database> m_db;      // guarded by m_mutex
    std::unique_ptr<Statement> m_select; // guarded by m_mutex; destroyed before m_db
    const qint64 m_itemId;
    const qint64 m_size;
    QByteArray m_chunk;       // guarded by m_mutex
    qint64 m_chunkIndex = -1; // guarded by m_mutex
};

} // namespace amanat
