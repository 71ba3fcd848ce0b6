#include "TimeStamps.h"

#include "bundle/Manifest.h"
#include "common/FileUtil.h"
#include "crypto/Sha256.h"
#include "crypto/TimeStamp.h"
#include "library/Library.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace amanat {

namespace {

const QString kRequestAction = QStringLiteral("timestamp_request");
const QString kStampAction = QStringLiteral("timestamp");

/** The text a request for items stamps: one line per item and the log's head. Kept in the
 *  custody event, so anyone can recompute the digest from the log later. */
Result<QString> statementFor(Library &library, const QVector<qint64> &itemIds)
{
    QStringList lines{QStringLiteral("Amanat time-stamp statement 1")};
    for (qint64 id : itemIds) {
        auto item = library.items().get(id);
        if (!item.ok())
            return item.error();
        auto events = library.custody().events(id);
        if (!events.ok())
            return events.error();
        lines << QStringLiteral("item %1 sha256 %2 custody %3")
                     .arg(id)
                     .arg(item->original.present ? item->original.sha256 : QStringLiteral("none"),
                          events->isEmpty() ? QStringLiteral("none") : events->last().hash);
    }
    auto all = library.custody().events();
    if (!all.ok())
        return all.error();
    if (!all->isEmpty())
        lines << QStringLiteral("log %1 %2").arg(all->last().seq).arg(all->last().hash);
    return QString(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

} // namespace

Result<TimeStamps::Requested> TimeStamps::requestForBundle(const QString &folder)
{
    const QDir root(folder);
    QFile manifest(root.filePath(QString::fromLatin1(Manifest::kManifestFile)));
    if (!manifest.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         tr("%1 holds no manifest.json; it is not a bundle folder.").arg(folder));
    if (QFileInfo::exists(root.filePath(QString::fromLatin1(Manifest::kTimeStampReplyFile))))
        return makeError(ErrorCode::AlreadyExists,
                         tr("This bundle is time-stamped already (manifest.tsr); a new request "
                            "would not match that reply."));
    const QByteArray digest =
        QCryptographicHash::hash(manifest.readAll(), QCryptographicHash::Sha256);
    auto request = TimeStamp::request(digest);
    if (!request.ok())
        return request.error();
    const QString path = root.filePath(QString::fromLatin1(Manifest::kTimeStampRequestFile));
    AMANAT_TRY(writeFileAtomically(path, request->der));
    return Requested{path, QString::fromLatin1(digest.toHex()), 0};
}

Result<TimeStamps::Requested>
TimeStamps::requestForItems(Library &library, const QVector<qint64> &itemIds, const QString &outTsq)
{
    if (QFileInfo::exists(outTsq))
        return makeError(ErrorCode::AlreadyExists,
                         tr("%1 already exists; choose another name.").arg(outTsq));
    auto requested = library.atomically([&](Library &lib) -> Result<Requested> {
        auto statement = statementFor(lib, itemIds);
        if (!statement.ok())
            return statement.error();
        const QByteArray digest =
            QCryptographicHash::hash(statement->toUtf8(), QCryptographicHash::Sha256);
        auto request = TimeStamp::request(digest);
        if (!request.ok())
            return request.error();
        QJsonArray items;
        for (qint64 id : itemIds)
            items.append(id);
        AMANAT_TRY(lib.custody().append(
            kRequestAction, 0,
            QJsonObject{{QStringLiteral("statement"), *statement},
                        {QStringLiteral("sha256"), QString::fromLatin1(digest.toHex())},
                        {QStringLiteral("nonce"), request->nonce},
                        {QStringLiteral("items"), items},
                        {QStringLiteral("file"), QFileInfo(outTsq).fileName()}}));
        auto events = lib.custody().events();
        if (!events.ok())
            return events.error();
        // The request file last: if it cannot be written, the event goes with the rollback.
        AMANAT_TRY(writeFileAtomically(outTsq, request->der));
        return Requested{outTsq, QString::fromLatin1(digest.toHex()), events->last().seq};
    });
    return requested;
}

Result<TimeStamps::Stamped> TimeStamps::importReply(Library &library, const QByteArray &replyDer,
                                                    const QByteArray &authorityPem)
{
    auto events = library.custody().events();
    if (!events.ok())
        return events.error();
    for (const CustodyEvent &event : *events) {
        if (event.action != kRequestAction)
            continue;
        TimeStamp::Request request;
        request.digest = QByteArray::fromHex(
            event.details.value(QStringLiteral("sha256")).toString().toLatin1());
        request.nonce = event.details.value(QStringLiteral("nonce")).toString();
        auto token = TimeStamp::verify(replyDer, request, authorityPem);
        if (!token.ok()) {
            // Another request's reply is tried against the next request; any other
            // failure is this reply's.
            if (token.error().code == ErrorCode::NotFound)
                continue;
            return token.error();
        }
        Stamped stamped{token->time, token->authority, token->trusted, event.seq, false};
        const QString replyHash = Sha256::hexOf(replyDer);
        // The same reply again changes nothing, unless it was stored without the authority's
        // certificate and is now checked against it: that check is new, and is logged.
        bool stored = false;
        bool storedTrusted = false;
        for (const CustodyEvent &later : *events)
            if (later.action == kStampAction &&
                later.details.value(QStringLiteral("reply_sha256")).toString() == replyHash) {
                stored = true;
                storedTrusted =
                    storedTrusted || later.details.value(QStringLiteral("trusted")).toBool();
            }
        if (stored && (storedTrusted || !token->trusted)) {
            stamped.already = true;
            return stamped;
        }
        AMANAT_TRY(library.atomically([&](Library &lib) -> Status {
            return lib.custody().append(
                kStampAction, 0,
                QJsonObject{{QStringLiteral("request"), event.seq},
                            {QStringLiteral("time"), token->time.toString(Qt::ISODate)},
                            {QStringLiteral("authority"), token->authority},
                            {QStringLiteral("serial"), token->serial},
                            {QStringLiteral("policy"), token->policy},
                            {QStringLiteral("trusted"), token->trusted},
                            {QStringLiteral("reply_sha256"), replyHash},
                            {QStringLiteral("reply"), QString::fromLatin1(replyDer.toBase64())}});
        }));
        return stamped;
    }
    return makeError(ErrorCode::InvalidInput,
                     tr("This time-stamp reply answers none of this library's requests; "
                        "nothing was stored."));
}

} // namespace amanat
