#include "ExchangeKeyStore.h"

#include <QJsonObject>
#include <QUuid>

namespace amanat {

Result<ExchangeKeyStore::Loaded> ExchangeKeyStore::load()
{
    auto stmt = m_db.prepare("SELECT key, value FROM meta WHERE key IN (?, ?)");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, kKeyMetaKey).bind(2, kIdMetaKey);
    std::optional<SecureBuffer> secret;
    QString libraryId;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        if (stmt->text(0) == QLatin1String(kKeyMetaKey)) {
            int size = 0;
            const char *data = stmt->blobData(1, &size);
            // Straight into locked memory: the secret never passes through a QByteArray.
            secret = SecureBuffer::fromBytes(data, data ? std::size_t(size) : 0);
        } else {
            libraryId = stmt->text(1);
        }
    }
    stmt->reset();
    if (!secret)
        return makeError(ErrorCode::NotFound, tr("The library has no exchange key yet."));
    if (libraryId.isEmpty())
        return makeError(ErrorCode::Corrupt, tr("The library's exchange id is missing."));
    auto key = ExchangeKey::fromSecret(std::move(*secret));
    if (!key.ok())
        return key.error();
    return Loaded{std::move(*key), libraryId};
}

Result<ExchangeKeyStore::Loaded> ExchangeKeyStore::loadOrCreate(const QByteArray &signingKey)
{
    auto loaded = load();
    if (loaded.ok() || loaded.error().code != ErrorCode::NotFound)
        return loaded;

    ExchangeKey key = ExchangeKey::generate();
    const QString libraryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto insert = m_db.prepare("INSERT INTO meta(key, value) VALUES (?, ?), (?, ?)");
    if (!insert.ok())
        return insert.error();
    const SecureBuffer &secret = key.secretForStorage();
    insert->bind(1, kKeyMetaKey)
        .bindBlobNoCopy(2, secret.chars(), int(secret.size()))
        .bind(3, kIdMetaKey)
        .bind(4, libraryId);
    AMANAT_TRY(insert->run());
    const ExchangeIdentity identity{key.publicKey(), signingKey};
    AMANAT_TRY(m_custody.append(QString::fromLatin1(kCreateAction), 0,
                                {{QStringLiteral("algorithm"), QStringLiteral("x25519")},
                                 {QStringLiteral("fingerprint"), identity.fingerprint()},
                                 {QStringLiteral("library_id"), libraryId}}));
    AMANAT_TRY(transaction->commit());
    return Loaded{std::move(key), libraryId};
}

} // namespace amanat
