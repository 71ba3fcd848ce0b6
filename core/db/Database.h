#pragma once

#include "Statement.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QThread;
struct sqlite3;

namespace amanat {

/** One SQLCipher connection (RAII), opened fail-closed.
 *
 *  open() keys the database with a raw 256-bit key, sets the pragmas the library
 *  depends on and reads each one back; if SQLCipher is missing (empty
 *  `cipher_version`) or any pragma does not hold, it refuses to return a handle.
 *
 *  One connection per thread: it is opened NOMUTEX, so two threads using it at once corrupt
 *  SQLite's state. Every statement checks that it runs on the connection's owner thread (the
 *  one that opened it, or took it over with adoptCurrentThread()); a stray use fails with an
 *  Internal error, and aborts the process when AMANAT_CHECK_THREADS=1 is set or in debug
 *  builds, so tests catch it where it happens. */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode
    {
        OpenExisting,
        Create
    };

    /** SQLCipher page size of every Amanat library, set on every open. 16 KiB rather than
     *  4 KiB: originals are stored in 1 MiB chunks, and larger pages cut the per-page
     *  encryption, MAC and system-call cost of storing them by ~40 % (docs/benchmarks.md). */
    static constexpr int kPageSize = 16384;

    static Result<Database> open(const QString &path, const SecureBuffer &rawKey, Mode mode);
    /** An unencrypted database with the same settings, for benchmarks that measure the
     *  cost of encryption. Never used for a library. */
    static Result<Database> openUnencrypted(const QString &path, Mode mode);

    Database(Database &&) noexcept = default;
    Database &operator=(Database &&) noexcept = default;
    ~Database();

    /** Makes the calling thread this connection's owner: for a connection opened on one
     *  thread and handed to another (a worker that opened the library, a reader thread). */
    void adoptCurrentThread();
    /** For a connection whose every use is serialised by its owner's own mutex (a blob
     *  device that a media backend reads from its own threads): no owner-thread check. */
    void allowUseFromAnyThreadUnderLock();
    /** Refuses every change to the database (`PRAGMA query_only`): a reader cannot write
     *  behind the writer's back, and a missed write path fails loudly instead. */
    Status makeQueryOnly();
    /** Whether the calling thread may use this connection. */
    bool isOwnedByCurrentThread() const;

    /** Registers a deterministic SQL function of one text argument (NULL reads as ""), for
     *  a module above the database that needs its own function in queries. */
    Status registerTextFunction(const char *name, QString (*function)(const QString &));

    Status exec(const char *sql);
    Result<Statement> prepare(const char *sql);
    Result<Statement> prepare(const QByteArray &sql) { return prepare(sql.constData()); }
    /** Runs a query that returns one integer (e.g. a count or a pragma). */
    Result<qint64> scalar(const char *sql);
    Result<QString> scalarText(const char *sql);
    qint64 lastInsertRowId() const;
    bool inTransaction() const;
    /** Counts the outermost transactions begun on this connection: tells one from the next. */
    quint64 transactionSerial() const { return m_transactionSerial; }
    int changes() const;

    /** `PRAGMA integrity_check`: every b-tree page is read, so SQLCipher's page MACs are checked.
     */
    Status checkIntegrity();
    /** Copies the WAL into the main file and truncates the WAL. */
    Status checkpoint();

    /** Called after every outermost transaction commits; its error is the commit's (the
     *  data is committed either way). For what must follow a commit: the library's record
     *  of its newest change, and checking the file is still the one that was opened. */
    void setAfterCommit(std::function<Status()> hook) { m_afterCommit = std::move(hook); }

    /** Runs @p hook just before the current outermost transaction commits, inside it: work
     *  that several changes of one transaction share is done once (the search index of an
     *  item changed by several calls, the custody head). Its error rolls the transaction
     *  back. A hook already registered by @p owner in this transaction is kept, not added
     *  again; a rollback forgets them all. Outside a transaction, @p hook runs now. */
    Status beforeCommit(const void *owner, std::function<Status()> hook);

    /** Asks for a checkpoint (the WAL truncated) once the current transaction commits: after
     *  a change that must wipe data, so no earlier page stays in the write-ahead log. */
    void checkpointAfterCommit() { m_checkpointAfterCommit = true; }

    /** The lines to paste into the stock `sqlcipher` shell to open this database. */
    static QByteArray shellKeyLines(const SecureBuffer &rawKey);

    /** The SQLCipher library version, or empty when linked against plain SQLite. */
    QString cipherVersion();

private:
    struct Closer
    {
        void operator()(sqlite3 *db) const;
    };
    explicit Database(sqlite3 *db);
    static Result<Database> openHandle(const QString &path, Mode mode);
    Status applyKey(const SecureBuffer &rawKey);
    Status configure(Mode mode, bool encrypted);
    Status expectPragma(const char *name, const QString &expected);

    Status checkThread() const;

    std::unique_ptr<sqlite3, Closer> m_db;
    std::shared_ptr<StatementCache> m_statements;
    QThread *m_owner = nullptr; ///< nullptr: any thread, each use serialised by its owner
    int m_savepointDepth = 0;
    quint64 m_transactionSerial = 0;
    /** A joined part ended without commit at this savepoint depth (0: the transaction);
     *  -1 when nothing failed. */
    int m_doomedAt = -1;
    std::function<Status()> m_afterCommit;
    std::vector<std::pair<const void *, std::function<Status()>>> m_beforeCommit;
    bool m_checkpointAfterCommit = false;
    friend class Transaction;
};

/** A transaction that rolls back unless commit() is called. Outside any transaction it
 *  is BEGIN IMMEDIATE. Inside one, operations compose: an import creates an item, tags it
 *  and sets its text in one atomic step.
 *
 *  begin() inside a transaction joins it: no savepoint, so SQLCipher does not encrypt a
 *  copy of every page the part touches into the statement journal (that doubled the cost
 *  of indexing, docs/benchmarks.md). A joined part that ends without commit() dooms the
 *  whole: it cannot be half-applied, so every enclosing commit() then fails and the
 *  transaction rolls back. A caller that must undo a part and carry on (an import that
 *  finds a duplicate) asks for beginSavepoint(); its rollback also undoes a doomed part
 *  inside it. */
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    static Result<Transaction> begin(Database &db);
    /** As begin(), but inside a transaction a savepoint that can be rolled back alone. */
    static Result<Transaction> beginSavepoint(Database &db);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    ~Transaction();
    Status commit();

private:
    static constexpr int kJoined = -1; ///< m_depth of a part that joined its transaction
    Transaction(Database &db, int depth) : m_db(&db), m_depth(depth) {}
    void rollback();
    Status doomedError() const;
    Database *m_db;
    int m_depth; ///< 0 for the outermost transaction, n for savepoint n, kJoined
};

} // namespace amanat
