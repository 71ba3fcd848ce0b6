#include "db/Database.h"
#include "db/Schema.h"

#include <QtTest>

using namespace amanat;

class TestSchema : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SecureBuffer m_key = SecureBuffer::random(32);

    Database create(const char *name)
    {
        auto db = Database::open(m_dir.filePath(QString::fromLatin1(name)), m_key,
                                 Database::Mode::Create);
        if (!db.ok())
            qFatal("cannot create test database");
        return std::move(*db);
    }

    static QStringList tables(Database &db)
    {
        auto stmt = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        QStringList names;
        while (*stmt->step())
            names << stmt->text(0);
        return names;
    }

private Q_SLOTS:
    void migratesAnEmptyDatabaseToCurrent()
    {
        Database db = create("fresh.db");
        QCOMPARE(*Schema::version(db), 0);
        QVERIFY(Schema::migrate(db).ok());
        QCOMPARE(*Schema::version(db), Schema::kCurrentVersion);
        const QStringList names = tables(db);
        for (const char *table : {"items", "testimonies", "originals", "original_chunks", "tags",
                                  "item_tags", "custody_events", "meta"})
            QVERIFY2(names.contains(QString::fromLatin1(table)), table);
    }

    void migrationIsIdempotent()
    {
        Database db = create("twice.db");
        QVERIFY(Schema::migrate(db).ok());
        QVERIFY(Schema::migrate(db).ok());
        QCOMPARE(*Schema::version(db), Schema::kCurrentVersion);
    }

    void version1Constraints()
    {
        Database db = create("constraints.db");
        QVERIFY(Schema::migrate(db).ok());
        QVERIFY(!db.exec("INSERT INTO items(kind, created_at, modified_at) VALUES ('poem', '', '')")
                     .ok());
        QVERIFY(db.exec("INSERT INTO items(kind, created_at, modified_at) VALUES ('scan', '', '')")
                    .ok());
        QVERIFY(db.exec("INSERT INTO tags(name) VALUES ('Violations')").ok());
        QVERIFY(!db.exec("INSERT INTO tags(name) VALUES ('violations')").ok()); // unique per level
        QVERIFY(!db.exec("INSERT INTO tags(name) VALUES ('A/B')").ok());
        QVERIFY(
            db.exec("INSERT INTO custody_events(seq, at, actor, action, details, prev_hash, hash) "
                    "VALUES (1, '', '', 'x', '{}', '', '')")
                .ok());
        QVERIFY(!db.exec("UPDATE custody_events SET action = 'y'").ok());
        QVERIFY(!db.exec("DELETE FROM custody_events").ok());
    }

    void refusesANewerSchema()
    {
        Database db = create("newer.db");
        QVERIFY(Schema::migrate(db).ok());
        QVERIFY(db.exec("PRAGMA user_version = 99").ok());
        auto status = Schema::migrate(db);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::Unsupported);
        QVERIFY(status.error().message.contains(QLatin1String("newer version")));
        QCOMPARE(*Schema::version(db), 99);
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
