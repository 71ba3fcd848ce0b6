#include "BlobStore.h"

#include "crypto/Sha256.h"

#include <cstring>

namespace amanat {

namespace {

/** Reads stored chunks on demand; keeps one decrypted chunk in memory. */
class BlobDevice : public QIODevice
{
public:
    BlobDevice(Database &db, qint64 itemId, qint64 size, Statement select)
        : m_db(db), m_itemId(itemId), m_size(size), m_select(std::move(select))
    {}

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 done = 0;
        while (done < maxSize && pos() + done < m_size) {
            const qint64 offset = pos() + done;
            const qint64 index = offset / BlobStore::kChunkSize;
            if (index != m_chunkIndex && !loadChunk(index))
                return done > 0 ? done : -1;
            const qint64 inChunk = offset - index * BlobStore::kChunkSize;
            const qint64 n = qMin(maxSize - done, qint64(m_chunk.size()) - inChunk);
            if (n <= 0) {
                setErrorString(BlobStore::tr("A stored original is shorter than recorded."));
                return done > 0 ? done : -1;
            }
            std::memcpy(data + done, m_chunk.constData() + inChunk, std::size_t(n));
            done += n;
        }
        return done;
    }

    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool loadChunk(qint64 index)
    {
        m_select.reset();
        m_select.bind(1, m_itemId).bind(2, index);
        auto row = m_select.step();
        if (!row.ok() || !*row) {
            setErrorString(row.ok() ? BlobStore::tr("A part of a stored original is missing.")
                                    : row.error().message);
            m_chunkIndex = -1;
            return false;
        }
        m_chunk = m_select.blob(0);
        m_chunkIndex = index;
        return true;
    }

    Database &m_db;
    qint64 m_itemId;
    qint64 m_size;
    Statement m_select;
    QByteArray m_chunk;
    qint64 m_chunkIndex = -1;
};

qint64 readFully(QIODevice &source, char *buffer, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 n = source.read(buffer + done, size - done);
        if (n < 0)
            return -1;
        if (n == 0 && (source.atEnd() || !source.waitForReadyRead(-1)))
            break;
        done += n;
    }
    return done;
}

} // namespace

Result<BlobStore::Written> BlobStore::write(qint64 itemId, QIODevice &source,
                                            const std::atomic_bool *cancelled,
                                            const std::function<void(qint64)> &stored)
{
    auto insert =
        m_db.prepare("INSERT INTO original_chunks(item_id, chunk_index, data) VALUES (?, ?, ?)");
    if (!insert.ok())
        return insert.error();
    Written written;
    Sha256 hash;
    QByteArray buffer(int(kChunkSize), Qt::Uninitialized);
    for (;;) {
        if (cancelled && cancelled->load())
            return makeError(ErrorCode::Cancelled, tr("The import was cancelled."));
        const qint64 n = readFully(source, buffer.data(), kChunkSize);
        if (n < 0)
            return makeError(ErrorCode::Io,
                             tr("The file could not be read: %1").arg(source.errorString()));
        // An empty file is stored as zero chunks.
        if (n == 0)
            break;
        hash.add(buffer.constData(), n);
        insert->reset();
        insert->bind(1, itemId)
            .bind(2, written.chunks)
            .bindBlobNoCopy(3, buffer.constData(), int(n));
        AMANAT_TRY(insert->run());
        written.size += n;
        ++written.chunks;
        if (stored)
            stored(written.size);
        if (n < kChunkSize)
            break;
    }
    written.sha256 = hash.hexDigest();
    return written;
}

Result<std::unique_ptr<QIODevice>> BlobStore::open(qint64 itemId)
{
    auto meta = m_db.prepare("SELECT size FROM originals WHERE item_id = ?");
    if (!meta.ok())
        return meta.error();
    meta->bind(1, itemId);
    auto row = meta->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, tr("Item %1 has no stored original.").arg(itemId));
    const qint64 size = meta->integer(0);
    auto select =
        m_db.prepare("SELECT data FROM original_chunks WHERE item_id = ? AND chunk_index = ?");
    if (!select.ok())
        return select.error();
    auto device = std::make_unique<BlobDevice>(m_db, itemId, size, std::move(*select));
    device->open(QIODevice::ReadOnly);
    return std::unique_ptr<QIODevice>(std::move(device));
}

Result<QString> BlobStore::computeHash(qint64 itemId)
{
    auto select = m_db.prepare(
        "SELECT chunk_index, data FROM original_chunks WHERE item_id = ? ORDER BY chunk_index");
    if (!select.ok())
        return select.error();
    select->bind(1, itemId);
    Sha256 hash;
    qint64 expected = 0;
    for (;;) {
        auto row = select->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        if (select->integer(0) != expected++)
            return makeError(ErrorCode::Corrupt, tr("A part of a stored original is missing."));
        int size = 0;
        const char *data = select->blobData(1, &size);
        hash.add(data, size);
    }
    return hash.hexDigest();
}

} // namespace amanat
