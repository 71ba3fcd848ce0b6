// Commands about the library as a whole: create, unlock methods, integrity, backup.

#include "CliSupport.h"
#include "Commands.h"
#include "JsonFormat.h"
#include "SecretInput.h"
#include "crypto/PassphraseStrength.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace amanat::cli {

namespace {

QCommandLineOption weakPassphraseOption()
{
    return {QStringLiteral("weak-passphrase"),
            Cli::tr("Accept a passphrase that is easy to guess (for tests only).")};
}

/** Refuses a passphrase anyone would try first ("password", "12345678"), as the desktop
 *  app does, unless --weak-passphrase was given. The copy made to judge it is wiped. */
Status checkStrength(const SecureBuffer &passphrase, const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("weak-passphrase")))
        return {};
    QString text = QString::fromUtf8(passphrase.chars(), int(passphrase.size()));
    const PassphraseStrength::Estimate estimate = PassphraseStrength::estimate(text);
    const bool common = PassphraseStrength::isCommon(text);
    std::fill(text.begin(), text.end(), QChar(u'\0'));
    if (common || estimate.level <= PassphraseStrength::Level::VeryWeak)
        return makeError(ErrorCode::InvalidInput,
                         Cli::tr("That passphrase is too easy to guess: whoever takes the "
                                 "computer would try it first. Use a sentence of several words "
                                 "only you know."));
    return {};
}

} // namespace

int runInit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("no-default-tags"),
                      Cli::tr("Start without the starter tag tree (violations, document types, "
                              "countries).")});
    parser.addOption(weakPassphraseOption());
    int exitCode = 0;
    if (!Cli::parse(parser, args, 1, 1, synopsisOf("init"), &exitCode))
        return exitCode;
    auto passphrase = SecretInput::fresh("AMANAT_PASSPHRASE", Cli::tr("New passphrase: "));
    if (!passphrase.ok())
        return Cli::fail(passphrase.error());
    if (auto strong = checkStrength(*passphrase, parser); !strong.ok())
        return Cli::fail(strong.error());
    const QString path = parser.positionalArguments().at(0);
    auto created = Library::create(path, *passphrase, QString::fromLatin1(Cli::kProgram),
                                   parser.isSet(QStringLiteral("no-default-tags"))
                                       ? Library::StarterTags::None
                                       : Library::StarterTags::Default);
    if (!created.ok())
        return Cli::fail(created.error());
    Cli::print(Cli::tr("Created the library %1.").arg(path));
    Cli::print(QStringLiteral("Recovery key: ") +
               QString::fromLatin1(created->recoveryKey.chars(), int(created->recoveryKey.size())));
    Cli::warn(Cli::tr("Write the recovery key on paper and keep it apart from this computer. It "
                      "is shown only now; with it anyone can open the library."));
    return kExitOk;
}

int runVerify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    int exitCode = 0;
    if (!Cli::parse(parser, args, 1, 1, synopsisOf("verify"), &exitCode))
        return exitCode;
    const bool json = parser.isSet(QStringLiteral("json"));
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Read,
                             Cli::LostWorkNotice::Silent);
    if (!library.ok()) {
        // A database that cannot even be opened because it is damaged is a verify finding.
        if (library.error().code == ErrorCode::Corrupt) {
            if (json) {
                VerifyReport report;
                report.integrityProblem = library.error().message;
                Cli::printJson(verifyReportJson(report));
            }
            Cli::warn(library.error().message);
            return kExitVerifyFailed;
        }
        return Cli::fail(library.error());
    }
    auto report = (*library)->verify();
    if (!report.ok()) {
        if (report.error().code == ErrorCode::Corrupt) {
            Cli::warn(report.error().message);
            return kExitVerifyFailed;
        }
        return Cli::fail(report.error());
    }
    if (json) {
        Cli::printJson(verifyReportJson(*report));
    } else {
        if (!report->integrityProblem.isEmpty()) {
            // Nothing past a page that fails its MAC can be trusted, so nothing else ran.
            Cli::print(Cli::tr("Database: %1").arg(report->integrityProblem));
            Cli::print(Cli::tr("Originals and custody log: not checked, because the database "
                               "failed its integrity check."));
            Cli::warn(Cli::tr("The library failed verification."));
            return kExitVerifyFailed;
        }
        Cli::print(Cli::tr("Database: ok"));
        Cli::print(Cli::tr("Originals: %1 checked, %2 damaged")
                       .arg(report->originalsChecked)
                       .arg(report->badOriginals.size()));
        for (const auto &bad : report->badOriginals)
            Cli::print(Cli::tr("  item %1: %2").arg(bad.itemId).arg(bad.problem));
        Cli::print(report->custody.ok()
                       ? Cli::tr("Custody log: ok (%1 events)").arg(report->custody.events)
                       : Cli::tr("Custody log: %1").arg(report->custody.problem));
        Cli::print(report->lostWork.isEmpty()
                       ? Cli::tr("Last committed change: present")
                       : Cli::tr("Last committed change: %1").arg(report->lostWork));
    }
    if (!report->ok()) {
        Cli::warn(Cli::tr("The library failed verification."));
        return kExitVerifyFailed;
    }
    return kExitOk;
}

int runLog(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    int exitCode = 0;
    if (!Cli::parse(parser, args, 1, 2, synopsisOf("log"), &exitCode))
        return exitCode;
    qint64 itemId = 0;
    if (parser.positionalArguments().size() == 2) {
        auto id = Cli::parseId(parser.positionalArguments().at(1));
        if (!id.ok())
            return Cli::usage(id.error().message, synopsisOf("log"));
        itemId = *id;
    }
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Read);
    if (!library.ok())
        return Cli::fail(library.error());
    auto events = (*library)->custody().events(itemId);
    if (!events.ok())
        return Cli::fail(events.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const CustodyEvent &event : *events)
            array.append(custodyEventJson(event));
        Cli::printJson(array);
        return kExitOk;
    }
    for (const CustodyEvent &event : *events) {
        const QString item =
            event.itemId > 0 ? QStringLiteral("#%1").arg(event.itemId) : QStringLiteral("-");
        Cli::print(QStringLiteral("%1  %2  %3  %4  %5  %6")
                       .arg(event.seq)
                       .arg(event.at, event.actor, event.action, item,
                            QString::fromUtf8(
                                QJsonDocument(event.details).toJson(QJsonDocument::Compact))));
    }
    return kExitOk;
}

namespace {

int setNewPassphrase(Library &library, const QString &via, const QCommandLineParser &parser)
{
    auto fresh = SecretInput::fresh("AMANAT_NEW_PASSPHRASE", Cli::tr("New passphrase: "));
    if (!fresh.ok())
        return Cli::fail(fresh.error());
    if (auto strong = checkStrength(*fresh, parser); !strong.ok())
        return Cli::fail(strong.error());
    auto changed = library.changePassphrase(*fresh, via);
    if (!changed.ok())
        return Cli::fail(changed.error());
    Cli::print(Cli::tr("The passphrase was changed; the old one no longer opens this library."));
    return kExitOk;
}

} // namespace

int runPasswd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(weakPassphraseOption());
    int exitCode = 0;
    if (!Cli::parse(parser, args, 1, 1, synopsisOf("passwd"), &exitCode))
        return exitCode;
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    return setNewPassphrase(**library, QStringLiteral("passphrase"), parser);
}

int runRecover(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(weakPassphraseOption());
    int exitCode = 0;
    if (!Cli::parse(parser, args, 1, 1, synopsisOf("recover"), &exitCode))
        return exitCode;
    auto key = SecretInput::existing("AMANAT_RECOVERY_KEY", Cli::tr("Recovery key: "));
    if (!key.ok())
        return Cli::fail(key.error());
    auto library =
        Library::openWithRecoveryKey(parser.positionalArguments().at(0), *key,
                                     Library::Access::Write, QString::fromLatin1(Cli::kProgram));
    if (!library.ok())
        return Cli::fail(library.error());
    return setNewPassphrase(**library, QStringLiteral("recovery_key"), parser);
}

int runRecoveryKey(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!Cli::parse(parser, args, 1, 1, synopsisOf("recovery-key"), &exitCode))
        return exitCode;
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    auto key = (*library)->replaceRecoveryKey();
    if (!key.ok())
        return Cli::fail(key.error());
    Cli::warn(Cli::tr("The old recovery key no longer opens this library. Write the new one "
                      "down and keep it apart from the computer; it is not shown again."));
    Cli::print(QStringLiteral("Recovery key: ") +
               QString::fromLatin1(key->chars(), int(key->size())));
    return kExitOk;
}

int runRawKey(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!Cli::parse(parser, args, 1, 1, synopsisOf("raw-key"), &exitCode))
        return exitCode;
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    auto lines = (*library)->shellKeyLines();
    if (!lines.ok())
        return Cli::fail(lines.error());
    Cli::warn(Cli::tr("WARNING: these lines open the whole library without the passphrase. Do "
                      "not save them in a file, a chat or a shell history. Paste them into "
                      "`sqlcipher library.db` to read the data with standard tools."));
    std::fwrite(lines->constData(), 1, std::size_t(lines->size()), stdout);
    std::fflush(stdout);
    wipeBytes(*lines);
    return kExitOk;
}

int runBackup(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!Cli::parse(parser, args, 2, 2, synopsisOf("backup"), &exitCode))
        return exitCode;
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    const QString destination = parser.positionalArguments().at(1);
    auto done = (*library)->backup(destination);
    if (!done.ok())
        return Cli::fail(done.error());
    Cli::print(Cli::tr("Backed up to %1; it opens with the same passphrase and recovery key.")
                   .arg(destination));
    return kExitOk;
}

} // namespace amanat::cli
