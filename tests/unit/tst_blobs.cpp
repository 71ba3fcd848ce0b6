#include "CoreFixture.h"
#include "crypto/Sha256.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QtTest>

using namespace amanat;
using namespace amanat::test;

class TestBlobs : public QObject
{
    Q_OBJECT

private:
    static QByteArray randomBytes(qint64 size)
    {
        QByteArray bytes(int(size), Qt::Uninitialized);
        QRandomGenerator generator(quint32(size) + 7);
        for (auto &byte : bytes)
            byte = char(generator.bounded(256));
        return bytes;
    }

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("empty") << qint64(0);
        QTest::newRow("one byte") << qint64(1);
        QTest::newRow("chunk - 1") << BlobStore::kChunkSize - 1;
        QTest::newRow("one chunk") << BlobStore::kChunkSize;
        QTest::newRow("chunk + 1") << BlobStore::kChunkSize + 1;
        QTest::newRow("3.5 chunks") << BlobStore::kChunkSize * 7 / 2;
    }

    void roundTrip()
    {
        QFETCH(qint64, size);
        CoreFixture f;
        const QByteArray bytes = randomBytes(size);
        auto id = f.items->create(QStringLiteral("document"), QStringLiteral("x"), QString());
        QBuffer source;
        source.setData(bytes);
        source.open(QIODevice::ReadOnly);
        auto written = f.blobs->write(*id, source);
        QVERIFY(written.ok());
        QCOMPARE(written->size, size);
        QCOMPARE(written->sha256, Sha256::hexOf(bytes));
        QCOMPARE(qint64(written->chunks),
                 (size + BlobStore::kChunkSize - 1) / BlobStore::kChunkSize);
        OriginalInfo info;
        info.sha256 = written->sha256;
        info.size = written->size;
        info.mime = QStringLiteral("application/octet-stream");
        info.name = QStringLiteral("x.bin");
        info.importedAt = QStringLiteral("2026-01-01T00:00:00Z");
        info.chunks = written->chunks;
        QVERIFY(f.items->recordOriginal(*id, info).ok());

        auto device = f.blobs->open(*id);
        QVERIFY(device.ok());
        QCOMPARE((*device)->size(), size);
        QCOMPARE((*device)->readAll(), bytes);
        QCOMPARE(*f.blobs->computeHash(*id), written->sha256);
        if (size > 10) {
            QVERIFY((*device)->seek(size - 10));
            QCOMPARE((*device)->read(100), bytes.right(10));
            QVERIFY((*device)->seek(size / 2));
            QCOMPARE((*device)->read(5), bytes.mid(int(size / 2), 5));
        }
    }

    void missingChunkIsReported()
    {
        CoreFixture f;
        const QString path =
            f.writeFile(QStringLiteral("big.bin"), randomBytes(BlobStore::kChunkSize * 3));
        auto imported = f.importer->importFile(path, {});
        QVERIFY(imported.ok());
        QVERIFY(f.db->exec("DELETE FROM original_chunks WHERE chunk_index = 1").ok());
        QCOMPARE(f.blobs->computeHash(imported->itemId).error().code, ErrorCode::Corrupt);
        auto device = f.blobs->open(imported->itemId);
        QVERIFY(device.ok());
        QVERIFY((*device)->readAll().size() < BlobStore::kChunkSize * 3);
    }

    void cancelledWriteStops()
    {
        CoreFixture f;
        auto id = f.items->create(QStringLiteral("document"), QStringLiteral("x"), QString());
        QBuffer source;
        source.setData(randomBytes(BlobStore::kChunkSize * 2));
        source.open(QIODevice::ReadOnly);
        std::atomic_bool cancelled{true};
        QCOMPARE(f.blobs->write(*id, source, &cancelled).error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestBlobs)
#include "tst_blobs.moc"
