#include "ExchangeKey.h"

#include "SigningKey.h"
#include "Sodium.h"

#include <QRegularExpression>

#include <sodium.h>

namespace amanat {

static_assert(ExchangeKey::kPublicKeyBytes == crypto_box_PUBLICKEYBYTES);
static_assert(ExchangeKey::kSecretKeyBytes == crypto_box_SECRETKEYBYTES);

namespace {

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

} // namespace

ExchangeKey::ExchangeKey(SecureBuffer secretKey, QByteArray publicKey)
    : m_secretKey(std::move(secretKey)), m_publicKey(std::move(publicKey))
{}

ExchangeKey ExchangeKey::generate()
{
    ensureSodium();
    SecureBuffer secret(crypto_box_SECRETKEYBYTES);
    QByteArray publicKey(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_box_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), secret.data());
    return ExchangeKey(std::move(secret), std::move(publicKey));
}

Result<ExchangeKey> ExchangeKey::fromSecret(SecureBuffer secretKey)
{
    ensureSodium();
    QByteArray publicKey(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    if (secretKey.size() != crypto_box_SECRETKEYBYTES ||
        crypto_scalarmult_base(reinterpret_cast<unsigned char *>(publicKey.data()),
                               secretKey.data()) != 0)
        return makeError(ErrorCode::Corrupt,
                         tr("The library's exchange key is damaged; packages cannot be opened."));
    return ExchangeKey(std::move(secretKey), std::move(publicKey));
}

QByteArray ExchangeKey::seal(const QByteArray &recipientPublicKey, const SecureBuffer &message)
{
    ensureSodium();
    Q_ASSERT(recipientPublicKey.size() == crypto_box_PUBLICKEYBYTES);
    QByteArray sealed(int(message.size() + crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()), message.data(),
                    message.size(), bytes(recipientPublicKey));
    return sealed;
}

std::optional<SecureBuffer> ExchangeKey::open(const QByteArray &sealed) const
{
    if (sealed.size() < int(crypto_box_SEALBYTES))
        return std::nullopt;
    SecureBuffer message(std::size_t(sealed.size()) - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(message.data(), bytes(sealed), std::size_t(sealed.size()),
                             bytes(m_publicKey), m_secretKey.data()) != 0)
        return std::nullopt;
    return message;
}

QString ExchangeIdentity::publicText() const
{
    return QString::fromLatin1(QByteArray(exchangeKey + signingKey).toBase64());
}

QString ExchangeIdentity::fingerprint() const
{
    return SigningKey::fingerprintOf(exchangeKey + signingKey);
}

QString ExchangeIdentity::displayFingerprint() const
{
    return SigningKey::displayFingerprintOf(exchangeKey + signingKey);
}

Result<ExchangeIdentity> ExchangeIdentity::parse(const QString &text)
{
    QByteArray compact;
    for (const QChar c : text)
        if (!c.isSpace())
            compact += c.toLatin1();
    QByteArray bytes;
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{128}$"));
    if (hex.match(QString::fromLatin1(compact)).hasMatch()) {
        bytes = QByteArray::fromHex(compact);
    } else {
        for (auto encoding : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            auto decoded = QByteArray::fromBase64Encoding(
                compact, encoding | QByteArray::AbortOnBase64DecodingErrors);
            if (decoded) {
                bytes = decoded.decoded;
                break;
            }
        }
    }
    if (bytes.size() != 64)
        return makeError(ErrorCode::InvalidInput,
                         tr("This is not a library's exchange key. Ask for the key that "
                            "amanat-cli exchange-key prints (88 characters)."));
    ExchangeIdentity identity;
    identity.exchangeKey = bytes.left(32);
    identity.signingKey = bytes.mid(32);
    return identity;
}

} // namespace amanat
