#include "ContactRepository.h"

#include "common/Clock.h"
#include "crypto/SigningKey.h"

#include <QJsonObject>

namespace amanat {

namespace {

#define AMANAT_CONTACT_COLUMNS                                                                     \
    "SELECT library_id, name, public_key, first_seen, last_seen FROM contacts "

Result<QVector<Contact>> readContacts(Statement &stmt)
{
    QVector<Contact> contacts;
    for (;;) {
        auto row = stmt.step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        auto identity = ExchangeIdentity::parse(stmt.text(2));
        if (!identity.ok())
            return makeError(ErrorCode::Corrupt, identity.error().message);
        contacts.append(Contact{stmt.text(0), stmt.text(1), *identity, stmt.text(3), stmt.text(4)});
    }
    return contacts;
}

} // namespace

Result<QVector<Contact>> ContactRepository::all() const
{
    auto stmt = m_db.prepare(AMANAT_CONTACT_COLUMNS "ORDER BY name COLLATE NOCASE, library_id");
    if (!stmt.ok())
        return stmt.error();
    return readContacts(*stmt);
}

Result<std::optional<Contact>> ContactRepository::find(const QString &libraryId) const
{
    auto stmt = m_db.prepare(AMANAT_CONTACT_COLUMNS "WHERE library_id = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, libraryId);
    auto contacts = readContacts(*stmt);
    if (!contacts.ok())
        return contacts.error();
    if (contacts->isEmpty())
        return std::optional<Contact>();
    return std::optional<Contact>(contacts->first());
}

Status ContactRepository::record(const QString &libraryId, const QString &name,
                                 const ExchangeIdentity &identity)
{
    auto known = find(libraryId);
    if (!known.ok())
        return known.error();
    const QString now = Clock::nowUtcText();
    if (!*known) {
        auto insert = m_db.prepare("INSERT INTO contacts(library_id, name, public_key, "
                                   "fingerprint, first_seen, last_seen) VALUES (?,?,?,?,?,?)");
        if (!insert.ok())
            return insert.error();
        insert->bind(1, libraryId)
            .bind(2, name)
            .bind(3, identity.publicText())
            .bind(4, identity.fingerprint())
            .bind(5, now)
            .bind(6, now);
        AMANAT_TRY(insert->run());
        return m_custody.append(QStringLiteral("contact_pin"), 0,
                                {{QStringLiteral("library_id"), libraryId},
                                 {QStringLiteral("name"), name},
                                 {QStringLiteral("fingerprint"), identity.fingerprint()}});
    }
    auto update = m_db.prepare("UPDATE contacts SET name = ?, public_key = ?, fingerprint = ?, "
                               "last_seen = ? WHERE library_id = ?");
    if (!update.ok())
        return update.error();
    update->bind(1, name)
        .bind(2, identity.publicText())
        .bind(3, identity.fingerprint())
        .bind(4, now)
        .bind(5, libraryId);
    AMANAT_TRY(update->run());
    if ((*known)->identity == identity)
        return {};
    return m_custody.append(
        QStringLiteral("contact_key_change"), 0,
        {{QStringLiteral("library_id"), libraryId},
         {QStringLiteral("name"), name},
         {QStringLiteral("previous_fingerprint"), (*known)->identity.fingerprint()},
         {QStringLiteral("fingerprint"), identity.fingerprint()}});
}

Status ContactRepository::remove(const QString &libraryIdOrFingerprint)
{
    const QString fingerprint = SigningKey::normalizeFingerprint(libraryIdOrFingerprint);
    auto stmt = m_db.prepare(AMANAT_CONTACT_COLUMNS "WHERE library_id = ? OR fingerprint = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, libraryIdOrFingerprint.trimmed()).bind(2, fingerprint);
    auto found = readContacts(*stmt);
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return makeError(
            ErrorCode::NotFound,
            tr("No known sender has the id or fingerprint %1.").arg(libraryIdOrFingerprint));
    const Contact &contact = found->first();
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto remove = m_db.prepare("DELETE FROM contacts WHERE library_id = ?");
    if (!remove.ok())
        return remove.error();
    remove->bind(1, contact.libraryId);
    AMANAT_TRY(remove->run());
    AMANAT_TRY(m_custody.append(QStringLiteral("contact_forget"), 0,
                                {{QStringLiteral("library_id"), contact.libraryId},
                                 {QStringLiteral("name"), contact.name},
                                 {QStringLiteral("fingerprint"), contact.identity.fingerprint()}}));
    return transaction->commit();
}

} // namespace amanat
