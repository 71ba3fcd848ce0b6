#include "SqliteError.h"

#include "Database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace amanat {

Error sqliteError(int code)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return makeError(
            ErrorCode::DiskFull,
            Database::tr("The disk is full; the change was not saved and the library is "
                         "unchanged."));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return makeError(
            ErrorCode::Corrupt,
            Database::tr("The library database is damaged or was modified outside Amanat."));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorCode::InUse,
                         Database::tr("The library is in use by another process."));
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return makeError(
            ErrorCode::Io,
            Database::tr("The library cannot be written: the folder is read-only, missing "
                         "or not accessible."));
    case SQLITE_IOERR:
        return makeError(
            ErrorCode::Io,
            Database::tr("The disk reported an error while reading or writing the library "
                         "(was the drive removed?)."));
    case SQLITE_NOMEM:
        return makeError(ErrorCode::Io, Database::tr("Not enough memory."));
    case SQLITE_CONSTRAINT:
        return makeError(ErrorCode::InvalidInput,
                         Database::tr("The change conflicts with existing data."));
    default:
        return makeError(ErrorCode::Internal, Database::tr("Unexpected database error (%1).")
                                                  .arg(QString::fromUtf8(sqlite3_errstr(code))));
    }
}

} // namespace amanat
