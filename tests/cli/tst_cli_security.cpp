// End-to-end security tests of amanat-cli: imported plaintext never reaches the library
// folder, the temp directory or $HOME; a wrong passphrase changes nothing; passphrase
// change and recovery leave exactly the right secrets working; a CLI waiting on its input
// keeps every copy of the database key in locked memory.

#include "CliRunner.h"

#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <optional>

using namespace amanat::test;

class CliSecurityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void canaryNeverInPlaintext();
    void wrongPassphraseChangesNothing();
    void passwdAndRecover();
    void keyCopiesStayLockedWhileWaiting();

private:
    QTemporaryDir m_dir;
    CliRunner m_cli;
};

namespace {

QByteArray utf16le(const QByteArray &ascii)
{
    QByteArray out;
    for (char c : ascii)
        out.append(c).append('\0');
    return out;
}

QByteArray utf16be(const QByteArray &ascii)
{
    QByteArray out;
    for (char c : ascii)
        out.append('\0').append(c);
    return out;
}

QStringList namesContaining(const QStringList &paths, const QString &needle)
{
    QStringList hits;
    for (const QString &path : paths) {
        if (path.contains(needle))
            hits << path;
    }
    return hits;
}

/** Copies of @p needle in process @p pid's memory, each with whether its page is locked
 *  (VM_LOCKED in smaps). Null when the memory cannot be read. */
std::optional<QList<bool>> copiesInProcess(qint64 pid, const QList<QByteArray> &needles)
{
    const QString proc = QStringLiteral("/proc/%1/").arg(pid);
    QFile smaps(proc + QStringLiteral("smaps"));
    QFile memory(proc + QStringLiteral("mem"));
    if (!smaps.open(QIODevice::ReadOnly) ||
        !memory.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return std::nullopt;
    struct Range
    {
        quint64 start, end;
        bool readable, locked;
        QByteArray name;
    };
    QList<Range> ranges;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        const int dash = fields.value(0).indexOf('-');
        if (dash > 0 && fields.size() >= 5 && fields.at(1).size() == 4) {
            ranges << Range{fields.at(0).left(dash).toULongLong(nullptr, 16),
                            fields.at(0).mid(dash + 1).toULongLong(nullptr, 16),
                            fields.at(1).startsWith('r'), false, fields.value(5)};
        } else if (line.startsWith("VmFlags:") && !ranges.isEmpty()) {
            ranges.last().locked = fields.contains("lo");
        }
    }
    QList<bool> found;
    bool readAny = false;
    for (const Range &range : ranges) {
        if (!range.readable || range.name == "[vvar]" || range.name == "[vsyscall]")
            continue;
        if (!memory.seek(qint64(range.start)))
            continue;
        const QByteArray bytes = memory.read(qint64(range.end - range.start));
        readAny = readAny || !bytes.isEmpty();
        for (const QByteArray &needle : needles) {
            for (qsizetype at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1))
                found << range.locked;
        }
    }
    if (!readAny)
        return std::nullopt;
    return found;
}

} // namespace

void CliSecurityTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(CliRunner::program()).isExecutable(), qPrintable(CliRunner::program()));
}

void CliSecurityTest::canaryNeverInPlaintext()
{
    const QByteArray canary = "amanatcanary" + randomHex(24);
    const QString canaryText = QString::fromLatin1(canary);
    const QList<QByteArray> needles{canary, utf16le(canary), utf16be(canary)};

    const QString src = m_dir.filePath(QStringLiteral("canary-src"));
    const QString lib = m_dir.filePath(QStringLiteral("canary-lib"));
    const QString out = m_dir.filePath(QStringLiteral("canary-out"));
    const QString backup = m_dir.filePath(QStringLiteral("canary-backup"));
    QVERIFY(QDir().mkpath(src));
    QVERIFY(QDir().mkpath(out));
    QTemporaryDir childTmp;
    QTemporaryDir childHome;
    QVERIFY(childTmp.isValid() && childHome.isValid());

    // The canary in a text file, in a binary file (also across the 1 MiB chunk boundary and
    // as UTF-16), and in a file named in Chinese and Arabic; and always in the file name.
    const QString textFile = src + QStringLiteral("/note-") + canaryText + QStringLiteral(".txt");
    QVERIFY(writeFile(textFile, "Witness statement\nThe canary is " + canary + ".\nشهادة 证词 " +
                                    canary + '\n'));
    QByteArray binary = randomBytes(1536 * 1024);
    binary.replace(0, canary.size(), canary);
    binary.replace((1 << 20) - 7, canary.size(), canary);
    binary.replace(1200 * 1024, canary.size() * 2, utf16le(canary));
    binary.replace(binary.size() - canary.size(), canary.size(), canary);
    const QString binaryFile =
        src + QStringLiteral("/photo-") + canaryText + QStringLiteral(".bin");
    QVERIFY(writeFile(binaryFile, binary));
    const QString scriptFile =
        src + QStringLiteral("/证据-") + canaryText + QStringLiteral("-شهادة.txt");
    QVERIFY(
        writeFile(scriptFile, "证据 " + canary + " شهادة\n" + utf16le(canary) + utf16be(canary)));
    // Files without the canary, so the import is still running when it is paused.
    for (int i = 0; i < 6; ++i)
        QVERIFY(writeFile(src + QStringLiteral("/zz-filler-%1.bin").arg(i), randomBytes(2 << 20)));

    // The scanner itself finds every form of the canary where it is.
    for (const QByteArray &needle : needles)
        QVERIFY(!filesContaining(src, {needle}).isEmpty());

    CliRunner cli;
    QProcessEnvironment &env = cli.environment();
    env.insert(QStringLiteral("TMPDIR"), childTmp.path());
    env.insert(QStringLiteral("HOME"), childHome.path());
    for (const char *name :
         {"XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"})
        env.remove(QString::fromLatin1(name));

    const auto checkClean = [&](const char *when) {
        for (const QString &root : {lib, childTmp.path(), childHome.path()}) {
            const QStringList hits = filesContaining(root, needles);
            QVERIFY2(hits.isEmpty(),
                     qPrintable(QString::fromLatin1(when) + QStringLiteral(": canary in ") +
                                hits.join(QStringLiteral(", "))));
            const QStringList named = namesContaining(entriesUnder(root), canaryText);
            QVERIFY2(named.isEmpty(),
                     qPrintable(QString::fromLatin1(when) + QStringLiteral(": canary in name ") +
                                named.join(QStringLiteral(", "))));
        }
        const QStringList plain = plainSqliteFilesUnder(lib);
        QVERIFY2(plain.isEmpty(), qPrintable(plain.join(QStringLiteral(", "))));
    };

    CliResult created;
    QVERIFY2(!cli.init(lib, &created).isEmpty(), created.describe().constData());

    // During the import: pause it after its first file and look at the folder, WAL included.
    {
        QProcess import;
        QVERIFY(cli.start(import, {QStringLiteral("import"), lib, src}));
        QByteArray lines;
        const bool first = waitForOutput(
            import, lines, [](const QByteArray &text) { return text.contains("imported\t"); });
        QVERIFY2(first, import.readAllStandardError().constData());
        QVERIFY(import.state() == QProcess::Running);
        QCOMPARE(::kill(pid_t(import.processId()), SIGSTOP), 0);
        checkClean("while importing");
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(::kill(pid_t(import.processId()), SIGCONT), 0);
        QVERIFY(import.waitForFinished(kDefaultTimeoutMs));
        lines += import.readAllStandardOutput();
        QVERIFY2(import.exitStatus() == QProcess::NormalExit && import.exitCode() == 0,
                 import.readAllStandardError().constData());
        QCOMPARE(linesStartingWith(lines, "imported\t").size(), 9);
        if (QTest::currentTestFailed())
            return;
    }
    checkClean("after the import");
    if (QTest::currentTestFailed())
        return;

    // Metadata holding the canary, then every reading command.
    const CliResult found =
        cli.run({QStringLiteral("search"), lib, canaryText, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(found, 0);
    const QJsonArray hits = jsonObjectFrom(found.out).value(QStringLiteral("results")).toArray();
    QCOMPARE(hits.size(), 3);
    const QString firstId =
        QString::number(hits.at(0).toObject().value(QStringLiteral("id")).toInteger());
    AMANAT_EXPECT_EXIT(
        cli.run({QStringLiteral("set"), lib, firstId, QStringLiteral("kind=testimony"),
                 QStringLiteral("description=About ") + canaryText,
                 QStringLiteral("witness_name=") + canaryText,
                 QStringLiteral("place=") + canaryText}),
        0);
    AMANAT_EXPECT_EXIT(cli.run({QStringLiteral("tag"), lib, firstId, QStringLiteral("--add"),
                                QStringLiteral("Canary/") + canaryText}),
                       0);
    const QList<QStringList> readers{
        {QStringLiteral("list"), lib},
        {QStringLiteral("list"), lib, QStringLiteral("--json")},
        {QStringLiteral("show"), lib, firstId, QStringLiteral("--json")},
        {QStringLiteral("search"), lib, canaryText},
        {QStringLiteral("tags"), lib},
        {QStringLiteral("log"), lib, QStringLiteral("--json")},
        {QStringLiteral("verify"), lib},
    };
    for (const QStringList &args : readers)
        AMANAT_EXPECT_EXIT(cli.run(args), 0);
    for (const QJsonValue &hit : hits) {
        const QString id = QString::number(hit.toObject().value(QStringLiteral("id")).toInteger());
        AMANAT_EXPECT_EXIT(cli.run({QStringLiteral("export"), lib, id, out}), 0);
    }
    AMANAT_EXPECT_EXIT(cli.run({QStringLiteral("backup"), lib, backup}), 0);
    checkClean("after reading, editing, exporting and backing up");
    if (QTest::currentTestFailed())
        return;

    // The exports hold the canary (so it really went in), the backup does not.
    QVERIFY(filesEqual(out + QLatin1Char('/') + QFileInfo(binaryFile).fileName(), binaryFile));
    QVERIFY(filesEqual(out + QLatin1Char('/') + QFileInfo(scriptFile).fileName(), scriptFile));
    QCOMPARE(filesContaining(out, {canary}).size(), 3);
    QVERIFY2(filesContaining(backup, needles).isEmpty(),
             qPrintable(filesContaining(backup, needles).join(QStringLiteral(", "))));
    QVERIFY(plainSqliteFilesUnder(backup).isEmpty());
}

void CliSecurityTest::wrongPassphraseChangesNothing()
{
    const QString lib = m_dir.filePath(QStringLiteral("wrong-lib"));
    CliResult created;
    QVERIFY2(!m_cli.init(lib, &created).isEmpty(), created.describe().constData());
    const QString file = m_dir.filePath(QStringLiteral("wrong-item.txt"));
    const QString newFile = m_dir.filePath(QStringLiteral("wrong-new.txt"));
    QVERIFY(writeFile(file, "an item " + randomHex(8)));
    QVERIFY(writeFile(newFile, "another item " + randomHex(8)));
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("import"), lib, file}), 0);

    const QMap<QString, QString> before = folderHashes(lib);
    QVERIFY(before.contains(QStringLiteral("library.db")) &&
            before.contains(QStringLiteral("keyslots")));
    const QStringList entriesBefore = entriesUnder(lib);
    const QString exported = m_dir.filePath(QStringLiteral("wrong-export.txt"));
    const QString backup = m_dir.filePath(QStringLiteral("wrong-backup"));

    QProcessEnvironment wrong = m_cli.withPassphrase(defaultPassphrase() + QStringLiteral("!"));
    wrong.insert(QStringLiteral("AMANAT_NEW_PASSPHRASE"), QStringLiteral("a brand new passphrase"));
    const QList<QStringList> commands{
        {QStringLiteral("list"), lib},
        {QStringLiteral("show"), lib, QStringLiteral("1"), QStringLiteral("--json")},
        {QStringLiteral("verify"), lib},
        {QStringLiteral("set"), lib, QStringLiteral("1"), QStringLiteral("title=changed")},
        {QStringLiteral("import"), lib, newFile},
        {QStringLiteral("delete"), lib, QStringLiteral("1")},
        {QStringLiteral("export"), lib, QStringLiteral("1"), exported},
        {QStringLiteral("passwd"), lib},
        {QStringLiteral("raw-key"), lib},
        {QStringLiteral("backup"), lib, backup},
    };
    for (const QStringList &args : commands) {
        const CliResult result = m_cli.runWith(wrong, args);
        AMANAT_EXPECT_EXIT(result, 3);
        QVERIFY2(isOneLine(result.err) && result.err.contains("passphrase"),
                 result.describe().constData());
        QVERIFY2(stderrProblem(result.err).isEmpty(), result.describe().constData());
        QVERIFY2(result.out.isEmpty(), result.describe().constData());
        QCOMPARE(folderHashes(lib), before);
    }
    // The wrong passphrase on standard input, an empty one, and one that only differs in case.
    const CliResult stdinWrong = m_cli.runWith(
        m_cli.withPassphrase(QString()), {QStringLiteral("list"), lib}, "not the passphrase\n");
    AMANAT_EXPECT_EXIT(stdinWrong, 3);
    AMANAT_EXPECT_EXIT(
        m_cli.runWith(m_cli.withPassphrase(QStringLiteral("")), {QStringLiteral("list"), lib}), 3);
    AMANAT_EXPECT_EXIT(m_cli.runWith(m_cli.withPassphrase(defaultPassphrase().toUpper()),
                                     {QStringLiteral("list"), lib}),
                       3);

    QCOMPARE(folderHashes(lib), before);
    QCOMPARE(entriesUnder(lib), entriesBefore);
    QVERIFY(!QFileInfo::exists(exported));
    QVERIFY(!QFileInfo::exists(backup));

    // The right passphrase still opens it, also from standard input (with a CRLF ending).
    const CliResult right = m_cli.runWith(m_cli.withPassphrase(QString()),
                                          {QStringLiteral("list"), lib, QStringLiteral("--json")},
                                          defaultPassphrase().toUtf8() + "\r\n");
    AMANAT_EXPECT_EXIT(right, 0);
    QCOMPARE(jsonArrayFrom(right.out).size(), 1);
}

void CliSecurityTest::passwdAndRecover()
{
    const QString lib = m_dir.filePath(QStringLiteral("passwd-lib"));
    const QString p1 = QStringLiteral("first passphrase ") + QString::fromLatin1(randomHex(8));
    const QString p2 = QStringLiteral("second passphrase ") + QString::fromLatin1(randomHex(8));
    const QString p3 = QStringLiteral("third passphrase ") + QString::fromLatin1(randomHex(8));
    const QString p4 = QStringLiteral("fourth passphrase ") + QString::fromLatin1(randomHex(8));
    const QString p5 = QStringLiteral("fifth passphrase ") + QString::fromLatin1(randomHex(8));
    const QString p6 = QStringLiteral("sixth passphrase ") + QString::fromLatin1(randomHex(8));

    const CliResult created =
        m_cli.runWith(m_cli.withPassphrase(p1), {QStringLiteral("init"), lib});
    AMANAT_EXPECT_EXIT(created, 0);
    const QString key = CliRunner::recoveryKeyIn(created.out);
    QVERIFY2(key.size() == 39 && key.count(QLatin1Char('-')) == 7, qPrintable(key));
    const QString file = m_dir.filePath(QStringLiteral("passwd-item.txt"));
    QVERIFY(writeFile(file, "an item " + randomHex(8)));
    AMANAT_EXPECT_EXIT(
        m_cli.runWith(m_cli.withPassphrase(p1), {QStringLiteral("import"), lib, file}), 0);

    const auto opens = [&](const QString &passphrase) {
        const CliResult result =
            m_cli.runWith(m_cli.withPassphrase(passphrase),
                          {QStringLiteral("list"), lib, QStringLiteral("--json")});
        if (result.exitedWith(0) && jsonArrayFrom(result.out).size() == 1)
            return 0;
        return result.exitedNormally() ? result.exitCode : -1;
    };
    const auto withSecrets = [&](const QString &passphrase, const QString &recovery,
                                 const QString &fresh) {
        QProcessEnvironment env = m_cli.withPassphrase(passphrase);
        if (!recovery.isNull())
            env.insert(QStringLiteral("AMANAT_RECOVERY_KEY"), recovery);
        if (!fresh.isNull())
            env.insert(QStringLiteral("AMANAT_NEW_PASSPHRASE"), fresh);
        return env;
    };

    // passwd: the old passphrase opens nothing, the new one does.
    AMANAT_EXPECT_EXIT(
        m_cli.runWith(withSecrets(p1, QString(), p2), {QStringLiteral("passwd"), lib}), 0);
    QCOMPARE(opens(p1), 3);
    QCOMPARE(opens(p2), 0);

    // recover with the printed key: the passphrase before it opens nothing.
    AMANAT_EXPECT_EXIT(
        m_cli.runWith(withSecrets(QString(), key, p3), {QStringLiteral("recover"), lib}), 0);
    QCOMPARE(opens(p2), 3);
    QCOMPARE(opens(p3), 0);

    // The recovery key still works after being used, typed in lower case without dashes.
    const QString typed = QString(key).remove(QLatin1Char('-')).toLower();
    AMANAT_EXPECT_EXIT(
        m_cli.runWith(withSecrets(QString(), typed, p4), {QStringLiteral("recover"), lib}), 0);
    QCOMPARE(opens(p3), 3);
    QCOMPARE(opens(p4), 0);

    // A wrong recovery key (right shape, one symbol changed) and a malformed one: exit 3.
    QString wrongKey = key;
    wrongKey[0] = key.at(0) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    const QMap<QString, QString> beforeWrong = folderHashes(lib);
    for (const QString &bad : {wrongKey, QStringLiteral("hello"), QStringLiteral("")}) {
        const CliResult result =
            m_cli.runWith(withSecrets(QString(), bad, p5), {QStringLiteral("recover"), lib});
        AMANAT_EXPECT_EXIT(result, 3);
        QVERIFY2(isOneLine(result.err) && result.err.contains("recovery key"),
                 result.describe().constData());
    }
    QCOMPARE(folderHashes(lib), beforeWrong);
    QCOMPARE(opens(p5), 3);
    QCOMPARE(opens(p4), 0);

    // A new passphrase that is too short is refused and changes nothing.
    const CliResult tooShort = m_cli.runWith(withSecrets(p4, QString(), QStringLiteral("short")),
                                             {QStringLiteral("passwd"), lib});
    AMANAT_EXPECT_EXIT(tooShort, 1);
    QVERIFY2(isOneLine(tooShort.err) && stderrProblem(tooShort.err).isEmpty(),
             tooShort.describe().constData());
    QCOMPARE(folderHashes(lib), beforeWrong);

    // passwd reading both passphrases from standard input.
    AMANAT_EXPECT_EXIT(m_cli.runWith(m_cli.withPassphrase(QString()),
                                     {QStringLiteral("passwd"), lib},
                                     p4.toUtf8() + '\n' + p6.toUtf8() + '\n'),
                       0);
    QCOMPARE(opens(p4), 3);
    QCOMPARE(opens(p6), 0);

    // Each change is in the custody log, without any secret; none is in the folder either.
    const CliResult log = m_cli.runWith(m_cli.withPassphrase(p6),
                                        {QStringLiteral("log"), lib, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(log, 0);
    QStringList via;
    for (const QJsonValue &event : jsonArrayFrom(log.out)) {
        const QJsonObject object = event.toObject();
        if (object.value(QStringLiteral("action")).toString() == QLatin1String("passphrase_change"))
            via << object.value(QStringLiteral("details"))
                       .toObject()
                       .value(QStringLiteral("unlocked_with"))
                       .toString();
    }
    QCOMPARE(via, QStringList({QStringLiteral("passphrase"), QStringLiteral("recovery_key"),
                               QStringLiteral("recovery_key"), QStringLiteral("passphrase")}));
    QList<QByteArray> secrets;
    for (const QString &secret : {p1, p2, p3, p4, p5, p6, key, typed})
        secrets << secret.toUtf8();
    for (const QByteArray &secret : secrets)
        QVERIFY2(!log.out.contains(secret), secret.constData());
    QVERIFY2(filesContaining(lib, secrets).isEmpty(),
             qPrintable(filesContaining(lib, secrets).join(QLatin1Char(' '))));
    AMANAT_EXPECT_EXIT(m_cli.runWith(m_cli.withPassphrase(p6), {QStringLiteral("verify"), lib}), 0);
}

void CliSecurityTest::keyCopiesStayLockedWhileWaiting()
{
    // The CLI opens the library, answers one query from standard input, then waits for the
    // next: a dump of its memory then must find the key only in locked pages.
    const QString lib = m_dir.filePath(QStringLiteral("memory-lib"));
    QVERIFY(!m_cli.init(lib).isEmpty());
    const CliResult raw = m_cli.run({QStringLiteral("raw-key"), lib});
    AMANAT_EXPECT_EXIT(raw, 0);
    const QRegularExpression keyPattern(QStringLiteral("x'([0-9a-fA-F]{64})'"));
    const auto match = keyPattern.match(QString::fromLatin1(raw.out));
    QVERIFY2(match.hasMatch(), raw.out.constData());
    const QByteArray hex = match.captured(1).toLatin1();
    const QList<QByteArray> needles{QByteArray::fromHex(hex), hex.toLower(), hex.toUpper()};

    QProcess process;
    process.setProcessEnvironment(m_cli.environment());
    process.start(CliRunner::program(), {QStringLiteral("search"), lib, QStringLiteral("--stdin")});
    QVERIFY(process.waitForStarted(30000));
    process.write("anything\n");
    QByteArray answered;
    while (!answered.contains('\n') && process.waitForReadyRead(60000))
        answered += process.readAllStandardOutput();
    QVERIFY2(process.state() == QProcess::Running, process.readAllStandardError().constData());

    const auto copies = copiesInProcess(process.processId(), needles);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    if (!copies)
        QSKIP("reading a non-dumpable process's memory needs CAP_SYS_PTRACE (run as root)");
    // SQLCipher keeps the key for reading and writing, so the probe must see copies...
    QVERIFY2(copies->size() >= 2, qPrintable(QString::number(copies->size())));
    // ...and every one of them in a locked page.
    QCOMPARE(copies->count(false), 0);
}

QTEST_GUILESS_MAIN(CliSecurityTest)
#include "tst_cli_security.moc"
