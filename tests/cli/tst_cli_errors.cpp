// End-to-end tests of amanat-cli when the world gets in the way: a library in use by
// another process, and a disk that fills up mid-import. Each gives a clear message and a
// failing exit code, never a crash, and leaves the previous state intact.

#include "CliRunner.h"

#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace amanat::test;

class CliErrorsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lockHeldByAnotherProcess();
    void secondWriterWhileImporting();
    void diskFullDuringImport();
    void libraryRemovedDuringImport();

private:
    QString newLibrary(const QString &name);
    int itemCount(const QString &library);

    QTemporaryDir m_dir;
    CliRunner m_cli;
};

namespace {

/** Holds flock(2) on a library's lock file, as another Amanat process would. */
class HeldLock
{
public:
    HeldLock(const QString &library, int operation)
    {
        m_fd = ::open(QFile::encodeName(library + QStringLiteral("/library.lock")).constData(),
                      O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        m_held = m_fd >= 0 && ::flock(m_fd, operation | LOCK_NB) == 0;
    }
    ~HeldLock()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    HeldLock(const HeldLock &) = delete;
    HeldLock &operator=(const HeldLock &) = delete;
    bool held() const { return m_held; }

private:
    int m_fd = -1;
    bool m_held = false;
};

void expectInUse(const CliResult &result)
{
    AMANAT_EXPECT_EXIT(result, 5);
    QVERIFY2(result.err.contains("in use") && isOneLine(result.err) &&
                 stderrProblem(result.err).isEmpty(),
             result.describe().constData());
    QVERIFY2(result.out.isEmpty(), result.describe().constData());
}

} // namespace

void CliErrorsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString CliErrorsTest::newLibrary(const QString &name)
{
    const QString path = m_dir.filePath(name);
    CliResult result;
    if (m_cli.init(path, &result).isEmpty())
        QTest::qFail(result.describe().constData(), __FILE__, __LINE__);
    return path;
}

int CliErrorsTest::itemCount(const QString &library)
{
    const CliResult list = m_cli.run({QStringLiteral("list"), library, QStringLiteral("--json")});
    return list.exitedWith(0) ? int(jsonArrayFrom(list.out).size()) : -1;
}

void CliErrorsTest::lockHeldByAnotherProcess()
{
    const QString lib = newLibrary(QStringLiteral("locked"));
    QVERIFY(!QTest::currentTestFailed());
    const QString file = m_dir.filePath(QStringLiteral("locked-item.txt"));
    QVERIFY(writeFile(file, "an item " + randomHex(8)));
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("import"), lib, file}), 0);
    const QString other = m_dir.filePath(QStringLiteral("locked-other.txt"));
    QVERIFY(writeFile(other, "another item " + randomHex(8)));

    {
        // A writer elsewhere: nobody else may read or write.
        HeldLock writer(lib, LOCK_EX);
        QVERIFY(writer.held());
        const QMap<QString, QString> before = folderHashes(lib);
        expectInUse(m_cli.run({QStringLiteral("list"), lib}));
        expectInUse(m_cli.run({QStringLiteral("verify"), lib}));
        expectInUse(m_cli.run(
            {QStringLiteral("set"), lib, QStringLiteral("1"), QStringLiteral("title=changed")}));
        expectInUse(m_cli.run({QStringLiteral("import"), lib, other}));
        expectInUse(m_cli.run({QStringLiteral("raw-key"), lib}));
        QCOMPARE(folderHashes(lib), before);
    }
    {
        // A reader elsewhere: reading is fine, writing is not.
        HeldLock reader(lib, LOCK_SH);
        QVERIFY(reader.held());
        const CliResult list = m_cli.run({QStringLiteral("list"), lib, QStringLiteral("--json")});
        AMANAT_EXPECT_EXIT(list, 0);
        QCOMPARE(jsonArrayFrom(list.out).size(), 1);
        expectInUse(m_cli.run(
            {QStringLiteral("set"), lib, QStringLiteral("1"), QStringLiteral("title=changed")}));
        expectInUse(m_cli.run({QStringLiteral("delete"), lib, QStringLiteral("1")}));
    }
    // Released: writing works again.
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("set"), lib, QStringLiteral("1"),
                                  QStringLiteral("title=changed")}),
                       0);
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("verify"), lib}), 0);
}

void CliErrorsTest::secondWriterWhileImporting()
{
    const QString lib = newLibrary(QStringLiteral("busy"));
    QVERIFY(!QTest::currentTestFailed());
    const QString first = m_dir.filePath(QStringLiteral("busy-first.txt"));
    QVERIFY(writeFile(first, "the first item " + randomHex(8)));
    const CliResult imported =
        m_cli.run({QStringLiteral("import"), lib, first, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(imported, 0);
    const QString firstId = QString::number(
        jsonArrayFrom(imported.out).at(0).toObject().value(QStringLiteral("id")).toInteger());
    const CliResult shownBefore =
        m_cli.run({QStringLiteral("show"), lib, firstId, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(shownBefore, 0);

    const QString src = m_dir.filePath(QStringLiteral("busy-src"));
    QVERIFY(QDir().mkpath(src));
    constexpr int kFiles = 8;
    for (int i = 0; i < kFiles; ++i)
        QVERIFY(writeFile(src + QStringLiteral("/part-%1.bin").arg(i), randomBytes(2 << 20)));
    const QString other = m_dir.filePath(QStringLiteral("busy-other.txt"));
    QVERIFY(writeFile(other, "another item " + randomHex(8)));

    // Start an import and freeze it once it has committed its first file: it holds the
    // library for writing for as long as the test needs.
    QProcess importer;
    QVERIFY(m_cli.start(importer, {QStringLiteral("import"), lib, src}));
    QByteArray output;
    QVERIFY2(waitForOutput(importer, output,
                           [](const QByteArray &text) { return text.contains("imported\t"); }),
             importer.readAllStandardError().constData());
    QCOMPARE(::kill(pid_t(importer.processId()), SIGSTOP), 0);
    QVERIFY(importer.state() == QProcess::Running);

    expectInUse(m_cli.run(
        {QStringLiteral("set"), lib, firstId, QStringLiteral("title=from the second writer")}));
    expectInUse(m_cli.run({QStringLiteral("import"), lib, other}));
    expectInUse(m_cli.run(
        {QStringLiteral("tag"), lib, firstId, QStringLiteral("--add"), QStringLiteral("Busy")}));
    expectInUse(m_cli.run({QStringLiteral("list"), lib}));
    QVERIFY(importer.state() == QProcess::Running);

    // The first writer carries on undisturbed.
    QCOMPARE(::kill(pid_t(importer.processId()), SIGCONT), 0);
    QVERIFY(importer.waitForFinished(kDefaultTimeoutMs));
    output += importer.readAllStandardOutput();
    QVERIFY2(importer.exitStatus() == QProcess::NormalExit && importer.exitCode() == 0,
             importer.readAllStandardError().constData());
    QCOMPARE(linesStartingWith(output, "imported\t").size(), kFiles);

    QCOMPARE(itemCount(lib), 1 + kFiles);
    const CliResult shownAfter =
        m_cli.run({QStringLiteral("show"), lib, firstId, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(shownAfter, 0);
    QCOMPARE(shownAfter.out, shownBefore.out);
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("verify"), lib}), 0);
}

void CliErrorsTest::diskFullDuringImport()
{
    const QString lib = newLibrary(QStringLiteral("full"));
    QVERIFY(!QTest::currentTestFailed());
    const QString small = m_dir.filePath(QStringLiteral("full-small.txt"));
    QVERIFY(writeFile(small, "a small item " + randomHex(8)));
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("import"), lib, small}), 0);
    const QString big = m_dir.filePath(QStringLiteral("full-big.bin"));
    QVERIFY(writeFile(big, randomBytes(20 << 20)));

    // RLIMIT_FSIZE makes any file the CLI writes stop growing at 8 MiB, as a full disk
    // would: enough for the existing library, not for the new 20 MiB original.
    constexpr qint64 kLimitBlocks = 16384; // of 512 bytes
    for (const QString &file : filesUnder(lib))
        QVERIFY(QFileInfo(file).size() < kLimitBlocks * 512 / 4);
    const QString database = lib + QStringLiteral("/library.db");
    const QString keySlots = lib + QStringLiteral("/keyslots");
    const QString databaseBefore = sha256OfFile(database);
    const QString keySlotsBefore = sha256OfFile(keySlots);
    const CliResult full =
        runProgram(QStringLiteral("/bin/sh"),
                   {QStringLiteral("-c"),
                    QStringLiteral("ulimit -f %1 && exec \"$0\" \"$@\"").arg(kLimitBlocks),
                    CliRunner::program(), QStringLiteral("import"), lib, big},
                   m_cli.environment());
    QVERIFY2(full.exitedNormally(),
             QByteArray("the CLI was killed (SIGXFSZ is 25) instead of reporting the full disk: " +
                        full.describe())
                 .constData());
    QVERIFY2(full.exitCode != 0, full.describe().constData());
    QVERIFY2(stderrProblem(full.err).isEmpty(), full.describe().constData());
    const QByteArray err = full.err.toLower();
    QVERIFY2(err.contains("disk") || err.contains("space") || err.contains("full"),
             full.describe().constData());
    QVERIFY2(!full.out.contains("imported\t"), full.describe().constData());

    // The library is as it was, byte for byte, and still takes new files.
    QCOMPARE(sha256OfFile(database), databaseBefore);
    QCOMPARE(sha256OfFile(keySlots), keySlotsBefore);
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("verify"), lib}), 0);
    QCOMPARE(itemCount(lib), 1);
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("import"), lib, big}), 0);
    QCOMPARE(itemCount(lib), 2);
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("verify"), lib}), 0);
}

void CliErrorsTest::libraryRemovedDuringImport()
{
    const QString lib = newLibrary(QStringLiteral("removed"));
    QVERIFY(!QTest::currentTestFailed());
    const QString src = m_dir.filePath(QStringLiteral("removed-src"));
    QVERIFY(QDir().mkpath(src));
    for (int i = 0; i < 30; ++i)
        QVERIFY(writeFile(src + QStringLiteral("/f%1.bin").arg(i), randomBytes(2 << 20)));
    QProcess import;
    QVERIFY(
        m_cli.start(import, {QStringLiteral("import"), lib, src, QStringLiteral("--no-extract")}));
    // Once a few files are stored, the folder disappears (a careless rm -rf, a USB stick).
    const QString db = lib + QStringLiteral("/library.db");
    const QDeadlineTimer deadline(kDefaultTimeoutMs);
    while (QFileInfo(db).size() < (8 << 20) && import.state() == QProcess::Running &&
           !deadline.hasExpired())
        import.waitForReadyRead(1);
    QVERIFY2(import.state() == QProcess::Running, "the import ended before the folder went");
    QVERIFY(QDir(lib).removeRecursively());
    QVERIFY(import.waitForFinished(kDefaultTimeoutMs));
    const QByteArray err = import.readAllStandardError();
    QCOMPARE(import.exitStatus(), QProcess::NormalExit);
    QCOMPARE(import.exitCode(), 1);
    QVERIFY2(err.contains("removed or replaced"), err.constData());
    // It stops at once instead of failing every remaining file, or reporting success.
    QVERIFY2(err.contains("stopped early"), err.constData());
    QVERIFY(err.count("not imported:") == 1);
    QVERIFY(!err.contains("30 file(s) imported"));
}

QTEST_GUILESS_MAIN(CliErrorsTest)
#include "tst_cli_errors.moc"
