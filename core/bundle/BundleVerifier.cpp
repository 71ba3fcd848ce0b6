#include "BundleVerifier.h"

#include "Manifest.h"
#include "crypto/SigningKey.h"
#include "crypto/TimeStamp.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace amanat {

namespace {

QString manifestName()
{
    return QString::fromLatin1(Manifest::kManifestFile);
}
QString signatureName()
{
    return QString::fromLatin1(Manifest::kSignatureFile);
}
QString checksumName()
{
    return QString::fromLatin1(Manifest::kChecksumFile);
}

/** One file of the folder as found on disk, hashed at most once. */
struct FoundFile
{
    enum class State
    {
        Regular,
        Missing,
        SymLink,
        NotRegular,
        Unreadable
    };
    State state = State::Missing;
    ManifestFile entry;
    QString error;
};

/** The state shared by the checks of one folder. */
class Check
{
public:
    explicit Check(const QString &folder) : m_root(folder) {}

    void add(const QString &file, const QString &problem)
    {
        const BundleProblem entry{file, problem};
        if (!result.problems.contains(entry))
            result.problems.append(entry);
        m_reported.insert(file);
    }
    bool reported(const QString &file) const { return m_reported.contains(file); }

    const FoundFile &found(const QString &relative)
    {
        auto it = m_found.find(relative);
        if (it != m_found.end())
            return *it;
        FoundFile found;
        const QString path = m_root.filePath(relative);
        const QFileInfo info(path);
        if (info.isSymLink()) {
            found.state = FoundFile::State::SymLink;
        } else if (!info.exists()) {
            found.state = FoundFile::State::Missing;
        } else if (!info.isFile()) {
            found.state = FoundFile::State::NotRegular;
        } else {
            auto hashed = Manifest::hashFile(path);
            if (hashed.ok()) {
                found.state = FoundFile::State::Regular;
                found.entry = *hashed;
                found.entry.path = relative;
            } else {
                found.state = FoundFile::State::Unreadable;
                found.error = hashed.error().message;
            }
        }
        return *m_found.insert(relative, found);
    }

    /** Reports why @p relative cannot be compared; true when it is a readable file. */
    bool present(const QString &relative)
    {
        const FoundFile &file = found(relative);
        switch (file.state) {
        case FoundFile::State::Regular:
            return true;
        case FoundFile::State::Missing:
            add(relative, BundleVerifier::tr("missing"));
            break;
        case FoundFile::State::SymLink:
            add(relative, BundleVerifier::tr("is a symbolic link, not a file"));
            break;
        case FoundFile::State::NotRegular:
            add(relative, BundleVerifier::tr("is not a regular file"));
            break;
        case FoundFile::State::Unreadable:
            add(relative, BundleVerifier::tr("cannot be read (%1)").arg(file.error));
            break;
        }
        return false;
    }

    QDir root() const { return m_root; }

    BundleVerification result;

private:
    QDir m_root;
    QHash<QString, FoundFile> m_found;
    QSet<QString> m_reported;
};

void checkSignature(Check &check, const Manifest &manifest, const QByteArray &json,
                    const QString &expected)
{
    check.result.fingerprint = SigningKey::fingerprintOf(manifest.publicKey);
    if (SigningKey::normalizeFingerprint(manifest.fingerprint) != check.result.fingerprint)
        check.add(
            manifestName(),
            BundleVerifier::tr("the fingerprint it states does not belong to its public key"));
    if (check.present(signatureName())) {
        QFile file(check.root().filePath(signatureName()));
        const QByteArray signature = file.open(QIODevice::ReadOnly)
                                         ? file.read(SigningKey::kSignatureBytes + 1)
                                         : QByteArray();
        if (signature.size() != SigningKey::kSignatureBytes) {
            check.add(signatureName(),
                      BundleVerifier::tr("is not an Ed25519 signature (%1 bytes instead of %2)")
                          .arg(check.found(signatureName()).entry.size)
                          .arg(SigningKey::kSignatureBytes));
        } else {
            check.result.signatureValid = SigningKey::verify(manifest.publicKey, json, signature);
            if (!check.result.signatureValid)
                check.add(manifestName(),
                          BundleVerifier::tr("signature does not match (the manifest was changed "
                                             "or signed by another key)"));
        }
    }
    if (!expected.isEmpty() && expected != check.result.fingerprint)
        check.add(signatureName(),
                  BundleVerifier::tr("signing key fingerprint %1 is not the expected %2")
                      .arg(check.result.fingerprint, expected));
}

void checkListedFiles(Check &check, const Manifest &manifest)
{
    QSet<QString> seen;
    for (const ManifestFile &listed : manifest.files) {
        const QString problem = Manifest::pathProblem(listed.path);
        if (!problem.isEmpty()) {
            check.add(listed.path,
                      BundleVerifier::tr("is not a path a manifest may list (%1)").arg(problem));
            continue;
        }
        if (Manifest::isManifestFile(listed.path)) {
            check.add(listed.path, BundleVerifier::tr("is listed as an exported file"));
            continue;
        }
        if (seen.contains(listed.path)) {
            check.add(listed.path, BundleVerifier::tr("is listed twice in the manifest"));
            continue;
        }
        seen.insert(listed.path);
        if (!check.present(listed.path))
            continue;
        ++check.result.filesChecked;
        const ManifestFile &actual = check.found(listed.path).entry;
        if (actual.size != listed.size)
            check.add(listed.path,
                      BundleVerifier::tr("size differs from the manifest (%1 bytes instead of %2)")
                          .arg(actual.size)
                          .arg(listed.size));
        else if (actual.sha256 != listed.sha256)
            check.add(listed.path, BundleVerifier::tr("SHA-256 differs from the manifest"));
    }
    for (const ManifestExhibit &exhibit : manifest.exhibits) {
        if (!exhibit.nativePath.isEmpty() && !seen.contains(exhibit.nativePath))
            check.add(exhibit.nativePath,
                      BundleVerifier::tr("is the native file of exhibit %1 but is not in the "
                                         "manifest's file list")
                          .arg(exhibit.label));
    }
}

/** Checks manifest.sha256 line by line, and against the manifest when it could be read.
 *  Returns the paths it lists. */
QSet<QString> checkChecksumFile(Check &check, const Manifest *manifest)
{
    QSet<QString> listed;
    if (!check.present(checksumName()))
        return listed;
    QFile file(check.root().filePath(checksumName()));
    if (!file.open(QIODevice::ReadOnly)) {
        check.add(checksumName(),
                  BundleVerifier::tr("cannot be read (%1)").arg(file.errorString()));
        return listed;
    }
    const QByteArray text = file.readAll();
    const qsizetype problemsBefore = check.result.problems.size();

    // What manifest.sha256 must say: the manifest's files, manifest.json and manifest.sig.
    QHash<QString, QString> expected;
    if (manifest) {
        for (const ManifestFile &entry : manifest->files)
            expected.insert(entry.path, entry.sha256);
        for (const QString &own : {manifestName(), signatureName()}) {
            const FoundFile &found = check.found(own);
            if (found.state == FoundFile::State::Regular)
                expected.insert(own, found.entry.sha256);
        }
    }

    static const QRegularExpression line(QStringLiteral("^([0-9a-f]{64}) [ *](.+)$"));
    const QList<QByteArray> lines = text.split('\n');
    const QString checksums = checksumName();
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray &raw = lines.at(i);
        if (i == lines.size() - 1) {
            if (!raw.isEmpty())
                check.add(checksums, BundleVerifier::tr("does not end with a new line"));
            break;
        }
        const QString decoded = QString::fromUtf8(raw);
        const QRegularExpressionMatch match = line.match(decoded);
        if (!match.hasMatch() || decoded.toUtf8() != raw) {
            check.add(checksums, BundleVerifier::tr("line %1 is not a sha256sum line").arg(i + 1));
            continue;
        }
        const QString hash = match.captured(1);
        const QString path = match.captured(2);
        const QString problem = Manifest::pathProblem(path);
        if (!problem.isEmpty()) {
            check.add(checksums, BundleVerifier::tr("line %1 names a path that is not allowed (%2)")
                                     .arg(i + 1)
                                     .arg(problem));
            continue;
        }
        if (listed.contains(path) || path == checksums) {
            check.add(checksums, BundleVerifier::tr("lists %1 twice or lists itself").arg(path));
            continue;
        }
        listed.insert(path);
        if (manifest) {
            if (!expected.contains(path)) {
                check.add(checksums,
                          BundleVerifier::tr("lists %1, which is not in the manifest").arg(path));
                continue;
            }
            // The signed manifest is the reference for the files it lists, and so are
            // manifest.json and manifest.sig themselves once the signature holds: a line
            // that disagrees with it is manifest.sha256's fault. The files were compared
            // with the manifest already.
            if (!Manifest::isManifestFile(path) || check.result.signatureValid) {
                if (expected.value(path) != hash)
                    check.add(checksums,
                              BundleVerifier::tr("gives %1 another SHA-256 than the signed "
                                                 "manifest")
                                  .arg(path));
                continue;
            }
        }
        // No trusted reference: the line can only be compared with the file.
        // One line per file: a file already found to differ is not reported again.
        const bool alreadyReported = check.reported(path);
        if (!check.present(path) || alreadyReported)
            continue;
        if (check.found(path).entry.sha256 != hash)
            check.add(path, BundleVerifier::tr("SHA-256 differs from manifest.sha256"));
    }
    if (manifest) {
        QStringList missing;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (!listed.contains(it.key()))
                missing << it.key();
        }
        missing.sort();
        for (const QString &path : std::as_const(missing))
            check.add(checksums, BundleVerifier::tr("does not list %1").arg(path));

        // Every line checked out: then the file must also be byte for byte what the writer
        // makes (order, spacing), so nothing at all in the folder goes unchecked. Only with a
        // valid signature: else manifest.json's own line cannot be known, and a changed
        // manifest.json (already reported) would be blamed on manifest.sha256 too.
        if (check.result.signatureValid && check.result.problems.size() == problemsBefore &&
            expected.size() == listed.size()) {
            QVector<ManifestFile> entries;
            for (auto it = expected.cbegin(); it != expected.cend(); ++it)
                entries.append({it.key(), 0, it.value()});
            if (Manifest::checksumList(entries) != text)
                check.add(checksums,
                          BundleVerifier::tr("is not laid out as the manifest writer "
                                             "lays it out (lines reordered or changed)"));
        }
    }
    return listed;
}

bool isTimeStampFile(const QString &relative)
{
    return relative == QLatin1String(Manifest::kTimeStampRequestFile) ||
           relative == QLatin1String(Manifest::kTimeStampReplyFile);
}

/** manifest.tsr, when there is one: a time stamp over exactly this manifest.json. */
void checkTimeStamp(Check &check, const QByteArray &manifestJson, const QByteArray &authorityPem)
{
    const QDir root = check.root();
    const QString replyName = QString::fromLatin1(Manifest::kTimeStampReplyFile);
    const QString requestName = QString::fromLatin1(Manifest::kTimeStampRequestFile);
    QFile reply(root.filePath(replyName));
    if (!reply.exists())
        return;
    if (!reply.open(QIODevice::ReadOnly)) {
        check.add(replyName, BundleVerifier::tr("cannot be read: %1").arg(reply.errorString()));
        return;
    }
    TimeStamp::Request expected;
    expected.digest = QCryptographicHash::hash(manifestJson, QCryptographicHash::Sha256);
    QFile request(root.filePath(requestName));
    if (request.open(QIODevice::ReadOnly)) {
        auto asked = TimeStamp::parseRequest(request.readAll());
        if (!asked.ok() || asked->digest != expected.digest) {
            check.add(requestName, BundleVerifier::tr("is not a time-stamp request over this "
                                                      "manifest.json"));
            return;
        }
        expected.nonce = asked->nonce;
    }
    auto token = TimeStamp::verify(reply.readAll(), expected, authorityPem);
    if (!token.ok()) {
        check.add(replyName, token.error().message);
        return;
    }
    check.result.timeStamp =
        BundleVerification::TimeStamp{token->time, token->authority, token->trusted};
}

void checkExtraFiles(Check &check, const QSet<QString> &listed)
{
    const QDir root = check.root();
    QStringList extra;
    QDirIterator it(root.path(),
                    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (info.isDir() && !info.isSymLink())
            continue;
        const QString relative = root.relativeFilePath(path);
        if (!Manifest::isManifestFile(relative) && !isTimeStampFile(relative) &&
            !listed.contains(relative))
            extra << relative;
    }
    extra.sort();
    for (const QString &relative : std::as_const(extra))
        check.add(relative, BundleVerifier::tr("not in the manifest"));
}

} // namespace

Result<BundleVerification> BundleVerifier::verify(const QString &folder,
                                                  const QString &expectedFingerprint,
                                                  const QByteArray &timeStampAuthorityPem)
{
    QString expected;
    if (!expectedFingerprint.trimmed().isEmpty()) {
        expected = SigningKey::normalizeFingerprint(expectedFingerprint);
        if (expected.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             tr("\"%1\" is not a key fingerprint (64 hexadecimal digits).")
                                 .arg(expectedFingerprint));
    }
    const QFileInfo info(folder);
    if (!info.isDir())
        return makeError(ErrorCode::NotFound, tr("There is no folder at %1.").arg(folder));
    const QDir root(info.absoluteFilePath());
    QFile manifestFile(root.filePath(manifestName()));
    if (!manifestFile.exists())
        return makeError(ErrorCode::NotFound,
                         tr("%1 holds no manifest.json; it is not a bundle folder.").arg(folder));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io,
            tr("The manifest in %1 cannot be read: %2").arg(folder, manifestFile.errorString()));
    const QByteArray json = manifestFile.readAll();

    Check check(root.path());
    auto manifest = Manifest::parse(json);
    QSet<QString> listed;
    if (manifest.ok()) {
        checkSignature(check, *manifest, json, expected);
        checkListedFiles(check, *manifest);
        for (const ManifestFile &file : manifest->files)
            listed.insert(file.path);
        checkChecksumFile(check, &*manifest);
    } else {
        check.add(manifestName(), tr("is not a readable manifest (%1); the signature and the "
                                     "files it lists could not be checked")
                                      .arg(manifest.error().message));
        // Without a manifest, manifest.sha256 is all there is to go by.
        listed = checkChecksumFile(check, nullptr);
    }
    checkExtraFiles(check, listed);
    checkTimeStamp(check, json, timeStampAuthorityPem);
    return check.result;
}

} // namespace amanat
