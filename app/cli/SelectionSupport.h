#pragma once

#include "exchange/ItemSelection.h"
#include "library/Library.h"

#include <QCommandLineParser>
#include <QStringList>

#include <memory>
#include <optional>

namespace amanat::cli {

/** Extracts the text of the items just made, as `import` does, once they are committed;
 *  returns how many were incomplete (each is reported). */
int extractNewItems(Library &library, const QVector<qint64> &ids, const QString &languages,
                    int timeoutSeconds);

/** --query, --tag and --dossier. */
void addSelectionOptions(QCommandLineParser &parser);

/** The selection of --query, --tag, --dossier or item ids in @p positional (exactly one
 *  kind); nullopt after printing the usage error (with *exitCode set). */
std::optional<ItemSelection> parseSelection(const QCommandLineParser &parser,
                                            const QStringList &positional, const QString &synopsis,
                                            int *exitCode);

/** What an export command works on: the open library, the chosen items and where they go. */
struct ExportRun
{
    std::unique_ptr<Library> library;
    QVector<qint64> ids;
    QString destination;
    ItemSelection selection;
};

/** `COMMAND LIBRARY (--query | --tag | --dossier | ID...) DESTINATION`, parsed, opened and
 *  resolved; nullopt after printing why not (with *exitCode set). */
std::optional<ExportRun> startExport(QCommandLineParser &parser, const QStringList &args,
                                     const char *command, int *exitCode);

} // namespace amanat::cli
