#include "BlobDevice.h"

#include "repository/BlobStore.h"
#include "Library.h"

#include <QMutexLocker>

#include <cstring>

namespace amanat {

Result<std::unique_ptr<BlobDevice>> BlobDevice::open(const Library &library, qint64 itemId)
{
    auto db = library.openReadConnection();
    if (!db.ok())
        return db.error();
    auto connection = std::make_unique<Database>(std::move(*db));
    qint64 size = 0;
    {
        auto meta = connection->prepare("SELECT size FROM originals WHERE item_id = ?");
        if (!meta.ok())
            return meta.error();
        meta->bind(1, itemId);
        auto row = meta->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return makeError(ErrorCode::NotFound,
                             tr("Item %1 has no stored original.").arg(itemId));
        size = meta->integer(0);
    }
    auto select = connection->prepare(
        "SELECT data FROM original_chunks WHERE item_id = ? AND chunk_index = ?");
    if (!select.ok())
        return select.error();
    std::unique_ptr<BlobDevice> device(new BlobDevice(
        std::move(connection), std::make_unique<Statement>(std::move(*select)), itemId, size));
    device->QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    return device;
}

BlobDevice::BlobDevice(std::unique_ptr<Database> db, std::unique_ptr<Statement> select,
                       qint64 itemId, qint64 size)
    : m_db(std::move(db)), m_select(std::move(select)), m_itemId(itemId), m_size(size)
{}

BlobDevice::~BlobDevice()
{
    close();
}

void BlobDevice::close()
{
    {
        QMutexLocker locker(&m_mutex);
        m_select.reset();
        m_db.reset();
        m_chunk.fill('\0'); // plaintext of the original: do not leave it to the allocator
        m_chunk.clear();
        m_chunkIndex = -1;
    }
    if (isOpen())
        QIODevice::close();
}

bool BlobDevice::loadChunkLocked(qint64 index, QString *error)
{
    if (!m_select) {
        *error = tr("The original is closed.");
        return false;
    }
    m_select->reset();
    m_select->bind(1, m_itemId).bind(2, index);
    auto row = m_select->step();
    if (!row.ok() || !*row) {
        *error = row.ok() ? tr("A part of a stored original is missing.") : row.error().message;
        m_chunkIndex = -1;
        return false;
    }
    m_chunk.fill('\0');
    m_chunk = m_select->blob(0);
    m_select->reset(); // release the read snapshot so the writer can checkpoint
    m_chunkIndex = index;
    return true;
}

qint64 BlobDevice::readAt(qint64 offset, char *data, qint64 maxSize)
{
    if (offset < 0 || maxSize < 0)
        return -1;
    QMutexLocker locker(&m_mutex);
    qint64 done = 0;
    while (done < maxSize && offset + done < m_size) {
        const qint64 at = offset + done;
        const qint64 index = at / BlobStore::kChunkSize;
        QString error;
        if (index != m_chunkIndex && !loadChunkLocked(index, &error)) {
            locker.unlock();
            setErrorString(error);
            return done > 0 ? done : -1;
        }
        const qint64 inChunk = at - index * BlobStore::kChunkSize;
        const qint64 n = qMin(maxSize - done, qint64(m_chunk.size()) - inChunk);
        if (n <= 0) {
            locker.unlock();
            setErrorString(tr("A stored original is shorter than recorded."));
            return done > 0 ? done : -1;
        }
        std::memcpy(data + done, m_chunk.constData() + inChunk, std::size_t(n));
        done += n;
    }
    return done;
}

qint64 BlobDevice::readData(char *data, qint64 maxSize)
{
    return readAt(pos(), data, maxSize);
}

} // namespace amanat
