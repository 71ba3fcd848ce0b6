#pragma once

#include "SecureBuffer.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace amanat {

/** A library's X25519 key pair for receiving sealed exchange packages.
 *
 *  Senders seal a package's one-time stream key to this public key (libsodium's
 *  crypto_box_seal); only the holder of the secret, kept inside the encrypted database (see
 *  ExchangeKeyStore) and in locked memory, can open it. Move-only, like the secret it
 *  holds. */
class ExchangeKey
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeKey)

public:
    static constexpr int kPublicKeyBytes = 32;
    static constexpr int kSecretKeyBytes = 32;

    [[nodiscard]] static ExchangeKey generate();
    /** Checks a stored secret key and derives its public half. */
    static Result<ExchangeKey> fromSecret(SecureBuffer secretKey);

    ExchangeKey(ExchangeKey &&) noexcept = default;
    ExchangeKey &operator=(ExchangeKey &&) noexcept = default;

    QByteArray publicKey() const { return m_publicKey; }
    const SecureBuffer &secretForStorage() const { return m_secretKey; }

    /** @p message sealed to @p recipientPublicKey: only that key's holder can open it, and
     *  the sender stays anonymous to the box itself (the package signature names it). */
    static QByteArray seal(const QByteArray &recipientPublicKey, const SecureBuffer &message);
    /** The message of a box sealed to this key; nullopt when it was sealed to another key
     *  or changed on the way. */
    std::optional<SecureBuffer> open(const QByteArray &sealed) const;

private:
    ExchangeKey(SecureBuffer secretKey, QByteArray publicKey);

    SecureBuffer m_secretKey;
    QByteArray m_publicKey;
};

/** What a library tells others so that they can send it packages and recognise packages
 *  from it: its exchange public key (X25519) and its signing public key (Ed25519). The
 *  fingerprint covers both, so one short check read out over the phone pins both. */
struct ExchangeIdentity
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeIdentity)

public:
    QByteArray exchangeKey; ///< 32 bytes, X25519
    QByteArray signingKey;  ///< 32 bytes, Ed25519

    /** Both public keys (64 bytes) in standard base64, 88 characters: what `exchange-key`
     *  prints and `--to` accepts. */
    QString publicText() const;
    /** Lowercase hex SHA-256 of both keys, 64 characters. */
    QString fingerprint() const;
    /** The fingerprint in 16 groups of 4, for reading out. */
    QString displayFingerprint() const;
    bool isValid() const
    {
        return exchangeKey.size() == ExchangeKey::kPublicKeyBytes && signingKey.size() == 32;
    }
    bool operator==(const ExchangeIdentity &other) const
    {
        return exchangeKey == other.exchangeKey && signingKey == other.signingKey;
    }

    /** Reads publicText() back, or the same 64 bytes in base64url or hex (spaces and line
     *  breaks ignored, as when a key is pasted from a message). */
    static Result<ExchangeIdentity> parse(const QString &text);
};

} // namespace amanat
