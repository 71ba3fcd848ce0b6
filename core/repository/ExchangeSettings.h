#pragma once

#include "common/Result.h"
#include "db/Database.h"

#include <QCoreApplication>

namespace amanat {

/** A library's own exchange settings, kept inside it (the `meta` table), not in the
 *  desktop's settings file: the inbox folder that a sync engine fills with packages. */
class ExchangeSettings
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeSettings)

public:
    explicit ExchangeSettings(Database &db) : m_db(db) {}

    /** The folder watched for incoming packages while the library is open; empty: none. */
    Result<QString> inboxFolder() const;
    Status setInboxFolder(const QString &folder);

private:
    Database &m_db;
};

} // namespace amanat
