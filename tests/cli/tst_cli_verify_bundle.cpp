// End-to-end tests of `amanat-cli verify-bundle` and `amanat-cli signing-key`: exit codes
// 0/4/1/2, the --json shape, one line per problem naming the file, and a fingerprint that
// stays the same. Bundle folders are made with the core Manifest writer.

#include "CliRunner.h"

#include "bundle/Manifest.h"
#include "crypto/SigningKey.h"
#include "repository/SigningKeyStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace amanat;
using namespace amanat::test;

class CliVerifyBundleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void intactBundle();
    void changedFile();
    void missingAndExtraFiles();
    void expectKey();
    void unreadable();
    void usage();
    void signingKeyIsStable();

private:
    QString copyOfBundle();

    QTemporaryDir m_dir;
    CliRunner m_cli;
    SigningKey m_key = SigningKey::generate();
    QString m_bundle;
    int m_copies = 0;
};

void CliVerifyBundleTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_bundle = m_dir.filePath(QStringLiteral("bundle"));
    QVERIFY(QDir().mkpath(m_bundle + QStringLiteral("/natives")));
    QVERIFY(writeFile(m_bundle + QStringLiteral("/bundle.pdf"), "%PDF-1.7\n" + randomBytes(40000)));
    QVERIFY(writeFile(m_bundle + QStringLiteral("/natives/PFX-000041.mp4"), randomBytes(30000)));
    Manifest manifest;
    manifest.appVersion = QStringLiteral("test");
    manifest.dossier.id = 1;
    manifest.dossier.name = QStringLiteral("Test dossier");
    ManifestExhibit video;
    video.label = QStringLiteral("D-1");
    video.itemId = 4;
    video.kind = QStringLiteral("video");
    video.sha256 = QString(64, QLatin1Char('b'));
    video.nativePath = QStringLiteral("natives/PFX-000041.mp4");
    manifest.exhibits = {video};
    auto written = manifest.writeTo(m_bundle, m_key);
    QVERIFY2(written.ok(), qPrintable(written.error().message));
}

QString CliVerifyBundleTest::copyOfBundle()
{
    const QString copy = m_dir.filePath(QStringLiteral("copy-%1").arg(++m_copies));
    QDir().mkpath(copy + QStringLiteral("/natives"));
    for (const QString &path : filesUnder(m_bundle))
        QFile::copy(path, copy + QLatin1Char('/') + QDir(m_bundle).relativeFilePath(path));
    return copy;
}

void CliVerifyBundleTest::intactBundle()
{
    const CliResult text = m_cli.run({QStringLiteral("verify-bundle"), m_bundle});
    AMANAT_EXPECT_EXIT(text, 0);
    QVERIFY(text.out.contains("Signature: valid"));
    QVERIFY(text.out.contains(m_key.fingerprint().toLatin1()));
    QVERIFY(text.err.isEmpty());

    const CliResult json =
        m_cli.run({QStringLiteral("verify-bundle"), m_bundle, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(json, 0);
    const QJsonObject object = jsonObjectFrom(json.out);
    QCOMPARE(object.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(object.value(QStringLiteral("signature")).toString(), QStringLiteral("valid"));
    QCOMPARE(object.value(QStringLiteral("fingerprint")).toString(), m_key.fingerprint());
    QCOMPARE(object.value(QStringLiteral("files_checked")).toInt(), 2);
    QVERIFY(object.value(QStringLiteral("problems")).isArray());
    QCOMPARE(object.value(QStringLiteral("problems")).toArray().size(), 0);

    // Works from any directory: no library, no passphrase.
    const CliResult noSecret =
        m_cli.runWith(baseEnvironment(), {QStringLiteral("verify-bundle"), m_bundle});
    AMANAT_EXPECT_EXIT(noSecret, 0);
}

void CliVerifyBundleTest::changedFile()
{
    const QString copy = copyOfBundle();
    QVERIFY(flipByte(copy + QStringLiteral("/bundle.pdf"), 2000));
    const CliResult text = m_cli.run({QStringLiteral("verify-bundle"), copy});
    AMANAT_EXPECT_EXIT(text, 4);
    QVERIFY2(text.out.contains("bundle.pdf: SHA-256 differs from the manifest\n"),
             text.describe().constData());
    QVERIFY(stderrProblem(text.err).isEmpty());

    const CliResult json =
        m_cli.run({QStringLiteral("verify-bundle"), copy, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(json, 4);
    const QJsonObject object = jsonObjectFrom(json.out);
    QCOMPARE(object.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(object.value(QStringLiteral("signature")).toString(), QStringLiteral("valid"));
    const QJsonArray problems = object.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).toObject().value(QStringLiteral("file")).toString(),
             QStringLiteral("bundle.pdf"));
    QVERIFY(!problems.at(0).toObject().value(QStringLiteral("problem")).toString().isEmpty());

    const QString edited = copyOfBundle();
    QByteArray manifest = readFile(edited + QStringLiteral("/manifest.json"));
    manifest.replace("Test dossier", "Test dossieR");
    QVERIFY(writeFile(edited + QStringLiteral("/manifest.json"), manifest));
    const CliResult broken =
        m_cli.run({QStringLiteral("verify-bundle"), edited, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(broken, 4);
    QCOMPARE(jsonObjectFrom(broken.out).value(QStringLiteral("signature")).toString(),
             QStringLiteral("invalid"));
    QVERIFY(broken.out.contains("manifest.json"));
}

void CliVerifyBundleTest::missingAndExtraFiles()
{
    const QString copy = copyOfBundle();
    QVERIFY(QFile::remove(copy + QStringLiteral("/natives/PFX-000041.mp4")));
    QVERIFY(writeFile(copy + QStringLiteral("/extra.txt"), "x"));
    const CliResult result = m_cli.run({QStringLiteral("verify-bundle"), copy});
    AMANAT_EXPECT_EXIT(result, 4);
    QVERIFY2(result.out.contains("natives/PFX-000041.mp4: missing\n"),
             result.describe().constData());
    QVERIFY(result.out.contains("extra.txt: not in the manifest\n"));
}

void CliVerifyBundleTest::expectKey()
{
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("verify-bundle"), m_bundle,
                                  QStringLiteral("--expect-key"), m_key.displayFingerprint()}),
                       0);
    const CliResult wrong =
        m_cli.run({QStringLiteral("verify-bundle"), m_bundle, QStringLiteral("--expect-key"),
                   SigningKey::generate().fingerprint().toUpper()});
    AMANAT_EXPECT_EXIT(wrong, 4);
    QVERIFY2(linesStartingWith(wrong.out, "manifest.sig: signing key fingerprint").size() == 1,
             wrong.describe().constData());
}

void CliVerifyBundleTest::unreadable()
{
    const CliResult absent =
        m_cli.run({QStringLiteral("verify-bundle"), m_dir.filePath(QStringLiteral("absent"))});
    AMANAT_EXPECT_EXIT(absent, 1);
    QVERIFY(isOneLine(absent.err));
    QVERIFY(absent.out.isEmpty());

    const QString empty = m_dir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    const CliResult noManifest =
        m_cli.run({QStringLiteral("verify-bundle"), empty, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(noManifest, 1);
    QVERIFY(isOneLine(noManifest.err));
    QVERIFY(noManifest.err.contains("manifest.json"));
}

void CliVerifyBundleTest::usage()
{
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("verify-bundle")}), 2);
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("verify-bundle"), m_bundle, m_bundle}), 2);
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("verify-bundle"), m_bundle,
                                  QStringLiteral("--expect-key"), QStringLiteral("12ab")}),
                       2);
    AMANAT_EXPECT_EXIT(
        m_cli.run({QStringLiteral("verify-bundle"), m_bundle, QStringLiteral("--no-such-option")}),
        2);
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("signing-key")}), 2);
}

void CliVerifyBundleTest::signingKeyIsStable()
{
    const QString library = m_dir.filePath(QStringLiteral("Keys.amanat"));
    CliResult created;
    QVERIFY2(!m_cli.init(library, &created).isEmpty(), created.describe().constData());

    const CliResult first = m_cli.run({QStringLiteral("signing-key"), library});
    AMANAT_EXPECT_EXIT(first, 0);
    QVERIFY(first.out.startsWith("Fingerprint: "));
    const CliResult second = m_cli.run({QStringLiteral("signing-key"), library});
    AMANAT_EXPECT_EXIT(second, 0);
    QCOMPARE(second.out, first.out);

    const CliResult json =
        m_cli.run({QStringLiteral("signing-key"), library, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(json, 0);
    const QJsonObject object = jsonObjectFrom(json.out);
    const QString fingerprint = object.value(QStringLiteral("fingerprint")).toString();
    QCOMPARE(SigningKey::normalizeFingerprint(fingerprint), fingerprint);
    QCOMPARE(object.value(QStringLiteral("algorithm")).toString(), QStringLiteral("ed25519"));
    QCOMPARE(
        object.value(QStringLiteral("display_fingerprint")).toString().remove(QLatin1Char(' ')),
        fingerprint);
    QCOMPARE(SigningKey::fingerprintOf(QByteArray::fromBase64(
                 object.value(QStringLiteral("public_key")).toString().toLatin1())),
             fingerprint);
    QVERIFY(first.out.contains(
        object.value(QStringLiteral("display_fingerprint")).toString().toUtf8()));

    // Created once, logged once.
    const CliResult log = m_cli.run({QStringLiteral("log"), library, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(log, 0);
    int creations = 0;
    for (const QJsonValue &event : jsonArrayFrom(log.out)) {
        if (event.toObject().value(QStringLiteral("action")).toString() ==
            QLatin1String(SigningKeyStore::kCreateAction)) {
            ++creations;
            QCOMPARE(event.toObject()
                         .value(QStringLiteral("details"))
                         .toObject()
                         .value(QStringLiteral("fingerprint"))
                         .toString(),
                     fingerprint);
        }
    }
    QCOMPARE(creations, 1);

    const CliResult wrongPassphrase =
        m_cli.runWith(m_cli.withPassphrase(QStringLiteral("not the passphrase at all")),
                      {QStringLiteral("signing-key"), library});
    AMANAT_EXPECT_EXIT(wrongPassphrase, 3);
}

QTEST_GUILESS_MAIN(CliVerifyBundleTest)
#include "tst_cli_verify_bundle.moc"
