#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>
#include <utility>

namespace amanat {

/** One entry of the custody log. */
struct CustodyEvent
{
    qint64 seq = 0;
    QString at; ///< UTC, ISO 8601 with milliseconds
    QString actor;
    QString action;
    qint64 itemId = 0; ///< 0 when the event concerns the whole library
    QJsonObject details;
    QString prevHash;
    QString hash;
};

/** The append-only, hash-chained custody log.
 *
 *  hash = SHA-256(prev_hash ‖ canonical JSON of seq, time, actor, action, item, details).
 *  The latest (seq, hash) is also kept with a MAC keyed from the master key, so cutting
 *  events off the end, which a chain alone cannot reveal, is caught by verify(). Details
 *  must never hold the protected witness fields. append() must run inside the caller's
 *  transaction, so an event is written exactly when its change is. */
class CustodyLog
{
    Q_DECLARE_TR_FUNCTIONS(CustodyLog)

public:
    CustodyLog(Database &db, const SecureBuffer &headKey, QString actor);

    Status append(const QString &action, qint64 itemId, const QJsonObject &details = {});
    /** The newest event, if any. */
    Result<std::optional<CustodyEvent>> newest() const;
    /** Events in order, all of them or those of one item. */
    Result<QVector<CustodyEvent>> events(qint64 itemId = 0) const;
    Result<qint64> count(qint64 itemId) const;

    struct Verification
    {
        qint64 events = 0;
        qint64 firstBadSeq = 0; ///< 0 when the chain is intact
        QString problem;        ///< empty when the chain is intact
        bool ok() const { return problem.isEmpty(); }
    };
    Result<Verification> verify() const;

    /** The SHA-256 that the newest `import` event of @p itemId recorded (empty if none).
     *  The event is covered by the hash chain and its MACed head, unlike the originals
     *  table, so this is what an original is checked against. */
    Result<QString> importedSha256(qint64 itemId) const;
    /** Every item's imported SHA-256 (item id → hash), from the import events. */
    Result<QHash<qint64, QString>> importedSha256s() const;

    static QString actorForThisProcess(const QString &program);
    /** Who this log records as acting (user and program). */
    QString actor() const { return m_actor; }
    void setActor(QString actor) { m_actor = std::move(actor); }

    /** The person's name this library records as acting (its settings), or empty when
     *  none was set (then the account name is recorded). */
    Result<QString> custodianName() const;
    /** Stores @p name as the person acting from now on, logs the change and acts as
     *  "@p name (@p program)"; inside the caller's transaction. Empty: the account name. */
    Status setCustodianName(const QString &name, const QString &program);
    /** Why @p name cannot be a custodian's name (empty when it can). */
    static QString custodianNameProblem(const QString &name);
    /** The actor recorded for @p name acting through @p program. */
    static QString actorFor(const QString &name, const QString &program);

    /** The exact bytes an event's hash covers after the previous hash: compact JSON with
     *  sorted keys of seq, at, actor, action, item and details (bundle manifests carry it). */
    static QByteArray canonical(const CustodyEvent &event);

private:
    static QString computeHash(const CustodyEvent &event);
    QString headMac(const QString &head) const;
    /** The newest event's sequence number and hash, if the log has any. */
    Result<std::optional<std::pair<qint64, QString>>> newestEvent() const;
    /** Records the newest event as the log's head (and its MAC) in `meta`. */
    Status writeHead();

    Database &m_db;
    const SecureBuffer &m_headKey;
    QString m_actor;
};

} // namespace amanat
