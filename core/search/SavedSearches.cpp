#include "SavedSearches.h"

#include "common/Clock.h"
#include "SearchQuery.h"

#include <QDateTime>

namespace amanat {

Status SavedSearches::save(const QString &name, const QString &query, bool replace)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200 || trimmed.contains(QLatin1Char('\n')))
        return makeError(ErrorCode::InvalidInput,
                         tr("A saved search needs a name of one line (at most 200 characters)."));
    auto parsed = SearchQuery::parse(query);
    if (!parsed.ok())
        return parsed.error();
    auto existing = find(trimmed);
    if (existing.ok() && !replace)
        return makeError(ErrorCode::AlreadyExists,
                         tr("A saved search named \"%1\" already exists.").arg(trimmed));
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto stmt =
        m_db.prepare("INSERT OR REPLACE INTO saved_searches(id, name, query, created_at) "
                     "VALUES ((SELECT id FROM saved_searches WHERE name = ?1), ?1, ?2, ?3)");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, trimmed).bind(2, parsed->text()).bind(3, Clock::nowUtcText());
    AMANAT_TRY(stmt->run());
    AMANAT_TRY(m_custody.append(
        QStringLiteral("search_save"), 0,
        QJsonObject{{QStringLiteral("name"), trimmed}, {QStringLiteral("query"), parsed->text()}}));
    return transaction->commit();
}

Result<QVector<SavedSearch>> SavedSearches::all() const
{
    auto stmt =
        m_db.prepare("SELECT id, name, query, created_at FROM saved_searches ORDER BY name");
    if (!stmt.ok())
        return stmt.error();
    QVector<SavedSearch> out;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        out.append(SavedSearch{stmt->integer(0), stmt->text(1), stmt->text(2), stmt->text(3)});
    }
    return out;
}

Result<SavedSearch> SavedSearches::find(const QString &name) const
{
    auto stmt =
        m_db.prepare("SELECT id, name, query, created_at FROM saved_searches WHERE name = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, name.trimmed());
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound,
                         tr("There is no saved search named \"%1\".").arg(name));
    return SavedSearch{stmt->integer(0), stmt->text(1), stmt->text(2), stmt->text(3)};
}

Status SavedSearches::remove(const QString &name)
{
    auto existing = find(name);
    if (!existing.ok())
        return existing.error();
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto stmt = m_db.prepare("DELETE FROM saved_searches WHERE id = ?");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, existing->id);
    AMANAT_TRY(stmt->run());
    AMANAT_TRY(m_custody.append(QStringLiteral("search_delete"), 0,
                                QJsonObject{{QStringLiteral("name"), existing->name}}));
    return transaction->commit();
}

} // namespace amanat
