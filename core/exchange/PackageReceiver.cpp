#include "PackageReceiver.h"

#include "SharedItem.h"
#include "common/Clock.h"
#include "crypto/Sha256.h"
#include "crypto/SigningKey.h"
#include "library/Library.h"

#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QtEndian>

namespace amanat {

namespace {

/** The package's manifest may not claim more memory than this. */
constexpr quint64 kMaxManifestBytes = quint64(1) << 30;

/** @p size bytes of the package's plaintext as a device, for the blob store to stream in. */
class PlaintextSlice : public QIODevice
{
public:
    PlaintextSlice(SealedPackageReader &reader, qint64 size) : m_reader(reader), m_remaining(size)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    /** Why the last read failed, if it did. */
    const std::optional<Error> &failure() const { return m_failure; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_remaining == 0)
            return 0;
        auto got = m_reader.read(data, qMin(maxSize, m_remaining));
        if (got.ok() && *got == 0)
            got = makeError(ErrorCode::Corrupt,
                            SealedPackageReader::tr("The package ends too early."));
        if (!got.ok()) {
            m_failure = got.error();
            setErrorString(m_failure->message);
            return -1;
        }
        m_remaining -= *got;
        return *got;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    SealedPackageReader &m_reader;
    qint64 m_remaining;
    std::optional<Error> m_failure;
};

QString changedKeyWarning(const PackageSender &sender, const ExchangeIdentity &pinned)
{
    return PackageReceiver::tr(
               "WARNING: this package says it comes from “%1”, but it is signed with other keys "
               "than that library used before.\nPinned fingerprint: %2\nThis package:      %3\n"
               "Anyone can claim a name. Unless the sender told you they have new keys, do not "
               "trust this package. If they did, confirm the new fingerprint with them by phone "
               "or in person, then receive it again expecting that sender "
               "(amanat-cli receive --expect-sender).")
        .arg(sender.name, pinned.displayFingerprint(), sender.identity.displayFingerprint());
}

/** Hashes @p size bytes of plaintext that are not stored (an original already here). */
Status skipOriginal(SealedPackageReader &reader, const SharedItem &item)
{
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (qint64 left = item.original.size; left > 0;) {
        const qint64 take = qMin<qint64>(left, buffer.size());
        AMANAT_TRY(reader.readExactly(buffer.data(), take));
        hash.add(buffer.constData(), take);
        left -= take;
    }
    if (hash.hexDigest() != item.original.sha256)
        return makeError(ErrorCode::Corrupt,
                         PackageReceiver::tr("The original of the package's item %1 does not "
                                             "match its SHA-256. Nothing was received.")
                             .arg(item.remoteId));
    return {};
}

/** Adds what a received item holds besides its original to the new item @p id. */
Status fillNewItem(Library &lib, qint64 id, const SharedItem &item)
{
    QMap<QString, QString> fields = item.fields;
    fields.remove(QStringLiteral("title"));          // set when the item was made
    fields.remove(QStringLiteral("translation_of")); // set once every item has its number
    if (!fields.isEmpty())
        AMANAT_TRY(lib.items().setFields(id, fields));
    if (!item.pages.isEmpty())
        AMANAT_TRY(lib.items().setText(id, item.pages, item.paged, QString()));
    if (item.extraction)
        AMANAT_TRY(lib.extractions().restore(id, *item.extraction));
    for (const Redaction &r : item.redactions) {
        Result<qint64> added =
            r.kind == Redaction::Kind::Text   ? lib.redactions().addText(id, r.text)
            : r.kind == Redaction::Kind::Rect ? lib.redactions().addRect(id, r.page, r.area)
                                              : lib.redactions().addKeep(id, r.page, r.area);
        if (!added.ok())
            return added.error();
    }
    for (const ClipMarker &m : item.markers) {
        auto added = lib.clipMarkers().add(id, m.startMs, m.endMs, m.note);
        if (!added.ok())
            return added.error();
    }
    return {};
}

} // namespace

int ReceiveReport::added() const
{
    int count = 0;
    for (const Received &item : items)
        count += item.duplicate ? 0 : 1;
    return count;
}

int ReceiveReport::duplicates() const
{
    return int(items.size()) - added();
}

Result<ReceiveReport> PackageReceiver::receive(Library &library, const QString &path,
                                               const ReceiveOptions &options)
{
    auto exchange = library.exchangeKey();
    if (!exchange.ok())
        return exchange.error();
    auto own = library.exchangeIdentity();
    if (!own.ok())
        return own.error();
    auto reader = SealedPackageReader::open(path, (*exchange)->key);
    if (!reader.ok())
        return reader.error();
    const PackageSender &sender = (*reader)->sender();
    ReceiveReport report;
    report.sender = sender;
    report.createdAt = (*reader)->createdAt();
    const QString senderFingerprint = sender.identity.fingerprint();
    QString expected;
    if (!options.expectSender.isEmpty()) {
        expected = SigningKey::normalizeFingerprint(options.expectSender);
        if (expected.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             tr("The expected sender's fingerprint must be 64 hexadecimal "
                                "digits, as amanat-cli exchange-key prints it."));
        if (expected != senderFingerprint)
            return makeError(ErrorCode::InvalidInput,
                             tr("The package is signed by “%1” with the fingerprint\n%2\nnot "
                                "by the expected sender. Nothing was received.")
                                 .arg(sender.name, sender.identity.displayFingerprint()));
    }
    auto pinned = library.contacts().find(sender.libraryId);
    if (!pinned.ok())
        return pinned.error();
    if (*pinned && !((*pinned)->identity == sender.identity)) {
        if (expected.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             changedKeyWarning(sender, (*pinned)->identity));
        report.keyChanged = true;
    }
    report.newSender = !*pinned;
    if (sender.identity == *own)
        return makeError(ErrorCode::InvalidInput,
                         tr("This package was shared by this library itself."));

    // First pass: the whole file, against the sender's signature, before anything changes.
    auto sha256 = (*reader)->verify(options.cancelled);
    if (!sha256.ok())
        return sha256.error();
    report.sha256 = *sha256;
    auto receivedAt = library.origins().receivedAt(report.sha256);
    if (!receivedAt.ok())
        return receivedAt.error();
    if (*receivedAt) {
        report.alreadyReceived = true;
        report.receivedAt = **receivedAt;
        return report;
    }

    QByteArray lengthBytes(8, Qt::Uninitialized);
    AMANAT_TRY((*reader)->readExactly(lengthBytes.data(), 8));
    const quint64 manifestLength = qFromBigEndian<quint64>(lengthBytes.constData());
    if (manifestLength > kMaxManifestBytes)
        return makeError(ErrorCode::Corrupt, tr("The package's list of items is too large."));
    QByteArray manifestBytes(int(manifestLength), Qt::Uninitialized);
    AMANAT_TRY((*reader)->readExactly(manifestBytes.data(), qint64(manifestLength)));
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes).object();
    manifestBytes.clear();
    if (manifest.value(QStringLiteral("format")).toString() !=
        QLatin1String("amanat-exchange-items"))
        return makeError(ErrorCode::Corrupt, tr("The package's list of items is malformed."));
    QVector<SharedItem> items;
    for (const QJsonValue &value : manifest.value(QStringLiteral("items")).toArray()) {
        auto item = SharedItem::fromJson(value.toObject());
        if (!item.ok())
            return item.error();
        items << std::move(*item);
    }
    const QJsonObject tagColors = manifest.value(QStringLiteral("tag_colors")).toObject();
    const qint64 packageSize = QFileInfo(path).size();

    auto received = library.atomically([&](Library &lib) -> Result<ReceiveReport> {
        QHash<qint64, qint64> localIdOf; // the sender's item number → this library's
        for (const SharedItem &item : items) {
            if (options.cancelled && options.cancelled->load())
                return makeError(ErrorCode::Cancelled, tr("Receiving was cancelled."));
            const auto itemError = [&item](const Error &error) {
                return makeError(error.code, tr("The package's item %1 cannot be received: %2")
                                                 .arg(item.remoteId)
                                                 .arg(error.message));
            };
            std::optional<qint64> existing;
            if (item.original.present) {
                auto bySha = lib.items().findBySha256(item.original.sha256);
                if (!bySha.ok())
                    return bySha.error();
                existing = *bySha;
                if (existing) {
                    auto hidden = lib.items().isMarkedDeleted(*existing);
                    if (!hidden.ok())
                        return hidden.error();
                    if (*hidden) { // deleted in this session: received again, as asked
                        AMANAT_TRY(lib.items().eraseDeleted(*existing));
                        existing.reset();
                    }
                }
            }
            if (!existing) {
                auto byOrigin = lib.origins().itemFrom(sender.libraryId, item.remoteId);
                if (!byOrigin.ok())
                    return byOrigin.error();
                existing = *byOrigin;
            }
            ReceiveReport::Received outcome{item.remoteId, 0, bool(existing), item.kind,
                                            item.fields.value(QStringLiteral("title"))};
            if (existing) {
                outcome.itemId = *existing;
                if (item.original.present) // not stored again, but checked all the same
                    AMANAT_TRY(skipOriginal(**reader, item));
            } else {
                if (outcome.title.isEmpty() && item.original.present)
                    outcome.title = QFileInfo(item.original.name).completeBaseName();
                auto id = lib.items().create(item.kind, outcome.title, QString());
                if (!id.ok())
                    return itemError(id.error());
                outcome.itemId = *id;
                if (item.original.present) {
                    PlaintextSlice slice(**reader, item.original.size);
                    auto written = lib.blobs().write(*id, slice, options.cancelled);
                    if (slice.failure())
                        return *slice.failure();
                    if (!written.ok())
                        return written.error();
                    if (written->sha256 != item.original.sha256 ||
                        written->size != item.original.size)
                        return makeError(ErrorCode::Corrupt,
                                         tr("The original of the package's item %1 does not "
                                            "match its SHA-256. Nothing was received.")
                                             .arg(item.remoteId));
                    OriginalInfo original = item.original;
                    original.importedAt = Clock::nowUtcText();
                    original.chunks = written->chunks;
                    AMANAT_TRY(lib.items().recordOriginal(*id, original));
                    if (item.pages.isEmpty())
                        report.needExtraction << *id;
                }
                if (Status filled = fillNewItem(lib, *id, item); !filled.ok())
                    return itemError(filled.error());
            }
            localIdOf.insert(item.remoteId, outcome.itemId);
            for (const QString &tag : item.tags) {
                auto known = lib.tags().find(tag);
                if (!known.ok())
                    return known.error();
                auto tagged = lib.tags().addToItem(outcome.itemId, tag);
                if (!tagged.ok())
                    return itemError(tagged.error());
                if (!*known && tagColors.contains(tag))
                    if (Status colored = lib.tags().setColor(tag, tagColors.value(tag).toString());
                        !colored.ok())
                        return itemError(colored.error());
            }
            AMANAT_TRY(lib.origins().recordOrigin(outcome.itemId, sender.libraryId, item.remoteId));
            AMANAT_TRY(lib.custody().append(
                QStringLiteral("receive_item"), outcome.itemId,
                QJsonObject{{QStringLiteral("package_sha256"), report.sha256},
                            {QStringLiteral("sender"), sender.name},
                            {QStringLiteral("sender_fingerprint"), senderFingerprint},
                            {QStringLiteral("sender_library_id"), sender.libraryId},
                            {QStringLiteral("sender_item"), item.remoteId},
                            {QStringLiteral("duplicate"), outcome.duplicate},
                            {QStringLiteral("sender_events"), item.custody}}));
            report.items << outcome;
            if (options.progress)
                options.progress(qint64(report.items.size()) * packageSize /
                                     qMax(1, int(items.size())),
                                 packageSize);
        }
        // A translation names its original by number: the sender's, made this library's.
        for (const SharedItem &item : items) {
            const qint64 original =
                item.fields.value(QStringLiteral("translation_of")).toLongLong();
            if (original <= 0 || !localIdOf.contains(original))
                continue;
            const qint64 id = localIdOf.value(item.remoteId);
            auto current = lib.items().get(id);
            if (!current.ok())
                return current.error();
            if (current->field("translation_of").isEmpty())
                AMANAT_TRY(
                    lib.items().setFields(id, {{QStringLiteral("translation_of"),
                                                QString::number(localIdOf.value(original))}}));
        }
        // Second pass done: the bytes decrypted must be the bytes whose signature was checked.
        auto again = (*reader)->finish();
        if (!again.ok())
            return again.error();
        if (*again != report.sha256)
            return makeError(ErrorCode::Corrupt,
                             tr("The package changed while it was being received. Nothing was "
                                "received."));
        AMANAT_TRY(lib.contacts().record(sender.libraryId, sender.name, sender.identity));
        AMANAT_TRY(lib.origins().recordPackage(report.sha256, senderFingerprint));
        AMANAT_TRY(lib.custody().append(
            QStringLiteral("receive"), 0,
            QJsonObject{{QStringLiteral("file"), QFileInfo(path).fileName()},
                        {QStringLiteral("package_sha256"), report.sha256},
                        {QStringLiteral("sender"), sender.name},
                        {QStringLiteral("sender_fingerprint"), senderFingerprint},
                        {QStringLiteral("sender_library_id"), sender.libraryId},
                        {QStringLiteral("created_at"), report.createdAt},
                        {QStringLiteral("items"), int(report.items.size())},
                        {QStringLiteral("added"), report.added()},
                        {QStringLiteral("duplicates"), report.duplicates()}}));
        return report;
    });
    return received;
}

Result<PackagePreview> PackageReceiver::preview(Library &library, const QString &path)
{
    auto exchange = library.exchangeKey();
    if (!exchange.ok())
        return exchange.error();
    PackagePreview preview;
    auto sealedForUs = SealedPackageReader::isSealedFor(path, (*exchange)->key);
    if (!sealedForUs.ok())
        return sealedForUs.error();
    preview.forThisLibrary = *sealedForUs;
    if (!preview.forThisLibrary)
        return preview; // who sent it is sealed too
    auto reader = SealedPackageReader::open(path, (*exchange)->key);
    if (!reader.ok())
        return reader.error();
    preview.sender = (*reader)->sender();
    preview.createdAt = (*reader)->createdAt();
    auto pinned = library.contacts().find(preview.sender.libraryId);
    if (!pinned.ok())
        return pinned.error();
    if (*pinned) {
        const bool same = (*pinned)->identity == preview.sender.identity;
        preview.status = same ? PackagePreview::Sender::Known : PackagePreview::Sender::Changed;
        if (!same)
            preview.pinned = (*pinned)->identity;
    }
    return preview;
}

} // namespace amanat
