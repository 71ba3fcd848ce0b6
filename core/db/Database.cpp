#include "Database.h"

#include "LockedSqliteMemory.h"
#include "SqlFunctions.h"
#include "SqliteError.h"

#include <QFile>
#include <QThread>

#include <sodium.h>
#include <sqlite3.h>

#include <cstring>

namespace amanat {

void Database::Closer::operator()(sqlite3 *db) const
{
    sqlite3_close_v2(db);
}

Database::Database(sqlite3 *db)
    : m_db(db), m_statements(std::make_shared<StatementCache>()), m_owner(QThread::currentThread())
{}

Database::~Database()
{
    if (m_statements)
        m_statements->close(); // so the connection closes now, not when the last one is freed
}

namespace {
bool threadChecksAbort()
{
#ifndef NDEBUG
    return true;
#else
    static const bool enabled = qEnvironmentVariableIntValue("AMANAT_CHECK_THREADS") == 1;
    return enabled;
#endif
}
} // namespace

void Database::adoptCurrentThread()
{
    m_owner = QThread::currentThread();
}

void Database::allowUseFromAnyThreadUnderLock()
{
    m_owner = nullptr;
}

bool Database::isOwnedByCurrentThread() const
{
    return m_owner == nullptr || m_owner == QThread::currentThread();
}

Status Database::checkThread() const
{
    if (isOwnedByCurrentThread())
        return {};
    if (threadChecksAbort())
        qFatal("A database connection was used from a thread that does not own it.");
    return makeError(ErrorCode::Internal,
                     tr("Internal error: the library database was used from the wrong thread; "
                        "nothing was changed."));
}

Status Database::registerTextFunction(const char *name, QString (*function)(const QString &))
{
    AMANAT_TRY(checkThread());
    const int rc = sqlite3_create_function(m_db.get(), name, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                           reinterpret_cast<void *>(function), callTextFunction,
                                           nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(rc);
    return {};
}

Status Database::makeQueryOnly()
{
    AMANAT_TRY(exec("PRAGMA query_only = ON"));
    return expectPragma("query_only", QStringLiteral("1"));
}

Result<Database> Database::openHandle(const QString &path, Mode mode)
{
    if (mode == Mode::OpenExisting && !QFile::exists(path))
        return makeError(ErrorCode::NotALibrary, tr("The library database is missing."));
    LockedSqliteMemory::install(); // before SQLite initialises, on the first open
    sqlite3 *raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX |
                      (mode == Mode::Create ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    Database db(raw);
    if (rc != SQLITE_OK)
        return sqliteError(rc);
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, 10000);
    if (!registerSqlFunctions(raw))
        return makeError(ErrorCode::Internal, tr("The search functions could not be registered."));
    return db;
}

Result<Database> Database::open(const QString &path, const SecureBuffer &rawKey, Mode mode)
{
    auto db = openHandle(path, mode);
    if (!db.ok())
        return db.error();
    // Fail closed: a plain libsqlite3 accepts PRAGMA key silently and writes plaintext.
    if (db->cipherVersion().isEmpty())
        return makeError(ErrorCode::Unsupported,
                         tr("Amanat was built without SQLCipher encryption; refusing to open "
                            "the library."));
    AMANAT_TRY(db->applyKey(rawKey));
    AMANAT_TRY(db->configure(mode, true));
    return db;
}

Result<Database> Database::openUnencrypted(const QString &path, Mode mode)
{
    auto db = openHandle(path, mode);
    if (!db.ok())
        return db.error();
    // The same page size as a library, so comparisons measure encryption and nothing else.
    const QByteArray pageSize = "PRAGMA page_size = " + QByteArray::number(kPageSize);
    AMANAT_TRY(db->exec(pageSize.constData()));
    AMANAT_TRY(db->configure(mode, false));
    return db;
}

QByteArray Database::shellKeyLines(const SecureBuffer &rawKey)
{
    QByteArray hex(int(rawKey.size() * 2 + 1), '\0');
    sodium_bin2hex(hex.data(), std::size_t(hex.size()), rawKey.data(), rawKey.size());
    hex.chop(1);
    QByteArray lines = "PRAGMA key = \"x'" + hex +
                       "'\";\n"
                       "PRAGMA cipher_compatibility = 3;\n"
                       "PRAGMA cipher_page_size = " +
                       QByteArray::number(kPageSize) + ";\n";
    wipeBytes(hex);
    return lines;
}

Status Database::applyKey(const SecureBuffer &rawKey)
{
    // The key goes in as the literal x'<hex>' form so SQLCipher uses it directly (no PBKDF2);
    // the hex text is built in locked memory, and SQLCipher's copies of it land in locked
    // memory too (LockedSqliteMemory).
    LockedSqliteMemory::Scope lockedKeyCopies;
    SecureBuffer keySpec(rawKey.size() * 2 + 3);
    keySpec.data()[0] = 'x';
    keySpec.data()[1] = '\'';
    sodium_bin2hex(reinterpret_cast<char *>(keySpec.data() + 2), rawKey.size() * 2 + 1,
                   rawKey.data(), rawKey.size());
    keySpec.data()[keySpec.size() - 1] = '\'';
    if (sqlite3_key(m_db.get(), keySpec.data(), int(keySpec.size())) != SQLITE_OK)
        return makeError(ErrorCode::Internal, tr("The database key could not be set."));
    // SQLCipher 4 opens 3.x-format files only in compatibility mode; 3.x ignores this pragma.
    // Then the page size, which must be given on every open.
    AMANAT_TRY(exec("PRAGMA cipher_compatibility = 3"));
    const QByteArray pageSize = "PRAGMA cipher_page_size = " + QByteArray::number(kPageSize);
    AMANAT_TRY(exec(pageSize.constData()));
    // Reading page 1 derives the page keys now, inside the scope, without loading the schema.
    auto version = scalar("PRAGMA user_version");
    if (!version.ok())
        return version.error();
    return {};
}

Status Database::configure(Mode mode, bool encrypted)
{
    // First read of the file: with a wrong key or a damaged first page this fails.
    auto probe = scalar("SELECT count(*) FROM sqlite_master");
    if (!probe.ok())
        return probe.error();
    if (mode == Mode::Create && *probe == 0) {
        // Without free pages, integrity_check reads every page, so a flipped byte anywhere
        // is caught by the page MAC. Must be set before the first table exists.
        // It writes page 1, the first use of a new file's key: SQLCipher derives and copies
        // the page keys now, so they go to locked memory.
        LockedSqliteMemory::Scope lockedKeyCopies;
        AMANAT_TRY(exec("PRAGMA auto_vacuum = FULL"));
    }
    AMANAT_TRY(exec("PRAGMA temp_store = MEMORY"));
    AMANAT_TRY(exec("PRAGMA journal_mode = WAL"));
    AMANAT_TRY(exec("PRAGMA synchronous = FULL"));
    AMANAT_TRY(exec("PRAGMA secure_delete = ON"));
    AMANAT_TRY(exec("PRAGMA foreign_keys = ON"));
    AMANAT_TRY(exec("PRAGMA cache_size = -32768")); // 32 MiB of decrypted pages

    if (encrypted)
        AMANAT_TRY(expectPragma("cipher_page_size", QString::number(kPageSize)));
    AMANAT_TRY(expectPragma("temp_store", QStringLiteral("2")));
    AMANAT_TRY(expectPragma("journal_mode", QStringLiteral("wal")));
    AMANAT_TRY(expectPragma("synchronous", QStringLiteral("2")));
    AMANAT_TRY(expectPragma("secure_delete", QStringLiteral("1")));
    AMANAT_TRY(expectPragma("foreign_keys", QStringLiteral("1")));
    if (mode == Mode::OpenExisting || *probe == 0)
        AMANAT_TRY(expectPragma("auto_vacuum", QStringLiteral("1")));
    return {};
}

Status Database::expectPragma(const char *name, const QString &expected)
{
    const QByteArray sql = QByteArray("PRAGMA ") + name;
    auto value = scalarText(sql.constData());
    if (!value.ok())
        return value.error();
    if (value->compare(expected, Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Unsupported,
                         tr("The database setting %1 could not be applied (it reads \"%2\", "
                            "expected \"%3\"); refusing to continue.")
                             .arg(QString::fromLatin1(name), *value, expected));
    return {};
}

QString Database::cipherVersion()
{
    auto version = scalarText("PRAGMA cipher_version");
    return version.ok() ? *version : QString();
}

Status Database::exec(const char *sql)
{
    auto stmt = prepare(sql);
    if (!stmt.ok())
        return stmt.error();
    return stmt->run();
}

Status Database::beforeCommit(const void *owner, std::function<Status()> hook)
{
    if (!inTransaction())
        return hook();
    for (const auto &registered : m_beforeCommit)
        if (registered.first == owner)
            return {};
    m_beforeCommit.emplace_back(owner, std::move(hook));
    return {};
}

Result<Statement> Database::prepare(const char *sql)
{
    AMANAT_TRY(checkThread());
    // Pragmas are never kept: one may carry a key, and they run once per connection anyway.
    const bool cacheable = std::strncmp(sql, "PRAGMA", 6) != 0;
    if (cacheable)
        if (sqlite3_stmt *idle = m_statements->take(sql))
            return Statement(m_db.get(), idle, m_statements);
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db.get(), sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return sqliteError(sqlite3_extended_errcode(m_db.get()));
    }
    return Statement(m_db.get(), stmt, cacheable ? m_statements : nullptr);
}

Result<qint64> Database::scalar(const char *sql)
{
    auto stmt = prepare(sql);
    if (!stmt.ok())
        return stmt.error();
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    return *row ? stmt->integer(0) : qint64(0);
}

Result<QString> Database::scalarText(const char *sql)
{
    auto stmt = prepare(sql);
    if (!stmt.ok())
        return stmt.error();
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    return *row ? stmt->text(0) : QString();
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db.get());
}

int Database::changes() const
{
    return sqlite3_changes(m_db.get());
}

Status Database::checkIntegrity()
{
    auto stmt = prepare("PRAGMA integrity_check");
    if (!stmt.ok())
        return stmt.error();
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    if (!*row || stmt->text(0) != QLatin1String("ok"))
        return makeError(ErrorCode::Corrupt,
                         tr("The library database failed its integrity check."));
    return {};
}

Status Database::checkpoint()
{
    AMANAT_TRY(checkThread());
    int logFrames = 0;
    int checkpointed = 0;
    const int rc = sqlite3_wal_checkpoint_v2(m_db.get(), nullptr, SQLITE_CHECKPOINT_TRUNCATE,
                                             &logFrames, &checkpointed);
    if (rc != SQLITE_OK)
        return sqliteError(rc);
    return {};
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db.get()) == 0;
}

Result<Transaction> Transaction::begin(Database &db)
{
    if (!db.inTransaction())
        return beginSavepoint(db);
    return Transaction(db, kJoined);
}

Result<Transaction> Transaction::beginSavepoint(Database &db)
{
    if (!db.inTransaction()) {
        AMANAT_TRY(db.exec("BEGIN IMMEDIATE"));
        db.m_savepointDepth = 0;
        db.m_doomedAt = -1;
        ++db.m_transactionSerial;
        return Transaction(db, 0);
    }
    const int depth = ++db.m_savepointDepth;
    const QByteArray sql = "SAVEPOINT sp" + QByteArray::number(depth);
    auto status = db.exec(sql.constData());
    if (!status.ok()) {
        --db.m_savepointDepth;
        return status.error();
    }
    return Transaction(db, depth);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_depth(other.m_depth)
{}

Transaction::~Transaction()
{
    if (m_db)
        rollback();
}

Status Transaction::doomedError() const
{
    return makeError(ErrorCode::Internal,
                     tr("Part of this change failed, so none of it was saved."));
}

void Transaction::rollback()
{
    Database *db = std::exchange(m_db, nullptr);
    if (!db)
        return;
    if (m_depth == kJoined) {
        // Its changes cannot be taken out alone: the enclosing savepoint or transaction must go.
        if (db->m_doomedAt < 0 || db->m_doomedAt > db->m_savepointDepth)
            db->m_doomedAt = db->m_savepointDepth;
        return;
    }
    if (m_depth == 0) {
        db->m_checkpointAfterCommit = false;
        db->m_beforeCommit.clear();
        db->m_doomedAt = -1;
        (void)db->exec("ROLLBACK");
        return;
    }
    const QByteArray name = "sp" + QByteArray::number(m_depth);
    (void)db->exec(QByteArray("ROLLBACK TO " + name).constData());
    (void)db->exec(QByteArray("RELEASE " + name).constData());
    db->m_savepointDepth = m_depth - 1;
    if (db->m_doomedAt >= m_depth)
        db->m_doomedAt = -1; // the failed part was inside this savepoint, and is undone
}

Status Transaction::commit()
{
    if (!m_db)
        return doomedError();
    if (m_depth == kJoined) {
        const bool doomed = m_db->m_doomedAt >= 0;
        m_db = nullptr;
        return doomed ? doomedError() : Status();
    }
    if (m_db->m_doomedAt >= 0) {
        rollback(); // a savepoint's rollback clears a doom inside it, the transaction's any
        return doomedError();
    }
    if (m_depth == 0) {
        Database *db = m_db;
        // By index: a hook may register another (run in the same pass).
        for (std::size_t i = 0; i < db->m_beforeCommit.size(); ++i) {
            const std::function<Status()> hook = db->m_beforeCommit[i].second;
            if (Status done = hook(); !done.ok()) {
                rollback();
                return done;
            }
        }
        db->m_beforeCommit.clear();
        auto status = db->exec("COMMIT");
        if (!status.ok()) {
            rollback();
            return status;
        }
        m_db = nullptr;
        if (db->m_checkpointAfterCommit) {
            db->m_checkpointAfterCommit = false;
            AMANAT_TRY(db->checkpoint());
        }
        return db->m_afterCommit ? db->m_afterCommit() : Status();
    }
    const QByteArray sql = "RELEASE sp" + QByteArray::number(m_depth);
    auto status = m_db->exec(sql.constData());
    if (!status.ok()) {
        rollback();
        return status;
    }
    m_db->m_savepointDepth = m_depth - 1;
    m_db = nullptr;
    return {};
}

} // namespace amanat
