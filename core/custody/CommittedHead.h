#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace amanat {

/** The newest committed custody event, kept outside the database in `custody.head`,
 *  encrypted and authenticated with a key derived from the master key, rewritten (and
 *  fsynced) after every commit.
 *
 *  A crash followed by a truncated or damaged write-ahead log rolls the database back to an
 *  earlier state that is internally consistent, custody chain included; this record still
 *  names the last event that had been committed, so the loss is reported instead of
 *  passing unnoticed. It cannot tell anything if every file of the folder is replaced by
 *  an older copy together. */
class CommittedHead
{
    Q_DECLARE_TR_FUNCTIONS(CommittedHead)

public:
    struct Record
    {
        qint64 seq = 0;
        QString hash;
        QString action;
        QString at;
    };

    static QString path(const QString &libraryPath);
    /** Replaces the record atomically (write, fsync, rename, fsync of the folder). */
    static Status write(const QString &libraryPath, const SecureBuffer &key, const Record &record);
    /** Nothing when the library has no record yet (made by an older version). */
    static Result<std::optional<Record>> read(const QString &libraryPath, const SecureBuffer &key);
};

} // namespace amanat
