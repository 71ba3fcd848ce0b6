#include "SigningKeyStore.h"

#include <QJsonObject>

namespace amanat {

Result<SigningKey> SigningKeyStore::load()
{
    auto stmt = m_db.prepare("SELECT value FROM meta WHERE key = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, kMetaKey);
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, tr("The library has no signing key yet."));
    int size = 0;
    const char *data = stmt->blobData(0, &size);
    // Copied straight into locked memory: the secret never passes through a QByteArray.
    SecureBuffer secret = SecureBuffer::fromBytes(data, data ? std::size_t(size) : 0);
    stmt->reset();
    return SigningKey::fromSecret(std::move(secret));
}

Result<SigningKey> SigningKeyStore::loadOrCreate()
{
    auto loaded = load();
    if (loaded.ok() || loaded.error().code != ErrorCode::NotFound)
        return loaded;

    SigningKey key = SigningKey::generate();
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto insert = m_db.prepare("INSERT INTO meta(key, value) VALUES (?, ?)");
    if (!insert.ok())
        return insert.error();
    const SecureBuffer &secret = key.secretForStorage();
    insert->bind(1, kMetaKey).bindBlobNoCopy(2, secret.chars(), int(secret.size()));
    AMANAT_TRY(insert->run());
    AMANAT_TRY(m_custody.append(QString::fromLatin1(kCreateAction), 0,
                                {{QStringLiteral("algorithm"), QStringLiteral("ed25519")},
                                 {QStringLiteral("fingerprint"), key.fingerprint()}}));
    AMANAT_TRY(transaction->commit());
    return key;
}

} // namespace amanat
