#include "Sha256.h"

#include "Sodium.h"

namespace amanat {

Sha256::Sha256()
{
    ensureSodium();
    crypto_hash_sha256_init(&m_state);
}

void Sha256::add(const char *data, qsizetype size)
{
    crypto_hash_sha256_update(&m_state, reinterpret_cast<const unsigned char *>(data),
                              static_cast<unsigned long long>(size));
}

QByteArray Sha256::digest()
{
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256_final(&m_state, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QString Sha256::hexOf(const QByteArray &data)
{
    Sha256 hash;
    hash.add(data);
    return hash.hexDigest();
}

} // namespace amanat
