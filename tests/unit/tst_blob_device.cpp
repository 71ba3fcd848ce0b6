// BlobDevice: random reads and seeks return the original's bytes; it reads through its own
// connection, so two threads can read at once (one device each, and one device shared
// through readAt()) while the library's own connection keeps working.

#include "library/BlobDevice.h"
#include "library/Library.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <functional>

using namespace amanat;

namespace {

SecureBuffer secret(const char *text)
{
    QByteArray bytes(text);
    return SecureBuffer::takeFrom(bytes);
}

/** Compares @p rounds random reads of @p device (through @p read) with @p original. */
bool randomReadsMatch(const QByteArray &original, quint32 seed, int rounds,
                      const std::function<qint64(qint64, char *, qint64)> &read)
{
    QRandomGenerator random(seed);
    QByteArray buffer;
    for (int i = 0; i < rounds; ++i) {
        const qint64 offset = random.bounded(qint64(original.size()));
        const qint64 length = random.bounded(qint64(3 * BlobStore::kChunkSize / 2)) + 1;
        buffer.resize(length);
        const qint64 n = read(offset, buffer.data(), length);
        const qint64 expected = qMin(length, qint64(original.size()) - offset);
        if (n != expected || QByteArrayView(buffer.constData(), n) !=
                                 QByteArrayView(original.constData() + offset, n))
            return false;
    }
    return true;
}

} // namespace

class TestBlobDevice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto created =
            Library::create(m_dir.filePath(QStringLiteral("Lib")), secret("correct horse battery"),
                            QStringLiteral("tst_blob_device"), Library::StarterTags::None);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        m_library = std::move(created->library);
        // 3.4 chunks of random bytes: reads cross chunk borders and end in a short chunk.
        m_original.resize(qsizetype(3 * BlobStore::kChunkSize + 417 * 1024 + 3));
        QRandomGenerator random(42);
        random.fillRange(reinterpret_cast<quint32 *>(m_original.data()), m_original.size() / 4);
        const QString path = m_dir.filePath(QStringLiteral("clip.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(m_original), m_original.size());
        file.close();
        auto outcome = m_library->importer().importFile(path, ImportOptions{});
        QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
        m_itemId = outcome->itemId;
        QFile::remove(path);
    }

    void sequentialReadReturnsTheOriginal()
    {
        auto device = BlobDevice::open(*m_library, m_itemId);
        QVERIFY2(device.ok(), qPrintable(device.error().message));
        QCOMPARE((*device)->size(), qint64(m_original.size()));
        QVERIFY(!(*device)->isSequential());
        QByteArray all;
        while (!(*device)->atEnd()) {
            const QByteArray part = (*device)->read(4093); // small, uneven reads like GStreamer
            QVERIFY(!part.isEmpty());
            all += part;
        }
        QCOMPARE(all.size(), m_original.size());
        QVERIFY(all == m_original);
    }

    void randomSeeksAndReads()
    {
        auto device = BlobDevice::open(*m_library, m_itemId);
        QVERIFY(device.ok());
        QIODevice &io = **device;
        QVERIFY(randomReadsMatch(m_original, 7, 200, [&io](qint64 offset, char *data, qint64 n) {
            if (!io.seek(offset))
                return qint64(-1);
            qint64 done = 0;
            while (done < n) {
                const qint64 got = io.read(data + done, n - done);
                if (got <= 0)
                    break;
                done += got;
            }
            return done;
        }));
        // Past the end: nothing, and no error.
        QVERIFY(io.seek(m_original.size()));
        QVERIFY(io.read(10).isEmpty());
        QVERIFY(io.atEnd());
    }

    void missingOriginalIsNotFound()
    {
        auto device = BlobDevice::open(*m_library, m_itemId + 1000);
        QVERIFY(!device.ok());
        QCOMPARE(device.error().code, ErrorCode::NotFound);
    }

    void concurrentReadsFromTwoThreads()
    {
        auto first = BlobDevice::open(*m_library, m_itemId);
        auto second = BlobDevice::open(*m_library, m_itemId);
        QVERIFY(first.ok() && second.ok());
        BlobDevice *shared = first->get();
        BlobDevice *own = second->get();
        std::atomic_bool okA{false};
        std::atomic_bool okB{false};
        std::atomic_bool okC{false};
        // Two threads share one device through readAt(); a third reads its own device.
        auto readShared = [&](quint32 seed, std::atomic_bool &ok) {
            ok = randomReadsMatch(m_original, seed, 150,
                                  [shared](qint64 offset, char *data, qint64 n) {
                                      return shared->readAt(offset, data, n);
                                  });
        };
        std::unique_ptr<QThread> a(QThread::create([&] { readShared(1, okA); }));
        std::unique_ptr<QThread> b(QThread::create([&] { readShared(2, okB); }));
        std::unique_ptr<QThread> c(QThread::create([&] {
            okC = randomReadsMatch(m_original, 3, 150, [own](qint64 offset, char *data, qint64 n) {
                return own->readAt(offset, data, n);
            });
        }));
        a->start();
        b->start();
        c->start();
        // Meanwhile the library's own connection keeps working on this thread.
        for (int i = 0; i < 20; ++i) {
            auto hash = m_library->blobs().computeHash(m_itemId);
            QVERIFY(hash.ok());
        }
        QVERIFY(a->wait(QDeadlineTimer(120000)));
        QVERIFY(b->wait(QDeadlineTimer(120000)));
        QVERIFY(c->wait(QDeadlineTimer(120000)));
        QVERIFY(okA);
        QVERIFY(okB);
        QVERIFY(okC);
    }

    void readsFailAfterClose()
    {
        auto device = BlobDevice::open(*m_library, m_itemId);
        QVERIFY(device.ok());
        char byte = 0;
        QCOMPARE((*device)->readAt(0, &byte, 1), qint64(1));
        (*device)->close();
        QCOMPARE((*device)->readAt(0, &byte, 1), qint64(-1));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    QByteArray m_original;
    qint64 m_itemId = 0;
};

QTEST_GUILESS_MAIN(TestBlobDevice)
#include "tst_blob_device.moc"
