#pragma once

// A migrated, encrypted database with the core repositories on it, without key slots
// or a library folder: fast enough for many small unit tests.

#include "db/Database.h"
#include "db/Schema.h"
#include "repository/BlobStore.h"
#include "custody/CustodyLog.h"
#include "repository/Importer.h"
#include "repository/ItemRepository.h"
#include "repository/TagRepository.h"

#include <QTemporaryDir>

#include <memory>

namespace amanat::test {

struct CoreFixture
{
    QTemporaryDir dir;
    SecureBuffer key = SecureBuffer::random(32);
    SecureBuffer headKey = SecureBuffer::random(32);
    std::unique_ptr<Database> db;
    std::unique_ptr<CustodyLog> custody;
    std::unique_ptr<SearchIndex> index;
    std::unique_ptr<TagRepository> tags;
    std::unique_ptr<ItemRepository> items;
    std::unique_ptr<BlobStore> blobs;
    std::unique_ptr<Importer> importer;

    CoreFixture()
    {
        auto opened =
            Database::open(dir.filePath(QStringLiteral("test.db")), key, Database::Mode::Create);
        if (!opened.ok() || !Schema::migrate(*opened).ok())
            qFatal("cannot create the test database");
        db = std::make_unique<Database>(std::move(*opened));
        custody = std::make_unique<CustodyLog>(*db, headKey, QStringLiteral("tester (test)"));
        index = std::make_unique<SearchIndex>(*db);
        tags = std::make_unique<TagRepository>(*db, *custody);
        items = std::make_unique<ItemRepository>(*db, *custody, *tags, *index);
        blobs = std::make_unique<BlobStore>(*db);
        importer = std::make_unique<Importer>(*db, *items, *tags, *blobs);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write a test file");
        return path;
    }

    qint64 count(const char *sql) { return *db->scalar(sql); }
};

} // namespace amanat::test
