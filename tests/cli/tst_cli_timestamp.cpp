// Trusted time (issue 15), end to end with a local time-stamping authority made by
// `openssl ts -reply` and a self-made TSA certificate: a library's request over items comes
// back as a reply that timestamp-import verifies and stores in the custody log (once); a
// reply to another request, a changed reply or one from an untrusted authority changes
// nothing and says why; a bundle's manifest.tsq and manifest.tsr are checked by verify-bundle.

#include "CliRunner.h"
#include "bundle/Manifest.h"
#include "crypto/SigningKey.h"

#include <QTemporaryDir>
#include <QTest>

using namespace amanat;
using namespace amanat::test;

class CliTimeStampTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aLibraryRequestComesBackAndIsStoredOnce();
    void aReplyToAnotherRequestChangesNothing();
    void aChangedOrUntrustedReplyIsRefused();
    void aReplyStoredUncheckedIsCheckedLater();
    void aBundleIsTimeStampedBesideItsManifest();

private:
    /** The local authority's reply to @p tsq, written to @p tsr. */
    bool reply(const QString &tsq, const QString &tsr, const QString &key = {},
               const QString &cert = {});
    int logCount(const QString &library) const;

    QTemporaryDir m_dir;
    CliRunner m_cli;
    QString m_lib;
    QString m_tsaKey, m_tsaCert, m_config;
};

bool CliTimeStampTest::reply(const QString &tsq, const QString &tsr, const QString &key,
                             const QString &cert)
{
    const CliResult made =
        runTool(QStringLiteral("openssl"),
                {QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-config"),
                 m_config, QStringLiteral("-queryfile"), tsq, QStringLiteral("-inkey"),
                 key.isEmpty() ? m_tsaKey : key, QStringLiteral("-signer"),
                 cert.isEmpty() ? m_tsaCert : cert, QStringLiteral("-out"), tsr});
    if (!made.exitedWith(0))
        qWarning("%s", made.describe().constData());
    return made.exitedWith(0);
}

int CliTimeStampTest::logCount(const QString &library) const
{
    return int(QJsonDocument::fromJson(
                   m_cli.run({QStringLiteral("log"), library, QStringLiteral("--json")}).out)
                   .array()
                   .size());
}

/** A self-signed certificate for a time-stamping authority (critical timeStamping use). */
static bool makeAuthority(const QString &dir, const QString &name)
{
    return runTool(QStringLiteral("openssl"),
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    dir + QLatin1Char('/') + name + QStringLiteral(".key"), QStringLiteral("-out"),
                    dir + QLatin1Char('/') + name + QStringLiteral(".crt"), QStringLiteral("-days"),
                    QStringLiteral("30"), QStringLiteral("-subj"),
                    QStringLiteral("/O=Test Authority/CN=") + name, QStringLiteral("-addext"),
                    QStringLiteral("extendedKeyUsage=critical,timeStamping"),
                    QStringLiteral("-addext"),
                    QStringLiteral("keyUsage=critical,digitalSignature")})
        .exitedWith(0);
}

void CliTimeStampTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(makeAuthority(m_dir.path(), QStringLiteral("tsa")));
    QVERIFY(makeAuthority(m_dir.path(), QStringLiteral("other")));
    m_tsaKey = m_dir.filePath(QStringLiteral("tsa.key"));
    m_tsaCert = m_dir.filePath(QStringLiteral("tsa.crt"));
    m_config = m_dir.filePath(QStringLiteral("ts.cnf"));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("serial")), "01\n"));
    QVERIFY(writeFile(m_config, "[ tsa ]\ndefault_tsa = local\n[ local ]\nserial = " +
                                    m_dir.filePath(QStringLiteral("serial")).toUtf8() +
                                    "\ncrypto_device = builtin\nsigner_digest = sha256\n"
                                    "default_policy = 1.2.3.4.1\ndigests = sha256\n"
                                    "accuracy = secs:1\nordering = yes\ntsa_name = yes\n"
                                    "ess_cert_id_chain = no\ness_cert_id_alg = sha256\n"));
    m_lib = m_dir.filePath(QStringLiteral("lib"));
    QVERIFY(!m_cli.init(m_lib).isEmpty());
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("a.txt")), "First statement.\n"));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("b.txt")), "Second statement.\n"));
    QVERIFY(m_cli.importOne(m_lib, m_dir.filePath(QStringLiteral("a.txt")),
                            {QStringLiteral("--no-extract")}));
    QVERIFY(m_cli.importOne(m_lib, m_dir.filePath(QStringLiteral("b.txt")),
                            {QStringLiteral("--no-extract")}));
}

void CliTimeStampTest::aLibraryRequestComesBackAndIsStoredOnce()
{
    const QString tsq = m_dir.filePath(QStringLiteral("items.tsq"));
    const QString tsr = m_dir.filePath(QStringLiteral("items.tsr"));
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("timestamp-request"), m_lib, QStringLiteral("1"),
                                  QStringLiteral("2"), tsq}),
                       0);
    // The request is over the statement the log keeps: recompute its SHA-256 from the log.
    const QByteArray log = m_cli.run({QStringLiteral("log"), m_lib, QStringLiteral("--json")}).out;
    QJsonObject requested;
    for (const QJsonValue &event : QJsonDocument::fromJson(log).array())
        if (event.toObject().value(QStringLiteral("action")) == QLatin1String("timestamp_request"))
            requested = event.toObject().value(QStringLiteral("details")).toObject();
    const QString statement = requested.value(QStringLiteral("statement")).toString();
    QVERIFY2(statement.contains(QLatin1String("item 1 sha256 ")), qPrintable(statement));
    QCOMPARE(sha256Hex(statement.toUtf8()), requested.value(QStringLiteral("sha256")).toString());
    const CliResult text =
        runTool(QStringLiteral("openssl"), {QStringLiteral("ts"), QStringLiteral("-query"),
                                            QStringLiteral("-in"), tsq, QStringLiteral("-text")});
    QVERIFY2(text.out.contains("sha256"), text.out.constData());

    QVERIFY(reply(tsq, tsr));
    const int before = logCount(m_lib);
    const QDateTime asked = QDateTime::currentDateTimeUtc();
    const CliResult imported =
        m_cli.run({QStringLiteral("timestamp-import"), m_lib, tsr, QStringLiteral("--tsa-ca"),
                   m_tsaCert, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(imported, 0);
    const QJsonObject stamp = QJsonDocument::fromJson(imported.out).object();
    QVERIFY(stamp.value(QStringLiteral("trusted")).toBool());
    QVERIFY2(stamp.value(QStringLiteral("authority")).toString().contains(QLatin1String("CN=tsa")),
             imported.out.constData());
    const QDateTime time =
        QDateTime::fromString(stamp.value(QStringLiteral("time")).toString(), Qt::ISODate);
    QVERIFY2(qAbs(time.secsTo(asked)) < 600, imported.out.constData());
    QCOMPARE(logCount(m_lib), before + 1);
    QVERIFY(m_cli.run({QStringLiteral("log"), m_lib, QStringLiteral("--json")})
                .out.contains("\"reply_sha256\""));
    // The same reply again: nothing new.
    const CliResult again =
        m_cli.run({QStringLiteral("timestamp-import"), m_lib, tsr, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(again, 0);
    QVERIFY(QJsonDocument::fromJson(again.out)
                .object()
                .value(QStringLiteral("already_stored"))
                .toBool());
    QCOMPARE(logCount(m_lib), before + 1);
}

void CliTimeStampTest::aReplyToAnotherRequestChangesNothing()
{
    // Library B asks for its own stamp; the reply to A's request is not B's.
    const QString other = m_dir.filePath(QStringLiteral("other-lib"));
    QVERIFY(!m_cli.init(other).isEmpty());
    QVERIFY(m_cli.importOne(other, m_dir.filePath(QStringLiteral("a.txt")),
                            {QStringLiteral("--no-extract")}));
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("timestamp-request"), other, QStringLiteral("1"),
                                  m_dir.filePath(QStringLiteral("b.tsq"))}),
                       0);
    const QString tsq = m_dir.filePath(QStringLiteral("a2.tsq"));
    const QString tsr = m_dir.filePath(QStringLiteral("a2.tsr"));
    AMANAT_EXPECT_EXIT(
        m_cli.run({QStringLiteral("timestamp-request"), m_lib, QStringLiteral("1"), tsq}), 0);
    QVERIFY(reply(tsq, tsr));
    const int before = logCount(other);
    const CliResult refused = m_cli.run({QStringLiteral("timestamp-import"), other, tsr});
    QVERIFY2(refused.exitedNormally() && refused.exitCode != 0, refused.describe().constData());
    QVERIFY2(refused.err.contains("none of this library"), refused.err.constData());
    QCOMPARE(logCount(other), before);
    // An existing request file is never overwritten.
    const CliResult exists =
        m_cli.run({QStringLiteral("timestamp-request"), m_lib, QStringLiteral("1"), tsq});
    QVERIFY2(exists.exitedNormally() && exists.exitCode != 0, exists.describe().constData());
}

void CliTimeStampTest::aChangedOrUntrustedReplyIsRefused()
{
    const QString tsq = m_dir.filePath(QStringLiteral("c.tsq"));
    const QString tsr = m_dir.filePath(QStringLiteral("c.tsr"));
    AMANAT_EXPECT_EXIT(
        m_cli.run({QStringLiteral("timestamp-request"), m_lib, QStringLiteral("2"), tsq}), 0);
    QVERIFY(reply(tsq, tsr));
    const int before = logCount(m_lib);
    // The last bytes are the signature: one changed bit breaks it.
    QByteArray changed = readFile(tsr);
    changed[changed.size() - 2] = char(changed.at(changed.size() - 2) ^ 0x01);
    const QString bad = m_dir.filePath(QStringLiteral("changed.tsr"));
    QVERIFY(writeFile(bad, changed));
    const CliResult broken = m_cli.run({QStringLiteral("timestamp-import"), m_lib, bad});
    QVERIFY2(broken.exitedNormally() && broken.exitCode != 0, broken.describe().constData());
    // Signed by an authority other than the one trusted.
    const CliResult untrusted =
        m_cli.run({QStringLiteral("timestamp-import"), m_lib, tsr, QStringLiteral("--tsa-ca"),
                   m_dir.filePath(QStringLiteral("other.crt"))});
    QVERIFY2(untrusted.exitedNormally() && untrusted.exitCode != 0,
             untrusted.describe().constData());
    QVERIFY2(untrusted.err.contains("does not check"), untrusted.err.constData());
    // Not a reply at all.
    const CliResult garbage = m_cli.run({QStringLiteral("timestamp-import"), m_lib, tsq});
    QVERIFY2(garbage.exitedNormally() && garbage.exitCode != 0, garbage.describe().constData());
    QCOMPARE(logCount(m_lib), before);
}

void CliTimeStampTest::aReplyStoredUncheckedIsCheckedLater()
{
    const QString tsq = m_dir.filePath(QStringLiteral("later.tsq"));
    const QString tsr = m_dir.filePath(QStringLiteral("later.tsr"));
    AMANAT_EXPECT_EXIT(
        m_cli.run({QStringLiteral("timestamp-request"), m_lib, QStringLiteral("1"), tsq}), 0);
    QVERIFY(reply(tsq, tsr));
    const int before = logCount(m_lib);
    // Without the authority's certificate: stored, not trusted.
    const CliResult unchecked =
        m_cli.run({QStringLiteral("timestamp-import"), m_lib, tsr, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(unchecked, 0);
    QVERIFY(
        !QJsonDocument::fromJson(unchecked.out).object().value(QStringLiteral("trusted")).toBool());
    QCOMPARE(logCount(m_lib), before + 1);
    // Again with it: the check is new, so it is logged, as trusted.
    const CliResult checked =
        m_cli.run({QStringLiteral("timestamp-import"), m_lib, tsr, QStringLiteral("--tsa-ca"),
                   m_tsaCert, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(checked, 0);
    const QJsonObject stamp = QJsonDocument::fromJson(checked.out).object();
    QVERIFY(stamp.value(QStringLiteral("trusted")).toBool());
    QVERIFY(!stamp.value(QStringLiteral("already_stored")).toBool());
    QCOMPARE(logCount(m_lib), before + 2);
    QJsonObject last;
    for (const QJsonValue &event :
         QJsonDocument::fromJson(
             m_cli.run({QStringLiteral("log"), m_lib, QStringLiteral("--json")}).out)
             .array())
        if (event.toObject().value(QStringLiteral("action")) == QLatin1String("timestamp"))
            last = event.toObject().value(QStringLiteral("details")).toObject();
    QVERIFY(last.value(QStringLiteral("trusted")).toBool());
    // A third time, with or without the certificate: nothing new.
    for (const QStringList &extra :
         {QStringList{}, QStringList{QStringLiteral("--tsa-ca"), m_tsaCert}}) {
        const CliResult again = m_cli.run(
            QStringList{QStringLiteral("timestamp-import"), m_lib, tsr, QStringLiteral("--json")} +
            extra);
        AMANAT_EXPECT_EXIT(again, 0);
        QVERIFY(QJsonDocument::fromJson(again.out)
                    .object()
                    .value(QStringLiteral("already_stored"))
                    .toBool());
    }
    QCOMPARE(logCount(m_lib), before + 2);
}

void CliTimeStampTest::aBundleIsTimeStampedBesideItsManifest()
{
    const QString bundle = m_dir.filePath(QStringLiteral("bundle"));
    QVERIFY(QDir().mkpath(bundle));
    QVERIFY(writeFile(bundle + QStringLiteral("/bundle.pdf"), "%PDF-1.7\n" + randomBytes(4000)));
    Manifest manifest;
    manifest.appVersion = QStringLiteral("test");
    manifest.dossier.id = 1;
    manifest.dossier.name = QStringLiteral("Appeal");
    QVERIFY(manifest.writeTo(bundle, SigningKey::generate()).ok());
    // Without a reply, verify-bundle says nothing of time.
    CliResult verified =
        m_cli.run({QStringLiteral("verify-bundle"), bundle, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(verified, 0);
    QVERIFY(
        QJsonDocument::fromJson(verified.out).object().value(QStringLiteral("timestamp")).isNull());

    AMANAT_EXPECT_EXIT(
        m_cli.run({QStringLiteral("timestamp-request"), QStringLiteral("--bundle"), bundle}), 0);
    QVERIFY(
        reply(bundle + QStringLiteral("/manifest.tsq"), bundle + QStringLiteral("/manifest.tsr")));
    verified = m_cli.run({QStringLiteral("verify-bundle"), bundle, QStringLiteral("--tsa-ca"),
                          m_tsaCert, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(verified, 0);
    const QJsonObject stamp = QJsonDocument::fromJson(verified.out)
                                  .object()
                                  .value(QStringLiteral("timestamp"))
                                  .toObject();
    QVERIFY2(stamp.value(QStringLiteral("authority")).toString().contains(QLatin1String("CN=tsa")),
             verified.out.constData());
    QVERIFY(stamp.value(QStringLiteral("trusted")).toBool());
    const CliResult text = m_cli.run({QStringLiteral("verify-bundle"), bundle});
    QVERIFY2(text.out.contains("Time stamp: "), text.out.constData());
    // A second request would no longer match the reply: refused.
    const CliResult again =
        m_cli.run({QStringLiteral("timestamp-request"), QStringLiteral("--bundle"), bundle});
    QVERIFY2(again.exitedNormally() && again.exitCode != 0, again.describe().constData());

    // A reply to another request placed beside the manifest is a problem of the bundle.
    QVERIFY(QFile::remove(bundle + QStringLiteral("/manifest.tsr")));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("c.tsr")),
                        bundle + QStringLiteral("/manifest.tsr")));
    verified = m_cli.run({QStringLiteral("verify-bundle"), bundle});
    AMANAT_EXPECT_EXIT(verified, 4);
    QVERIFY2(verified.out.contains("manifest.tsr"), verified.out.constData());
}

QTEST_GUILESS_MAIN(CliTimeStampTest)
#include "tst_cli_timestamp.moc"
