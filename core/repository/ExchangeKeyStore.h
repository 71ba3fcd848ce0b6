#pragma once

#include "common/Result.h"
#include "crypto/ExchangeKey.h"
#include "custody/CustodyLog.h"
#include "db/Database.h"

#include <QCoreApplication>

namespace amanat {

/** A library's exchange key and the id its packages carry, both in the `meta` table of the
 *  encrypted database. They are made together on first use, logged as
 *  `exchange_key_create` (algorithm, fingerprint of the exchange identity, library id). */
class ExchangeKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeKeyStore)

public:
    static constexpr const char *kKeyMetaKey = "exchange_key";
    static constexpr const char *kIdMetaKey = "exchange_library_id";
    static constexpr const char *kCreateAction = "exchange_key_create";

    struct Loaded
    {
        ExchangeKey key;
        QString libraryId; ///< a random UUID, without braces
    };

    ExchangeKeyStore(Database &db, CustodyLog &custody) : m_db(db), m_custody(custody) {}

    /** Loads the key, or creates, stores and logs one (in one transaction). @p signingKey
     *  is the library's signing public key, for the logged fingerprint. */
    [[nodiscard]] Result<Loaded> loadOrCreate(const QByteArray &signingKey);
    /** NotFound when the library has no exchange key yet. Writes nothing. */
    [[nodiscard]] Result<Loaded> load();

private:
    Database &m_db;
    CustodyLog &m_custody;
};

} // namespace amanat
