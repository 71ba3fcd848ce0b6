#include "SigningKey.h"

#include "Sha256.h"
#include "Sodium.h"

#include <QJsonObject>

#include <sodium.h>

namespace amanat {

static_assert(SigningKey::kPublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(SigningKey::kSecretKeyBytes == crypto_sign_SECRETKEYBYTES);
static_assert(SigningKey::kSignatureBytes == crypto_sign_BYTES);

SigningKey::SigningKey(SecureBuffer secretKey, QByteArray publicKey)
    : m_secretKey(std::move(secretKey)), m_publicKey(std::move(publicKey))
{}

SigningKey SigningKey::generate()
{
    ensureSodium();
    SecureBuffer secret(crypto_sign_SECRETKEYBYTES);
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), secret.data());
    return SigningKey(std::move(secret), std::move(publicKey));
}

Result<SigningKey> SigningKey::fromSecret(SecureBuffer secretKey)
{
    ensureSodium();
    const auto corrupt = [] {
        return makeError(ErrorCode::Corrupt,
                         tr("The library's signing key is damaged; bundles cannot be signed."));
    };
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return corrupt();
    // The secret key is seed ‖ public key: rebuild it from the seed and compare.
    SecureBuffer rebuilt(crypto_sign_SECRETKEYBYTES);
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), rebuilt.data(),
                             secretKey.data());
    if (!rebuilt.equals(secretKey))
        return corrupt();
    return SigningKey(std::move(secretKey), std::move(publicKey));
}

QByteArray SigningKey::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         std::size_t(message.size()), m_secretKey.data());
    return signature;
}

bool SigningKey::verify(const QByteArray &publicKey, const QByteArray &message,
                        const QByteArray &signature)
{
    ensureSodium();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               std::size_t(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

QString SigningKey::fingerprintOf(const QByteArray &publicKey)
{
    return Sha256::hexOf(publicKey);
}

QString SigningKey::displayFingerprintOf(const QByteArray &publicKey)
{
    const QString hex = fingerprintOf(publicKey);
    QString grouped;
    for (int i = 0; i < hex.size(); i += 4) {
        if (i > 0)
            grouped += QLatin1Char(' ');
        grouped += QStringView(hex).mid(i, 4);
    }
    return grouped;
}

QString SigningKey::normalizeFingerprint(const QString &typed)
{
    QString hex;
    for (const QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char(':') || c == QLatin1Char('-'))
            continue;
        const QChar lower = c.toLower();
        if (!((lower >= QLatin1Char('0') && lower <= QLatin1Char('9')) ||
              (lower >= QLatin1Char('a') && lower <= QLatin1Char('f'))))
            return QString();
        hex += lower;
    }
    return hex.size() == kFingerprintChars ? hex : QString();
}

} // namespace amanat
