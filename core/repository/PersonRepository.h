#pragma once

#include "common/Result.h"
#include "db/Database.h"
#include "custody/CustodyLog.h"
#include "redaction/RedactionTerms.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace amanat {

/** Someone whose identity must never leave the library: a witness (then linked to their
 *  testimony), or anyone else a file names (a relative, a photographer). Every value is
 *  protected: it is never listed, logged, indexed or exported. */
struct ProtectedPerson
{
    qint64 id = 0;
    /** How lists, logs and bundle sheets refer to them: the testimony's witness code, or a
     *  pseudonym given when the person was recorded. Never a name. */
    QString code;
    std::optional<qint64> itemId; ///< the testimony whose witness this is
    QStringList names;            ///< variants: Latin, Han, Arabic script, Cyrillic, …
    QStringList contacts;         ///< phone numbers, e-mail addresses, street addresses
};

/** A person left unredacted in one dossier by the user's explicit choice. */
struct Exemption
{
    qint64 personId = 0;
    QString code;
    QString reason;
    QString createdAt;
};

/** Protected people, their name variants and contacts, and per-dossier exemptions. Each
 *  change is one transaction with its custody event, which records counts and codes,
 *  never a value. */
class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)

public:
    enum class ValueKind
    {
        Name,
        Contact
    };

    PersonRepository(Database &db, CustodyLog &custody) : m_db(db), m_custody(custody) {}

    Result<qint64> create(const QString &code, const QStringList &names,
                          const QStringList &contacts);
    Result<QVector<ProtectedPerson>> all() const;
    Result<ProtectedPerson> get(qint64 personId) const;
    /** By id ("3") or by code, case-insensitive. */
    Result<ProtectedPerson> find(const QString &idOrCode) const;
    /** The witness of testimony @p itemId, if one is recorded. */
    Result<std::optional<ProtectedPerson>> forItem(qint64 itemId) const;

    /** Replaces (or, with @p append, adds to) one kind of values; empty values are dropped
     *  and duplicates ignored. */
    Status setValues(qint64 personId, ValueKind kind, const QStringList &values, bool append);
    Status removeValues(qint64 personId, ValueKind kind, const QStringList &values);
    Status setCode(qint64 personId, const QString &code);
    Status remove(qint64 personId);
    /** Records that the values of @p personId were shown to the person at the screen
     *  (`person_reveal`, with the id and code, never a value), as `amanat-cli person show`
     *  does. Call it before showing them. */
    Status logReveal(qint64 personId);

    /** Exempts @p personId from redaction in bundles of @p dossierId; logged with the
     *  reason, shown on the bundle's cover and exhibit sheets. */
    Status exempt(qint64 dossierId, qint64 personId, const QString &reason);
    Status unexempt(qint64 dossierId, qint64 personId);
    Result<QVector<Exemption>> exemptions(qint64 dossierId) const;

    /** The strings to remove for every person not exempted in @p dossierId (0 for none). */
    Result<QVector<RedactionTerm>> terms(qint64 dossierId) const;

    /** The kind of values a testimony field holds: witness_name → Name, witness_contact →
     *  Contact; nothing for any other field. */
    static std::optional<ValueKind> witnessValueKind(const QString &field);

    /** Splits a field value into values: "A; B" → {"A", "B"}; newlines also separate. */
    static QStringList splitValues(const QString &text);

    // For ItemRepository: the witness values of a testimony, in one transaction the caller
    // opened (the caller logs the edit).
    static Status replaceItemValues(Database &db, qint64 itemId, const QString &witnessCode,
                                    ValueKind kind, const QStringList &values, bool append);
    /** Moves witness_name/witness_contact of schema 4 into person_values (migration to 5). */
    static Status migrateTestimonyFields(Database &db);

private:
    Result<QVector<ProtectedPerson>> query(const char *where, const QVariantList &binds) const;

    Database &m_db;
    CustodyLog &m_custody;
};

} // namespace amanat
