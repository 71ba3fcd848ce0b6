#pragma once

#include <QByteArray>
#include <QString>

#include <sodium.h>

namespace amanat {

/** Streaming SHA-256 (libsodium): feed bytes as they pass, read the digest at the end. */
class Sha256
{
public:
    Sha256();
    void add(const char *data, qsizetype size);
    void add(const QByteArray &data) { add(data.constData(), data.size()); }
    /** Finishes the hash; the object must not be fed afterwards. */
    QByteArray digest();
    QString hexDigest() { return QString::fromLatin1(digest().toHex()); }

    static QString hexOf(const QByteArray &data);

private:
    crypto_hash_sha256_state m_state;
};

} // namespace amanat
