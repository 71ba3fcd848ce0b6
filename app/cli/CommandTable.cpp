#include "CliSupport.h"
#include "Commands.h"

#include <cstdio>

namespace amanat::cli {

namespace {

const Command kCommands[] = {
    {"init", "init LIBRARY [--no-default-tags] [--weak-passphrase]", runInit},
    {"import",
     "import LIBRARY PATH... [--kind KIND] [--title TITLE] [--tag TAG]... [--ocr-lang LANGS] "
     "[--no-extract] [--timeout SECONDS] [--progress-json] [--json]",
     runImport},
    {"import-csv",
     "import-csv LIBRARY FILE.csv [--base DIR] [--ocr-lang LANGS] [--no-extract] "
     "[--timeout SECONDS] [--json]",
     runImportCsv},
    {"text", "text LIBRARY ID [--page N]", runText},
    {"reextract",
     "reextract LIBRARY [ID...] [--all] [--ocr-lang LANGS] [--pdf-password-file FILE] "
     "[--timeout SECONDS]",
     runReextract},
    {"settings", "settings LIBRARY [ocr_languages=LANGS] [custodian=NAME]", runSettings},
    {"list", "list LIBRARY [--json]", runList},
    {"show", "show LIBRARY ID [--json]", runShow},
    {"set",
     "set LIBRARY ID FIELD=VALUE...   (witness_name and witness_contact take several values "
     "separated by ';'; witness_name_add= and witness_contact_add= add one)",
     runSet},
    {"tag", "tag LIBRARY ID... [--add TAG]... [--remove TAG]...", runTag},
    {"tags", "tags LIBRARY [--json]", runTags},
    {"tag-rename", "tag-rename LIBRARY TAG NEW-NAME", runTagRename},
    {"tag-move", "tag-move LIBRARY TAG NEW-PARENT   (\"/\" for the top level)", runTagMove},
    {"tag-merge", "tag-merge LIBRARY SOURCE-TAG TARGET-TAG", runTagMerge},
    {"tag-delete", "tag-delete LIBRARY TAG", runTagDelete},
    {"tag-color", "tag-color LIBRARY TAG #RRGGBB", runTagColor},
    {"tags-import", "tags-import LIBRARY CSV", runTagsImport},
    {"tags-export", "tags-export LIBRARY [CSV]", runTagsExport},
    {"search", "search LIBRARY (QUERY | --stdin | --saved NAME) [--limit N] [--json]", runSearch},
    {"search-save", "search-save LIBRARY NAME QUERY [--replace]", runSearchSave},
    {"searches", "searches LIBRARY [--json]", runSearches},
    {"search-delete", "search-delete LIBRARY NAME", runSearchDelete},
    {"dossier",
     "dossier (create LIBRARY NAME [--court TEXT] [--case-number TEXT] [--hearing-date DATE] "
     "[--parties TEXT] [--counsel TEXT] [--a-number NUMBER] | add LIBRARY DOSSIER ID... "
     "[--section TITLE] "
     "[--pages FIRST-LAST] [--time START-END] [--label LABEL] [--description TEXT] | "
     "list LIBRARY [--json] | show LIBRARY DOSSIER [--json] | remove LIBRARY DOSSIER LABEL | "
     "renumber LIBRARY DOSSIER | "
     "delete LIBRARY DOSSIER | exempt LIBRARY DOSSIER PERSON --reason TEXT | "
     "unexempt LIBRARY DOSSIER PERSON)",
     runDossier},
    {"bundle",
     "bundle LIBRARY DOSSIER OUTDIR [--profile uk|us] [--numbering continuous|section] "
     "[--prefix PFX] [--start N] "
     "[--max-size MB] [--transport-password-file F] [--override-consent] [--accept-unreviewed] "
     "[--timeout SECONDS] [--json]",
     runBundle},
    {"redact",
     "redact LIBRARY ID (--text STRING | --rect PAGE,X,Y,W,H | --keep PAGE,X,Y,W,H)... | "
     "redact LIBRARY ID --list [--json] | redact LIBRARY ID --remove RID",
     runRedact},
    {"redact-preview",
     "redact-preview LIBRARY ID [--page N] OUT.png [--dossier DOSSIER] [--proposed] [--json]",
     runRedactPreview},
    {"redact-review",
     "redact-review LIBRARY DOSSIER (--list [--all] [--json] | --approve ITEM:PAGE...)",
     runRedactReview},
    {"person",
     "person (add LIBRARY CODE [--name NAME]... [--contact CONTACT]... | list LIBRARY [--json] | "
     "show LIBRARY PERSON [--json] | edit LIBRARY PERSON [--add-name NAME]... "
     "[--add-contact CONTACT]... [--remove-name NAME]... [--remove-contact CONTACT]... "
     "[--code CODE] | delete LIBRARY PERSON)",
     runPerson},
    {"export", "export LIBRARY ID DEST [--force]", runExport},
    {"export-bag",
     "export-bag LIBRARY (--query QUERY | --tag TAG | --dossier DOSSIER | ID...) OUTDIR "
     "[--organization NAME] [--json]",
     runExportBag},
    {"export-uwazi",
     "export-uwazi LIBRARY (--query QUERY | --tag TAG | --dossier DOSSIER | ID...) OUT.zip "
     "[--json]",
     runExportUwazi},
    {"exchange-key", "exchange-key LIBRARY [--qr FILE] [--json]", runExchangeKey},
    {"share",
     "share LIBRARY --to PUBKEY|FILE [--to ...] (--query QUERY | --tag TAG | --dossier DOSSIER | "
     "ID...) [--include-protected] [--override-consent] OUTFILE [--json]",
     runShare},
    {"receive", "receive LIBRARY FILE [--expect-sender FINGERPRINT] [--no-extract] [--json]",
     runReceive},
    {"contacts", "contacts LIBRARY [--forget SENDER] [--json]", runContacts},
    {"timestamp-request", "timestamp-request (--bundle OUTDIR | LIBRARY ID... OUT.tsq) [--json]",
     runTimestampRequest},
    {"timestamp-import", "timestamp-import LIBRARY FILE.tsr [--tsa-ca CERT] [--json]",
     runTimestampImport},
    {"delete", "delete LIBRARY ID", runDelete},
    {"verify", "verify LIBRARY [--json]", runVerify},
    {"verify-bundle", "verify-bundle OUTDIR [--expect-key FINGERPRINT] [--tsa-ca CERT] [--json]",
     runVerifyBundle},
    {"signing-key", "signing-key LIBRARY [--json]", runSigningKey},
    {"log", "log LIBRARY [ID] [--json]", runLog},
    {"passwd", "passwd LIBRARY [--weak-passphrase]", runPasswd},
    {"recover", "recover LIBRARY [--weak-passphrase]", runRecover},
    {"recovery-key", "recovery-key LIBRARY", runRecoveryKey},
    {"raw-key", "raw-key LIBRARY", runRawKey},
    {"backup", "backup LIBRARY DEST", runBackup},
};

} // namespace

const Command *findCommand(const QString &name)
{
    for (const Command &command : kCommands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

QString synopsisOf(const char *name)
{
    const Command *command = findCommand(QString::fromLatin1(name));
    return QStringLiteral("amanat-cli ") + QString::fromLatin1(command ? command->synopsis : name);
}

void printHelp()
{
    QString text = QStringLiteral("usage: amanat-cli COMMAND ...\n\n");
    for (const Command &command : kCommands)
        text += QStringLiteral("  amanat-cli ") + QString::fromLatin1(command.synopsis) +
                QLatin1Char('\n');
    text += Cli::tr("\nThe passphrase is read from AMANAT_PASSPHRASE, else prompted on a terminal, "
                    "else taken from the first line of standard input.\n"
                    "Exit codes: 0 success, 1 failure, 2 usage, 3 wrong passphrase or recovery "
                    "key, 4 verify found a problem, 5 library in use.");
    Cli::print(text);
}

} // namespace amanat::cli
