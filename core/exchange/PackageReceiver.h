#pragma once

#include "SealedPackage.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <atomic>
#include <functional>
#include <optional>

namespace amanat {

class Library;

struct ReceiveOptions
{
    /** The sender's fingerprint as told out of band; empty: any sender (pinned on first
     *  use). Giving the new fingerprint of a known sender accepts its changed key. */
    QString expectSender;
    const std::atomic_bool *cancelled = nullptr;
    std::function<void(qint64 done, qint64 total)> progress; ///< in bytes of the package
};

struct ReceiveReport
{
    PackageSender sender;
    QString sha256;
    QString createdAt;
    bool alreadyReceived = false; ///< nothing was added: the package had been received
    QString receivedAt;           ///< when, if alreadyReceived
    bool newSender = false;       ///< the sender was pinned by this package
    bool keyChanged = false;      ///< a known sender's new key was accepted (--expect-sender)
    struct Received
    {
        qint64 remoteId = 0;
        qint64 itemId = 0;
        bool duplicate = false; ///< the item was here already; it gained tags and provenance
        QString kind;
        QString title;
    };
    QVector<Received> items;
    QVector<qint64> needExtraction; ///< new items with an original but no extracted text
    int added() const;
    int duplicates() const;
};

/** What a package sealed for this library says of itself, and what this library knows of
 *  its sender: what a person is shown before receiving it. Nothing in it is trusted until the
 *  package is received. */
struct PackagePreview
{
    enum class Sender
    {
        New,     ///< never received from: its fingerprint should be checked with it
        Known,   ///< pinned, same keys
        Changed, ///< pinned under other keys: a loud warning
    };
    PackageSender sender;
    QString createdAt;
    Sender status = Sender::New;
    std::optional<ExchangeIdentity> pinned; ///< for Changed: the keys it had before
    bool forThisLibrary = false;            ///< sealed for this library (else the rest is unknown)
};

/** Receives a sealed exchange package into a library.
 *
 *  Nothing changes before the sender's signature over the whole file has been checked (a
 *  first pass), and then only in one transaction that also checks every original's SHA-256
 *  and the file's hash again as it decrypts (a second pass): a changed, truncated, wrongly
 *  addressed or wrongly signed package leaves the library as it was. Items are matched by
 *  their original's SHA-256 (or, without one, by where they came from); an item already
 *  here keeps all its own data and gains the sender's tags and custody events as
 *  provenance. A known sender whose key changed is refused unless the new fingerprint is
 *  expected. Logged as `receive_item` per item and `receive` for the package. */
class PackageReceiver
{
    Q_DECLARE_TR_FUNCTIONS(PackageReceiver)

public:
    static Result<ReceiveReport> receive(Library &library, const QString &path,
                                         const ReceiveOptions &options);
    /** Reads the package's header and looks its sender up; changes nothing. */
    static Result<PackagePreview> preview(Library &library, const QString &path);
};

} // namespace amanat
