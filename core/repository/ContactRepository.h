#pragma once

#include "common/Result.h"
#include "crypto/ExchangeKey.h"
#include "custody/CustodyLog.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace amanat {

/** A library that has sent packages here, pinned to the keys it first used. */
struct Contact
{
    QString libraryId;
    QString name; ///< the sender's custodian name, as its last package gave it
    ExchangeIdentity identity;
    QString firstSeen;
    QString lastSeen;
};

/** Known senders (trust on first use). A sender is recognised by the library id its
 *  packages carry; the same id with other keys is a changed key, which the receiver must
 *  confirm out of band before it is accepted (see PackageReceiver). */
class ContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContactRepository)

public:
    ContactRepository(Database &db, CustodyLog &custody) : m_db(db), m_custody(custody) {}

    Result<QVector<Contact>> all() const;
    Result<std::optional<Contact>> find(const QString &libraryId) const;
    /** Pins a new sender (`contact_pin`), refreshes a known one's name and last-seen time,
     *  or replaces the keys of one whose keys changed (`contact_key_change`, with both
     *  fingerprints). Inside the caller's transaction. */
    Status record(const QString &libraryId, const QString &name, const ExchangeIdentity &identity);
    /** Forgets a sender, named by library id or fingerprint (`contact_forget`); its next
     *  package is pinned anew. */
    Status remove(const QString &libraryIdOrFingerprint);

private:
    Database &m_db;
    CustodyLog &m_custody;
};

} // namespace amanat
