// The .amanatx container (issue 15): what goes in comes out for its recipients only, and a
// package that was changed, cut short, re-signed, or addressed to another library is refused
// before a single plaintext byte is trusted.

#include "crypto/ExchangeKey.h"
#include "crypto/SigningKey.h"
#include "exchange/SealedPackage.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace amanat;

namespace {

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

struct Party
{
    ExchangeKey key = ExchangeKey::generate();
    SigningKey signer = SigningKey::generate();
    ExchangeIdentity identity() const { return {key.publicKey(), signer.publicKey()}; }
};

/** Writes @p plain to @p path from @p sender to @p recipients; the package's SHA-256. */
QString writePackage(const QString &path, const Party &sender, const QVector<ExchangeIdentity> &to,
                     const QByteArray &plain, const SigningKey *signWith = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    const PackageSender who{QStringLiteral("Field office Kashgar"), QStringLiteral("lib-1"),
                            sender.identity()};
    auto writer = SealedPackageWriter::start(file, signWith ? *signWith : sender.signer, who, to);
    if (!writer.ok())
        return QString();
    // In uneven pieces, across chunk boundaries.
    for (qsizetype at = 0; at < plain.size();) {
        const qsizetype piece = qMin<qsizetype>(plain.size() - at, 1 + (at * 7919) % 100000);
        if (!(*writer)->write(plain.constData() + at, piece).ok())
            return QString();
        at += piece;
    }
    auto sha = (*writer)->finish();
    return sha.ok() ? *sha : QString();
}

/** The plaintext of the package at @p path for @p recipient, or the error's message. */
QByteArray readPackage(const QString &path, const Party &recipient, QString *error,
                       PackageSender *sender = nullptr)
{
    auto reader = SealedPackageReader::open(path, recipient.key);
    if (!reader.ok()) {
        *error = reader.error().message;
        return {};
    }
    auto verified = (*reader)->verify();
    if (!verified.ok()) {
        *error = verified.error().message;
        return {};
    }
    if (sender)
        *sender = (*reader)->sender();
    QByteArray plain;
    QByteArray buffer(100000, Qt::Uninitialized);
    for (;;) {
        auto got = (*reader)->read(buffer.data(), buffer.size());
        if (!got.ok()) {
            *error = got.error().message;
            return {};
        }
        if (*got == 0)
            break;
        plain.append(buffer.constData(), *got);
    }
    auto again = (*reader)->finish();
    if (!again.ok() || *again != *verified) {
        *error = again.ok() ? QStringLiteral("hash differs") : again.error().message;
        return {};
    }
    return plain;
}

} // namespace

class SealedPackageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsForEveryRecipient_data();
    void roundTripsForEveryRecipient();
    void anotherLibraryCannotOpenIt();
    void everyChangedByteIsCaught();
    void aCutPackageIsCaught();
    void aPackageSignedByAnotherKeyIsCaught();
    void nothingNamesTheSenderOrTheRecipients();
    void theIdentityTextRoundTrips();

private:
    QTemporaryDir m_dir;
    Party m_sender, m_b, m_c, m_outsider;
};

void SealedPackageTest::roundTripsForEveryRecipient_data()
{
    QTest::addColumn<int>("size");
    for (int size : {0, 1, 65535, 65536, 65537, 300001})
        QTest::addRow("%d bytes", size) << size;
}

void SealedPackageTest::roundTripsForEveryRecipient()
{
    QFETCH(int, size);
    const QByteArray plain = randomBytes(size);
    const QString path = m_dir.filePath(QStringLiteral("p%1.amanatx").arg(size));
    const QString sha = writePackage(path, m_sender, {m_b.identity(), m_c.identity()}, plain);
    QCOMPARE(sha.size(), 64);
    for (const Party *recipient : {&m_b, &m_c}) {
        QString error;
        QCOMPARE(readPackage(path, *recipient, &error), plain);
        QCOMPARE(error, QString());
    }
    // Nothing of the plaintext is in the file.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    if (size >= 64)
        QVERIFY(!file.readAll().contains(plain.mid(size / 2, 32)));
}

void SealedPackageTest::anotherLibraryCannotOpenIt()
{
    const QString path = m_dir.filePath(QStringLiteral("for-b.amanatx"));
    QVERIFY(!writePackage(path, m_sender, {m_b.identity()}, "for B only").isEmpty());
    QString error;
    QCOMPARE(readPackage(path, m_b, &error), QByteArray("for B only"));
    QVERIFY(readPackage(path, m_outsider, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("sealed for other libraries")), qPrintable(error));
}

void SealedPackageTest::everyChangedByteIsCaught()
{
    const QByteArray plain = randomBytes(140000);
    const QString path = m_dir.filePath(QStringLiteral("flip.amanatx"));
    QVERIFY(!writePackage(path, m_sender, {m_b.identity()}, plain).isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    file.close();
    // A byte in the header, in a chunk's length, inside each chunk, and in the signature.
    QString error;
    QCOMPARE(readPackage(path, m_b, &error), plain);
    for (qsizetype at :
         {qsizetype(20), qsizetype(original.indexOf("}") + 2), qsizetype(original.size() / 3),
          qsizetype(original.size() / 2), original.size() - 100, original.size() - 1}) {
        QByteArray changed = original;
        changed[at] = char(changed[at] ^ 0x01);
        const QString copy = m_dir.filePath(QStringLiteral("flip-%1.amanatx").arg(at));
        QFile out(copy);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(changed);
        out.close();
        error.clear();
        QVERIFY2(readPackage(copy, m_b, &error).isEmpty(), qPrintable(QString::number(at)));
        QVERIFY2(!error.isEmpty(), qPrintable(QString::number(at)));
    }
}

void SealedPackageTest::aCutPackageIsCaught()
{
    const QByteArray plain = randomBytes(200000);
    const QString path = m_dir.filePath(QStringLiteral("cut.amanatx"));
    QVERIFY(!writePackage(path, m_sender, {m_b.identity()}, plain).isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    for (qsizetype keep : {qsizetype(10), whole.size() / 2, whole.size() - 64, whole.size() - 1}) {
        const QString copy = m_dir.filePath(QStringLiteral("cut-%1.amanatx").arg(keep));
        QFile out(copy);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(whole.left(keep));
        out.close();
        QString error;
        QVERIFY(readPackage(copy, m_b, &error).isEmpty());
        QVERIFY2(!error.isEmpty(), qPrintable(QString::number(keep)));
    }
}

void SealedPackageTest::aPackageSignedByAnotherKeyIsCaught()
{
    // The header names the sender's keys, but another key signed it: someone else (another
    // recipient, who also holds the stream key) passing a package off as the sender's.
    const SigningKey forger = SigningKey::generate();
    const QString path = m_dir.filePath(QStringLiteral("forged.amanatx"));
    QVERIFY(!writePackage(path, m_sender, {m_b.identity()}, "forged", &forger).isEmpty());
    QString error;
    QVERIFY(readPackage(path, m_b, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("changed")), qPrintable(error));
}

void SealedPackageTest::nothingNamesTheSenderOrTheRecipients()
{
    const QString path = m_dir.filePath(QStringLiteral("quiet.amanatx"));
    QVERIFY(!writePackage(path, m_sender, {m_b.identity(), m_c.identity()}, "x").isEmpty());
    // The recipient reads who sent it...
    QString error;
    PackageSender sender;
    QCOMPARE(readPackage(path, m_b, &error, &sender), QByteArray("x"));
    QCOMPARE(sender.name, QStringLiteral("Field office Kashgar"));
    QCOMPARE(sender.libraryId, QStringLiteral("lib-1"));
    QVERIFY(sender.identity == m_sender.identity());
    // ...which no one else can: no name, id, key or fingerprint of either side in the file.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (const QByteArray &probe :
         {QByteArray("Field office"), QByteArray("lib-1"),
          m_sender.identity().publicText().toLatin1(), m_sender.identity().fingerprint().toLatin1(),
          m_b.identity().fingerprint().toLatin1(), m_b.identity().publicText().toLatin1(),
          m_sender.signer.publicKey(), m_b.key.publicKey(), QByteArray("created_at")})
        QVERIFY2(!bytes.contains(probe), probe.constData());
    auto sealedForB = SealedPackageReader::isSealedFor(path, m_b.key);
    QVERIFY(sealedForB.ok() && *sealedForB);
    auto sealedForOutsider = SealedPackageReader::isSealedFor(path, m_outsider.key);
    QVERIFY(sealedForOutsider.ok() && !*sealedForOutsider);
}

void SealedPackageTest::theIdentityTextRoundTrips()
{
    const ExchangeIdentity identity = m_b.identity();
    auto parsed = ExchangeIdentity::parse(QStringLiteral("  ") + identity.publicText() +
                                          QStringLiteral("\n"));
    QVERIFY(parsed.ok());
    QVERIFY(*parsed == identity);
    QCOMPARE(parsed->fingerprint(), identity.fingerprint());
    QCOMPARE(identity.displayFingerprint().size(), 64 + 15);
    // The same bytes in hex, and with the line breaks of a pasted message, are the same key.
    const QByteArray bytes = QByteArray::fromBase64(identity.publicText().toLatin1());
    auto fromHex = ExchangeIdentity::parse(QString::fromLatin1(bytes.toHex()));
    QVERIFY(fromHex.ok() && *fromHex == identity);
    auto broken = ExchangeIdentity::parse(identity.publicText().insert(40, QStringLiteral("\n ")));
    QVERIFY(broken.ok() && *broken == identity);
    QVERIFY(!ExchangeIdentity::parse(identity.publicText().chopped(6)).ok());
    QVERIFY(!ExchangeIdentity::parse(QStringLiteral("!!")).ok());
    QVERIFY(!ExchangeIdentity::parse(identity.fingerprint()).ok());
}

QTEST_GUILESS_MAIN(SealedPackageTest)
#include "tst_sealed_package.moc"
