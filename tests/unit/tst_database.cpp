#include "db/Database.h"
#include "db/Schema.h"
#include "db/SqliteError.h"

#include <QtTest>

#include <sqlite3.h>

using namespace amanat;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SecureBuffer m_key = SecureBuffer::random(32);

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void linkedAgainstSqlcipher()
    {
        auto db = Database::open(path("probe.db"), m_key, Database::Mode::Create);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QVERIFY(!db->cipherVersion().isEmpty());
    }

    void requiredPragmasHold()
    {
        auto db = Database::open(path("pragmas.db"), m_key, Database::Mode::Create);
        QVERIFY(db.ok());
        QCOMPARE(*db->scalarText("PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(*db->scalar("PRAGMA temp_store"), qint64(2));
        QCOMPARE(*db->scalar("PRAGMA synchronous"), qint64(2));
        QCOMPARE(*db->scalar("PRAGMA secure_delete"), qint64(1));
        QCOMPARE(*db->scalar("PRAGMA foreign_keys"), qint64(1));
        QCOMPARE(*db->scalar("PRAGMA auto_vacuum"), qint64(1));
        QCOMPARE(*db->scalar("PRAGMA cipher_page_size"), qint64(Database::kPageSize));
    }

    void fileIsNeverPlainSqlite()
    {
        {
            auto db = Database::open(path("enc.db"), m_key, Database::Mode::Create);
            QVERIFY(db.ok());
            QVERIFY(Schema::migrate(*db).ok());
            QVERIFY(
                db->exec("INSERT INTO meta(key, value) VALUES ('canary', 'CANARY-7f3a9')").ok());
            QVERIFY(db->checkpoint().ok());
        }
        QFile file(path("enc.db"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("CANARY-7f3a9"));
        QVERIFY(!bytes.contains("CREATE TABLE"));
    }

    void wrongKeyIsRefused()
    {
        {
            auto db = Database::open(path("keyed.db"), m_key, Database::Mode::Create);
            QVERIFY(db.ok());
            QVERIFY(Schema::migrate(*db).ok());
        }
        auto other = Database::open(path("keyed.db"), SecureBuffer::random(32),
                                    Database::Mode::OpenExisting);
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, ErrorCode::Corrupt);
        QVERIFY(!other.error().message.contains(QLatin1String("SQL"), Qt::CaseInsensitive));
    }

    void plainSqliteFileIsRefused()
    {
        {
            auto plain = Database::openUnencrypted(path("plain.db"), Database::Mode::Create);
            QVERIFY(plain.ok());
            QVERIFY(Schema::migrate(*plain).ok());
        }
        auto db = Database::open(path("plain.db"), m_key, Database::Mode::OpenExisting);
        QVERIFY(!db.ok());
    }

    void missingFileIsNotCreatedOnOpen()
    {
        auto db = Database::open(path("absent.db"), m_key, Database::Mode::OpenExisting);
        QCOMPARE(db.error().code, ErrorCode::NotALibrary);
        QVERIFY(!QFile::exists(path("absent.db")));
    }

    void shellKeyLinesOpenTheDatabase()
    {
        const QByteArray lines = Database::shellKeyLines(m_key);
        QVERIFY(lines.startsWith("PRAGMA key = \"x'"));
        QVERIFY(lines.contains("PRAGMA cipher_page_size = 16384;"));
        QVERIFY(lines.contains("PRAGMA cipher_compatibility = 3;"));
    }

    void savepointsNest()
    {
        auto db = Database::open(path("tx.db"), m_key, Database::Mode::Create);
        QVERIFY(db.ok());
        QVERIFY(db->exec("CREATE TABLE t(x)").ok());
        {
            auto outer = Transaction::begin(*db);
            QVERIFY(outer.ok());
            QVERIFY(db->exec("INSERT INTO t VALUES (1)").ok());
            {
                auto inner = Transaction::begin(*db);
                QVERIFY(inner.ok());
                QVERIFY(db->exec("INSERT INTO t VALUES (2)").ok());
                // inner goes out of scope without commit: only (2) is undone
            }
            {
                auto inner = Transaction::begin(*db);
                QVERIFY(db->exec("INSERT INTO t VALUES (3)").ok());
                QVERIFY(inner->commit().ok());
            }
            QVERIFY(outer->commit().ok());
        }
        QCOMPARE(*db->scalarText("SELECT group_concat(x) FROM t"), QStringLiteral("1,3"));
        {
            auto rolledBack = Transaction::begin(*db);
            QVERIFY(db->exec("INSERT INTO t VALUES (4)").ok());
        }
        QCOMPARE(*db->scalar("SELECT count(*) FROM t"), qint64(2));
        QVERIFY(!db->inTransaction());
    }

    void errorsNeverCarrySql()
    {
        auto db = Database::open(path("errors.db"), m_key, Database::Mode::Create);
        QVERIFY(db.ok());
        auto bad = db->prepare("SELECT secret_column FROM no_such_table");
        QVERIFY(!bad.ok());
        QVERIFY(!bad.error().message.contains(QLatin1String("no_such_table")));
        QVERIFY(!bad.error().message.contains(QLatin1String("SELECT")));
        QCOMPARE(sqliteError(SQLITE_FULL).code, ErrorCode::DiskFull);
        QCOMPARE(sqliteError(SQLITE_NOTADB).code, ErrorCode::Corrupt);
        QCOMPARE(sqliteError(SQLITE_BUSY).code, ErrorCode::InUse);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
