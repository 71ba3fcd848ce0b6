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
                auto inner = Transaction::beginSavepoint(*db);
                QVERIFY(inner.ok());
                QVERIFY(db->exec("INSERT INTO t VALUES (2)").ok());
                // inner goes out of scope without commit: only (2) is undone
            }
            {
                auto inner = Transaction::beginSavepoint(*db);
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

    void aJoinedPartThatFailsDoomsTheWhole()
    {
        auto db = Database::open(path("join.db"), m_key, Database::Mode::Create);
        QVERIFY(db.ok());
        QVERIFY(db->exec("CREATE TABLE t(x)").ok());
        {
            auto outer = Transaction::begin(*db);
            QVERIFY(db->exec("INSERT INTO t VALUES (1)").ok());
            {
                auto part = Transaction::begin(*db); // joins: no savepoint
                QVERIFY(db->exec("INSERT INTO t VALUES (2)").ok());
                // ends without commit, as a failing repository call does
            }
            {
                auto next = Transaction::begin(*db);
                QVERIFY(!next->commit().ok()); // the doom shows at every level above
            }
            const Status committed = outer->commit();
            QVERIFY(!committed.ok());
            QCOMPARE(committed.error().code, ErrorCode::Internal);
        }
        QVERIFY(!db->inTransaction());
        QCOMPARE(*db->scalar("SELECT count(*) FROM t"), qint64(0)); // nothing half-applied
        // A savepoint around the failing part undoes it alone, and the rest commits.
        {
            auto outer = Transaction::begin(*db);
            QVERIFY(db->exec("INSERT INTO t VALUES (1)").ok());
            {
                auto savepoint = Transaction::beginSavepoint(*db);
                {
                    auto part = Transaction::begin(*db);
                    QVERIFY(db->exec("INSERT INTO t VALUES (2)").ok());
                }
                QVERIFY(!savepoint->commit().ok()); // rolls back the savepoint instead
            }
            QVERIFY(outer->commit().ok());
        }
        QCOMPARE(*db->scalarText("SELECT group_concat(x) FROM t"), QStringLiteral("1"));
        // The next transaction starts clean.
        {
            auto clean = Transaction::begin(*db);
            QVERIFY(db->exec("INSERT INTO t VALUES (3)").ok());
            QVERIFY(clean->commit().ok());
        }
        QCOMPARE(*db->scalar("SELECT count(*) FROM t"), qint64(2));
    }

    void preparedStatementsAreReusedWithoutTheirBindings()
    {
        auto db = Database::open(path("cache.db"), m_key, Database::Mode::Create);
        QVERIFY(db.ok());
        QVERIFY(db->exec("CREATE TABLE t(x)").ok());
        {
            auto insert = db->prepare("INSERT INTO t VALUES (?)");
            QVERIFY(insert.ok());
            insert->bind(1, QStringLiteral("secret name"));
            QVERIFY(insert->run().ok());
        }
        // The same text gives the statement back, reset and with its value unbound: a run
        // without binding inserts NULL, not the name bound last time.
        {
            auto again = db->prepare("INSERT INTO t VALUES (?)");
            QVERIFY(again.ok());
            QVERIFY(again->run().ok());
        }
        QCOMPARE(*db->scalar("SELECT count(*) FROM t WHERE x IS NULL"), qint64(1));
        // Two live statements of one text are two statements: one read inside another.
        {
            auto outer = db->prepare("SELECT x FROM t ORDER BY rowid");
            QVERIFY(outer.ok());
            QVERIFY(*outer->step());
            auto inner = db->prepare("SELECT x FROM t ORDER BY rowid");
            QVERIFY(inner.ok());
            QVERIFY(*inner->step());
            QVERIFY(*outer->step()); // the outer one kept its place
            QVERIFY(outer->isNull(0));
        }
        // A statement left half-stepped holds no read lock once it is done with.
        {
            auto open = db->prepare("SELECT x FROM t");
            QVERIFY(*open->step());
        }
        QVERIFY(db->exec("DROP TABLE t").ok()); // fails with SQLITE_LOCKED if a read is open
    }

    void closingWithALiveStatementIsSafe()
    {
        auto db = Database::open(path("live.db"), m_key, Database::Mode::Create);
        QVERIFY(db.ok());
        auto stmt = db->prepare("SELECT 1");
        QVERIFY(stmt.ok());
        {
            Database closing = std::move(*db);
        } // closed here, with the statement still alive
        // Destroying the statement afterwards finalizes it (no crash, no leak under ASan).
    }

    void beforeCommitRunsOnceAtTheOutermostCommit()
    {
        auto db = Database::open(path("hooks.db"), m_key, Database::Mode::Create);
        QVERIFY(db.ok());
        QVERIFY(db->exec("CREATE TABLE t(x)").ok());
        int runs = 0;
        const auto hook = [&] {
            ++runs;
            return db->exec("INSERT INTO t VALUES ('hook')");
        };
        {
            auto outer = Transaction::begin(*db);
            QVERIFY(db->beforeCommit(this, hook).ok());
            {
                auto inner = Transaction::begin(*db);
                QVERIFY(db->beforeCommit(this, hook).ok()); // the same owner: once
                QVERIFY(inner->commit().ok());
            }
            QCOMPARE(runs, 0);
            QVERIFY(outer->commit().ok());
        }
        QCOMPARE(runs, 1);
        QCOMPARE(*db->scalar("SELECT count(*) FROM t"), qint64(1)); // inside the transaction
        {
            auto rolledBack = Transaction::begin(*db);
            QVERIFY(db->beforeCommit(this, hook).ok());
        }
        {
            auto next = Transaction::begin(*db);
            QVERIFY(next->commit().ok());
        }
        QCOMPARE(runs, 1); // forgotten with the rollback
        // A failing hook rolls the whole transaction back.
        {
            auto failing = Transaction::begin(*db);
            QVERIFY(db->exec("INSERT INTO t VALUES ('change')").ok());
            QVERIFY(db->beforeCommit(this, [] {
                          return Status(makeError(ErrorCode::Internal, QStringLiteral("no")));
                      }).ok());
            QVERIFY(!failing->commit().ok());
        }
        QVERIFY(!db->inTransaction());
        QCOMPARE(*db->scalar("SELECT count(*) FROM t"), qint64(1));
        // Outside a transaction the hook runs at once.
        QVERIFY(db->beforeCommit(this, hook).ok());
        QCOMPARE(runs, 2);
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
