#include "SealedPackage.h"

#include "common/Clock.h"
#include "common/FileUtil.h"
#include "crypto/SigningKey.h"
#include "crypto/Sodium.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <cerrno>
#include <optional>

#include <sodium.h>

namespace amanat {

namespace {

constexpr char kMagic[] = "AMANATX1";
constexpr int kMagicBytes = 8;
constexpr int kMaxHeaderBytes = 1 << 20;
constexpr int kChunkBytes = SealedPackageReader::kChunkBytes;
constexpr int kSignatureBytes = crypto_sign_BYTES;
constexpr const char *kFormat = "amanat-exchange";
constexpr char kSignatureContext[] = "amanat-exchange-v1";

using StreamState = crypto_secretstream_xchacha20poly1305_state;

StreamState *stateOf(SecureBuffer &buffer)
{
    return reinterpret_cast<StreamState *>(buffer.data());
}

QByteArray signedMessage(const QByteArray &digest)
{
    return QByteArray(kSignatureContext, int(sizeof kSignatureContext)) + digest;
}

QByteArray bigEndian32(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray fromBase64(const QJsonValue &value)
{
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? decoded.decoded : QByteArray();
}

Error damaged()
{
    return makeError(ErrorCode::Corrupt,
                     SealedPackageReader::tr("The package is damaged, incomplete, or was changed "
                                             "after it was signed. Nothing was received."));
}

} // namespace

SealedPackageWriter::SealedPackageWriter(QIODevice &out, const SigningKey &signer)
    : m_out(out), m_signer(signer), m_state(sizeof(StreamState))
{
    m_plain.reserve(kChunkBytes);
}

SealedPackageWriter::~SealedPackageWriter() = default;

Result<std::unique_ptr<SealedPackageWriter>>
SealedPackageWriter::start(QIODevice &out, const SigningKey &signer, const PackageSender &sender,
                           const QVector<ExchangeIdentity> &recipients)
{
    ensureSodium();
    if (recipients.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("A package needs at least one recipient."));
    std::unique_ptr<SealedPackageWriter> writer(new SealedPackageWriter(out, signer));
    SecureBuffer key(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    crypto_secretstream_xchacha20poly1305_keygen(key.data());
    QByteArray streamHeader(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(
        stateOf(writer->m_state), reinterpret_cast<unsigned char *>(streamHeader.data()),
        key.data());

    // The recipients' sealed keys in random order: their order says nothing either.
    QVector<ExchangeIdentity> shuffled = recipients;
    for (int i = int(shuffled.size()) - 1; i > 0; --i)
        std::swap(shuffled[i], shuffled[int(randombytes_uniform(quint32(i + 1)))]);
    QJsonArray sealedKeys;
    for (const ExchangeIdentity &recipient : shuffled)
        sealedKeys.append(base64(ExchangeKey::seal(recipient.exchangeKey, key)));
    const QJsonObject header{{QStringLiteral("format"), QLatin1String(kFormat)},
                             {QStringLiteral("version"), 1},
                             {QStringLiteral("recipients"), sealedKeys},
                             {QStringLiteral("stream_header"), base64(streamHeader)}};
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    AMANAT_TRY(writer->emitBytes(QByteArray(kMagic, kMagicBytes) +
                                 bigEndian32(quint32(json.size())) + json));
    // The envelope: who sends, and when, readable only by the recipients.
    const QByteArray envelope =
        QJsonDocument(
            QJsonObject{{QStringLiteral("sender"),
                         QJsonObject{{QStringLiteral("name"), sender.name},
                                     {QStringLiteral("library_id"), sender.libraryId},
                                     {QStringLiteral("public_key"), sender.identity.publicText()}}},
                        {QStringLiteral("created_at"), Clock::nowUtcText()}})
            .toJson(QJsonDocument::Compact);
    AMANAT_TRY(writer->write(bigEndian32(quint32(envelope.size())) + envelope));
    return writer;
}

Status SealedPackageWriter::emitBytes(const QByteArray &bytes)
{
    if (m_out.write(bytes) != bytes.size()) {
        const auto *file = qobject_cast<QFile *>(&m_out);
        return fileError(errno, file ? file->fileName() : QString());
    }
    if (m_fileHash.isEmpty())
        m_hash.add(bytes);
    m_wholeFile.add(bytes);
    return {};
}

Status SealedPackageWriter::write(const char *data, qint64 size)
{
    while (size > 0) {
        const qint64 take = qMin<qint64>(size, kChunkBytes - m_plain.size());
        m_plain.append(data, take);
        data += take;
        size -= take;
        if (m_plain.size() == kChunkBytes)
            AMANAT_TRY(pushChunk(false));
    }
    return {};
}

Status SealedPackageWriter::pushChunk(bool final)
{
    QByteArray cipher(m_plain.size() + int(crypto_secretstream_xchacha20poly1305_ABYTES),
                      Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_push(
        stateOf(m_state), reinterpret_cast<unsigned char *>(cipher.data()), nullptr,
        reinterpret_cast<const unsigned char *>(m_plain.constData()), std::size_t(m_plain.size()),
        nullptr, 0,
        final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
              : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    m_plain.clear();
    return emitBytes(bigEndian32(quint32(cipher.size())) + cipher);
}

Result<QString> SealedPackageWriter::finish()
{
    AMANAT_TRY(pushChunk(true));
    m_fileHash = m_hash.digest();
    AMANAT_TRY(emitBytes(m_signer.sign(signedMessage(m_fileHash))));
    return m_wholeFile.hexDigest();
}

SealedPackageReader::~SealedPackageReader() = default;

namespace {

/** The plaintext head of a package: the sealed copies of its stream key. */
struct Header
{
    QVector<QByteArray> sealedKeys;
    QByteArray streamHeader;
    QByteArray bytes; ///< magic, length and JSON, as in the file
};

Result<Header> readHeader(QFile &file)
{
    const QByteArray start = file.read(kMagicBytes + 4);
    if (start.size() < kMagicBytes + 4 || !start.startsWith(QByteArray(kMagic, kMagicBytes)))
        return makeError(
            ErrorCode::InvalidInput,
            SealedPackageReader::tr("%1 is not an Amanat exchange package.").arg(file.fileName()));
    const quint32 length = qFromBigEndian<quint32>(start.constData() + kMagicBytes);
    if (length > quint32(kMaxHeaderBytes))
        return damaged();
    const QByteArray json = file.read(length);
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(json, &parseError).object();
    if (json.size() != int(length) || parseError.error != QJsonParseError::NoError ||
        object.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return damaged();
    if (object.value(QStringLiteral("version")).toInt() != 1)
        return makeError(ErrorCode::Unsupported,
                         SealedPackageReader::tr("The package was made by a newer version of "
                                                 "Amanat. Update Amanat to receive it."));
    Header header;
    for (const QJsonValue &value : object.value(QStringLiteral("recipients")).toArray())
        header.sealedKeys << fromBase64(value);
    header.streamHeader = fromBase64(object.value(QStringLiteral("stream_header")));
    if (header.sealedKeys.isEmpty() ||
        header.streamHeader.size() != int(crypto_secretstream_xchacha20poly1305_HEADERBYTES))
        return damaged();
    header.bytes = start + json;
    return header;
}

/** The stream key sealed to @p key among @p header's, if any. */
std::optional<SecureBuffer> streamKeyFor(const Header &header, const ExchangeKey &key)
{
    for (const QByteArray &sealed : header.sealedKeys) {
        auto opened = key.open(sealed);
        if (opened && opened->size() == crypto_secretstream_xchacha20poly1305_KEYBYTES)
            return opened;
    }
    return std::nullopt;
}

Error notForThisLibrary()
{
    return makeError(ErrorCode::InvalidInput,
                     SealedPackageReader::tr("This package was sealed for other libraries, not "
                                             "for this one. Ask the sender to share it again "
                                             "with this library's exchange key."));
}

} // namespace

Result<bool> SealedPackageReader::isSealedFor(const QString &path, const ExchangeKey &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(errno, path);
    auto header = readHeader(file);
    if (!header.ok())
        return header.error();
    return streamKeyFor(*header, key).has_value();
}

Result<std::unique_ptr<SealedPackageReader>> SealedPackageReader::open(const QString &path,
                                                                       const ExchangeKey &key)
{
    ensureSodium();
    std::unique_ptr<SealedPackageReader> reader(new SealedPackageReader);
    reader->m_file.setFileName(path);
    if (!reader->m_file.open(QIODevice::ReadOnly))
        return fileError(errno, path);
    auto header = readHeader(reader->m_file);
    if (!header.ok())
        return header.error();
    const std::optional<SecureBuffer> streamKey = streamKeyFor(*header, key);
    if (!streamKey)
        return notForThisLibrary();
    reader->m_state = SecureBuffer(sizeof(StreamState));
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            stateOf(reader->m_state),
            reinterpret_cast<const unsigned char *>(header->streamHeader.constData()),
            streamKey->data()) != 0)
        return damaged();
    reader->m_signatureAt = reader->m_file.size() - kSignatureBytes;
    reader->m_wholeFile.add(header->bytes);

    // The envelope: who sent it, and when.
    QByteArray lengthBytes(4, Qt::Uninitialized);
    AMANAT_TRY(reader->readExactly(lengthBytes.data(), 4));
    const quint32 length = qFromBigEndian<quint32>(lengthBytes.constData());
    if (length > quint32(kMaxHeaderBytes))
        return damaged();
    QByteArray json(int(length), Qt::Uninitialized);
    AMANAT_TRY(reader->readExactly(json.data(), length));
    const QJsonObject envelope = QJsonDocument::fromJson(json).object();
    const QJsonObject sender = envelope.value(QStringLiteral("sender")).toObject();
    reader->m_sender.name = sender.value(QStringLiteral("name")).toString();
    reader->m_sender.libraryId = sender.value(QStringLiteral("library_id")).toString();
    auto identity = ExchangeIdentity::parse(sender.value(QStringLiteral("public_key")).toString());
    if (!identity.ok() || reader->m_sender.libraryId.isEmpty())
        return damaged();
    reader->m_sender.identity = *identity;
    reader->m_createdAt = envelope.value(QStringLiteral("created_at")).toString();
    return reader;
}

Result<QString> SealedPackageReader::verify(const std::atomic_bool *cancelled) const
{
    const QString path = m_file.fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(errno, path);
    const qint64 signatureAt = file.size() - kSignatureBytes;
    if (signatureAt <= kMagicBytes + 4)
        return damaged();
    Sha256 signedPart;
    Sha256 whole;
    QByteArray buffer;
    for (qint64 done = 0; done < signatureAt;) {
        if (cancelled && cancelled->load())
            return makeError(ErrorCode::Cancelled, tr("Receiving was cancelled."));
        buffer = file.read(qMin<qint64>(4 << 20, signatureAt - done));
        if (buffer.isEmpty())
            return fileError(errno, path);
        signedPart.add(buffer);
        whole.add(buffer);
        done += buffer.size();
    }
    const QByteArray signature = file.read(kSignatureBytes);
    whole.add(signature);
    if (!SigningKey::verify(m_sender.identity.signingKey, signedMessage(signedPart.digest()),
                            signature))
        return damaged();
    return whole.hexDigest();
}

Status SealedPackageReader::pullChunk()
{
    const qint64 at = m_file.pos();
    if (at + 4 > m_signatureAt)
        return damaged();
    const QByteArray lengthBytes = m_file.read(4);
    if (lengthBytes.size() != 4)
        return damaged();
    const quint32 length = qFromBigEndian<quint32>(lengthBytes.constData());
    const quint32 overhead = crypto_secretstream_xchacha20poly1305_ABYTES;
    if (length < overhead || length > quint32(kChunkBytes) + overhead ||
        at + 4 + qint64(length) > m_signatureAt)
        return damaged();
    const QByteArray cipher = m_file.read(length);
    if (cipher.size() != int(length))
        return damaged();
    m_wholeFile.add(lengthBytes);
    m_wholeFile.add(cipher);
    m_plain.resize(int(length - overhead));
    m_plainPos = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(
            stateOf(m_state), reinterpret_cast<unsigned char *>(m_plain.data()), nullptr, &tag,
            reinterpret_cast<const unsigned char *>(cipher.constData()), cipher.size(), nullptr,
            0) != 0)
        return damaged();
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        m_final = true;
        if (m_file.pos() != m_signatureAt)
            return damaged();
    }
    return {};
}

Result<qint64> SealedPackageReader::read(char *data, qint64 size)
{
    qint64 copied = 0;
    while (copied < size) {
        if (m_plainPos == m_plain.size()) {
            if (m_final)
                break;
            AMANAT_TRY(pullChunk());
            continue;
        }
        const qint64 take = qMin<qint64>(size - copied, m_plain.size() - m_plainPos);
        memcpy(data + copied, m_plain.constData() + m_plainPos, std::size_t(take));
        m_plainPos += take;
        copied += take;
    }
    return copied;
}

Status SealedPackageReader::readExactly(char *data, qint64 size)
{
    auto got = read(data, size);
    if (!got.ok())
        return got.error();
    if (*got != size)
        return damaged();
    return {};
}

Result<QString> SealedPackageReader::finish()
{
    char extra = 0;
    auto more = read(&extra, 1);
    if (!more.ok())
        return more.error();
    if (*more != 0 || !m_final)
        return damaged();
    const QByteArray signature = m_file.read(kSignatureBytes);
    if (signature.size() != kSignatureBytes)
        return damaged();
    m_wholeFile.add(signature);
    return m_wholeFile.hexDigest();
}

} // namespace amanat
