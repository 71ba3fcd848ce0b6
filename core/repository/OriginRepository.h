#pragma once

#include "common/Result.h"
#include "db/Database.h"

#include <QCoreApplication>

#include <optional>

namespace amanat {

/** Where received items came from (the sending library and its item number) and which
 *  packages have been received, so that receiving again adds nothing. Inside the caller's
 *  transaction; the custody log holds the human-readable record. */
class OriginRepository
{
    Q_DECLARE_TR_FUNCTIONS(OriginRepository)

public:
    explicit OriginRepository(Database &db) : m_db(db) {}

    /** The local item that came from @p remoteId of library @p libraryId, if any. */
    Result<std::optional<qint64>> itemFrom(const QString &libraryId, qint64 remoteId) const;
    /** Records that @p itemId is @p remoteId of @p libraryId (kept if already recorded). */
    Status recordOrigin(qint64 itemId, const QString &libraryId, qint64 remoteId);
    /** When the package with @p sha256 was received, if it was. */
    Result<std::optional<QString>> receivedAt(const QString &sha256) const;
    Status recordPackage(const QString &sha256, const QString &senderFingerprint);

private:
    Database &m_db;
};

} // namespace amanat
