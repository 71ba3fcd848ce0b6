#pragma once

#include "common/Result.h"
#include "crypto/SigningKey.h"
#include "custody/CustodyLog.h"
#include "db/Database.h"

#include <QCoreApplication>

namespace amanat {

/** Where a library keeps its Ed25519 signing key: the `meta` table of the encrypted
 *  database, never a file. Creating it is logged (`signing_key_create`, with the algorithm
 *  and fingerprint). */
class SigningKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(SigningKeyStore)

public:
    /** Key of the secret in the `meta` table. */
    static constexpr const char *kMetaKey = "signing_key";
    /** Custody action logged when a library's key is created. */
    static constexpr const char *kCreateAction = "signing_key_create";

    SigningKeyStore(Database &db, CustodyLog &custody) : m_db(db), m_custody(custody) {}

    /** Loads the library's key, or creates, stores and logs one (in one transaction) when
     *  there is none. Fails with Corrupt when the stored key is malformed. */
    [[nodiscard]] Result<SigningKey> loadOrCreate();
    /** Loads the library's key; NotFound when it has none yet. Writes nothing. */
    [[nodiscard]] Result<SigningKey> load();

private:
    Database &m_db;
    CustodyLog &m_custody;
};

} // namespace amanat
