#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace amanat::cli {

/** One amanat-cli command: its name, its synopsis for help, and its entry point
 *  (which receives the arguments after the command name and returns the exit code). */
struct Command
{
    const char *name;
    const char *synopsis;
    int (*run)(const QStringList &args);
};

// LibraryCommands.cpp: the library as a whole.
int runInit(const QStringList &args);
int runVerify(const QStringList &args);
int runLog(const QStringList &args);
int runPasswd(const QStringList &args);
int runRecover(const QStringList &args);
int runRawKey(const QStringList &args);
int runRecoveryKey(const QStringList &args);
int runBackup(const QStringList &args);

// ItemCommands.cpp: items and their originals.
int runImport(const QStringList &args);
int runList(const QStringList &args);
int runShow(const QStringList &args);
int runSet(const QStringList &args);
int runExport(const QStringList &args);
int runDelete(const QStringList &args);

// ExchangeCommands.cpp: open formats in and out.
int runImportCsv(const QStringList &args);
int runExportBag(const QStringList &args);
int runExportUwazi(const QStringList &args);
int runExchangeKey(const QStringList &args);
int runShare(const QStringList &args);
int runReceive(const QStringList &args);
int runContacts(const QStringList &args);

// TimeStampCommands.cpp: trusted time (RFC 3161).
int runTimestampRequest(const QStringList &args);
int runTimestampImport(const QStringList &args);
/** --tsa-ca CERT, shared with verify-bundle. */
QCommandLineOption timeStampAuthorityOption();
/** The certificates of --tsa-ca (empty when not given); nullopt after printing an error. */
std::optional<QByteArray> timeStampAuthority(const QCommandLineParser &parser, int *exitCode);

// TagCommands.cpp
int runTag(const QStringList &args);
int runTags(const QStringList &args);
int runTagRename(const QStringList &args);
int runTagMerge(const QStringList &args);
int runTagMove(const QStringList &args);
int runTagDelete(const QStringList &args);
int runTagColor(const QStringList &args);
int runTagsImport(const QStringList &args);
int runTagsExport(const QStringList &args);

// ExtractCommands.cpp
int runText(const QStringList &args);
int runReextract(const QStringList &args);
int runSettings(const QStringList &args);

// SearchCommands.cpp
int runSearch(const QStringList &args);
int runSearchSave(const QStringList &args);
int runSearches(const QStringList &args);
int runSearchDelete(const QStringList &args);

// DossierCommands.cpp: dossier create|add|list|show|remove|delete
int runDossier(const QStringList &args);

// BundleCommands.cpp
int runBundle(const QStringList &args);
int runRedact(const QStringList &args);

// RedactionCommands.cpp: protected people, redaction preview and review.
int runPerson(const QStringList &args);
int runRedactPreview(const QStringList &args);
int runRedactReview(const QStringList &args);

// BundleVerifyCommands.cpp: bundle integrity (works without the library) and the signing key.
int runVerifyBundle(const QStringList &args);
int runSigningKey(const QStringList &args);

const Command *findCommand(const QString &name);
/** The synopsis of @p name, as "amanat-cli NAME ARGS". */
QString synopsisOf(const char *name);
void printHelp();

} // namespace amanat::cli
