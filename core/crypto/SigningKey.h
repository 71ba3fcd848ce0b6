#pragma once

#include "SecureBuffer.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace amanat {

/** A library's Ed25519 signing key, used to sign bundle manifests.
 *
 *  The 64-byte libsodium secret key is stored in the `meta` table of the encrypted
 *  database (key `signing_key`), so it never exists in plaintext on disk; in memory it sits
 *  in a SecureBuffer. It is created on first use, and its creation is a custody event
 *  (`signing_key_create`, details: algorithm and fingerprint). The fingerprint — lowercase
 *  hex SHA-256 of the 32-byte public key — is what a recipient is told out of band and
 *  what is printed on every bundle. Move-only, like the secret it holds. */
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(SigningKey)

public:
    static constexpr int kPublicKeyBytes = 32;
    static constexpr int kSecretKeyBytes = 64;
    static constexpr int kSignatureBytes = 64;
    static constexpr int kFingerprintChars = 64;
    /** A fresh key that is stored nowhere (tests, or a throw-away signature). */
    [[nodiscard]] static SigningKey generate();

    SigningKey(SigningKey &&) noexcept = default;
    SigningKey &operator=(SigningKey &&) noexcept = default;

    /** The 32-byte raw public key. */
    QByteArray publicKey() const { return m_publicKey; }
    /** Lowercase hex SHA-256 of the public key, 64 characters. */
    QString fingerprint() const { return fingerprintOf(m_publicKey); }
    /** The fingerprint in 16 groups of 4, separated by spaces, for printing. */
    QString displayFingerprint() const { return displayFingerprintOf(m_publicKey); }
    /** A detached Ed25519 signature (64 bytes) of @p message. */
    QByteArray sign(const QByteArray &message) const;

    /** True when @p signature is a valid Ed25519 signature of @p message by @p publicKey.
     *  False for malformed keys or signatures. */
    static bool verify(const QByteArray &publicKey, const QByteArray &message,
                       const QByteArray &signature);
    static QString fingerprintOf(const QByteArray &publicKey);
    static QString displayFingerprintOf(const QByteArray &publicKey);
    /** What a person typed as a fingerprint, without spaces, colons or dashes and in lower
     *  case; empty when the rest is not 64 hex digits. */
    static QString normalizeFingerprint(const QString &typed);

    /** Checks a stored secret key (size, and that its public half matches its seed). */
    static Result<SigningKey> fromSecret(SecureBuffer secretKey);
    /** The 64-byte secret, for the store that keeps it inside the encrypted database
     *  (SigningKeyStore) and nothing else. */
    const SecureBuffer &secretForStorage() const { return m_secretKey; }

private:
    SigningKey(SecureBuffer secretKey, QByteArray publicKey);

    SecureBuffer m_secretKey;
    QByteArray m_publicKey;
};

} // namespace amanat
