#pragma once

#include "common/Result.h"
#include "library/Library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace amanat::cli {

/** amanat-cli's documented exit codes. */
enum ExitCode
{
    kExitOk = 0,
    kExitFailure = 1,
    kExitUsage = 2,
    kExitWrongSecret = 3,
    kExitVerifyFailed = 4,
    kExitInUse = 5,
};

/** Helpers every command shares: output, errors, argument parsing, opening a library. */
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static constexpr const char *kProgram = "amanat-cli";

    static void print(const QString &text); ///< a line on stdout, flushed, controls escaped
    /** @p text with control characters (terminal escapes) shown as \xHH. */
    static QString printable(const QString &text);
    static void printJson(const QJsonValue &value);
    static void warn(const QString &text); ///< a line on stderr
    /** Prints the error's sentence on stderr and returns its exit code. */
    static int fail(const Error &error);
    static int usage(const QString &problem, const QString &synopsis);
    static int exitCodeFor(const Error &error);

    /** Parses @p args (the command's own, without program and command name) and checks the
     *  number of positional arguments. On failure prints usage and sets @p exitCode. */
    static bool parse(QCommandLineParser &parser, const QStringList &args, int minPositional,
                      int maxPositional, const QString &synopsis, int *exitCode);

    /** Asks for the passphrase (see SecretInput) and opens the library. */
    /** Whether open() says on stderr that the library lost committed work; verify reports
     *  it as a finding of its own instead. */
    enum class LostWorkNotice
    {
        Warn,
        Silent
    };
    static Result<std::unique_ptr<Library>> open(const QString &path, Library::Access access,
                                                 LostWorkNotice notice = LostWorkNotice::Warn);
    /** Says once on stderr what the extraction helper's sandbox lacks on this system, if
     *  anything, before a command that runs the helper. */
    static void warnIfSandboxIncomplete();
    /** Parses a positive item id. */
    static Result<qint64> parseId(const QString &text);

    static QCommandLineOption jsonOption();
    /** Reads --timeout SECONDS (1–86400, default 120); prints usage and returns nothing on error.
     */
    static std::optional<int> parseTimeout(const QCommandLineParser &parser,
                                           const QString &synopsis, int *exitCode);
};

} // namespace amanat::cli
