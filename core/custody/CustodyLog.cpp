#include "CustodyLog.h"

#include "common/Clock.h"
#include "crypto/Sha256.h"

#include <QDateTime>
#include <QJsonDocument>

#include <sodium.h>

#include <pwd.h>
#include <unistd.h>

namespace amanat {

namespace {
const QString kGenesisHash(64, QLatin1Char('0'));

// Column order shared by every query that reads events.
#define AMANAT_EVENT_COLUMNS "seq, at, actor, action, item_id, details, prev_hash, hash"

/** The original's SHA-256 an import event's details record. */
QString sha256In(const QString &importDetails)
{
    return QJsonDocument::fromJson(importDetails.toUtf8())
        .object()
        .value(QStringLiteral("sha256"))
        .toString();
}

/** The event on the statement's current row; @p detailsText gets the stored JSON as is. */
CustodyEvent eventAt(const Statement &stmt, QString *detailsText = nullptr)
{
    CustodyEvent event;
    event.seq = stmt.integer(0);
    event.at = stmt.text(1);
    event.actor = stmt.text(2);
    event.action = stmt.text(3);
    event.itemId = stmt.isNull(4) ? 0 : stmt.integer(4);
    const QString details = stmt.text(5);
    event.details = QJsonDocument::fromJson(details.toUtf8()).object();
    event.prevHash = stmt.text(6);
    event.hash = stmt.text(7);
    if (detailsText)
        *detailsText = details;
    return event;
}
constexpr const char *kHeadKey = "custody_head";
constexpr const char *kHeadMacKey = "custody_head_mac";
} // namespace

CustodyLog::CustodyLog(Database &db, const SecureBuffer &headKey, QString actor)
    : m_db(db), m_headKey(headKey), m_actor(std::move(actor))
{}

Result<std::optional<CustodyEvent>> CustodyLog::newest() const
{
    auto stmt = m_db.prepare("SELECT " AMANAT_EVENT_COLUMNS
                             " FROM custody_events ORDER BY seq DESC LIMIT 1");
    if (!stmt.ok())
        return stmt.error();
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return std::optional<CustodyEvent>();
    return std::optional<CustodyEvent>(eventAt(*stmt));
}

Result<QHash<qint64, QString>> CustodyLog::importedSha256s() const
{
    auto stmt = m_db.prepare(
        "SELECT item_id, details FROM custody_events WHERE action = 'import' ORDER BY seq");
    if (!stmt.ok())
        return stmt.error();
    QHash<qint64, QString> hashes;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        hashes.insert(stmt->integer(0), sha256In(stmt->text(1)));
    }
    return hashes;
}

Result<QString> CustodyLog::importedSha256(qint64 itemId) const
{
    auto stmt = m_db.prepare("SELECT details FROM custody_events WHERE action = 'import' AND "
                             "item_id = ? ORDER BY seq DESC LIMIT 1");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, itemId);
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return QString();
    return sha256In(stmt->text(0));
}

namespace {
const char *const kCustodianKey = "custody_actor";
} // namespace

Result<QString> CustodyLog::custodianName() const
{
    auto stmt = m_db.prepare("SELECT value FROM meta WHERE key = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, QString::fromLatin1(kCustodianKey));
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    return *row ? stmt->text(0) : QString();
}

QString CustodyLog::custodianNameProblem(const QString &name)
{
    if (name.size() > 200)
        return tr("A custodian's name has at most 200 characters.");
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control)
            return tr("A custodian's name is one line without control characters.");
    return QString();
}

Status CustodyLog::setCustodianName(const QString &input, const QString &program)
{
    const QString name = input.trimmed();
    const QString problem = custodianNameProblem(name);
    if (!problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    auto stmt = name.isEmpty()
                    ? m_db.prepare("DELETE FROM meta WHERE key = ?")
                    : m_db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, QString::fromLatin1(kCustodianKey));
    if (!name.isEmpty())
        stmt->bind(2, name);
    AMANAT_TRY(stmt->run());
    const QString actor = actorFor(name, program);
    // Logged under the new name, so the chain shows who took over from whom.
    const QString previous = m_actor;
    m_actor = actor;
    const Status logged = append(QStringLiteral("settings"), 0,
                                 QJsonObject{{QStringLiteral("custodian"), name},
                                             {QStringLiteral("previous_actor"), previous}});
    if (!logged.ok())
        m_actor = previous;
    return logged;
}

QString CustodyLog::actorFor(const QString &name, const QString &program)
{
    return name.isEmpty() ? actorForThisProcess(program)
                          : name + QStringLiteral(" (") + program + QLatin1Char(')');
}

QString CustodyLog::actorForThisProcess(const QString &program)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        const passwd *entry = ::getpwuid(::getuid());
        user = entry ? QString::fromLocal8Bit(entry->pw_name) : QStringLiteral("unknown");
    }
    return user + QStringLiteral(" (") + program + QLatin1Char(')');
}

QByteArray CustodyLog::canonical(const CustodyEvent &event)
{
    // QJsonObject keeps keys sorted, so the compact form is canonical.
    QJsonObject object{
        {QStringLiteral("seq"), event.seq},     {QStringLiteral("at"), event.at},
        {QStringLiteral("actor"), event.actor}, {QStringLiteral("action"), event.action},
        {QStringLiteral("item"), event.itemId}, {QStringLiteral("details"), event.details}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString CustodyLog::computeHash(const CustodyEvent &event)
{
    Sha256 hash;
    hash.add(QByteArray::fromHex(event.prevHash.toLatin1()));
    hash.add(canonical(event));
    return hash.hexDigest();
}

QString CustodyLog::headMac(const QString &head) const
{
    const QByteArray bytes = head.toUtf8();
    unsigned char mac[crypto_generichash_BYTES];
    crypto_generichash(mac, sizeof mac, reinterpret_cast<const unsigned char *>(bytes.constData()),
                       std::size_t(bytes.size()), m_headKey.data(), m_headKey.size());
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(mac), sizeof mac).toHex());
}

Status CustodyLog::append(const QString &action, qint64 itemId, const QJsonObject &details)
{
    CustodyEvent event;
    event.seq = 1;
    event.prevHash = kGenesisHash;
    auto newest = newestEvent();
    if (!newest.ok())
        return newest.error();
    if (*newest) {
        event.seq = (*newest)->first + 1;
        event.prevHash = (*newest)->second;
    }
    event.at = Clock::nowUtcText();
    event.actor = m_actor;
    event.action = action;
    event.itemId = itemId;
    event.details = details;
    event.hash = computeHash(event);

    auto insert = m_db.prepare("INSERT INTO custody_events(seq, at, actor, action, item_id, "
                               "details, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?)");
    if (!insert.ok())
        return insert.error();
    insert->bind(1, event.seq).bind(2, event.at).bind(3, event.actor).bind(4, event.action);
    if (itemId > 0)
        insert->bind(5, itemId);
    else
        insert->bindNull(5);
    insert->bind(6, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)))
        .bind(7, event.prevHash)
        .bind(8, event.hash);
    AMANAT_TRY(insert->run());
    // The head names the newest event: written once a transaction, however many it adds.
    return m_db.beforeCommit(this, [this] { return writeHead(); });
}

Result<std::optional<std::pair<qint64, QString>>> CustodyLog::newestEvent() const
{
    auto last = m_db.prepare("SELECT seq, hash FROM custody_events ORDER BY seq DESC LIMIT 1");
    if (!last.ok())
        return last.error();
    auto row = last->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return std::optional<std::pair<qint64, QString>>();
    return std::optional<std::pair<qint64, QString>>({last->integer(0), last->text(1)});
}

Status CustodyLog::writeHead()
{
    // Read back rather than remembered: a savepoint rolled back inside the transaction may
    // have taken the newest events with it.
    auto newest = newestEvent();
    if (!newest.ok())
        return newest.error();
    if (!*newest)
        return {};
    const QString head = QString::number((*newest)->first) + QLatin1Char(':') + (*newest)->second;
    auto meta = m_db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?), (?, ?)");
    if (!meta.ok())
        return meta.error();
    meta->bind(1, kHeadKey).bind(2, head).bind(3, kHeadMacKey).bind(4, headMac(head));
    return meta->run();
}

Result<QVector<CustodyEvent>> CustodyLog::events(qint64 itemId) const
{
    auto stmt = m_db.prepare(itemId > 0 ? "SELECT " AMANAT_EVENT_COLUMNS
                                          " FROM custody_events WHERE item_id = ? ORDER BY seq"
                                        : "SELECT " AMANAT_EVENT_COLUMNS
                                          " FROM custody_events ORDER BY seq");
    if (!stmt.ok())
        return stmt.error();
    if (itemId > 0)
        stmt->bind(1, itemId);
    QVector<CustodyEvent> out;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        out.append(eventAt(*stmt));
    }
    return out;
}

Result<qint64> CustodyLog::count(qint64 itemId) const
{
    auto stmt = m_db.prepare("SELECT count(*) FROM custody_events WHERE item_id = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, itemId);
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    return stmt->integer(0);
}

Result<CustodyLog::Verification> CustodyLog::verify() const
{
    Verification result;
    auto stmt = m_db.prepare("SELECT " AMANAT_EVENT_COLUMNS " FROM custody_events ORDER BY seq");
    if (!stmt.ok())
        return stmt.error();
    QString previous = kGenesisHash;
    qint64 expectedSeq = 1;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        QString detailsText;
        const CustodyEvent event = eventAt(*stmt, &detailsText);
        ++result.events;

        QString problem;
        if (event.seq != expectedSeq)
            problem = tr("custody event %1 is missing").arg(expectedSeq);
        else if (event.prevHash != previous)
            problem = tr("custody event %1 does not follow the one before it").arg(event.seq);
        else if (QJsonDocument(event.details).toJson(QJsonDocument::Compact) !=
                     detailsText.toUtf8() ||
                 computeHash(event) != event.hash)
            problem = tr("custody event %1 was altered").arg(event.seq);
        if (!problem.isEmpty()) {
            result.firstBadSeq = event.seq == expectedSeq ? event.seq : expectedSeq;
            result.problem = problem;
            return result;
        }
        previous = event.hash;
        ++expectedSeq;
    }

    auto head = m_db.prepare("SELECT key, value FROM meta WHERE key IN (?, ?)");
    if (!head.ok())
        return head.error();
    head->bind(1, kHeadKey).bind(2, kHeadMacKey);
    QString storedHead;
    QString storedMac;
    for (;;) {
        auto row = head->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        (head->text(0) == QLatin1String(kHeadKey) ? storedHead : storedMac) = head->text(1);
    }
    const QString expectedHead =
        result.events == 0 ? QString()
                           : QString::number(expectedSeq - 1) + QLatin1Char(':') + previous;
    const bool macMatches = storedHead.isEmpty() || storedMac == headMac(storedHead);
    if (storedHead != expectedHead || !macMatches) {
        result.firstBadSeq = expectedSeq;
        result.problem = tr("the end of the custody log was cut off or rewritten");
        return result;
    }

    auto triggers = m_db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                                "name IN ('custody_events_no_update', 'custody_events_no_delete')");
    if (!triggers.ok())
        return triggers.error();
    if (*triggers != 2)
        result.problem = tr("the custody log's write protection was removed");
    return result;
}

} // namespace amanat
