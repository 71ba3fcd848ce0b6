#include "KeySlots.h"

#include "Sodium.h"
#include "common/FileUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

#include <sodium.h>

namespace amanat {

namespace {

constexpr char kMagic[8] = {'A', 'M', 'N', 'K', 'E', 'Y', 'S', '\0'};
constexpr quint16 kFormatVersion = 1;
constexpr quint8 kKdfArgon2id13 = 1;
constexpr int kSaltBytes = crypto_pwhash_SALTBYTES;                       // 16
constexpr int kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES; // 24
constexpr int kSealedBytes =
    KeySlots::kMasterKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES; // 48
constexpr int kSlotHeaderBytes = 1 + 1 + 4 + 8 + kSaltBytes + kNonceBytes;
constexpr int kSlotBytes = kSlotHeaderBytes + kSealedBytes;
constexpr int kFileHeaderBytes = 8 + 2 + 1;
// Refuse parameters that would make opening a hostile file exhaust the machine.
constexpr quint64 kMaxMemLimit = quint64(4) << 30;
constexpr quint32 kMaxOpsLimit = 64;

QByteArray fileHeader()
{
    QByteArray header(kMagic, sizeof kMagic);
    char version[2];
    qToBigEndian(kFormatVersion, version);
    header.append(version, 2);
    return header;
}

Error damaged()
{
    return makeError(ErrorCode::Corrupt,
                     KeySlots::tr("The key-slot file of this library is damaged or was modified."));
}

Result<SecureBuffer> deriveSlotKey(const SecureBuffer &secret, const QByteArray &salt,
                                   KdfParams params)
{
    SecureBuffer key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_pwhash(key.data(), key.size(), secret.chars(), secret.size(),
                      reinterpret_cast<const unsigned char *>(salt.constData()), params.opsLimit,
                      params.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return makeError(ErrorCode::Io, KeySlots::tr("Not enough memory to derive the key from the "
                                                     "passphrase (Argon2id needs %1 MiB).")
                                            .arg(params.memLimit >> 20));
    }
    return key;
}

} // namespace

KdfParams KdfParams::moderate()
{
    return KdfParams{crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

QByteArray KeySlots::Slot::header() const
{
    QByteArray out;
    out.reserve(kSlotHeaderBytes);
    out.append(char(type));
    out.append(char(kdf));
    char ops[4];
    qToBigEndian(params.opsLimit, ops);
    out.append(ops, 4);
    char mem[8];
    qToBigEndian(params.memLimit, mem);
    out.append(mem, 8);
    out.append(salt);
    out.append(nonce);
    return out;
}

KeySlots::Slot KeySlots::seal(SlotType type, const SecureBuffer &masterKey,
                              const SecureBuffer &secret, KdfParams params)
{
    ensureSodium();
    Slot slot;
    slot.type = type;
    slot.kdf = kKdfArgon2id13;
    slot.params = params;
    slot.salt.resize(kSaltBytes);
    randombytes_buf(slot.salt.data(), kSaltBytes);
    slot.nonce.resize(kNonceBytes);
    randombytes_buf(slot.nonce.data(), kNonceBytes);

    auto key = deriveSlotKey(secret, slot.salt, params);
    if (!key.ok())
        throw std::bad_alloc(); // only when Argon2id cannot allocate its memory
    const QByteArray ad = fileHeader() + slot.header();
    slot.sealed.resize(kSealedBytes);
    unsigned long long sealedLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(slot.sealed.data()), &sealedLength, masterKey.data(),
        masterKey.size(), reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(slot.nonce.constData()), key->data());
    return slot;
}

KeySlots KeySlots::create(const SecureBuffer &masterKey, const SecureBuffer &passphrase,
                          const SecureBuffer &recoveryKey, KdfParams params)
{
    KeySlots keySlots;
    keySlots.m_slots.append(seal(SlotType::Passphrase, masterKey, passphrase, params));
    keySlots.m_slots.append(seal(SlotType::RecoveryKey, masterKey, recoveryKey, params));
    return keySlots;
}

Result<KeySlots> KeySlots::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(
            ErrorCode::NotALibrary,
            KeySlots::tr("This folder is not an Amanat library (it has no key-slot file)."));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io,
            KeySlots::tr("The key-slot file cannot be read: %1").arg(file.errorString()));
    // The file is a few hundred bytes; anything far larger is not ours.
    const QByteArray bytes = file.read(64 * 1024);
    return parse(bytes);
}

Result<KeySlots> KeySlots::parse(const QByteArray &bytes)
{
    if (bytes.size() < kFileHeaderBytes || !bytes.startsWith(QByteArray(kMagic, sizeof kMagic)))
        return makeError(
            ErrorCode::NotALibrary,
            KeySlots::tr("This folder is not an Amanat library (its key-slot file is not "
                         "recognised)."));
    const quint16 version = qFromBigEndian<quint16>(bytes.constData() + 8);
    if (version != kFormatVersion)
        return makeError(
            ErrorCode::Unsupported,
            KeySlots::tr("This library was made by a newer version of Amanat (key-slot "
                         "format %1).")
                .arg(version));
    const int count = quint8(bytes.at(10));
    if (bytes.size() != kFileHeaderBytes + count * kSlotBytes || count == 0)
        return damaged();

    KeySlots keySlots;
    for (int i = 0; i < count; ++i) {
        const char *p = bytes.constData() + kFileHeaderBytes + i * kSlotBytes;
        Slot slot;
        const quint8 type = quint8(p[0]);
        if (type != quint8(SlotType::Passphrase) && type != quint8(SlotType::RecoveryKey))
            return damaged();
        slot.type = SlotType(type);
        slot.kdf = quint8(p[1]);
        if (slot.kdf != kKdfArgon2id13)
            return damaged();
        slot.params.opsLimit = qFromBigEndian<quint32>(p + 2);
        slot.params.memLimit = qFromBigEndian<quint64>(p + 6);
        if (slot.params.opsLimit < crypto_pwhash_OPSLIMIT_MIN ||
            slot.params.opsLimit > kMaxOpsLimit ||
            slot.params.memLimit < crypto_pwhash_MEMLIMIT_MIN ||
            slot.params.memLimit > kMaxMemLimit)
            return damaged();
        slot.salt = QByteArray(p + 14, kSaltBytes);
        slot.nonce = QByteArray(p + 14 + kSaltBytes, kNonceBytes);
        slot.sealed = QByteArray(p + kSlotHeaderBytes, kSealedBytes);
        if (keySlots.find(slot.type))
            return damaged();
        keySlots.m_slots.append(slot);
    }
    return keySlots;
}

QByteArray KeySlots::serialize() const
{
    QByteArray out = fileHeader();
    out.append(char(m_slots.size()));
    for (const Slot &slot : m_slots)
        out.append(slot.header() + slot.sealed);
    return out;
}

Status KeySlots::save(const QString &path) const
{
    return writeFileAtomically(path, serialize());
}

Result<SecureBuffer> KeySlots::unlock(SlotType type, const SecureBuffer &secret) const
{
    const Slot *slot = find(type);
    if (!slot)
        return makeError(ErrorCode::WrongSecret,
                         KeySlots::tr("This library has no slot for that kind of key."));
    auto key = deriveSlotKey(secret, slot->salt, slot->params);
    if (!key.ok())
        return key.error();
    const QByteArray ad = fileHeader() + slot->header();
    SecureBuffer masterKey(kMasterKeyBytes);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            masterKey.data(), &length, nullptr,
            reinterpret_cast<const unsigned char *>(slot->sealed.constData()),
            static_cast<unsigned long long>(slot->sealed.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()),
            static_cast<unsigned long long>(ad.size()),
            reinterpret_cast<const unsigned char *>(slot->nonce.constData()), key->data()) != 0 ||
        length != kMasterKeyBytes) {
        return makeError(ErrorCode::WrongSecret, type == SlotType::Passphrase
                                                     ? KeySlots::tr("The passphrase is wrong.")
                                                     : KeySlots::tr("The recovery key is wrong."));
    }
    return masterKey;
}

void KeySlots::rewrap(SlotType type, const SecureBuffer &masterKey, const SecureBuffer &newSecret,
                      KdfParams params)
{
    Slot fresh = seal(type, masterKey, newSecret, params);
    for (Slot &slot : m_slots) {
        if (slot.type == type) {
            slot = fresh;
            return;
        }
    }
    m_slots.append(fresh);
}

KdfParams KeySlots::params(SlotType type) const
{
    const Slot *slot = find(type);
    return slot ? slot->params : KdfParams{};
}

const KeySlots::Slot *KeySlots::find(SlotType type) const
{
    for (const Slot &slot : m_slots) {
        if (slot.type == type)
            return &slot;
    }
    return nullptr;
}

} // namespace amanat
