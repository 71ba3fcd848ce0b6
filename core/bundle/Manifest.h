#pragma once

#include "common/Result.h"
#include "custody/CustodyLog.h"

#include <QByteArray>
#include <QSet>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace amanat {

class SigningKey;

/** One exhibit as the manifest records it. */
struct ManifestExhibit
{
    QString label; ///< e.g. "B-3"
    qint64 itemId = 0;
    QString title;
    QString kind;    ///< the item's kind (report, video, …)
    QString section; ///< the title of the dossier section holding it
    QString batesFirst;
    QString batesLast;
    int pageFirst = 0; ///< page numbers in the bundle, 1-based
    int pageLast = 0;
    QString sha256;       ///< of the original as collected (lowercase hex)
    QString originalName; ///< empty: written as null
    QString nativePath;   ///< relative path of the native file (video, audio); empty: null
    bool redacted = false;
    QString translationOf;    ///< label of the exhibit this one translates; empty: null
    QStringList translations; ///< labels of the exhibits that translate this one
    /** The item's custody events; written as {seq, at, actor, action, item, details,
     *  prev_hash, hash, canonical}: `canonical` is the exact text the event's hash covers
     *  after the previous event's hash (CustodyLog::canonical), so a recipient can re-hash
     *  it (README.txt); null for an event whose details this bundle had to black out. */
    QVector<CustodyEvent> custody;
    QSet<qint64> detailsRedacted; ///< seq of the events whose details were blacked out
};

/** The dossier a bundle was made from. Empty strings are written as null. */
struct ManifestDossier
{
    qint64 id = 0;
    QString name;
    QString court;
    QString caseNumber;
    QString hearingDate;
};

/** One file of the bundle folder with its size and SHA-256. */
struct ManifestFile
{
    QString path; ///< relative to the bundle folder, forward slashes
    qint64 size = 0;
    QString sha256;
};

/** The hash manifest of a bundle folder: what was exported, from which dossier, and the
 *  size and SHA-256 of every file, signed with the library's key.
 *
 *  writeTo() lists and hashes every file of the folder, then writes three files atomically:
 *  `manifest.json` (canonical: fixed key order, 2-space indent, UTF-8, trailing newline, so
 *  the same manifest always gives the same bytes), `manifest.sig` (the raw 64-byte Ed25519
 *  signature of manifest.json's exact bytes) and `manifest.sha256` (`sha256sum -c` format
 *  for every file including manifest.json and manifest.sig). The exporter fills in the
 *  dossier and exhibits; files and the signing key are filled in by writeTo(). */
class Manifest
{
    Q_DECLARE_TR_FUNCTIONS(Manifest)

public:
    static constexpr const char *kFormat = "amanat-bundle-manifest";
    static constexpr int kVersion = 1;
    static constexpr const char *kManifestFile = "manifest.json";
    static constexpr const char *kSignatureFile = "manifest.sig";
    static constexpr const char *kChecksumFile = "manifest.sha256";
    /** An RFC 3161 time-stamp request over manifest.json and the authority's reply, added
     *  beside the manifest after the bundle is made (see timestamp-request). */
    static constexpr const char *kTimeStampRequestFile = "manifest.tsq";
    static constexpr const char *kTimeStampReplyFile = "manifest.tsr";

    QString appVersion;
    QString createdUtc; ///< ISO 8601 UTC; writeTo() fills in the current time when empty
    ManifestDossier dossier;
    QVector<ManifestExhibit> exhibits;

    // Filled in by writeTo() and parse().
    QVector<ManifestFile> files;
    QByteArray publicKey; ///< raw 32 bytes
    QString fingerprint;  ///< as written in the manifest

    /** Hashes every file under @p outDir (except the three manifest files), writes
     *  manifest.json, manifest.sig and manifest.sha256 and returns the lowercase hex
     *  SHA-256 of manifest.json (for the custody log). Refuses symbolic links, names that
     *  sha256sum would escape (backslash, newline) and a native path not in the folder. */
    [[nodiscard]] Result<QString> writeTo(const QString &outDir, const SigningKey &key);

    /** The canonical manifest.json bytes of this manifest as it stands. */
    QByteArray toJson() const;
    /** Reads manifest.json; InvalidInput (with what is wrong) when it is not a version-1
     *  manifest. */
    [[nodiscard]] static Result<Manifest> parse(const QByteArray &json);

    /** The manifest.sha256 text for @p entries (sorted by path). */
    static QByteArray checksumList(QVector<ManifestFile> entries);
    /** Why @p path may not appear in a manifest (absolute, `..`, empty or `.` parts,
     *  backslashes, control characters); empty when it is fine. */
    static QString pathProblem(const QString &path);
    /** True for the three files a manifest writes about itself. */
    static bool isManifestFile(const QString &relativePath);

    /** Size and SHA-256 of the file at @p path, streamed. */
    [[nodiscard]] static Result<ManifestFile> hashFile(const QString &path);
};

} // namespace amanat
