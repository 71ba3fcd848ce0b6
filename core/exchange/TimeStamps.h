#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace amanat {

class Library;

/** Trusted time for what a library holds and for bundles, offline (RFC 3161): a request
 *  file the user takes to any time-stamping authority when online, and the reply brought
 *  back. For items, the request is over a statement of their SHA-256s and custody heads,
 *  kept in the custody log ("timestamp_request"); the verified reply is stored there too
 *  ("timestamp"). For a bundle, the request is over manifest.json (manifest.tsq), and
 *  verify-bundle checks the reply placed beside it (manifest.tsr). */
class TimeStamps
{
    Q_DECLARE_TR_FUNCTIONS(TimeStamps)

public:
    /** A request that was written. */
    struct Requested
    {
        QString path;
        QString digest;   ///< hex SHA-256 of what is stamped
        qint64 event = 0; ///< its custody event (items only)
    };
    /** A reply that was verified and stored. */
    struct Stamped
    {
        QDateTime time;
        QString authority;
        bool trusted = false;
        qint64 request = 0;   ///< the custody event of the request it answers
        bool already = false; ///< it was stored before; nothing changed
    };

    /** Writes @p folder/manifest.tsq over its manifest.json. Refused once the bundle has a
     *  manifest.tsr (a new request would no longer match it). */
    static Result<Requested> requestForBundle(const QString &folder);
    /** Writes a request over @p itemIds (their originals' SHA-256 and newest custody event)
     *  and the log's head to @p outTsq (which must not exist), and logs it. */
    static Result<Requested> requestForItems(Library &library, const QVector<qint64> &itemIds,
                                             const QString &outTsq);
    /** Verifies @p replyDer against the library's requests and stores it in the custody log.
     *  A reply to no request of this library is an error, and nothing changes. */
    static Result<Stamped> importReply(Library &library, const QByteArray &replyDer,
                                       const QByteArray &authorityPem = {});
};

} // namespace amanat
