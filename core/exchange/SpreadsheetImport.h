#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace amanat {

class Library;

/** One row of a spreadsheet, checked: what it will become. */
struct SpreadsheetRow
{
    int line = 0;                  ///< line of the CSV file where the row starts
    QStringList files;             ///< absolute paths; each becomes an item with the row's values
    QStringList tags;              ///< tag paths, canonical
    QMap<QString, QString> fields; ///< item fields by name, as typed (checked, not yet stored)
};

/** A problem found while checking a spreadsheet: which line, and what is wrong. */
struct SpreadsheetProblem
{
    int line = 0;
    QString message;
};

/** Everything a spreadsheet asks for, checked before anything is written. */
struct SpreadsheetPlan
{
    QString csvPath;
    QString csvSha256;
    QVector<SpreadsheetRow> rows;
    QVector<SpreadsheetProblem> problems; ///< when not empty, nothing may be imported
    int fileCount() const;
    /** The items the plan makes: one per file, one per row without a file. */
    int itemCount() const;
};

/** What one file or row became. */
struct SpreadsheetOutcome
{
    int line = 0;
    qint64 itemId = 0;
    QString path;           ///< empty for a row without a file
    bool duplicate = false; ///< the file was already in the library; nothing changed
};

/** Imports the spreadsheets field offices keep: one row per item; the header names the
 *  columns, which are item field names (as `amanat-cli set` takes them) plus `file` (one or
 *  more paths separated by "|", relative to a base folder) and `tags` (separated by "|").
 *  A row with several files makes one item per file, each with the row's values; a row
 *  without a file makes an item without an original (a testimony taken on paper, say). */
class SpreadsheetImport
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetImport)

public:
    /** The columns a header may name. */
    static QStringList columns();

    /** Reads @p csvPath and checks every row: values, files (relative to @p baseDir, or to
     *  the CSV's folder when empty), tags, and which fields apply to which kind. An error
     *  means the file itself cannot be used (unreadable, bad header); problems with rows
     *  are listed in the plan, each with its line. Writes nothing. */
    static Result<SpreadsheetPlan> read(const QString &csvPath, const QString &baseDir = {});

    /** Imports a plan without problems in one transaction: every row or none. Files
     *  already in the library are left as they are (reported as duplicates). @p progress
     *  is called after each file or row; @p cancelled stops it with nothing written. */
    static Result<QVector<SpreadsheetOutcome>>
    apply(Library &library, const SpreadsheetPlan &plan,
          const std::atomic_bool *cancelled = nullptr,
          const std::function<void(int done, int total)> &progress = {});

    /** A plan's problems as one message for people, the first few lines by number. */
    static QString describeProblems(const SpreadsheetPlan &plan, int most = 20);
};

} // namespace amanat
