// The library's Ed25519 signing key: created once, stable across reopening, logged, kept only
// inside the encrypted database, and signatures that fail on any changed byte.

#include "repository/SigningKeyStore.h"
#include "CoreFixture.h"
#include "crypto/SigningKey.h"
#include "library/Library.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace amanat;

namespace {

const QString kProgram = QStringLiteral("tst_signing_key");

SecureBuffer passphrase()
{
    QByteArray text("correct horse battery staple 42");
    return SecureBuffer::takeFrom(text);
}

/** Files below @p root whose bytes contain @p needle. */
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

int createEvents(CustodyLog &custody)
{
    int count = 0;
    const auto events = custody.events();
    if (!events.ok())
        return -1;
    for (const CustodyEvent &event : *events) {
        if (event.action == QLatin1String(SigningKeyStore::kCreateAction))
            ++count;
    }
    return count;
}

} // namespace

class SigningKeyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fingerprintFormat();
    void normalizeFingerprint();
    void signAndVerify();
    void createdOnceAndLogged();
    void malformedStoredKeyIsCorrupt();
    void libraryKeyStableAndNeverPlaintext();
    void readOnlyLibraryDoesNotCreate();
};

void SigningKeyTest::fingerprintFormat()
{
    const SigningKey key = SigningKey::generate();
    QCOMPARE(key.publicKey().size(), SigningKey::kPublicKeyBytes);
    const QString fingerprint = key.fingerprint();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(fingerprint).hasMatch());
    QCOMPARE(fingerprint,
             QString::fromLatin1(
                 QCryptographicHash::hash(key.publicKey(), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(SigningKey::fingerprintOf(key.publicKey()), fingerprint);
    const QString display = key.displayFingerprint();
    QCOMPARE(display.split(QLatin1Char(' ')).size(), 16);
    QVERIFY(QRegularExpression(QStringLiteral("^([0-9a-f]{4} ){15}[0-9a-f]{4}$"))
                .match(display)
                .hasMatch());
    QCOMPARE(QString(display).remove(QLatin1Char(' ')), fingerprint);
    QVERIFY(SigningKey::generate().fingerprint() != fingerprint);
}

void SigningKeyTest::normalizeFingerprint()
{
    const QString fingerprint = SigningKey::generate().fingerprint();
    QCOMPARE(SigningKey::normalizeFingerprint(fingerprint), fingerprint);
    QCOMPARE(SigningKey::normalizeFingerprint(fingerprint.toUpper()), fingerprint);
    QString colons;
    for (int i = 0; i < fingerprint.size(); i += 2)
        colons += (i ? QStringLiteral(":") : QString()) + fingerprint.mid(i, 2);
    QCOMPARE(SigningKey::normalizeFingerprint(colons), fingerprint);
    QCOMPARE(SigningKey::normalizeFingerprint(
                 QStringLiteral("  ") +
                 SigningKey::displayFingerprintOf(SigningKey::generate().publicKey()) +
                 QStringLiteral("\n"))
                 .size(),
             64);
    QVERIFY(SigningKey::normalizeFingerprint(fingerprint.left(63)).isEmpty());
    QVERIFY(SigningKey::normalizeFingerprint(fingerprint.left(63) + QLatin1Char('g')).isEmpty());
    QVERIFY(SigningKey::normalizeFingerprint(QString()).isEmpty());
}

void SigningKeyTest::signAndVerify()
{
    const SigningKey key = SigningKey::generate();
    const QByteArray message = "{\"format\": \"amanat-bundle-manifest\"}\n";
    const QByteArray signature = key.sign(message);
    QCOMPARE(signature.size(), SigningKey::kSignatureBytes);
    QCOMPARE(key.sign(message), signature); // Ed25519 is deterministic
    QVERIFY(SigningKey::verify(key.publicKey(), message, signature));

    for (int i = 0; i < message.size(); ++i) {
        QByteArray changed = message;
        changed[i] = char(changed[i] ^ 0x01);
        QVERIFY2(!SigningKey::verify(key.publicKey(), changed, signature),
                 qPrintable(QStringLiteral("message byte %1").arg(i)));
    }
    for (int i = 0; i < signature.size(); ++i) {
        QByteArray changed = signature;
        changed[i] = char(changed[i] ^ 0x80);
        QVERIFY2(!SigningKey::verify(key.publicKey(), message, changed),
                 qPrintable(QStringLiteral("signature byte %1").arg(i)));
    }
    QVERIFY(!SigningKey::verify(key.publicKey(), message + '\n', signature));
    QVERIFY(!SigningKey::verify(SigningKey::generate().publicKey(), message, signature));
    QVERIFY(!SigningKey::verify(key.publicKey(), message, signature.left(63)));
    QVERIFY(!SigningKey::verify(key.publicKey().left(31), message, signature));
    QVERIFY(!SigningKey::verify(QByteArray(), message, QByteArray()));
}

void SigningKeyTest::createdOnceAndLogged()
{
    test::CoreFixture fixture;
    auto none = SigningKeyStore(*fixture.db, *fixture.custody).load();
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, ErrorCode::NotFound);

    auto first = SigningKeyStore(*fixture.db, *fixture.custody).loadOrCreate();
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    auto second = SigningKeyStore(*fixture.db, *fixture.custody).loadOrCreate();
    QVERIFY2(second.ok(), qPrintable(second.error().message));
    QCOMPARE(second->fingerprint(), first->fingerprint());
    QCOMPARE(second->publicKey(), first->publicKey());
    auto loaded = SigningKeyStore(*fixture.db, *fixture.custody).load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->fingerprint(), first->fingerprint());
    // The reloaded key signs what the original key's public key verifies.
    QVERIFY(SigningKey::verify(first->publicKey(), "x", loaded->sign("x")));

    QCOMPARE(createEvents(*fixture.custody), 1);
    const CustodyEvent event = fixture.custody->events()->last();
    QCOMPARE(event.action, QString::fromLatin1(SigningKeyStore::kCreateAction));
    QCOMPARE(event.details.value(QStringLiteral("fingerprint")).toString(), first->fingerprint());
    QCOMPARE(event.details.value(QStringLiteral("algorithm")).toString(),
             QStringLiteral("ed25519"));
    QVERIFY(fixture.custody->verify()->ok());
}

void SigningKeyTest::malformedStoredKeyIsCorrupt()
{
    test::CoreFixture fixture;
    QVERIFY(SigningKeyStore(*fixture.db, *fixture.custody).loadOrCreate().ok());
    for (const QByteArray &stored : {QByteArray(10, 'x'), QByteArray(64, '\0')}) {
        auto update = fixture.db->prepare("UPDATE meta SET value = ? WHERE key = ?");
        QVERIFY(update.ok());
        update->bindBlob(1, stored).bind(2, SigningKeyStore::kMetaKey);
        QVERIFY(update->run().ok());
        auto loaded = SigningKeyStore(*fixture.db, *fixture.custody).load();
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, ErrorCode::Corrupt);
        // A damaged key is never silently replaced by a new one.
        auto again = SigningKeyStore(*fixture.db, *fixture.custody).loadOrCreate();
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Corrupt);
    }
    QCOMPARE(createEvents(*fixture.custody), 1);
}

void SigningKeyTest::libraryKeyStableAndNeverPlaintext()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("Keys.amanat"));
    QString fingerprint;
    QByteArray secret;
    {
        auto created = Library::create(path, passphrase(), kProgram, Library::StarterTags::None);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        Library &library = *created->library;
        auto key = library.signingKey();
        QVERIFY2(key.ok(), qPrintable(key.error().message));
        fingerprint = (*key)->fingerprint();
        auto again = library.signingKey();
        QVERIFY(again.ok());
        QCOMPARE(*again, *key); // cached: the same object

        auto stmt = library.database().prepare("SELECT value FROM meta WHERE key = ?");
        QVERIFY(stmt.ok());
        stmt->bind(1, SigningKeyStore::kMetaKey);
        QVERIFY(*stmt->step());
        secret = stmt->blob(0);
        stmt->reset(); // ends the read, so the checkpoint below can run
        QCOMPARE(secret.size(), SigningKey::kSecretKeyBytes);
        QCOMPARE(secret.mid(32), (*key)->publicKey()); // libsodium: seed ‖ public key

        // Neither while open (WAL) nor after closing does the secret reach the disk in
        // plaintext: SQLCipher encrypts every page.
        QCOMPARE(filesContaining(path, secret.left(32)), QStringList());
        QVERIFY(library.database().checkpoint().ok());
        QCOMPARE(filesContaining(path, secret.left(32)), QStringList());
    }
    QCOMPARE(filesContaining(path, secret.left(32)), QStringList());
    QCOMPARE(filesContaining(path, secret.mid(16, 16)), QStringList());

    auto reopened = Library::open(path, passphrase(), Library::Access::Write, kProgram);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
    auto key = (*reopened)->signingKey();
    QVERIFY2(key.ok(), qPrintable(key.error().message));
    QCOMPARE((*key)->fingerprint(), fingerprint);
    QCOMPARE(createEvents((*reopened)->custody()), 1);
    QVERIFY((*reopened)->verify()->ok());
    wipeBytes(secret);
}

void SigningKeyTest::readOnlyLibraryDoesNotCreate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("NoKey.amanat"));
    {
        auto created = Library::create(path, passphrase(), kProgram, Library::StarterTags::None);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
    }
    auto library = Library::open(path, passphrase(), Library::Access::Read, kProgram);
    QVERIFY2(library.ok(), qPrintable(library.error().message));
    auto key = (*library)->signingKey();
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, ErrorCode::NotFound);
    QCOMPARE(createEvents((*library)->custody()), 0);
}

QTEST_GUILESS_MAIN(SigningKeyTest)
#include "tst_signing_key.moc"
