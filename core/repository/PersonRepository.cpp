#include "PersonRepository.h"

#include "common/Clock.h"

#include <QDateTime>
#include <QRegularExpression>

namespace amanat {

namespace {

constexpr int kMaxCode = 64;
constexpr int kMaxValue = 2000;

const char *kindColumn(PersonRepository::ValueKind kind)
{
    return kind == PersonRepository::ValueKind::Name ? "name" : "contact";
}

/** Values as stored: trimmed, inner whitespace of names collapsed, no empties, no repeats. */
QStringList cleaned(const QStringList &values, PersonRepository::ValueKind kind)
{
    QStringList out;
    for (const QString &value : values) {
        const QString v =
            kind == PersonRepository::ValueKind::Name ? value.simplified() : value.trimmed();
        if (!v.isEmpty() && !out.contains(v, Qt::CaseInsensitive))
            out << v;
    }
    return out;
}

Status checkValues(const QStringList &values)
{
    for (const QString &value : values)
        if (value.size() > kMaxValue)
            return makeError(ErrorCode::InvalidInput,
                             PersonRepository::tr("A name or contact can have at most %n "
                                                  "character(s).",
                                                  nullptr, kMaxValue));
    return {};
}

Status checkCode(const QString &code)
{
    if (code.trimmed().isEmpty() || code.size() > kMaxCode)
        return makeError(ErrorCode::InvalidInput,
                         PersonRepository::tr("A protected person needs a code of 1 to %n "
                                              "character(s), such as W-014; it is what lists "
                                              "and bundles show instead of the name.",
                                              nullptr, kMaxCode));
    return {};
}

Status insertValues(Database &db, qint64 personId, PersonRepository::ValueKind kind,
                    const QStringList &values)
{
    auto insert =
        db.prepare("INSERT OR IGNORE INTO person_values(person_id, kind, value) VALUES (?, ?, ?)");
    if (!insert.ok())
        return insert.error();
    for (const QString &value : values) {
        insert->reset();
        insert->bind(1, personId).bind(2, kindColumn(kind)).bind(3, value);
        AMANAT_TRY(insert->run());
    }
    return {};
}

Status deleteValues(Database &db, qint64 personId, PersonRepository::ValueKind kind)
{
    auto remove = db.prepare("DELETE FROM person_values WHERE person_id = ? AND kind = ?");
    if (!remove.ok())
        return remove.error();
    remove->bind(1, personId).bind(2, kindColumn(kind));
    return remove->run();
}

} // namespace

std::optional<PersonRepository::ValueKind> PersonRepository::witnessValueKind(const QString &field)
{
    if (field == QLatin1String("witness_name"))
        return ValueKind::Name;
    if (field == QLatin1String("witness_contact"))
        return ValueKind::Contact;
    return std::nullopt;
}

QStringList PersonRepository::splitValues(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;\\n]"));
    QStringList out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

Result<QVector<ProtectedPerson>> PersonRepository::query(const char *where,
                                                         const QVariantList &binds) const
{
    const QByteArray sql =
        QByteArray("SELECT p.id, CASE WHEN ifnull(t.witness_code, '') <> '' THEN t.witness_code "
                   "WHEN p.code <> '' THEN p.code ELSE 'P-' || p.id END, p.item_id "
                   "FROM persons p LEFT JOIN testimonies t ON t.item_id = p.item_id ") +
        where + " ORDER BY p.id";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt.ok())
        return stmt.error();
    stmt->bindAll(binds);
    QVector<ProtectedPerson> people;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        ProtectedPerson person;
        person.id = stmt->integer(0);
        person.code = stmt->text(1);
        if (!stmt->isNull(2))
            person.itemId = stmt->integer(2);
        people.append(person);
    }
    auto values =
        m_db.prepare("SELECT kind, value FROM person_values WHERE person_id = ? ORDER BY id");
    if (!values.ok())
        return values.error();
    for (ProtectedPerson &person : people) {
        values->reset();
        values->bind(1, person.id);
        for (;;) {
            auto row = values->step();
            if (!row.ok())
                return row.error();
            if (!*row)
                break;
            (values->text(0) == QLatin1String("name") ? person.names : person.contacts)
                << values->text(1);
        }
    }
    return people;
}

Result<QVector<ProtectedPerson>> PersonRepository::all() const
{
    return query("", {});
}

Result<ProtectedPerson> PersonRepository::get(qint64 personId) const
{
    auto found = query("WHERE p.id = ?", {personId});
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, tr("There is no protected person %1.").arg(personId));
    return found->first();
}

Result<ProtectedPerson> PersonRepository::find(const QString &idOrCode) const
{
    auto people = all();
    if (!people.ok())
        return people.error();
    for (const ProtectedPerson &person : std::as_const(*people))
        if (person.code.compare(idOrCode.trimmed(), Qt::CaseInsensitive) == 0)
            return person;
    bool isNumber = false;
    const qint64 id = idOrCode.toLongLong(&isNumber);
    if (isNumber)
        for (const ProtectedPerson &person : std::as_const(*people))
            if (person.id == id)
                return person;
    return makeError(ErrorCode::NotFound,
                     tr("There is no protected person \"%1\" (give the number or the code "
                        "that amanat-cli person list shows).")
                         .arg(idOrCode));
}

Result<std::optional<ProtectedPerson>> PersonRepository::forItem(qint64 itemId) const
{
    auto found = query("WHERE p.item_id = ?", {itemId});
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return std::optional<ProtectedPerson>();
    return std::optional<ProtectedPerson>(found->first());
}

Result<qint64> PersonRepository::create(const QString &code, const QStringList &names,
                                        const QStringList &contacts)
{
    AMANAT_TRY(checkCode(code));
    const QStringList n = cleaned(names, ValueKind::Name);
    const QStringList c = cleaned(contacts, ValueKind::Contact);
    AMANAT_TRY(checkValues(n + c));
    if (n.isEmpty() && c.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("Give at least one name or contact for the protected person."));
    auto existing = all();
    if (!existing.ok())
        return existing.error();
    for (const ProtectedPerson &person : std::as_const(*existing))
        if (person.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return makeError(
                ErrorCode::AlreadyExists,
                tr("A protected person with the code %1 exists already.").arg(code.trimmed()));
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto insert = m_db.prepare("INSERT INTO persons(code, created_at) VALUES (?, ?)");
    if (!insert.ok())
        return insert.error();
    insert->bind(1, code.trimmed()).bind(2, Clock::nowUtcText());
    AMANAT_TRY(insert->run());
    const qint64 id = m_db.lastInsertRowId();
    AMANAT_TRY(insertValues(m_db, id, ValueKind::Name, n));
    AMANAT_TRY(insertValues(m_db, id, ValueKind::Contact, c));
    AMANAT_TRY(m_custody.append(QStringLiteral("person_create"), 0,
                                QJsonObject{{QStringLiteral("person"), double(id)},
                                            {QStringLiteral("code"), code.trimmed()},
                                            {QStringLiteral("names"), int(n.size())},
                                            {QStringLiteral("contacts"), int(c.size())}}));
    AMANAT_TRY(transaction->commit());
    return id;
}

Status PersonRepository::setValues(qint64 personId, ValueKind kind, const QStringList &values,
                                   bool append)
{
    auto person = get(personId);
    if (!person.ok())
        return person.error();
    const QStringList v = cleaned(values, kind);
    AMANAT_TRY(checkValues(v));
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    if (!append)
        AMANAT_TRY(deleteValues(m_db, personId, kind));
    AMANAT_TRY(insertValues(m_db, personId, kind, v));
    AMANAT_TRY(m_custody.append(
        QStringLiteral("person_edit"), person->itemId.value_or(0),
        QJsonObject{{QStringLiteral("person"), double(personId)},
                    {QStringLiteral("code"), person->code},
                    {kind == ValueKind::Name ? QStringLiteral("names") : QStringLiteral("contacts"),
                     append ? QStringLiteral("added %1").arg(v.size())
                            : QStringLiteral("replaced by %1").arg(v.size())}}));
    return transaction->commit();
}

Status PersonRepository::removeValues(qint64 personId, ValueKind kind, const QStringList &values)
{
    auto person = get(personId);
    if (!person.ok())
        return person.error();
    const QStringList &current = kind == ValueKind::Name ? person->names : person->contacts;
    QStringList kept;
    int removed = 0;
    for (const QString &value : current) {
        if (values.contains(value.trimmed(), Qt::CaseInsensitive))
            ++removed;
        else
            kept << value;
    }
    if (removed == 0)
        return makeError(ErrorCode::NotFound,
                         tr("Protected person %1 has no such value to remove.").arg(person->code));
    return setValues(personId, kind, kept, false);
}

Status PersonRepository::setCode(qint64 personId, const QString &code)
{
    AMANAT_TRY(checkCode(code));
    auto person = get(personId);
    if (!person.ok())
        return person.error();
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto update = m_db.prepare("UPDATE persons SET code = ? WHERE id = ?");
    if (!update.ok())
        return update.error();
    update->bind(1, code.trimmed()).bind(2, personId);
    AMANAT_TRY(update->run());
    AMANAT_TRY(m_custody.append(QStringLiteral("person_edit"), person->itemId.value_or(0),
                                QJsonObject{{QStringLiteral("person"), double(personId)},
                                            {QStringLiteral("code"), code.trimmed()},
                                            {QStringLiteral("previous_code"), person->code}}));
    return transaction->commit();
}

Status PersonRepository::remove(qint64 personId)
{
    auto person = get(personId);
    if (!person.ok())
        return person.error();
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto remove = m_db.prepare("DELETE FROM persons WHERE id = ?");
    if (!remove.ok())
        return remove.error();
    remove->bind(1, personId);
    AMANAT_TRY(remove->run());
    AMANAT_TRY(m_custody.append(QStringLiteral("person_delete"), person->itemId.value_or(0),
                                QJsonObject{{QStringLiteral("person"), double(personId)},
                                            {QStringLiteral("code"), person->code}}));
    return transaction->commit();
}

Status PersonRepository::logReveal(qint64 personId)
{
    auto person = get(personId);
    if (!person.ok())
        return person.error();
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    AMANAT_TRY(m_custody.append(QStringLiteral("person_reveal"), person->itemId.value_or(0),
                                QJsonObject{{QStringLiteral("person"), double(personId)},
                                            {QStringLiteral("code"), person->code}}));
    return transaction->commit();
}

Status PersonRepository::exempt(qint64 dossierId, qint64 personId, const QString &reason)
{
    auto person = get(personId);
    if (!person.ok())
        return person.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("Say why %1 is not redacted in this dossier (for example: the "
                            "appellant's own appeal); the reason is logged and printed on the "
                            "bundle.")
                             .arg(person->code));
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto insert = m_db.prepare("INSERT OR REPLACE INTO dossier_exemptions(dossier_id, person_id, "
                               "reason, created_at) VALUES (?, ?, ?, ?)");
    if (!insert.ok())
        return insert.error();
    insert->bind(1, dossierId)
        .bind(2, personId)
        .bind(3, reason.trimmed())
        .bind(4, Clock::nowUtcText());
    AMANAT_TRY(insert->run());
    AMANAT_TRY(m_custody.append(QStringLiteral("redaction_exempt"), person->itemId.value_or(0),
                                QJsonObject{{QStringLiteral("dossier"), double(dossierId)},
                                            {QStringLiteral("person"), double(personId)},
                                            {QStringLiteral("code"), person->code},
                                            {QStringLiteral("reason"), reason.trimmed()}}));
    return transaction->commit();
}

Status PersonRepository::unexempt(qint64 dossierId, qint64 personId)
{
    auto person = get(personId);
    if (!person.ok())
        return person.error();
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto remove =
        m_db.prepare("DELETE FROM dossier_exemptions WHERE dossier_id = ? AND person_id = ?");
    if (!remove.ok())
        return remove.error();
    remove->bind(1, dossierId).bind(2, personId);
    AMANAT_TRY(remove->run());
    AMANAT_TRY(m_custody.append(QStringLiteral("redaction_exempt_remove"),
                                person->itemId.value_or(0),
                                QJsonObject{{QStringLiteral("dossier"), double(dossierId)},
                                            {QStringLiteral("person"), double(personId)},
                                            {QStringLiteral("code"), person->code}}));
    return transaction->commit();
}

Result<QVector<Exemption>> PersonRepository::exemptions(qint64 dossierId) const
{
    auto stmt = m_db.prepare("SELECT person_id, reason, created_at FROM dossier_exemptions "
                             "WHERE dossier_id = ? ORDER BY created_at");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, dossierId);
    QVector<Exemption> out;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        out.append(Exemption{stmt->integer(0), QString(), stmt->text(1), stmt->text(2)});
    }
    for (Exemption &e : out) {
        auto person = get(e.personId);
        if (person.ok())
            e.code = person->code;
    }
    return out;
}

Result<QVector<RedactionTerm>> PersonRepository::terms(qint64 dossierId) const
{
    auto people = all();
    if (!people.ok())
        return people.error();
    QVector<qint64> exempted;
    if (dossierId > 0) {
        auto e = exemptions(dossierId);
        if (!e.ok())
            return e.error();
        for (const Exemption &exemption : std::as_const(*e))
            exempted << exemption.personId;
    }
    QVector<RedactionTerm> terms;
    for (const ProtectedPerson &person : std::as_const(*people)) {
        if (exempted.contains(person.id))
            continue;
        for (const QString &name : person.names)
            RedactionTerms::merge(terms, RedactionTerms::forName(name, person.code));
        for (const QString &contact : person.contacts)
            RedactionTerms::merge(terms, RedactionTerms::forContact(contact, person.code));
    }
    return terms;
}

Status PersonRepository::replaceItemValues(Database &db, qint64 itemId, const QString &witnessCode,
                                           ValueKind kind, const QStringList &values, bool append)
{
    const QStringList v = cleaned(values, kind);
    AMANAT_TRY(checkValues(v));
    auto find = db.prepare("SELECT id FROM persons WHERE item_id = ?");
    if (!find.ok())
        return find.error();
    find->bind(1, itemId);
    auto row = find->step();
    if (!row.ok())
        return row.error();
    qint64 personId = 0;
    if (*row) {
        personId = find->integer(0);
    } else {
        if (v.isEmpty())
            return {};
        auto insert = db.prepare("INSERT INTO persons(code, item_id, created_at) VALUES (?, ?, ?)");
        if (!insert.ok())
            return insert.error();
        insert->bind(1, witnessCode).bind(2, itemId).bind(3, Clock::nowUtcText());
        AMANAT_TRY(insert->run());
        personId = db.lastInsertRowId();
    }
    if (!append)
        AMANAT_TRY(deleteValues(db, personId, kind));
    return insertValues(db, personId, kind, v);
}

Status PersonRepository::migrateTestimonyFields(Database &db)
{
    auto read = db.prepare("SELECT item_id, witness_code, witness_name, witness_contact "
                           "FROM testimonies WHERE witness_name <> '' OR witness_contact <> ''");
    if (!read.ok())
        return read.error();
    struct Row
    {
        qint64 item;
        QString code, name, contact;
    };
    QVector<Row> rows;
    for (;;) {
        auto row = read->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        rows.append(Row{read->integer(0), read->text(1), read->text(2), read->text(3)});
    }
    for (const Row &row : std::as_const(rows)) {
        AMANAT_TRY(replaceItemValues(db, row.item, row.code, ValueKind::Name, splitValues(row.name),
                                     false));
        AMANAT_TRY(replaceItemValues(db, row.item, row.code, ValueKind::Contact,
                                     splitValues(row.contact), false));
    }
    // secure_delete overwrites the old values in place.
    return db.exec("UPDATE testimonies SET witness_name = '', witness_contact = '' "
                   "WHERE witness_name <> '' OR witness_contact <> ''");
}

} // namespace amanat
