#include "PackageSharer.h"

#include "SealedPackage.h"
#include "SharedItem.h"
#include "common/FileUtil.h"
#include "crypto/Sha256.h"
#include "library/Library.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QtEndian>

#include <cerrno>

#include <unistd.h>

namespace amanat {

namespace {

/** The package file under construction, removed unless finished. */
class PartialFile
{
public:
    explicit PartialFile(QString path) : m_path(std::move(path)) {}
    ~PartialFile()
    {
        if (!m_done)
            QFile::remove(m_path);
    }
    void finished() { m_done = true; }

private:
    QString m_path;
    bool m_done = false;
};

QStringList idList(const QVector<qint64> &ids)
{
    QStringList list;
    for (qint64 id : ids)
        list << QString::number(id);
    return list;
}

} // namespace

Result<QVector<qint64>> PackageSharer::withoutConsent(Library &library, const QVector<qint64> &ids)
{
    QVector<qint64> missing;
    for (qint64 id : ids) {
        auto item = library.items().get(id);
        if (!item.ok())
            return item.error();
        if (item->kind == QLatin1String("testimony") && item->field("consent").trimmed().isEmpty())
            missing << id;
    }
    return missing;
}

Result<ShareReport> PackageSharer::write(Library &library, const QVector<qint64> &ids,
                                         const QString &outFile, const ShareOptions &options)
{
    const QFileInfo target(outFile);
    if (target.exists())
        return makeError(ErrorCode::AlreadyExists,
                         tr("%1 already exists; choose a new name for the package.").arg(outFile));
    if (!QFileInfo(target.absolutePath()).isDir())
        return makeError(ErrorCode::NotFound,
                         tr("The folder %1 does not exist.").arg(target.absolutePath()));
    if (options.recipients.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("Name at least one library to share with (its exchange key)."));
    auto unconsented = withoutConsent(library, ids);
    if (!unconsented.ok())
        return unconsented.error();
    if (!unconsented->isEmpty() && !options.overrideConsent)
        return makeError(ErrorCode::InvalidInput,
                         tr("The witnesses of testimony item(s) %1 have not recorded consent to "
                            "any use of their testimony, so they are not shared. Record their "
                            "consent, or override it if you have another lawful basis "
                            "(amanat-cli share --override-consent); the override is logged.")
                             .arg(idList(*unconsented).join(QStringLiteral(", "))));
    auto signer = library.signingKey();
    if (!signer.ok())
        return signer.error();
    auto exchange = library.exchangeKey();
    if (!exchange.ok())
        return exchange.error();
    auto identity = library.exchangeIdentity();
    if (!identity.ok())
        return identity.error();
    auto custodian = library.custody().custodianName();
    PackageSender sender{custodian.ok() ? *custodian : QString(), (*exchange)->libraryId,
                         *identity};
    if (sender.name.isEmpty())
        sender.name = library.custody().actor();

    const QString partialPath = target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                                QStringLiteral(".partial");
    QFile::remove(partialPath);
    PartialFile partial(partialPath);

    auto shared = library.atomically([&](Library &lib) -> Result<ShareReport> {
        ShareReport report;
        QJsonArray items;
        QJsonObject tagColors;
        auto tags = lib.tags().all();
        if (!tags.ok())
            return tags.error();
        QHash<QString, QString> colorOf;
        for (const Tag &tag : *tags)
            if (!tag.color.isEmpty())
                colorOf.insert(tag.path, tag.color);
        qint64 totalBytes = 0;
        QVector<SharedItem> sharedItems;
        for (qint64 id : ids) {
            auto item = SharedItem::read(lib, id, options.includeProtected);
            if (!item.ok())
                return item.error();
            for (const QString &tag : item->tags)
                if (colorOf.contains(tag))
                    tagColors.insert(tag, colorOf.value(tag));
            items.append(item->toJson());
            if (item->original.present) {
                totalBytes += item->original.size;
                ++report.originals;
            }
            sharedItems << std::move(*item);
        }
        const QJsonObject manifest{
            {QStringLiteral("format"), QStringLiteral("amanat-exchange-items")},
            {QStringLiteral("selection"), options.selection},
            {QStringLiteral("include_protected"), options.includeProtected},
            {QStringLiteral("tag_colors"), tagColors},
            {QStringLiteral("items"), items}};
        const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
        items = QJsonArray();

        QFile file(partialPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fileError(errno, partialPath);
        auto writer = SealedPackageWriter::start(file, **signer, sender, options.recipients);
        if (!writer.ok())
            return writer.error();
        QByteArray length(8, Qt::Uninitialized);
        qToBigEndian(quint64(manifestBytes.size()), length.data());
        AMANAT_TRY((*writer)->write(length));
        AMANAT_TRY((*writer)->write(manifestBytes));

        qint64 done = 0;
        for (const SharedItem &item : sharedItems) {
            if (!item.original.present)
                continue;
            auto device = lib.blobs().open(item.remoteId);
            if (!device.ok())
                return device.error();
            Sha256 hash;
            qint64 sent = 0;
            QByteArray buffer;
            while (!(buffer = (*device)->read(1 << 20)).isEmpty()) {
                if (options.cancelled && options.cancelled->load())
                    return makeError(ErrorCode::Cancelled, tr("Sharing was cancelled."));
                hash.add(buffer);
                AMANAT_TRY((*writer)->write(buffer));
                sent += buffer.size();
                done += buffer.size();
                if (options.progress)
                    options.progress(done, totalBytes);
            }
            if (sent != item.original.size || hash.hexDigest() != item.original.sha256)
                return makeError(ErrorCode::Corrupt,
                                 tr("The original of item %1 does not match its recorded SHA-256; "
                                    "run a verification of the library. Nothing was shared.")
                                     .arg(item.remoteId));
            report.originalBytes += sent;
        }
        auto sha256 = (*writer)->finish();
        if (!sha256.ok())
            return sha256.error();
        if (!file.flush() || ::fsync(file.handle()) != 0)
            return fileError(errno, partialPath);
        file.close();
        report.sha256 = *sha256;
        report.items = int(ids.size());

        for (qint64 id : *unconsented) {
            AMANAT_TRY(lib.custody().append(QStringLiteral("share_consent_override"), id,
                                            {{QStringLiteral("package_sha256"), report.sha256}}));
            report.consentOverridden << id;
        }
        QJsonArray recipients;
        for (const ExchangeIdentity &recipient : options.recipients)
            recipients.append(recipient.fingerprint());
        QJsonArray itemIds;
        for (qint64 id : ids)
            itemIds.append(id);
        AMANAT_TRY(lib.custody().append(
            QStringLiteral("share"), 0,
            QJsonObject{{QStringLiteral("file"), target.fileName()},
                        {QStringLiteral("package_sha256"), report.sha256},
                        {QStringLiteral("recipients"), recipients},
                        {QStringLiteral("items"), itemIds},
                        {QStringLiteral("selection"), options.selection},
                        {QStringLiteral("include_protected"), options.includeProtected}}));
        if (!QFile::rename(partialPath, outFile))
            return makeError(ErrorCode::Io,
                             tr("The package could not be moved to %1.").arg(outFile));
        syncDirectory(target.absolutePath());
        report.path = outFile;
        return report;
    });
    if (shared.ok())
        partial.finished();
    else if (QFileInfo::exists(outFile) && !QFileInfo::exists(partialPath))
        QFile::remove(outFile); // renamed into place, then not logged: not shared either
    return shared;
}

} // namespace amanat
