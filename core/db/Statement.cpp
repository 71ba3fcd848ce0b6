#include "Statement.h"

#include "SqliteError.h"

#include <sqlite3.h>

#include <cstring>

namespace amanat {

StatementCache::~StatementCache()
{
    close();
}

sqlite3_stmt *StatementCache::take(const char *sql)
{
    const auto length = qsizetype(std::strlen(sql));
    for (auto it = m_idle.rbegin(); it != m_idle.rend(); ++it) {
        if (it->sql.size() == length && std::memcmp(it->sql.constData(), sql, length) == 0) {
            sqlite3_stmt *stmt = it->stmt;
            m_idle.erase(std::next(it).base());
            return stmt;
        }
    }
    return nullptr;
}

void StatementCache::give(sqlite3_stmt *stmt)
{
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt); // bound values (names, text) do not wait in the cache
    if (m_closed || int(m_idle.size()) >= kMaxIdle) {
        sqlite3_finalize(stmt);
        return;
    }
    m_idle.push_back({QByteArray(sqlite3_sql(stmt)), stmt});
}

void StatementCache::close()
{
    m_closed = true;
    for (const Idle &idle : m_idle)
        sqlite3_finalize(idle.stmt);
    m_idle.clear();
}

void Statement::Finalizer::operator()(sqlite3_stmt *stmt) const
{
    if (cache)
        cache->give(stmt);
    else
        sqlite3_finalize(stmt);
}

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt, std::shared_ptr<StatementCache> cache)
    : m_db(db), m_stmt(stmt, Finalizer{std::move(cache)})
{}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const int rc = sqlite3_bind_text(m_stmt.get(), index, utf8.constData(), int(utf8.size()),
                                     SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(m_stmt.get(), index, value);
    if (rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt.get(), index, value);
    if (rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bindBlob(int index, const char *data, int size)
{
    // A zero-length blob must still be a blob, not NULL: pass a non-null pointer.
    static const char empty = 0;
    const int rc =
        sqlite3_bind_blob(m_stmt.get(), index, size > 0 ? data : &empty, size, SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bindBlobNoCopy(int index, const char *data, int size)
{
    static const char empty = 0;
    const int rc =
        sqlite3_bind_blob(m_stmt.get(), index, size > 0 ? data : &empty, size, SQLITE_STATIC);
    if (rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt.get(), index);
    if (rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bindVariant(int index, const QVariant &value)
{
    if (value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return bind(index, value.toLongLong());
    case QMetaType::QByteArray:
        return bindBlob(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

Statement &Statement::bindAll(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        bindVariant(i + 1, values.at(i));
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError != SQLITE_OK)
        return sqliteError(m_bindError);
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return sqliteError(sqlite3_extended_errcode(m_db));
}

Status Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
    m_bindError = SQLITE_OK;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt.get(), column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt.get(), column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt.get(), column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt.get(), column);
}

QByteArray Statement::blob(int column) const
{
    int size = 0;
    const char *data = blobData(column, &size);
    return QByteArray(data, size);
}

const char *Statement::blobData(int column, int *size) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt.get(), column));
    *size = sqlite3_column_bytes(m_stmt.get(), column);
    return data;
}

} // namespace amanat
