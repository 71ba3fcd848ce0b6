#pragma once

#include "common/Result.h"
#include "db/Database.h"
#include "custody/CustodyLog.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace amanat {

struct SavedSearch
{
    qint64 id = 0;
    QString name;
    QString query;
    QString createdAt;
};

/** Named queries stored in the library (never in settings files). */
class SavedSearches
{
    Q_DECLARE_TR_FUNCTIONS(SavedSearches)

public:
    SavedSearches(Database &db, CustodyLog &custody) : m_db(db), m_custody(custody) {}

    /** Saves @p query under @p name after checking that it parses; replaces a search of the
     *  same name only when @p replace is set. */
    Status save(const QString &name, const QString &query, bool replace);
    Result<QVector<SavedSearch>> all() const;
    Result<SavedSearch> find(const QString &name) const;
    Status remove(const QString &name);

private:
    Database &m_db;
    CustodyLog &m_custody;
};

} // namespace amanat
