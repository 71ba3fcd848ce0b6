#pragma once

#include "Database.h"
#include "common/Result.h"

#include <QCoreApplication>

#include <functional>

namespace amanat {

/** The library's schema and its migrations.
 *
 *  The version lives in `PRAGMA user_version`. migrate() brings a database from any
 *  older version to kCurrentVersion, each step in its own transaction, and refuses
 *  a database made by a newer Amanat. */
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)

public:
    static constexpr int kCurrentVersion = 8;

    static Result<int> version(Database &db);
    /** Called inside each step's transaction after its SQL, for work SQL cannot do
     *  (e.g. filling the search index with normalised text). */
    using StepHook = std::function<Status(Database &db, int newVersion)>;

    static Status migrate(Database &db, int targetVersion = kCurrentVersion,
                          const StepHook &afterStep = {});
};

} // namespace amanat
