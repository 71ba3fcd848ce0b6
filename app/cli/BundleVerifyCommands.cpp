// Commands about bundle integrity: checking a bundle folder without the library, and telling
// a recipient the library's signing-key fingerprint.

#include "CliSupport.h"
#include "Commands.h"

#include "bundle/BundleVerifier.h"
#include "crypto/SigningKey.h"

#include <QJsonArray>
#include <QJsonObject>

namespace amanat::cli {

int runVerifyBundle(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    parser.addOption({QStringLiteral("expect-key"),
                      Cli::tr("Fail unless the manifest was signed by the key with this "
                              "fingerprint (case, spaces and colons are ignored)."),
                      QStringLiteral("FINGERPRINT")});
    parser.addOption(timeStampAuthorityOption());
    int exitCode = 0;
    const QString synopsis = synopsisOf("verify-bundle");
    if (!Cli::parse(parser, args, 1, 1, synopsis, &exitCode))
        return exitCode;
    const auto authority = timeStampAuthority(parser, &exitCode);
    if (!authority)
        return exitCode;
    const QString expected = parser.value(QStringLiteral("expect-key"));
    if (parser.isSet(QStringLiteral("expect-key")) &&
        SigningKey::normalizeFingerprint(expected).isEmpty())
        return Cli::usage(Cli::tr("--expect-key takes a fingerprint of 64 hexadecimal digits."),
                          synopsis);

    auto verification =
        BundleVerifier::verify(parser.positionalArguments().at(0), expected, *authority);
    if (!verification.ok())
        return Cli::fail(verification.error());
    const BundleVerification &result = *verification;

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray problems;
        for (const BundleProblem &problem : result.problems)
            problems.append(QJsonObject{{QStringLiteral("file"), problem.file},
                                        {QStringLiteral("problem"), problem.problem}});
        Cli::printJson(QJsonObject{
            {QStringLiteral("ok"), result.ok()},
            {QStringLiteral("signature"),
             result.signatureValid ? QStringLiteral("valid") : QStringLiteral("invalid")},
            {QStringLiteral("fingerprint"),
             result.fingerprint.isEmpty() ? QJsonValue() : QJsonValue(result.fingerprint)},
            {QStringLiteral("files_checked"), result.filesChecked},
            {QStringLiteral("problems"), problems},
            {QStringLiteral("timestamp"),
             result.timeStamp
                 ? QJsonValue(QJsonObject{
                       {QStringLiteral("time"), result.timeStamp->time.toString(Qt::ISODate)},
                       {QStringLiteral("authority"), result.timeStamp->authority},
                       {QStringLiteral("trusted"), result.timeStamp->trusted}})
                 : QJsonValue()},
        });
    } else {
        for (const BundleProblem &problem : result.problems)
            Cli::print(problem.text());
        if (!result.fingerprint.isEmpty())
            Cli::print(Cli::tr("Signing key: %1").arg(result.fingerprint));
        Cli::print(result.signatureValid ? Cli::tr("Signature: valid")
                                         : Cli::tr("Signature: invalid"));
        Cli::print(Cli::tr("Files: %1 checked").arg(result.filesChecked));
        if (result.timeStamp)
            Cli::print((result.timeStamp->trusted
                            ? Cli::tr("Time stamp: %1 UTC, by %2")
                            : Cli::tr("Time stamp: %1 UTC, by %2 (not checked "
                                      "against a certificate you trust)"))
                           .arg(result.timeStamp->time.toString(Qt::ISODate),
                                result.timeStamp->authority));
        if (result.ok())
            Cli::print(Cli::tr("The bundle is intact: every file matches the signed manifest."));
    }
    if (!result.ok()) {
        Cli::warn(Cli::tr("The bundle failed verification: %n problem(s).", nullptr,
                          int(result.problems.size())));
        return kExitVerifyFailed;
    }
    return kExitOk;
}

int runSigningKey(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    int exitCode = 0;
    if (!Cli::parse(parser, args, 1, 1, synopsisOf("signing-key"), &exitCode))
        return exitCode;
    // Write access: the key is created (and logged) the first time it is asked for.
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    auto key = (*library)->signingKey();
    if (!key.ok())
        return Cli::fail(key.error());
    const SigningKey &signingKey = **key;
    if (parser.isSet(QStringLiteral("json"))) {
        Cli::printJson(QJsonObject{
            {QStringLiteral("algorithm"), QStringLiteral("ed25519")},
            {QStringLiteral("fingerprint"), signingKey.fingerprint()},
            {QStringLiteral("display_fingerprint"), signingKey.displayFingerprint()},
            {QStringLiteral("public_key"), QString::fromLatin1(signingKey.publicKey().toBase64())},
        });
        return kExitOk;
    }
    Cli::print(Cli::tr("Fingerprint: %1").arg(signingKey.displayFingerprint()));
    Cli::print(Cli::tr("Public key (Ed25519, base64): %1")
                   .arg(QString::fromLatin1(signingKey.publicKey().toBase64())));
    return kExitOk;
}

} // namespace amanat::cli
