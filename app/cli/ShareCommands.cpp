// Sealed exchange between libraries: a library's exchange key, sharing items with other
// libraries as an .amanatx package, receiving one, and the senders this library knows.

#include "CliSupport.h"
#include "Commands.h"
#include "SelectionSupport.h"

#include "exchange/PackageReceiver.h"
#include "exchange/PackageSharer.h"
#include "exchange/QrImage.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace amanat::cli {

namespace {

/** A recipient given to --to: the key itself, or a file holding it (as `exchange-key`
 *  prints it, or its --json output). */
Result<ExchangeIdentity> recipientFrom(const QString &value)
{
    const QFileInfo info(value);
    if (!info.isFile()) {
        auto identity = ExchangeIdentity::parse(value);
        if (!identity.ok())
            return makeError(ErrorCode::InvalidInput,
                             Cli::tr("“%1” is neither a library's exchange key nor a file "
                                     "holding one.")
                                 .arg(value));
        return identity;
    }
    QFile file(value);
    if (info.size() > 64 * 1024 || !file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidInput,
                         Cli::tr("%1 cannot be read as an exchange key.").arg(value));
    const QByteArray bytes = file.readAll();
    const QJsonDocument json = QJsonDocument::fromJson(bytes);
    return ExchangeIdentity::parse(
        json.isObject() ? json.object().value(QStringLiteral("public_key")).toString()
                        : QString::fromUtf8(bytes));
}

QJsonObject senderJson(const PackageSender &sender)
{
    return QJsonObject{{QStringLiteral("name"), sender.name},
                       {QStringLiteral("fingerprint"), sender.identity.fingerprint()},
                       {QStringLiteral("library_id"), sender.libraryId}};
}

} // namespace

int runExchangeKey(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    parser.addOption({QStringLiteral("qr"),
                      Cli::tr("Also write the key as a QR code image (PNG) to FILE."),
                      QStringLiteral("FILE")});
    int exitCode = 0;
    if (!Cli::parse(parser, args, 1, 1, synopsisOf("exchange-key"), &exitCode))
        return exitCode;
    // Write access: the key is created (and logged) the first time it is asked for.
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    auto identity = (*library)->exchangeIdentity();
    if (!identity.ok())
        return Cli::fail(identity.error());
    auto key = (*library)->exchangeKey();
    if (!key.ok())
        return Cli::fail(key.error());
    if (parser.isSet(QStringLiteral("qr"))) {
        const QString path = parser.value(QStringLiteral("qr"));
        auto image = QrImage::make(identity->publicText());
        if (!image.ok())
            return Cli::fail(image.error());
        if (!image->save(path, "PNG"))
            return Cli::fail(makeError(ErrorCode::Io,
                                       Cli::tr("The QR code cannot be written to %1.").arg(path)));
    }
    if (parser.isSet(QStringLiteral("json"))) {
        Cli::printJson(
            QJsonObject{{QStringLiteral("public_key"), identity->publicText()},
                        {QStringLiteral("fingerprint"), identity->fingerprint()},
                        {QStringLiteral("display_fingerprint"), identity->displayFingerprint()},
                        {QStringLiteral("library_id"), (*key)->libraryId}});
        return kExitOk;
    }
    Cli::print(identity->publicText());
    Cli::warn(Cli::tr("Give the line above to the libraries that will send you packages. To "
                      "confirm it, read out its fingerprint:"));
    Cli::warn(identity->displayFingerprint());
    return kExitOk;
}

int runShare(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    addSelectionOptions(parser);
    parser.addOption({QStringLiteral("to"),
                      Cli::tr("A recipient library's exchange key, or a file holding it "
                              "(repeat for several)."),
                      QStringLiteral("PUBKEY|FILE")});
    parser.addOption({QStringLiteral("include-protected"),
                      Cli::tr("Share the witnesses' names and contacts too.")});
    parser.addOption({QStringLiteral("override-consent"),
                      Cli::tr("Share testimonies without recorded consent (logged).")});
    int exitCode = 0;
    const QString synopsis = synopsisOf("share");
    QVector<ExchangeIdentity> recipients;
    // Recipients are checked before the library is opened: a mistyped key costs nothing.
    if (!Cli::parse(parser, args, 2, -1, synopsis, &exitCode))
        return exitCode;
    const QStringList given = parser.values(QStringLiteral("to"));
    if (given.isEmpty())
        return Cli::usage(Cli::tr("Name at least one recipient with --to."), synopsis);
    for (const QString &value : given) {
        auto identity = recipientFrom(value);
        if (!identity.ok())
            return Cli::usage(identity.error().message, synopsis);
        if (!recipients.contains(*identity))
            recipients << *identity;
    }
    auto run = startExport(parser, args, "share", &exitCode);
    if (!run)
        return exitCode;
    ShareOptions options;
    options.recipients = recipients;
    options.includeProtected = parser.isSet(QStringLiteral("include-protected"));
    options.overrideConsent = parser.isSet(QStringLiteral("override-consent"));
    options.selection = run->selection.describe();
    auto report = PackageSharer::write(*run->library, run->ids, run->destination, options);
    if (!report.ok())
        return Cli::fail(report.error());
    QJsonArray fingerprints;
    for (const ExchangeIdentity &recipient : recipients)
        fingerprints.append(recipient.fingerprint());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray overridden;
        for (qint64 id : report->consentOverridden)
            overridden.append(id);
        Cli::printJson(QJsonObject{{QStringLiteral("path"), report->path},
                                   {QStringLiteral("sha256"), report->sha256},
                                   {QStringLiteral("items"), report->items},
                                   {QStringLiteral("originals"), report->originals},
                                   {QStringLiteral("original_bytes"), report->originalBytes},
                                   {QStringLiteral("recipients"), fingerprints},
                                   {QStringLiteral("include_protected"), options.includeProtected},
                                   {QStringLiteral("consent_overridden"), overridden}});
    } else {
        Cli::print(report->path);
    }
    Cli::warn(Cli::tr("Shared %n item(s) with %1 library(ies). Package SHA-256: %2", nullptr,
                      report->items)
                  .arg(recipients.size())
                  .arg(report->sha256));
    if (!options.includeProtected)
        Cli::warn(Cli::tr("Witnesses' names and contacts were not included."));
    return kExitOk;
}

int runReceive(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    parser.addOption({QStringLiteral("expect-sender"),
                      Cli::tr("Refuse the package unless its sender has this fingerprint."),
                      QStringLiteral("FINGERPRINT")});
    parser.addOption({QStringLiteral("no-extract"),
                      Cli::tr("Do not extract the text of received files that come without it.")});
    int exitCode = 0;
    if (!Cli::parse(parser, args, 2, 2, synopsisOf("receive"), &exitCode))
        return exitCode;
    auto library = Cli::open(parser.positionalArguments().at(0), Library::Access::Write);
    if (!library.ok())
        return Cli::fail(library.error());
    ReceiveOptions options;
    options.expectSender = parser.value(QStringLiteral("expect-sender"));
    auto report = PackageReceiver::receive(**library, parser.positionalArguments().at(1), options);
    if (!report.ok())
        return Cli::fail(report.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray items;
        for (const ReceiveReport::Received &item : report->items)
            items.append(QJsonObject{{QStringLiteral("sender_item"), item.remoteId},
                                     {QStringLiteral("id"), item.itemId},
                                     {QStringLiteral("kind"), item.kind},
                                     {QStringLiteral("duplicate"), item.duplicate}});
        Cli::printJson(QJsonObject{{QStringLiteral("sender"), senderJson(report->sender)},
                                   {QStringLiteral("sha256"), report->sha256},
                                   {QStringLiteral("created_at"), report->createdAt},
                                   {QStringLiteral("already_received"), report->alreadyReceived},
                                   {QStringLiteral("new_sender"), report->newSender},
                                   {QStringLiteral("key_changed"), report->keyChanged},
                                   {QStringLiteral("items"), items},
                                   {QStringLiteral("added"), report->added()},
                                   {QStringLiteral("duplicates"), report->duplicates()}});
    } else {
        for (const ReceiveReport::Received &item : report->items)
            // Status words stay untranslated, as in `import`: scripts read these columns.
            Cli::print(
                QStringLiteral("%1\t%2\t%3\t%4")
                    .arg(item.duplicate ? QStringLiteral("duplicate") : QStringLiteral("received"))
                    .arg(item.itemId)
                    .arg(item.kind, item.title));
    }
    if (report->alreadyReceived) {
        Cli::warn(Cli::tr("This package was already received on %1; nothing was added.")
                      .arg(report->receivedAt));
        return kExitOk;
    }
    Cli::warn(Cli::tr("From “%1”: %n item(s), of which %2 new and %3 already here.", nullptr,
                      int(report->items.size()))
                  .arg(report->sender.name)
                  .arg(report->added())
                  .arg(report->duplicates()));
    if (report->newSender)
        Cli::warn(Cli::tr("A new sender, now pinned. Check this fingerprint with them:\n%1")
                      .arg(report->sender.identity.displayFingerprint()));
    if (report->keyChanged)
        Cli::warn(Cli::tr("The sender's new key, which you confirmed, replaces the old one."));
    if (!parser.isSet(QStringLiteral("no-extract")))
        extractNewItems(**library, report->needExtraction, QString(), 120);
    return kExitOk;
}

int runContacts(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(Cli::jsonOption());
    parser.addOption({QStringLiteral("forget"),
                      Cli::tr("Forget a sender (library id or fingerprint); its next package "
                              "is pinned anew."),
                      QStringLiteral("SENDER")});
    int exitCode = 0;
    if (!Cli::parse(parser, args, 1, 1, synopsisOf("contacts"), &exitCode))
        return exitCode;
    const bool forget = parser.isSet(QStringLiteral("forget"));
    auto library = Cli::open(parser.positionalArguments().at(0),
                             forget ? Library::Access::Write : Library::Access::Read);
    if (!library.ok())
        return Cli::fail(library.error());
    if (forget) {
        if (Status removed = (*library)->contacts().remove(parser.value(QStringLiteral("forget")));
            !removed.ok())
            return Cli::fail(removed.error());
        return kExitOk;
    }
    auto contacts = (*library)->contacts().all();
    if (!contacts.ok())
        return Cli::fail(contacts.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Contact &contact : *contacts)
            list.append(QJsonObject{{QStringLiteral("name"), contact.name},
                                    {QStringLiteral("library_id"), contact.libraryId},
                                    {QStringLiteral("fingerprint"), contact.identity.fingerprint()},
                                    {QStringLiteral("public_key"), contact.identity.publicText()},
                                    {QStringLiteral("first_seen"), contact.firstSeen},
                                    {QStringLiteral("last_seen"), contact.lastSeen}});
        Cli::printJson(list);
        return kExitOk;
    }
    for (const Contact &contact : *contacts)
        Cli::print(QStringLiteral("%1\t%2\t%3\t%4")
                       .arg(contact.name, contact.identity.displayFingerprint(), contact.libraryId,
                            contact.lastSeen));
    return kExitOk;
}

} // namespace amanat::cli
