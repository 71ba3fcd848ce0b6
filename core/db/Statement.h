#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace amanat {

/** The idle prepared statements of one connection, by SQL text. Preparing is a large share
 *  of a short statement's cost (the parse, and SQLCipher's allocations); a statement done
 *  with is reset, its bindings cleared, and kept for the next prepare() of the same text.
 *  Used only from the connection's thread, like the connection. */
class StatementCache
{
public:
    StatementCache() = default;
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    /** An idle statement prepared from exactly @p sql, or nullptr. */
    sqlite3_stmt *take(const char *sql);
    /** Resets @p stmt and keeps it, or finalizes it when the cache is closed or full. */
    void give(sqlite3_stmt *stmt);
    /** Finalizes every idle statement; statements given back later are finalized. Called
     *  before the connection closes, so it closes at once. */
    void close();

private:
    static constexpr int kMaxIdle = 256;
    struct Idle
    {
        QByteArray sql;
        sqlite3_stmt *stmt;
    };
    std::vector<Idle> m_idle; ///< newest last; a linear scan beats hashing at this size
    bool m_closed = false;
};

/** A prepared SQLite statement (RAII). Binding is 1-based, columns 0-based, as in SQLite. */
class Statement
{
public:
    /** With @p cache, the statement goes back to it instead of being finalized. */
    Statement(sqlite3 *db, sqlite3_stmt *stmt, std::shared_ptr<StatementCache> cache = {});

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *value) { return bind(index, QString::fromUtf8(value)); }
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, double value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bindBlob(int index, const char *data, int size);
    Statement &bindBlob(int index, const QByteArray &value)
    {
        return bindBlob(index, value.constData(), int(value.size()));
    }
    /** Binds without copying: @p data must stay valid until the statement is stepped. */
    Statement &bindBlobNoCopy(int index, const char *data, int size);
    Statement &bindNull(int index);
    /** Binds QString, integers, QByteArray (as a blob) or a null QVariant (as NULL). */
    Statement &bindVariant(int index, const QVariant &value);
    Statement &bindAll(const QVariantList &values);

    /** Advances one row: true when a row is available, false when done. */
    Result<bool> step();
    /** Runs to completion, ignoring rows. */
    Status run();
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    /** Pointer to the blob valid until the next step/reset; avoids a copy for large chunks. */
    const char *blobData(int column, int *size) const;

private:
    struct Finalizer
    {
        std::shared_ptr<StatementCache> cache;
        void operator()(sqlite3_stmt *stmt) const;
    };
    sqlite3 *m_db;
    std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
    int m_bindError = 0;
};

} // namespace amanat
