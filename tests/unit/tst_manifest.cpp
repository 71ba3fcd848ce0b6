// The bundle manifest: canonical manifest.json, a detached Ed25519 signature, a
// manifest.sha256 that the real `sha256sum -c` accepts, and a verifier that names every
// changed, missing or extra file.

#include "bundle/BundleVerifier.h"
#include "bundle/Manifest.h"
#include "crypto/SigningKey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace amanat;

namespace {

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Relative paths of every file below @p root. */
QStringList relativeFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

bool copyFolder(const QString &from, const QString &to)
{
    for (const QString &relative : relativeFiles(from)) {
        const QString target = to + QLatin1Char('/') + relative;
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(from + QLatin1Char('/') + relative, target))
            return false;
    }
    return true;
}

bool flipByte(const QString &path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    char byte = 0;
    if (file.read(&byte, 1) != 1 || !file.seek(offset))
        return false;
    byte = char(byte ^ 0x01);
    return file.write(&byte, 1) == 1;
}

Manifest sampleManifest()
{
    Manifest manifest;
    manifest.appVersion = QStringLiteral("0.1.0");
    manifest.createdUtc = QStringLiteral("2024-05-01T10:00:00.000Z");
    manifest.dossier = {7, QStringLiteral("Case 2024/17 — appeal"),
                        QStringLiteral("Upper Tribunal"), QStringLiteral("PA/01234/2024"),
                        QString()};
    ManifestExhibit report;
    report.label = QStringLiteral("B-1");
    report.itemId = 12;
    report.title = QStringLiteral("Country report \"detention\" 2019");
    report.kind = QStringLiteral("report");
    report.section = QStringLiteral("B. Country conditions");
    report.batesFirst = QStringLiteral("PFX-000001");
    report.batesLast = QStringLiteral("PFX-000040");
    report.pageFirst = 1;
    report.pageLast = 40;
    report.sha256 = QString(64, QLatin1Char('a'));
    report.originalName = QStringLiteral("تقرير.pdf");
    CustodyEvent imported;
    imported.seq = 3;
    imported.at = QStringLiteral("2024-04-01T09:00:00.000Z");
    imported.actor = QStringLiteral("amina (amanat)");
    imported.action = QStringLiteral("import");
    imported.itemId = 12;
    imported.details = {{QStringLiteral("sha256"), QString(64, QLatin1Char('a'))},
                        {QStringLiteral("size"), 1234}};
    imported.hash = QString(64, QLatin1Char('c'));
    report.custody = {imported};
    ManifestExhibit video;
    video.label = QStringLiteral("D-1");
    video.itemId = 41;
    video.title = QStringLiteral("Video 集中营");
    video.kind = QStringLiteral("video");
    video.section = QStringLiteral("D. Video evidence");
    video.batesFirst = video.batesLast = QStringLiteral("PFX-000041");
    video.pageFirst = video.pageLast = 41;
    video.sha256 = QString(64, QLatin1Char('b'));
    video.nativePath = QStringLiteral("natives/PFX-000041.mp4");
    video.redacted = true;
    manifest.exhibits = {report, video};
    return manifest;
}

/** A bundle folder with a few files, one in natives/ and one with a non-ASCII name. */
void makeFolder(const QString &folder)
{
    QVERIFY(writeFile(folder + QStringLiteral("/bundle.pdf"), "%PDF-1.7\n" + randomBytes(70000)));
    QVERIFY(writeFile(folder + QStringLiteral("/natives/PFX-000041.mp4"), randomBytes(50000)));
    QVERIFY(writeFile(folder + QStringLiteral("/export certificate.txt"), "Exported by amina\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/ملاحظات.txt"), "notes\n"));
}

bool hasProblem(const BundleVerification &result, const QString &file,
                const QString &contains = QString())
{
    for (const BundleProblem &problem : result.problems) {
        if (problem.file == file && problem.problem.contains(contains))
            return true;
    }
    return false;
}

QByteArray describe(const BundleVerification &result)
{
    QStringList lines;
    for (const BundleProblem &problem : result.problems)
        lines << problem.text();
    return lines.join(QLatin1Char('\n')).toUtf8();
}

} // namespace

class ManifestTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesCanonicalSignedManifest();
    void sha256sumAcceptsIt();
    void verifierAcceptsIt();
    void opensslVerifiesSignature();
    void changedByteIsNamed_data();
    void changedByteIsNamed();
    void editedManifestBreaksSignature();
    void extraFilesAreNamed();
    void missingFileIsNamed();
    void otherKeySignatureFails();
    void expectedKey();
    void pathRules();
    void verifierRefusesUnsafePaths();
    void writerRefuses();
    void unreadableFolder();

private:
    QString copyOfBundle();

    QTemporaryDir m_dir;
    SigningKey m_key = SigningKey::generate();
    QString m_bundle;
    QString m_manifestHash;
    int m_copies = 0;
};

void ManifestTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_bundle = m_dir.filePath(QStringLiteral("bundle"));
    makeFolder(m_bundle);
    Manifest manifest = sampleManifest();
    auto written = manifest.writeTo(m_bundle, m_key);
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    m_manifestHash = *written;
}

QString ManifestTest::copyOfBundle()
{
    const QString copy = m_dir.filePath(QStringLiteral("copy-%1").arg(++m_copies));
    if (!copyFolder(m_bundle, copy))
        qFatal("cannot copy the bundle folder");
    return copy;
}

void ManifestTest::writesCanonicalSignedManifest()
{
    const QByteArray json = readFile(m_bundle + QStringLiteral("/manifest.json"));
    QCOMPARE(
        m_manifestHash,
        QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()));
    QVERIFY(json.startsWith("{\n  \"format\": \"amanat-bundle-manifest\",\n  \"version\": 1,\n"));
    QVERIFY(json.endsWith("}\n"));
    QVERIFY(json.contains("\"original_name\": \"تقرير.pdf\"")); // UTF-8 as is, not \u-escaped
    QVERIFY(json.contains("\"title\": \"Country report \\\"detention\\\" 2019\""));
    QVERIFY(!json.contains('\t'));

    auto parsed = Manifest::parse(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    // Canonical: parsing and writing again gives the same bytes.
    QCOMPARE(parsed->toJson(), json);
    QCOMPARE(parsed->fingerprint, m_key.fingerprint());
    QCOMPARE(parsed->publicKey, m_key.publicKey());
    QStringList paths;
    for (const ManifestFile &file : parsed->files)
        paths << file.path;
    QCOMPARE(paths, (QStringList{
                        QStringLiteral("bundle.pdf"), QStringLiteral("export certificate.txt"),
                        QStringLiteral("natives/PFX-000041.mp4"), QStringLiteral("ملاحظات.txt")}));
    QCOMPARE(parsed->files.at(2).size, 50000);
    QCOMPARE(parsed->exhibits.size(), 2);
    QCOMPARE(parsed->exhibits.at(1).nativePath, QStringLiteral("natives/PFX-000041.mp4"));
    QVERIFY(parsed->exhibits.at(1).redacted);
    QCOMPARE(parsed->exhibits.at(0).custody.at(0).details.value(QStringLiteral("size")).toInt(),
             1234);

    const QByteArray signature = readFile(m_bundle + QStringLiteral("/manifest.sig"));
    QCOMPARE(signature.size(), SigningKey::kSignatureBytes);
    QVERIFY(SigningKey::verify(m_key.publicKey(), json, signature));

    // Writing the same manifest again gives the same bytes.
    const QString again = m_dir.filePath(QStringLiteral("again"));
    makeFolder(again);
    for (const QString &name : relativeFiles(m_bundle)) {
        if (!Manifest::isManifestFile(name)) {
            QFile::remove(again + QLatin1Char('/') + name);
            QVERIFY(
                QFile::copy(m_bundle + QLatin1Char('/') + name, again + QLatin1Char('/') + name));
        }
    }
    Manifest same = sampleManifest();
    auto written = same.writeTo(again, m_key);
    QVERIFY(written.ok());
    QCOMPARE(*written, m_manifestHash);
    QCOMPARE(readFile(again + QStringLiteral("/manifest.sha256")),
             readFile(m_bundle + QStringLiteral("/manifest.sha256")));
}

void ManifestTest::sha256sumAcceptsIt()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("sha256sum"));
    if (tool.isEmpty())
        QSKIP("sha256sum is not installed");
    const QByteArray list = readFile(m_bundle + QStringLiteral("/manifest.sha256"));
    QCOMPARE(list.count('\n'), 6); // four files, manifest.json, manifest.sig
    QVERIFY(list.contains("  manifest.json\n"));
    QVERIFY(list.contains("  manifest.sig\n"));
    QVERIFY(!list.contains("manifest.sha256"));

    QProcess process;
    process.setWorkingDirectory(m_bundle);
    process.start(tool, {QStringLiteral("--check"), QStringLiteral("--strict"),
                         QStringLiteral("manifest.sha256")});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAllStandardError().constData());
    QCOMPARE(process.readAllStandardOutput().count(": OK\n"), 6);

    // …and the real tool notices a changed file too.
    const QString copy = copyOfBundle();
    QVERIFY(flipByte(copy + QStringLiteral("/natives/PFX-000041.mp4"), 100));
    process.setWorkingDirectory(copy);
    process.start(tool, {QStringLiteral("--check"), QStringLiteral("manifest.sha256")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
}

void ManifestTest::verifierAcceptsIt()
{
    auto result = BundleVerifier::verify(m_bundle);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QVERIFY2(result->ok(), describe(*result).constData());
    QVERIFY(result->signatureValid);
    QCOMPARE(result->fingerprint, m_key.fingerprint());
    QCOMPARE(result->filesChecked, 4);
}

void ManifestTest::opensslVerifiesSignature()
{
    // The README's recipe for checking a bundle without Amanat.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed");
    const QString keyDer = m_dir.filePath(QStringLiteral("key.der"));
    QVERIFY(writeFile(keyDer, QByteArray::fromHex("302a300506032b6570032100") + m_key.publicKey()));
    QProcess convert;
    convert.start(openssl,
                  {QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-inform"),
                   QStringLiteral("DER"), QStringLiteral("-in"), keyDer, QStringLiteral("-out"),
                   m_dir.filePath(QStringLiteral("key.pem"))});
    QVERIFY(convert.waitForFinished(60000));
    QCOMPARE(convert.exitCode(), 0);
    for (const bool intact : {true, false}) {
        QString folder = m_bundle;
        if (!intact) {
            folder = copyOfBundle();
            QVERIFY(flipByte(folder + QStringLiteral("/manifest.json"), 40));
        }
        QProcess verify;
        verify.setWorkingDirectory(folder);
        verify.start(openssl, {QStringLiteral("pkeyutl"), QStringLiteral("-verify"),
                               QStringLiteral("-pubin"), QStringLiteral("-inkey"),
                               m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-rawin"),
                               QStringLiteral("-in"), QStringLiteral("manifest.json"),
                               QStringLiteral("-sigfile"), QStringLiteral("manifest.sig")});
        QVERIFY(verify.waitForFinished(60000));
        QVERIFY2((verify.exitCode() == 0) == intact, verify.readAllStandardError().constData());
    }
}

void ManifestTest::changedByteIsNamed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("where"); // fraction of the file
    for (const QString &file : relativeFiles(m_bundle)) {
        for (double where : {0.0, 0.5, 0.999}) {
            QTest::addRow("%s@%g", qPrintable(file), where) << file << where;
        }
    }
}

void ManifestTest::changedByteIsNamed()
{
    QFETCH(QString, file);
    QFETCH(double, where);
    const QString copy = copyOfBundle();
    const QString path = copy + QLatin1Char('/') + file;
    const qint64 size = QFileInfo(path).size();
    QVERIFY(flipByte(path, qMin(size - 1, qint64(double(size) * where))));

    auto result = BundleVerifier::verify(copy);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QVERIFY2(!result->ok(), qPrintable(file));
    QVERIFY2(hasProblem(*result, file), describe(*result).constData());
    // Only that file is blamed (a changed signature also fails to match manifest.json).
    for (const BundleProblem &problem : result->problems) {
        QVERIFY2(problem.file == file || (file == QLatin1String("manifest.sig") &&
                                          problem.file == QLatin1String("manifest.json")),
                 describe(*result).constData());
    }
    if (file == QLatin1String("manifest.json") || file == QLatin1String("manifest.sig"))
        QVERIFY(!result->signatureValid);
    else
        QVERIFY(result->signatureValid);
    if (!Manifest::isManifestFile(file)) {
        QVERIFY(hasProblem(*result, file, QStringLiteral("SHA-256 differs from the manifest")));
        QCOMPARE(result->problems.size(), 1); // one line for one changed file
    }
}

void ManifestTest::editedManifestBreaksSignature()
{
    const QString copy = copyOfBundle();
    const QString path = copy + QStringLiteral("/manifest.json");
    QByteArray json = readFile(path);
    json.replace("\"label\": \"B-1\"", "\"label\": \"B-2\"");
    QVERIFY(writeFile(path, json));
    QVERIFY(Manifest::parse(json).ok()); // still a well-formed manifest
    auto result = BundleVerifier::verify(copy);
    QVERIFY(result.ok());
    QVERIFY(!result->signatureValid);
    QVERIFY2(hasProblem(*result, QStringLiteral("manifest.json"),
                        QStringLiteral("signature does not match")),
             describe(*result).constData());
}

void ManifestTest::extraFilesAreNamed()
{
    const QString copy = copyOfBundle();
    QVERIFY(writeFile(copy + QStringLiteral("/extra.txt"), "added later\n"));
    QVERIFY(writeFile(copy + QStringLiteral("/natives/.hidden"), "x"));
    auto result = BundleVerifier::verify(copy);
    QVERIFY(result.ok());
    QVERIFY(result->signatureValid);
    QVERIFY2(
        hasProblem(*result, QStringLiteral("extra.txt"), QStringLiteral("not in the manifest")),
        describe(*result).constData());
    QVERIFY(hasProblem(*result, QStringLiteral("natives/.hidden"),
                       QStringLiteral("not in the manifest")));
    QCOMPARE(result->problems.size(), 2);
}

void ManifestTest::missingFileIsNamed()
{
    const QString copy = copyOfBundle();
    QVERIFY(QFile::remove(copy + QStringLiteral("/natives/PFX-000041.mp4")));
    auto result = BundleVerifier::verify(copy);
    QVERIFY(result.ok());
    QVERIFY2(
        hasProblem(*result, QStringLiteral("natives/PFX-000041.mp4"), QStringLiteral("missing")),
        describe(*result).constData());
    QCOMPARE(result->problems.size(), 1);
    QCOMPARE(result->filesChecked, 3);

    const QString noSignature = copyOfBundle();
    QVERIFY(QFile::remove(noSignature + QStringLiteral("/manifest.sig")));
    result = BundleVerifier::verify(noSignature);
    QVERIFY(result.ok());
    QVERIFY(!result->signatureValid);
    QVERIFY(hasProblem(*result, QStringLiteral("manifest.sig"), QStringLiteral("missing")));

    const QString noChecksums = copyOfBundle();
    QVERIFY(QFile::remove(noChecksums + QStringLiteral("/manifest.sha256")));
    result = BundleVerifier::verify(noChecksums);
    QVERIFY(result.ok());
    QVERIFY(hasProblem(*result, QStringLiteral("manifest.sha256"), QStringLiteral("missing")));
}

void ManifestTest::otherKeySignatureFails()
{
    const QString copy = copyOfBundle();
    const SigningKey other = SigningKey::generate();
    QVERIFY(writeFile(copy + QStringLiteral("/manifest.sig"),
                      other.sign(readFile(copy + QStringLiteral("/manifest.json")))));
    auto result = BundleVerifier::verify(copy);
    QVERIFY(result.ok());
    QVERIFY(!result->signatureValid);
    QVERIFY2(hasProblem(*result, QStringLiteral("manifest.json"),
                        QStringLiteral("signature does not match")),
             describe(*result).constData());
    QVERIFY(hasProblem(*result, QStringLiteral("manifest.sig")));
}

void ManifestTest::expectedKey()
{
    auto pinned = BundleVerifier::verify(m_bundle, m_key.displayFingerprint().toUpper());
    QVERIFY(pinned.ok());
    QVERIFY2(pinned->ok(), describe(*pinned).constData());

    const SigningKey other = SigningKey::generate();
    auto wrong = BundleVerifier::verify(m_bundle, other.fingerprint());
    QVERIFY(wrong.ok());
    QVERIFY(wrong->signatureValid);
    QVERIFY2(
        hasProblem(*wrong, QStringLiteral("manifest.sig"), QStringLiteral("is not the expected")),
        describe(*wrong).constData());
    QCOMPARE(wrong->problems.size(), 1);

    // A bundle re-signed entirely by someone else's key is self-consistent: only pinning the
    // key tells it apart.
    const QString resigned = copyOfBundle();
    Manifest manifest = sampleManifest();
    QVERIFY(manifest.writeTo(resigned, other).ok());
    auto unpinned = BundleVerifier::verify(resigned);
    QVERIFY(unpinned.ok() && unpinned->ok());
    auto caught = BundleVerifier::verify(resigned, m_key.fingerprint());
    QVERIFY(caught.ok());
    QVERIFY(hasProblem(*caught, QStringLiteral("manifest.sig"), m_key.fingerprint()));

    auto malformed = BundleVerifier::verify(m_bundle, QStringLiteral("abc"));
    QVERIFY(!malformed.ok());
    QCOMPARE(malformed.error().code, ErrorCode::InvalidInput);
}

void ManifestTest::pathRules()
{
    QVERIFY(Manifest::pathProblem(QStringLiteral("bundle.pdf")).isEmpty());
    QVERIFY(Manifest::pathProblem(QStringLiteral("natives/PFX-000041.mp4")).isEmpty());
    QVERIFY(Manifest::pathProblem(QStringLiteral(".hidden")).isEmpty());
    for (const char *bad : {"", "/etc/passwd", "../outside", "natives/../../x", "a//b", "a/", "./a",
                            "a\\b", "a\nb", ".."}) {
        QVERIFY2(!Manifest::pathProblem(QString::fromUtf8(bad)).isEmpty(), bad);
    }
}

void ManifestTest::verifierRefusesUnsafePaths()
{
    // A manifest that is validly signed but lists a path outside the folder: the verifier
    // reports it and never reads outside.
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("outside.txt")), "secret\n"));
    const QString copy = copyOfBundle();
    auto parsed = Manifest::parse(readFile(copy + QStringLiteral("/manifest.json")));
    QVERIFY(parsed.ok());
    parsed->files.append({QStringLiteral("../outside.txt"), 7, QString(64, QLatin1Char('0'))});
    parsed->files.append({QStringLiteral("/etc/hostname"), 7, QString(64, QLatin1Char('0'))});
    const QByteArray json = parsed->toJson();
    QVERIFY(writeFile(copy + QStringLiteral("/manifest.json"), json));
    QVERIFY(writeFile(copy + QStringLiteral("/manifest.sig"), m_key.sign(json)));
    auto result = BundleVerifier::verify(copy);
    QVERIFY(result.ok());
    QVERIFY(result->signatureValid);
    QVERIFY2(hasProblem(*result, QStringLiteral("../outside.txt"), QStringLiteral("not a path")),
             describe(*result).constData());
    QVERIFY(hasProblem(*result, QStringLiteral("/etc/hostname"), QStringLiteral("not a path")));
    QCOMPARE(result->filesChecked, 4);
}

void ManifestTest::writerRefuses()
{
    const QString folder = m_dir.filePath(QStringLiteral("refuse"));
    makeFolder(folder);
    Manifest escaping = sampleManifest();
    escaping.exhibits[1].nativePath = QStringLiteral("../PFX-000041.mp4");
    auto result = escaping.writeTo(folder, m_key);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);

    Manifest absent = sampleManifest();
    absent.exhibits[1].nativePath = QStringLiteral("natives/PFX-000099.mp4");
    QVERIFY(!absent.writeTo(folder, m_key).ok());

    QVERIFY(
        QFile::link(folder + QStringLiteral("/bundle.pdf"), folder + QStringLiteral("/link.pdf")));
    Manifest linked = sampleManifest();
    result = linked.writeTo(folder, m_key);
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(QStringLiteral("link.pdf")));
    QVERIFY(!QFile::exists(folder + QStringLiteral("/manifest.json")));

    Manifest nowhere = sampleManifest();
    QCOMPARE(nowhere.writeTo(m_dir.filePath(QStringLiteral("absent")), m_key).error().code,
             ErrorCode::NotFound);
}

void ManifestTest::unreadableFolder()
{
    auto absent = BundleVerifier::verify(m_dir.filePath(QStringLiteral("absent")));
    QVERIFY(!absent.ok());
    QCOMPARE(absent.error().code, ErrorCode::NotFound);
    const QString empty = m_dir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    auto noManifest = BundleVerifier::verify(empty);
    QVERIFY(!noManifest.ok());
    QCOMPARE(noManifest.error().code, ErrorCode::NotFound);
    QVERIFY(noManifest.error().message.contains(QStringLiteral("manifest.json")));
}

QTEST_GUILESS_MAIN(ManifestTest)
#include "tst_manifest.moc"
