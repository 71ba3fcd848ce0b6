#include "crypto/KeySlots.h"
#include "crypto/RecoveryKey.h"
#include "crypto/SecureBuffer.h"
#include "crypto/Sha256.h"
#include "crypto/Sodium.h"

#include <QtTest>

#include <sodium.h>

using namespace amanat;

namespace {

SecureBuffer secret(const char *text)
{
    return SecureBuffer::fromBytes(text, std::strlen(text));
}

// Cheap parameters so that loops over every byte stay fast; the library itself always
// uses KdfParams::moderate().
const KdfParams kFast{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};

} // namespace

class TestCrypto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ensureSodium(); }

    void sha256KnownVector()
    {
        QCOMPARE(
            Sha256::hexOf("abc"),
            QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        Sha256 streamed;
        streamed.add("a");
        streamed.add("bc");
        QCOMPARE(streamed.hexDigest(), Sha256::hexOf("abc"));
        // Asked twice (export compares it with two records): the same digest both times.
        QCOMPARE(streamed.hexDigest(), Sha256::hexOf("abc"));
    }

    void argon2idRegressionVector()
    {
        // Argon2id13, 3 passes, 256 MiB, 16 zero bytes of salt, passphrase "pw".
        const KdfParams params = KdfParams::moderate();
        QCOMPARE(params.opsLimit, quint32(3));
        QCOMPARE(params.memLimit, quint64(256) << 20);
        unsigned char key[32];
        const unsigned char salt[crypto_pwhash_SALTBYTES] = {};
        QCOMPARE(crypto_pwhash(key, sizeof key, "pw", 2, salt, params.opsLimit, params.memLimit,
                               crypto_pwhash_ALG_ARGON2ID13),
                 0);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(key), sizeof key).toHex(),
                 QByteArray("3777d9a67f04bac5dc2fb9b1f8638fd454b8539b62ecd6871214d2991d35cf75"));
    }

    void secureBufferMovesAndWipes()
    {
        SecureBuffer a = secret("top secret");
        const unsigned char *data = a.data();
        SecureBuffer b = std::move(a);
        QCOMPARE(b.data(), data);
        QVERIFY(a.isEmpty());
        QVERIFY(b.equals(secret("top secret")));
        b.truncate(3);
        QVERIFY(b.equals(secret("top")));
        b.wipe();
        QVERIFY(b.isEmpty());

        QByteArray plain("passphrase");
        SecureBuffer taken = SecureBuffer::takeFrom(plain);
        QVERIFY(plain.isEmpty());
        QVERIFY(taken.equals(secret("passphrase")));
    }

    void recoveryKeyFormat()
    {
        const SecureBuffer key = RecoveryKey::generate();
        const QString text = QString::fromLatin1(key.chars(), int(key.size()));
        QVERIFY2(
            QRegularExpression(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$"))
                .match(text)
                .hasMatch(),
            qPrintable(text));
        QVERIFY(!RecoveryKey::generate().equals(key));
    }

    void recoveryKeyParsingForgivesTypos()
    {
        const SecureBuffer key = RecoveryKey::generate();
        QByteArray typed = QByteArray(key.chars(), int(key.size())).toLower();
        typed.replace('-', " ");
        typed.replace('0', 'o');
        typed.replace('1', 'l');
        auto parsed = RecoveryKey::parse(SecureBuffer::takeFrom(typed));
        QVERIFY(parsed.ok());
        QVERIFY(parsed->equals(key));
    }

    void recoveryKeyParsingRejectsGarbage()
    {
        QCOMPARE(RecoveryKey::parse(secret("ABCD-EFGH")).error().code, ErrorCode::WrongSecret);
        QCOMPARE(RecoveryKey::parse(secret("UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU")).error().code,
                 ErrorCode::WrongSecret); // U is not in the alphabet
        QVERIFY(!RecoveryKey::parse(secret("")).ok());
    }

    void keySlotsUnlockWithEitherSecret()
    {
        const SecureBuffer master = SecureBuffer::random(KeySlots::kMasterKeyBytes);
        const SecureBuffer recovery = RecoveryKey::generate();
        const KeySlots slots = KeySlots::create(master, secret("correct horse"), recovery, kFast);
        auto viaPassphrase = slots.unlock(KeySlots::SlotType::Passphrase, secret("correct horse"));
        QVERIFY(viaPassphrase.ok());
        QVERIFY(viaPassphrase->equals(master));
        auto viaRecovery = slots.unlock(KeySlots::SlotType::RecoveryKey, recovery);
        QVERIFY(viaRecovery.ok());
        QVERIFY(viaRecovery->equals(master));
        auto wrong = slots.unlock(KeySlots::SlotType::Passphrase, secret("correct horsf"));
        QCOMPARE(wrong.error().code, ErrorCode::WrongSecret);
        // The passphrase does not open the recovery slot and vice versa.
        QVERIFY(!slots.unlock(KeySlots::SlotType::RecoveryKey, secret("correct horse")).ok());
    }

    void keySlotsStoreModerateParameters()
    {
        const SecureBuffer master = SecureBuffer::random(KeySlots::kMasterKeyBytes);
        const KeySlots slots =
            KeySlots::create(master, secret("correct horse"), RecoveryKey::generate());
        auto reparsed = KeySlots::parse(slots.serialize());
        QVERIFY(reparsed.ok());
        QCOMPARE(reparsed->params(KeySlots::SlotType::Passphrase).opsLimit, quint32(3));
        QCOMPARE(reparsed->params(KeySlots::SlotType::Passphrase).memLimit, quint64(256) << 20);
        QCOMPARE(reparsed->params(KeySlots::SlotType::RecoveryKey).memLimit, quint64(256) << 20);
        QVERIFY(reparsed->unlock(KeySlots::SlotType::Passphrase, secret("correct horse"))
                    ->equals(master));
    }

    void rewrapRetiresTheOldPassphrase()
    {
        const SecureBuffer master = SecureBuffer::random(KeySlots::kMasterKeyBytes);
        const SecureBuffer recovery = RecoveryKey::generate();
        KeySlots slots = KeySlots::create(master, secret("old passphrase"), recovery, kFast);
        slots.rewrap(KeySlots::SlotType::Passphrase, master, secret("new passphrase"), kFast);
        auto reparsed = KeySlots::parse(slots.serialize());
        QVERIFY(reparsed.ok());
        QVERIFY(!reparsed->unlock(KeySlots::SlotType::Passphrase, secret("old passphrase")).ok());
        QVERIFY(reparsed->unlock(KeySlots::SlotType::Passphrase, secret("new passphrase"))
                    ->equals(master));
        QVERIFY(reparsed->unlock(KeySlots::SlotType::RecoveryKey, recovery)->equals(master));
    }

    void anyModifiedByteFailsTheSlot()
    {
        const SecureBuffer master = SecureBuffer::random(KeySlots::kMasterKeyBytes);
        const SecureBuffer recovery = RecoveryKey::generate();
        const QByteArray bytes =
            KeySlots::create(master, secret("correct horse"), recovery, kFast).serialize();
        for (int i = 0; i < bytes.size(); ++i) {
            QByteArray modified = bytes;
            modified[i] = char(modified[i] ^ 0x01);
            auto parsed = KeySlots::parse(modified);
            if (!parsed.ok())
                continue; // rejected outright: fine
            // Whichever slot the byte belongs to must no longer authenticate.
            const bool passOk =
                parsed->unlock(KeySlots::SlotType::Passphrase, secret("correct horse")).ok();
            const bool recoveryOk = parsed->unlock(KeySlots::SlotType::RecoveryKey, recovery).ok();
            QVERIFY2(!(passOk && recoveryOk), qPrintable(QStringLiteral("byte %1").arg(i)));
        }
        QVERIFY(!KeySlots::parse(bytes + 'x').ok());
        QVERIFY(!KeySlots::parse(bytes.left(bytes.size() - 1)).ok());
        QCOMPARE(KeySlots::parse(QByteArray("SQLite format 3")).error().code,
                 ErrorCode::NotALibrary);
    }

    void hostileParametersAreRefused()
    {
        const SecureBuffer master = SecureBuffer::random(KeySlots::kMasterKeyBytes);
        QByteArray bytes =
            KeySlots::create(master, secret("correct horse"), RecoveryKey::generate(), kFast)
                .serialize();
        // memLimit of the first slot lives at offset 11 + 6; ask for 2^60 bytes.
        bytes[11 + 6] = char(0x10);
        QCOMPARE(KeySlots::parse(bytes).error().code, ErrorCode::Corrupt);
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
