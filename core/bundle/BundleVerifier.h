#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace amanat {

/** One thing that differs in a bundle folder, about one file. */
struct BundleProblem
{
    QString file;    ///< relative path in the folder, e.g. "natives/PFX-000041.mp4"
    QString problem; ///< translated, e.g. "SHA-256 differs from the manifest"

    QString text() const { return file + QStringLiteral(": ") + problem; }
    bool operator==(const BundleProblem &other) const
    {
        return file == other.file && problem == other.problem;
    }
};

/** What verify-bundle found. */
struct BundleVerification
{
    bool signatureValid = false;
    QString fingerprint;     ///< computed from the manifest's public key; empty if unreadable
    qint64 filesChecked = 0; ///< entries of the manifest's file list that were hashed
    QVector<BundleProblem> problems;
    /** What manifest.tsr says, when the bundle has one and it checks. */
    struct TimeStamp
    {
        QDateTime time;
        QString authority;
        bool trusted = false; ///< checked against certificates the user gave
    };
    std::optional<TimeStamp> timeStamp;

    bool ok() const { return problems.isEmpty(); }
};

/** Checks a bundle folder without the library: the Ed25519 signature of manifest.json
 *  with the public key it carries (optionally pinned to an expected fingerprint), the size
 *  and SHA-256 of every file it lists, every line of manifest.sha256, and that the folder
 *  holds nothing else. Every difference is one BundleProblem naming the file. */
class BundleVerifier
{
    Q_DECLARE_TR_FUNCTIONS(BundleVerifier)

public:
    /** Fails (NotFound, Io) only when the folder or its manifest.json cannot be read; a
     *  changed, missing or extra file — including a malformed manifest — is a problem in
     *  the result. @p expectedFingerprint is compared after SigningKey::normalizeFingerprint;
     *  it must be empty or a valid fingerprint (else InvalidInput). */
    /** A manifest.tsr beside the manifest is checked too: an RFC 3161 time stamp over
     *  manifest.json (and the nonce of manifest.tsq, when present), its signature against
     *  @p timeStampAuthorityPem when given, else against the certificate it carries. */
    [[nodiscard]] static Result<BundleVerification>
    verify(const QString &folder, const QString &expectedFingerprint = {},
           const QByteArray &timeStampAuthorityPem = {});
};

} // namespace amanat
