#pragma once

// Shared helpers for the end-to-end tests of amanat-cli: run the real binary through
// QProcess with a chosen environment and standard input, and inspect library folders.
// Header-only because amanat_add_test builds one source per test executable.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QTest>

#include <cstring>
#include <functional>

namespace amanat::test {

/** Generous: one Argon2id derivation takes about half a second, big imports a few. */
constexpr int kDefaultTimeoutMs = 180000;

/** The passphrase every test library is created with unless a test says otherwise. */
inline QString defaultPassphrase()
{
    return QStringLiteral("quiet orchard lantern beside the river 42");
}

/** What one run of a program gave back. */
struct CliResult
{
    QString program;
    QStringList args;
    bool started = false;
    bool finished = false; ///< false when it timed out (and was killed)
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1; ///< the exit code, or the signal number after a crash
    QByteArray out;
    QByteArray err;

    bool exitedNormally() const
    {
        return started && finished && exitStatus == QProcess::NormalExit;
    }
    bool exitedWith(int code) const { return exitedNormally() && exitCode == code; }

    /** A description for failure messages: command, outcome, the start of both outputs. */
    QByteArray describe() const
    {
        QByteArray text = QFileInfo(program).fileName().toUtf8();
        for (const QString &arg : args)
            text += ' ' + arg.toUtf8();
        if (!started)
            text += " -> did not start";
        else if (!finished)
            text += " -> timed out";
        else if (exitStatus != QProcess::NormalExit)
            text += " -> killed by signal " + QByteArray::number(exitCode);
        else
            text += " -> exit " + QByteArray::number(exitCode);
        text += "\n  stderr: " + err.left(1500);
        text += "\n  stdout: " + out.left(1500);
        return text;
    }
};

/** Fails the current test function unless @p result exited normally with @p code. */
#define AMANAT_EXPECT_EXIT(result, code)                                                           \
    do {                                                                                           \
        const amanat::test::CliResult &amanatResult_ = (result);                                   \
        const QByteArray amanatMessage_ =                                                          \
            "expected exit " + QByteArray::number(code) + ": " + amanatResult_.describe();         \
        QVERIFY2(amanatResult_.exitedWith(code), amanatMessage_.constData());                      \
    } while (false)

/** The environment a test run starts from: the test's own, minus every AMANAT_ secret,
 *  with a UTF-8 locale so file names in any script pass through unchanged. */
inline QProcessEnvironment baseEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("AMANAT_")))
            env.remove(key);
    }
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

/** Runs @p program to completion. Standard input gets @p input and is then closed, so a
 *  program that wants more input sees end-of-file instead of hanging. */
inline CliResult runProgram(const QString &program, const QStringList &args,
                            const QProcessEnvironment &env, const QByteArray &input = QByteArray(),
                            int timeoutMs = kDefaultTimeoutMs)
{
    CliResult result;
    result.program = program;
    result.args = args;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    result.started = process.waitForStarted(30000);
    if (!result.started) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(30000);
    }
    result.exitStatus = process.exitStatus();
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

/** Runs an outside tool (pdftotext, qpdf, tesseract…) to completion; OpenMP, which Tesseract
 *  uses, is held to one thread, or OCR runs many times slower on a busy machine. */
inline CliResult runTool(const QString &program, const QStringList &args)
{
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
    return runProgram(program, args, env);
}

/** Runs amanat-cli with an environment that by default carries the test passphrase. */
class CliRunner
{
public:
    CliRunner() : m_env(baseEnvironment()) { setPassphrase(defaultPassphrase()); }

    static QString program() { return QStringLiteral(AMANAT_CLI_PATH); }

    QProcessEnvironment &environment() { return m_env; }
    const QProcessEnvironment &environment() const { return m_env; }

    void setPassphrase(const QString &passphrase)
    {
        m_env.insert(QStringLiteral("AMANAT_PASSPHRASE"), passphrase);
    }

    /** This runner's environment with AMANAT_PASSPHRASE set to @p passphrase, or removed
     *  when @p passphrase is null. */
    QProcessEnvironment withPassphrase(const QString &passphrase) const
    {
        QProcessEnvironment env = m_env;
        if (passphrase.isNull())
            env.remove(QStringLiteral("AMANAT_PASSPHRASE"));
        else
            env.insert(QStringLiteral("AMANAT_PASSPHRASE"), passphrase);
        return env;
    }

    CliResult run(const QStringList &args, const QByteArray &input = QByteArray(),
                  int timeoutMs = kDefaultTimeoutMs) const
    {
        return runProgram(program(), args, m_env, input, timeoutMs);
    }

    CliResult runWith(const QProcessEnvironment &env, const QStringList &args,
                      const QByteArray &input = QByteArray(),
                      int timeoutMs = kDefaultTimeoutMs) const
    {
        return runProgram(program(), args, env, input, timeoutMs);
    }

    /** Starts amanat-cli without waiting; standard input is closed at once. */
    bool start(QProcess &process, const QStringList &args) const
    {
        process.setProcessEnvironment(m_env);
        process.start(program(), args);
        if (!process.waitForStarted(30000))
            return false;
        process.closeWriteChannel();
        return true;
    }

    /** Imports @p file into @p library (`import --json`, plus @p extra) and returns the new
     *  item's id, or 0 (with a warning) when the import failed. */
    qint64 importOne(const QString &library, const QString &file,
                     const QStringList &extra = {}) const
    {
        const CliResult result = run(
            QStringList{QStringLiteral("import"), library, file, QStringLiteral("--json")} + extra);
        if (!result.exitedWith(0))
            qWarning("%s", result.describe().constData());
        return qint64(QJsonDocument::fromJson(result.out)
                          .array()
                          .at(0)
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toDouble());
    }

    /** Marks every page of @p dossier that awaits redaction review as reviewed; false (with
     *  a warning) when that failed. */
    bool approveAllReviews(const QString &library, const QString &dossier) const
    {
        const QJsonArray pending =
            QJsonDocument::fromJson(run({QStringLiteral("redact-review"), library, dossier,
                                         QStringLiteral("--list"), QStringLiteral("--json")})
                                        .out)
                .array();
        QStringList pages;
        for (const QJsonValue &page : pending)
            pages << QStringLiteral("%1:%2")
                         .arg(page.toObject().value(QStringLiteral("item")).toInt())
                         .arg(page.toObject().value(QStringLiteral("page")).toInt());
        if (pages.isEmpty())
            return true;
        const CliResult approved = run(QStringList{QStringLiteral("redact-review"), library,
                                                   dossier, QStringLiteral("--approve")} +
                                       pages);
        if (!approved.exitedWith(0))
            qWarning("%s", approved.describe().constData());
        return approved.exitedWith(0);
    }

    /** Runs `init` and returns the recovery key it printed, or an empty string. */
    QString init(const QString &libraryPath, CliResult *resultOut = nullptr) const
    {
        const CliResult result = run({QStringLiteral("init"), libraryPath});
        if (resultOut)
            *resultOut = result;
        return result.exitedWith(0) ? recoveryKeyIn(result.out) : QString();
    }

    static QString recoveryKeyIn(const QByteArray &out)
    {
        const QList<QByteArray> lines = out.split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("Recovery key: "))
                return QString::fromLatin1(line.mid(int(std::strlen("Recovery key: ")))).trimmed();
        }
        return QString();
    }

private:
    QProcessEnvironment m_env;
};

/** Reads the standard output of a running process into @p collected until @p done says
 *  enough, the process ends or @p timeoutMs passes. Returns whether @p done was satisfied. */
inline bool waitForOutput(QProcess &process, QByteArray &collected,
                          const std::function<bool(const QByteArray &)> &done,
                          int timeoutMs = kDefaultTimeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        collected += process.readAllStandardOutput();
        if (done(collected))
            return true;
        if (process.state() == QProcess::NotRunning) {
            collected += process.readAllStandardOutput();
            return done(collected);
        }
        if (deadline.hasExpired())
            return false;
        process.waitForReadyRead(int(qBound(qint64(1), deadline.remainingTime(), qint64(1000))));
    }
}

/** Lines of @p output that start with @p prefix. */
inline QList<QByteArray> linesStartingWith(const QByteArray &output, const QByteArray &prefix)
{
    QList<QByteArray> found;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix))
            found << line;
    }
    return found;
}

// ---- files -------------------------------------------------------------------------------

inline QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    const qsizetype words = size / qsizetype(sizeof(quint32));
    if (words > 0)
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), words);
    for (qsizetype i = words * qsizetype(sizeof(quint32)); i < size; ++i)
        bytes[i] = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

/** A random lower-case hex string of @p length characters. */
inline QByteArray randomHex(int length)
{
    return randomBytes((length + 1) / 2).toHex().left(length);
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size() && file.flush();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/** SHA-256 of a file, streamed; empty when it cannot be read. */
inline QString sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return QString();
    return QString::fromLatin1(hash.result().toHex());
}

/** True when both files exist and hold the same bytes (compared in blocks). */
inline bool filesEqual(const QString &a, const QString &b)
{
    QFile fa(a);
    QFile fb(b);
    if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly) || fa.size() != fb.size())
        return false;
    constexpr qint64 kBlock = 4 << 20;
    for (;;) {
        const QByteArray ba = fa.read(kBlock);
        const QByteArray bb = fb.read(kBlock);
        if (ba != bb)
            return false;
        if (ba.isEmpty())
            return fa.atEnd() && fb.atEnd();
    }
}

/** Every regular file below @p root, hidden ones included. */
inline QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

/** Every entry (file or folder) below @p root, hidden ones included. */
inline QStringList entriesUnder(const QString &root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        entries << it.next();
    entries.sort();
    return entries;
}

/** The files below @p root whose bytes contain any of @p needles (read in overlapping
 *  blocks, so large files are fine). */
inline QStringList filesContaining(const QString &root, const QList<QByteArray> &needles)
{
    qsizetype longest = 1;
    for (const QByteArray &needle : needles)
        longest = qMax(longest, needle.size());
    QStringList hits;
    const QStringList files = filesUnder(root);
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits << path + QStringLiteral(" (unreadable)");
            continue;
        }
        QByteArray tail;
        bool found = false;
        while (!found) {
            const QByteArray block = file.read(8 << 20);
            if (block.isEmpty())
                break;
            const QByteArray window = tail + block;
            for (const QByteArray &needle : needles) {
                if (window.contains(needle)) {
                    found = true;
                    break;
                }
            }
            tail = window.right(longest - 1);
        }
        if (found)
            hits << path;
    }
    return hits;
}

/** The files below @p root that start with the plain SQLite header. */
inline QStringList plainSqliteFilesUnder(const QString &root)
{
    QStringList hits;
    const QStringList files = filesUnder(root);
    for (const QString &path : files) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.read(16).startsWith("SQLite format 3"))
            hits << path;
    }
    return hits;
}

/** SHA-256 of every file in a folder (not recursive), keyed by file name; the empty lock
 *  file is left out since merely trying to open a library may create it. */
inline QMap<QString, QString> folderHashes(const QString &folder)
{
    QMap<QString, QString> hashes;
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    for (const QFileInfo &info : entries) {
        if (info.fileName() == QLatin1String("library.lock"))
            continue;
        hashes.insert(info.fileName(), sha256OfFile(info.absoluteFilePath()));
    }
    return hashes;
}

/** Copies a closed library folder (its regular files) to a new folder @p to. */
inline bool copyLibrary(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    const QFileInfoList entries =
        QDir(from).entryInfoList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    for (const QFileInfo &info : entries) {
        if (!QFile::copy(info.absoluteFilePath(), to + QLatin1Char('/') + info.fileName()))
            return false;
    }
    return true;
}

/** Inverts every bit of the byte at @p offset in @p path. */
inline bool flipByte(const QString &path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || offset < 0 || offset >= file.size() ||
        !file.seek(offset))
        return false;
    char byte = 0;
    if (file.read(&byte, 1) != 1 || !file.seek(offset))
        return false;
    byte = char(~byte);
    return file.write(&byte, 1) == 1 && file.flush();
}

// ---- output checks -----------------------------------------------------------------------

inline QJsonArray jsonArrayFrom(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).array();
}

inline QJsonObject jsonObjectFrom(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

/** Why @p err is not an acceptable error report (empty when it is): it must say something
 *  and must not leak SQL or SQLite wording. */
inline QString stderrProblem(const QByteArray &err)
{
    if (err.trimmed().isEmpty())
        return QStringLiteral("stderr is empty");
    if (err.contains("SQL"))
        return QStringLiteral("stderr contains \"SQL\"");
    if (err.toLower().contains("sqlite"))
        return QStringLiteral("stderr contains \"sqlite\"");
    if (err.contains("SELECT"))
        return QStringLiteral("stderr contains \"SELECT\"");
    return QString();
}

/** True when @p err holds exactly one non-empty line. */
inline bool isOneLine(const QByteArray &err)
{
    const QByteArray trimmed = err.trimmed();
    return !trimmed.isEmpty() && !trimmed.contains('\n');
}

} // namespace amanat::test
