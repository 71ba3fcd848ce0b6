#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace amanat {

/** A prepared SQLite statement (RAII). Binding is 1-based, columns 0-based, as in SQLite. */
class Statement
{
public:
    Statement(sqlite3 *db, sqlite3_stmt *stmt);

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
        void operator()(sqlite3_stmt *stmt) const;
    };
    sqlite3 *m_db;
    std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
    int m_bindError = 0;
};

} // namespace amanat
