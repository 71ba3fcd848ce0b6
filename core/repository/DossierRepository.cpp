#include "DossierRepository.h"

#include "common/Clock.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

namespace amanat {

namespace {

QJsonValue optionalJson(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue optionalJson(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue();
}

void bindOptional(Statement &stmt, int index, const std::optional<int> &value)
{
    if (value)
        stmt.bind(index, *value);
    else
        stmt.bindNull(index);
}

void bindOptional(Statement &stmt, int index, const std::optional<qint64> &value)
{
    if (value)
        stmt.bind(index, *value);
    else
        stmt.bindNull(index);
}

template <typename T> std::optional<T> optionalColumn(const Statement &stmt, int column)
{
    if (stmt.isNull(column))
        return std::nullopt;
    return T(stmt.integer(column));
}

Dossier dossierFrom(const Statement &stmt)
{
    Dossier d;
    d.id = stmt.integer(0);
    d.name = stmt.text(1);
    d.court = stmt.text(2);
    d.caseNumber = stmt.text(3);
    d.parties = stmt.text(4);
    d.counsel = stmt.text(5);
    d.hearingDate = stmt.text(6);
    d.createdAt = stmt.text(7);
    d.modifiedAt = stmt.text(8);
    d.aNumber = stmt.text(9);
    return d;
}

constexpr const char *kDossierColumns =
    "id, name, court, case_number, parties, counsel, hearing_date, created_at, modified_at, "
    "a_number";
constexpr const char *kExhibitColumns = "id, section_id, item_id, position, label, description, "
                                        "first_page, last_page, start_ms, end_ms, "
                                        "consent_override";

Exhibit exhibitFrom(const Statement &stmt)
{
    Exhibit e;
    e.id = stmt.integer(0);
    e.sectionId = stmt.integer(1);
    e.itemId = stmt.integer(2);
    e.position = int(stmt.integer(3));
    e.label = stmt.text(4);
    e.description = stmt.text(5);
    e.firstPage = optionalColumn<int>(stmt, 6);
    e.lastPage = optionalColumn<int>(stmt, 7);
    e.startMs = optionalColumn<qint64>(stmt, 8);
    e.endMs = optionalColumn<qint64>(stmt, 9);
    e.consentOverride = stmt.integer(10) != 0;
    return e;
}

QJsonObject exhibitDetails(const Exhibit &e, qint64 dossierId)
{
    return QJsonObject{{QStringLiteral("dossier"), double(dossierId)},
                       {QStringLiteral("exhibit"), double(e.id)},
                       {QStringLiteral("label"), e.label},
                       {QStringLiteral("first_page"), optionalJson(e.firstPage)},
                       {QStringLiteral("last_page"), optionalJson(e.lastPage)},
                       {QStringLiteral("start_ms"), optionalJson(e.startMs)},
                       {QStringLiteral("end_ms"), optionalJson(e.endMs)},
                       {QStringLiteral("consent_override"), e.consentOverride}};
}

bool isOneLine(const QString &text, int maxLength)
{
    return !text.contains(QLatin1Char('\n')) && text.size() <= maxLength;
}

} // namespace

QString DossierRepository::normalisedANumber(const QString &text)
{
    QString digits = text.trimmed();
    if (digits.startsWith(QLatin1Char('A'), Qt::CaseInsensitive))
        digits.remove(0, 1);
    digits.remove(QLatin1Char('-')).remove(QLatin1Char(' '));
    static const QRegularExpression eightOrNine(QStringLiteral("^[0-9]{8,9}$"));
    if (!eightOrNine.match(digits).hasMatch())
        return QString();
    digits = digits.rightJustified(9, QLatin1Char('0'));
    return QStringLiteral("A%1-%2-%3").arg(digits.left(3), digits.mid(3, 3), digits.right(3));
}

Status DossierRepository::validate(const Dossier &d)
{
    if (d.name.trimmed().isEmpty() || !isOneLine(d.name, 200))
        return makeError(ErrorCode::InvalidInput,
                         tr("A dossier needs a name of one line (at most 200 characters)."));
    if (!d.aNumber.isEmpty() && normalisedANumber(d.aNumber) != d.aNumber)
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not an A-number: it has 8 or 9 digits, as in "
                            "A123-456-789.")
                             .arg(d.aNumber));
    if (!d.hearingDate.isEmpty() && !QDate::fromString(d.hearingDate, Qt::ISODate).isValid())
        return makeError(
            ErrorCode::InvalidInput,
            tr("The hearing date \"%1\" is not a date like 2026-03-31.").arg(d.hearingDate));
    return {};
}

namespace {

/** @p dossier with its A-number in the one form it is stored in (when it is one). */
Dossier withNormalisedANumber(Dossier dossier)
{
    const QString normalised = DossierRepository::normalisedANumber(dossier.aNumber);
    dossier.aNumber = normalised.isEmpty() ? dossier.aNumber.trimmed() : normalised;
    return dossier;
}

} // namespace

Result<qint64> DossierRepository::create(const Dossier &input)
{
    const Dossier dossier = withNormalisedANumber(input);
    AMANAT_TRY(validate(dossier));
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto clash = find(dossier.name.trimmed());
    if (clash.ok() && clash->name.compare(dossier.name.trimmed(), Qt::CaseInsensitive) == 0)
        return makeError(ErrorCode::AlreadyExists,
                         tr("A dossier named \"%1\" already exists.").arg(dossier.name.trimmed()));
    auto stmt = m_db.prepare("INSERT INTO dossiers(name, court, case_number, parties, counsel, "
                             "hearing_date, created_at, modified_at, a_number) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?7, ?8)");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, dossier.name.trimmed())
        .bind(2, dossier.court)
        .bind(3, dossier.caseNumber)
        .bind(4, dossier.parties)
        .bind(5, dossier.counsel)
        .bind(6, dossier.hearingDate)
        .bind(7, Clock::nowUtcText())
        .bind(8, dossier.aNumber);
    AMANAT_TRY(stmt->run());
    const qint64 id = m_db.lastInsertRowId();
    AMANAT_TRY(m_custody.append(QStringLiteral("dossier_create"), 0,
                                QJsonObject{{QStringLiteral("dossier"), double(id)},
                                            {QStringLiteral("name"), dossier.name.trimmed()}}));
    AMANAT_TRY(transaction->commit());
    return id;
}

Status DossierRepository::update(const Dossier &input)
{
    const Dossier dossier = withNormalisedANumber(input);
    AMANAT_TRY(validate(dossier));
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto before = get(dossier.id);
    if (!before.ok())
        return before.error();
    auto stmt = m_db.prepare("UPDATE dossiers SET name = ?, court = ?, case_number = ?, "
                             "parties = ?, counsel = ?, hearing_date = ?, modified_at = ?, "
                             "a_number = ? WHERE id = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, dossier.name.trimmed())
        .bind(2, dossier.court)
        .bind(3, dossier.caseNumber)
        .bind(4, dossier.parties)
        .bind(5, dossier.counsel)
        .bind(6, dossier.hearingDate)
        .bind(7, Clock::nowUtcText())
        .bind(8, dossier.aNumber)
        .bind(9, dossier.id);
    Status status = stmt->run();
    if (!status.ok()) {
        if (find(dossier.name.trimmed()).ok())
            return makeError(
                ErrorCode::AlreadyExists,
                tr("A dossier named \"%1\" already exists.").arg(dossier.name.trimmed()));
        return status;
    }
    AMANAT_TRY(m_custody.append(QStringLiteral("dossier_update"), 0,
                                QJsonObject{{QStringLiteral("dossier"), double(dossier.id)},
                                            {QStringLiteral("name"), dossier.name.trimmed()}}));
    return transaction->commit();
}

Status DossierRepository::remove(qint64 dossierId)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto before = get(dossierId);
    if (!before.ok())
        return before.error();
    auto stmt = m_db.prepare("DELETE FROM dossiers WHERE id = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, dossierId);
    AMANAT_TRY(stmt->run());
    AMANAT_TRY(m_custody.append(QStringLiteral("dossier_delete"), 0,
                                QJsonObject{{QStringLiteral("dossier"), double(dossierId)},
                                            {QStringLiteral("name"), before->name}}));
    return transaction->commit();
}

Result<QVector<Dossier>> DossierRepository::all() const
{
    auto stmt = m_db.prepare(QByteArray("SELECT ") + kDossierColumns +
                             " FROM dossiers ORDER BY name COLLATE NOCASE");
    if (!stmt.ok())
        return stmt.error();
    QVector<Dossier> out;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return out;
        out.append(dossierFrom(*stmt));
    }
}

Result<Dossier> DossierRepository::get(qint64 dossierId) const
{
    auto stmt =
        m_db.prepare(QByteArray("SELECT ") + kDossierColumns + " FROM dossiers WHERE id = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, dossierId);
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, tr("There is no dossier %1.").arg(dossierId));
    return dossierFrom(*stmt);
}

Result<Dossier> DossierRepository::find(const QString &idOrName) const
{
    auto stmt =
        m_db.prepare(QByteArray("SELECT ") + kDossierColumns + " FROM dossiers WHERE name = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, idOrName.trimmed());
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    if (*row)
        return dossierFrom(*stmt);
    bool isNumber = false;
    const qint64 id = idOrName.trimmed().toLongLong(&isNumber);
    if (isNumber && id > 0) {
        auto byId = get(id);
        if (byId.ok() || byId.error().code != ErrorCode::NotFound)
            return byId;
    }
    return makeError(ErrorCode::NotFound,
                     tr("There is no dossier named or numbered \"%1\".").arg(idOrName));
}

Result<QVector<DossierSection>> DossierRepository::sections(qint64 dossierId) const
{
    auto sectionStmt = m_db.prepare("SELECT id, position, title FROM dossier_sections "
                                    "WHERE dossier_id = ? ORDER BY position, id");
    if (!sectionStmt.ok())
        return sectionStmt.error();
    sectionStmt->bind(1, dossierId);
    QVector<DossierSection> out;
    for (;;) {
        auto row = sectionStmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        out.append(DossierSection{
            sectionStmt->integer(0), int(sectionStmt->integer(1)), sectionStmt->text(2), {}});
    }
    auto exhibitStmt = m_db.prepare(QByteArray("SELECT ") + kExhibitColumns +
                                    " FROM exhibits WHERE section_id = ? AND item_id NOT IN "
                                    "(SELECT id FROM items WHERE deleted_at IS NOT NULL) "
                                    "ORDER BY position, id");
    if (!exhibitStmt.ok())
        return exhibitStmt.error();
    for (DossierSection &section : out) {
        exhibitStmt->reset();
        exhibitStmt->bind(1, section.id);
        for (;;) {
            auto row = exhibitStmt->step();
            if (!row.ok())
                return row.error();
            if (!*row)
                break;
            section.exhibits.append(exhibitFrom(*exhibitStmt));
        }
    }
    return out;
}

Result<qint64> DossierRepository::addSection(qint64 dossierId, const QString &title)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty() || !isOneLine(trimmed, 200))
        return makeError(ErrorCode::InvalidInput,
                         tr("A section needs a title of one line (at most 200 characters)."));
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto dossier = get(dossierId);
    if (!dossier.ok())
        return dossier.error();
    auto stmt = m_db.prepare(
        "INSERT INTO dossier_sections(dossier_id, position, title) VALUES (?1, "
        "(SELECT COALESCE(MAX(position) + 1, 0) FROM dossier_sections WHERE dossier_id = ?1), ?2)");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, dossierId).bind(2, trimmed);
    if (Status status = stmt->run(); !status.ok())
        return makeError(ErrorCode::AlreadyExists,
                         tr("This dossier already has a section \"%1\".").arg(trimmed));
    const qint64 id = m_db.lastInsertRowId();
    AMANAT_TRY(m_custody.append(QStringLiteral("section_add"), 0,
                                QJsonObject{{QStringLiteral("dossier"), double(dossierId)},
                                            {QStringLiteral("section"), double(id)},
                                            {QStringLiteral("title"), trimmed}}));
    AMANAT_TRY(touch(dossierId));
    AMANAT_TRY(transaction->commit());
    return id;
}

Result<qint64> DossierRepository::dossierOfSection(qint64 sectionId) const
{
    auto stmt = m_db.prepare("SELECT dossier_id FROM dossier_sections WHERE id = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, sectionId);
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, tr("There is no section %1.").arg(sectionId));
    return stmt->integer(0);
}

Status DossierRepository::renameSection(qint64 sectionId, const QString &title)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty() || !isOneLine(trimmed, 200))
        return makeError(ErrorCode::InvalidInput,
                         tr("A section needs a title of one line (at most 200 characters)."));
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto dossierId = dossierOfSection(sectionId);
    if (!dossierId.ok())
        return dossierId.error();
    auto stmt = m_db.prepare("UPDATE dossier_sections SET title = ? WHERE id = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, trimmed).bind(2, sectionId);
    if (Status status = stmt->run(); !status.ok())
        return makeError(ErrorCode::AlreadyExists,
                         tr("This dossier already has a section \"%1\".").arg(trimmed));
    AMANAT_TRY(m_custody.append(QStringLiteral("section_rename"), 0,
                                QJsonObject{{QStringLiteral("dossier"), double(*dossierId)},
                                            {QStringLiteral("section"), double(sectionId)},
                                            {QStringLiteral("title"), trimmed}}));
    AMANAT_TRY(touch(*dossierId));
    return transaction->commit();
}

Status DossierRepository::removeSection(qint64 sectionId)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto dossierId = dossierOfSection(sectionId);
    if (!dossierId.ok())
        return dossierId.error();
    auto stmt = m_db.prepare("DELETE FROM dossier_sections WHERE id = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, sectionId);
    AMANAT_TRY(stmt->run());
    AMANAT_TRY(m_custody.append(QStringLiteral("section_remove"), 0,
                                QJsonObject{{QStringLiteral("dossier"), double(*dossierId)},
                                            {QStringLiteral("section"), double(sectionId)}}));
    AMANAT_TRY(touch(*dossierId));
    return transaction->commit();
}

Status DossierRepository::renumber(const char *table, const char *parentColumn, qint64 parentId,
                                   qint64 movingId, int newPosition)
{
    // Read the siblings in order, put the moving row at its new place, write positions 0..n-1.
    auto select = m_db.prepare(QByteArray("SELECT id FROM ") + table + " WHERE " + parentColumn +
                               " = ? ORDER BY position, id");
    if (!select.ok())
        return select.error();
    select->bind(1, parentId);
    QVector<qint64> ids;
    for (;;) {
        auto row = select->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        if (select->integer(0) != movingId)
            ids.append(select->integer(0));
    }
    if (movingId != 0)
        ids.insert(qBound(0, newPosition, int(ids.size())), movingId);
    auto update = m_db.prepare(QByteArray("UPDATE ") + table + " SET position = ? WHERE id = ?");
    if (!update.ok())
        return update.error();
    for (int i = 0; i < ids.size(); ++i) {
        update->reset();
        update->bind(1, i).bind(2, ids.at(i));
        AMANAT_TRY(update->run());
    }
    return {};
}

Status DossierRepository::moveSection(qint64 sectionId, int newPosition)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto dossierId = dossierOfSection(sectionId);
    if (!dossierId.ok())
        return dossierId.error();
    AMANAT_TRY(renumber("dossier_sections", "dossier_id", *dossierId, sectionId, newPosition));
    AMANAT_TRY(m_custody.append(QStringLiteral("section_move"), 0,
                                QJsonObject{{QStringLiteral("dossier"), double(*dossierId)},
                                            {QStringLiteral("section"), double(sectionId)},
                                            {QStringLiteral("position"), newPosition}}));
    AMANAT_TRY(touch(*dossierId));
    return transaction->commit();
}

Result<qint64> DossierRepository::sectionFor(qint64 dossierId, const QString &title)
{
    if (title.trimmed().isEmpty()) {
        auto last = m_db.prepare("SELECT id FROM dossier_sections WHERE dossier_id = ? "
                                 "ORDER BY position DESC, id DESC LIMIT 1");
        if (!last.ok())
            return last.error();
        last->bind(1, dossierId);
        auto row = last->step();
        if (!row.ok())
            return row.error();
        if (*row)
            return last->integer(0);
        return addSection(dossierId, tr("Exhibits"));
    }
    auto stmt = m_db.prepare("SELECT id FROM dossier_sections WHERE dossier_id = ? AND title = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, dossierId).bind(2, title.trimmed());
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    if (*row)
        return stmt->integer(0);
    return addSection(dossierId, title);
}

QString DossierRepository::labelPrefix(const DossierSection &section, int index)
{
    static const QRegularExpression lettered(QStringLiteral("^([A-Za-z]{1,3})[.):]\\s"));
    const auto match = lettered.match(section.title);
    if (match.hasMatch())
        return match.captured(1).toUpper();
    return index < 26 ? QString(QChar(u'A' + index)) : QStringLiteral("S%1").arg(index + 1);
}

Result<QString> DossierRepository::nextLabel(qint64 dossierId, qint64 sectionId)
{
    // "A. Applicant's statements" labels its exhibits A1, A2…; other titles use the
    // section's letter by position.
    auto all = sections(dossierId);
    if (!all.ok())
        return all.error();
    for (int i = 0; i < all->size(); ++i) {
        const DossierSection &section = all->at(i);
        if (section.id != sectionId)
            continue;
        const QString prefix = labelPrefix(section, i);
        QSet<QString> used;
        for (const DossierSection &s : *all)
            for (const Exhibit &e : s.exhibits)
                used.insert(e.label);
        for (int n = int(section.exhibits.size()) + 1;; ++n) {
            const QString label = prefix + QString::number(n);
            if (!used.contains(label))
                return label;
        }
    }
    return makeError(ErrorCode::NotFound, tr("There is no section %1.").arg(sectionId));
}

Result<QVector<qint64>> DossierRepository::addExhibitsAt(qint64 dossierId,
                                                         const ExhibitRequest &request,
                                                         qint64 sectionId, int row)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto ids = addExhibits(dossierId, request);
    if (!ids.ok())
        return ids.error();
    for (int i = 0; i < ids->size(); ++i)
        AMANAT_TRY(moveExhibit(ids->at(i), sectionId, row + i));
    AMANAT_TRY(transaction->commit());
    return ids;
}

Result<QVector<qint64>> DossierRepository::addExhibits(qint64 dossierId,
                                                       const ExhibitRequest &request)
{
    if (request.itemIds.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Name at least one item to add."));
    if (request.firstPage.has_value() != request.lastPage.has_value() ||
        (request.firstPage && (*request.firstPage < 1 || *request.lastPage < *request.firstPage)))
        return makeError(ErrorCode::InvalidInput,
                         tr("A page range must be FIRST-LAST with 1 <= FIRST <= LAST."));
    if (request.startMs.has_value() != request.endMs.has_value() ||
        (request.startMs && (*request.startMs < 0 || *request.endMs < *request.startMs)))
        return makeError(ErrorCode::InvalidInput,
                         tr("A time segment needs a start and an end after it."));
    if (!isOneLine(request.label, 40))
        return makeError(ErrorCode::InvalidInput,
                         tr("An exhibit label is one line of at most 40 characters."));
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto dossier = get(dossierId);
    if (!dossier.ok())
        return dossier.error();
    auto itemExists = m_db.prepare("SELECT 1 FROM items WHERE id = ?");
    if (!itemExists.ok())
        return itemExists.error();
    for (qint64 itemId : request.itemIds) {
        itemExists->reset();
        itemExists->bind(1, itemId);
        auto row = itemExists->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return makeError(ErrorCode::NotFound, tr("There is no item %1.").arg(itemId));
    }
    auto sectionId = sectionFor(dossierId, request.section);
    if (!sectionId.ok())
        return sectionId.error();
    auto insert = m_db.prepare(
        "INSERT INTO exhibits(section_id, position, item_id, label, description, first_page, "
        "last_page, start_ms, end_ms) VALUES (?1, (SELECT COALESCE(MAX(position) + 1, 0) "
        "FROM exhibits WHERE section_id = ?1), ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!insert.ok())
        return insert.error();
    QVector<qint64> ids;
    for (int i = 0; i < request.itemIds.size(); ++i) {
        QString label = request.label.trimmed();
        if (!label.isEmpty() && request.itemIds.size() > 1)
            label += QStringLiteral("-%1").arg(i + 1);
        if (label.isEmpty()) {
            auto next = nextLabel(dossierId, *sectionId);
            if (!next.ok())
                return next.error();
            label = *next;
        }
        Exhibit exhibit;
        exhibit.sectionId = *sectionId;
        exhibit.itemId = request.itemIds.at(i);
        exhibit.label = label;
        exhibit.description = request.description;
        exhibit.firstPage = request.firstPage;
        exhibit.lastPage = request.lastPage;
        exhibit.startMs = request.startMs;
        exhibit.endMs = request.endMs;
        insert->reset();
        insert->bind(1, exhibit.sectionId)
            .bind(2, exhibit.itemId)
            .bind(3, exhibit.label)
            .bind(4, exhibit.description);
        bindOptional(*insert, 5, exhibit.firstPage);
        bindOptional(*insert, 6, exhibit.lastPage);
        bindOptional(*insert, 7, exhibit.startMs);
        bindOptional(*insert, 8, exhibit.endMs);
        AMANAT_TRY(insert->run());
        exhibit.id = m_db.lastInsertRowId();
        ids.append(exhibit.id);
        AMANAT_TRY(m_custody.append(QStringLiteral("exhibit_add"), exhibit.itemId,
                                    exhibitDetails(exhibit, dossierId)));
    }
    AMANAT_TRY(touch(dossierId));
    AMANAT_TRY(transaction->commit());
    return ids;
}

Result<Exhibit> DossierRepository::exhibit(qint64 exhibitId) const
{
    auto stmt =
        m_db.prepare(QByteArray("SELECT ") + kExhibitColumns + " FROM exhibits WHERE id = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, exhibitId);
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, tr("There is no exhibit %1.").arg(exhibitId));
    return exhibitFrom(*stmt);
}

Result<int> DossierRepository::exhibitCount(qint64 dossierId) const
{
    auto stmt =
        m_db.prepare("SELECT COUNT(*) FROM exhibits JOIN dossier_sections s "
                     "ON s.id = exhibits.section_id WHERE s.dossier_id = ? AND exhibits.item_id "
                     "NOT IN (SELECT id FROM items WHERE deleted_at IS NOT NULL)");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, dossierId);
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    return int(stmt->integer(0));
}

Status DossierRepository::updateExhibit(const Exhibit &e)
{
    if (!isOneLine(e.label, 40) || e.label.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("An exhibit label is one line of at most 40 characters."));
    if (e.firstPage.has_value() != e.lastPage.has_value() ||
        (e.firstPage && (*e.firstPage < 1 || *e.lastPage < *e.firstPage)))
        return makeError(ErrorCode::InvalidInput,
                         tr("A page range must be FIRST-LAST with 1 <= FIRST <= LAST."));
    if (e.startMs.has_value() != e.endMs.has_value() ||
        (e.startMs && (*e.startMs < 0 || *e.endMs < *e.startMs)))
        return makeError(ErrorCode::InvalidInput,
                         tr("A time segment needs a start and an end after it."));
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto before = exhibit(e.id);
    if (!before.ok())
        return before.error();
    auto dossierId = dossierOfSection(before->sectionId);
    if (!dossierId.ok())
        return dossierId.error();
    auto stmt = m_db.prepare("UPDATE exhibits SET label = ?, description = ?, first_page = ?, "
                             "last_page = ?, start_ms = ?, end_ms = ?, consent_override = ? "
                             "WHERE id = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, e.label.trimmed()).bind(2, e.description);
    bindOptional(*stmt, 3, e.firstPage);
    bindOptional(*stmt, 4, e.lastPage);
    bindOptional(*stmt, 5, e.startMs);
    bindOptional(*stmt, 6, e.endMs);
    stmt->bind(7, e.consentOverride ? 1 : 0).bind(8, e.id);
    AMANAT_TRY(stmt->run());
    Exhibit after = e;
    after.itemId = before->itemId;
    AMANAT_TRY(m_custody.append(e.consentOverride && !before->consentOverride
                                    ? QStringLiteral("exhibit_consent_override")
                                    : QStringLiteral("exhibit_update"),
                                before->itemId, exhibitDetails(after, *dossierId)));
    AMANAT_TRY(touch(*dossierId));
    return transaction->commit();
}

Status DossierRepository::removeExhibit(qint64 exhibitId)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto before = exhibit(exhibitId);
    if (!before.ok())
        return before.error();
    auto dossierId = dossierOfSection(before->sectionId);
    if (!dossierId.ok())
        return dossierId.error();
    auto stmt = m_db.prepare("DELETE FROM exhibits WHERE id = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, exhibitId);
    AMANAT_TRY(stmt->run());
    AMANAT_TRY(renumber("exhibits", "section_id", before->sectionId, 0, 0));
    AMANAT_TRY(m_custody.append(QStringLiteral("exhibit_remove"), before->itemId,
                                exhibitDetails(*before, *dossierId)));
    AMANAT_TRY(touch(*dossierId));
    return transaction->commit();
}

Result<QVector<QPair<QString, QString>>> DossierRepository::relabelExhibits(qint64 dossierId)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto all = sections(dossierId);
    if (!all.ok())
        return all.error();
    QVector<QPair<QString, QString>> changes;
    for (int i = 0; i < all->size(); ++i) {
        const DossierSection &section = all->at(i);
        const QString prefix = labelPrefix(section, i);
        for (int n = 0; n < section.exhibits.size(); ++n) {
            Exhibit exhibit = section.exhibits.at(n);
            const QString label = prefix + QString::number(n + 1);
            if (exhibit.label == label)
                continue;
            auto stmt = m_db.prepare("UPDATE exhibits SET label = ? WHERE id = ?");
            if (!stmt.ok())
                return stmt.error();
            stmt->bind(1, label).bind(2, exhibit.id);
            AMANAT_TRY(stmt->run());
            QJsonObject details = exhibitDetails(exhibit, dossierId);
            details.insert(QStringLiteral("previous_label"), exhibit.label);
            details.insert(QStringLiteral("label"), label);
            AMANAT_TRY(
                m_custody.append(QStringLiteral("exhibit_relabel"), exhibit.itemId, details));
            changes.append({exhibit.label, label});
        }
    }
    if (!changes.isEmpty())
        AMANAT_TRY(touch(dossierId));
    AMANAT_TRY(transaction->commit());
    return changes;
}

Status DossierRepository::moveExhibit(qint64 exhibitId, qint64 sectionId, int newPosition)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto before = exhibit(exhibitId);
    if (!before.ok())
        return before.error();
    auto fromDossier = dossierOfSection(before->sectionId);
    auto toDossier = dossierOfSection(sectionId);
    if (!fromDossier.ok())
        return fromDossier.error();
    if (!toDossier.ok())
        return toDossier.error();
    if (*fromDossier != *toDossier)
        return makeError(ErrorCode::InvalidInput,
                         tr("An exhibit can only move within its dossier."));
    auto stmt = m_db.prepare("UPDATE exhibits SET section_id = ? WHERE id = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, sectionId).bind(2, exhibitId);
    AMANAT_TRY(stmt->run());
    AMANAT_TRY(renumber("exhibits", "section_id", before->sectionId, 0, 0));
    AMANAT_TRY(renumber("exhibits", "section_id", sectionId, exhibitId, newPosition));
    QJsonObject details = exhibitDetails(*before, *fromDossier);
    details.insert(QStringLiteral("section"), double(sectionId));
    details.insert(QStringLiteral("position"), newPosition);
    AMANAT_TRY(m_custody.append(QStringLiteral("exhibit_move"), before->itemId, details));
    AMANAT_TRY(touch(*fromDossier));
    return transaction->commit();
}

Status DossierRepository::touch(qint64 dossierId)
{
    auto stmt = m_db.prepare("UPDATE dossiers SET modified_at = ? WHERE id = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, Clock::nowUtcText()).bind(2, dossierId);
    return stmt->run();
}

} // namespace amanat
