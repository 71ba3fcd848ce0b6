#pragma once

#include "SecureBuffer.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace amanat {

/** Argon2id cost parameters stored with each slot. */
struct KdfParams
{
    quint32 opsLimit = 0;
    quint64 memLimit = 0;

    /** libsodium MODERATE: 3 passes, 256 MiB — the least a new slot may use. */
    static KdfParams moderate();
};

/** The `keyslots` file of a library: the master key wrapped once per unlock method.
 *
 *  Each slot holds Argon2id parameters, a salt, a nonce and the master key sealed with
 *  XChaCha20-Poly1305; the file magic, version and the slot's header are the associated
 *  data, so changing any byte of a slot makes it fail authentication. Changing a
 *  passphrase rewraps one slot and never touches the database. */
class KeySlots
{
    Q_DECLARE_TR_FUNCTIONS(KeySlots)

public:
    enum class SlotType : quint8
    {
        Passphrase = 1,
        RecoveryKey = 2
    };
    static constexpr int kMasterKeyBytes = 32;

    static KeySlots create(const SecureBuffer &masterKey, const SecureBuffer &passphrase,
                           const SecureBuffer &recoveryKey,
                           KdfParams params = KdfParams::moderate());

    static Result<KeySlots> load(const QString &path);
    static Result<KeySlots> parse(const QByteArray &bytes);
    QByteArray serialize() const;
    /** Writes atomically (temporary file, fsync, rename): a crash leaves the old or the new file.
     */
    Status save(const QString &path) const;

    /** Derives the slot key from @p secret and unwraps the master key. */
    Result<SecureBuffer> unlock(SlotType type, const SecureBuffer &secret) const;
    /** Replaces the slot of @p type with one for @p newSecret (fresh salt and nonce). */
    void rewrap(SlotType type, const SecureBuffer &masterKey, const SecureBuffer &newSecret,
                KdfParams params = KdfParams::moderate());

    KdfParams params(SlotType type) const;

private:
    struct Slot
    {
        SlotType type = SlotType::Passphrase;
        quint8 kdf = 0;
        KdfParams params;
        QByteArray salt;
        QByteArray nonce;
        QByteArray sealed;

        QByteArray header() const;
    };

    static Slot seal(SlotType type, const SecureBuffer &masterKey, const SecureBuffer &secret,
                     KdfParams params);
    const Slot *find(SlotType type) const;

    QVector<Slot> m_slots;
};

} // namespace amanat
