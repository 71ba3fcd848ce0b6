// End-to-end crash-consistency test of amanat-cli: SIGKILL at many points of a folder
// import, round after round, always leaves a library that opens, verifies and holds only
// whole items (each one byte-for-byte a source file); SIGTERM cancels cleanly; the import
// then completes.

#include "CliRunner.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace amanat::test;

class CliCrashTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedImportsLeaveWholeItems();
    void lostCommitsAreReported_data();
    void lostCommitsAreReported();

private:
    /** Fails the test unless the library verifies and holds only whole items, among them
     *  every item an `imported` line has reported. Returns the number of items. */
    int checkLibrary(const QString &when);
    /** Records the `imported` lines of @p output in m_reported. */
    void collectReported(const QByteArray &output);

    QTemporaryDir m_dir;
    CliRunner m_cli;
    QString m_lib;
    QString m_src;
    QHash<QString, qint64> m_sizeBySha;
    QHash<QString, QString> m_shaByPath;
    QHash<qint64, QString> m_reported; // id -> source path, from "imported" lines
};

namespace {
constexpr int kFiles = 40;

void failWith(const QByteArray &message, int line)
{
    QTest::qFail(message.constData(), __FILE__, line);
}
} // namespace

void CliCrashTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_lib = m_dir.filePath(QStringLiteral("lib"));
    m_src = m_dir.filePath(QStringLiteral("src"));
    QVERIFY(QDir().mkpath(m_src + QStringLiteral("/nested")));
    CliResult created;
    QVERIFY2(!m_cli.init(m_lib, &created).isEmpty(), created.describe().constData());

    // 40 distinct files of 1 to 3 MiB, a few in a subfolder.
    for (int i = 0; i < kFiles; ++i) {
        const qsizetype size = (1 << 20) + QRandomGenerator::global()->bounded(2 << 20);
        const QByteArray bytes = randomBytes(size);
        const QString path = m_src + (i % 7 == 3 ? QStringLiteral("/nested") : QString()) +
                             QStringLiteral("/file-%1.bin").arg(i, 2, 10, QLatin1Char('0'));
        QVERIFY(writeFile(path, bytes));
        const QString sha = sha256Hex(bytes);
        QVERIFY(!m_sizeBySha.contains(sha));
        m_sizeBySha.insert(sha, size);
        m_shaByPath.insert(QFileInfo(path).absoluteFilePath(), sha);
    }
}

void CliCrashTest::collectReported(const QByteArray &output)
{
    for (const QByteArray &line : linesStartingWith(output, "imported\t")) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() == 4)
            m_reported.insert(fields.at(1).toLongLong(), QString::fromUtf8(fields.at(3)));
        else
            failWith("malformed line: " + line, __LINE__);
    }
}

int CliCrashTest::checkLibrary(const QString &when)
{
    const QByteArray context = when.toUtf8() + ": ";
    const CliResult verify = m_cli.run({QStringLiteral("verify"), m_lib});
    if (!verify.exitedWith(0)) {
        failWith(context + verify.describe(), __LINE__);
        return -1;
    }
    const CliResult list = m_cli.run({QStringLiteral("list"), m_lib, QStringLiteral("--json")});
    if (!list.exitedWith(0)) {
        failWith(context + list.describe(), __LINE__);
        return -1;
    }
    QSet<QString> seen;
    QSet<qint64> ids;
    const QJsonArray items = jsonArrayFrom(list.out);
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const qint64 id = item.value(QStringLiteral("id")).toInteger();
        const QString sha = item.value(QStringLiteral("sha256")).toString();
        const QByteArray what = context + "item " + QByteArray::number(id) + ' ' + sha.toLatin1();
        // A whole item: it has its original, which is one of the sources, complete.
        if (!m_sizeBySha.contains(sha)) {
            failWith(what + " is not one of the source files", __LINE__);
            return -1;
        }
        if (item.value(QStringLiteral("size")).toInteger(-1) != m_sizeBySha.value(sha)) {
            failWith(what + " has the wrong size", __LINE__);
            return -1;
        }
        if (seen.contains(sha)) {
            failWith(what + " is there twice", __LINE__);
            return -1;
        }
        seen.insert(sha);
        ids.insert(id);
    }
    // Everything the CLI said it imported is there, with the right bytes.
    for (auto it = m_reported.constBegin(); it != m_reported.constEnd(); ++it) {
        if (!ids.contains(it.key())) {
            failWith(context + "reported item " + QByteArray::number(it.key()) + " is missing",
                     __LINE__);
            return -1;
        }
    }
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const qint64 id = item.value(QStringLiteral("id")).toInteger();
        if (m_reported.contains(id) && m_shaByPath.value(m_reported.value(id)) !=
                                           item.value(QStringLiteral("sha256")).toString()) {
            failWith(context + "item " + QByteArray::number(id) + " does not hold " +
                         m_reported.value(id).toUtf8(),
                     __LINE__);
            return -1;
        }
    }
    return int(items.size());
}

void CliCrashTest::killedImportsLeaveWholeItems()
{
    // When to kill: after this many lines (only "imported" lines, or any line, including
    // "duplicate" lines for files an earlier round committed); or once the write-ahead log
    // has grown to walBytes, which is during or just after a commit; or (all zero) right
    // after the start.
    struct Round
    {
        int lines;
        bool anyLine;
        qint64 walBytes;
    };
    const Round rounds[] = {
        {0, false, 0},       {1, false, 0}, {0, false, 600 << 10}, {3, false, 0}, {2, true, 0},
        {0, false, 5 << 20}, {5, false, 0}, {4, false, 0},         {1, true, 0},  {2, false, 0}};
    const QString wal = m_lib + QStringLiteral("/library.db-wal");
    int previousCount = 0;
    int round = 0;
    for (const Round &plan : rounds) {
        ++round;
        const QString when =
            plan.walBytes > 0
                ? QStringLiteral("round %1 (kill at %2 KiB of WAL)")
                      .arg(round)
                      .arg(plan.walBytes >> 10)
                : QStringLiteral("round %1 (kill after %2 %3 lines)")
                      .arg(round)
                      .arg(plan.lines)
                      .arg(plan.anyLine ? QStringLiteral("output") : QStringLiteral("imported"));
        QVERIFY2(!QFileInfo::exists(wal), "the previous round did not close the library cleanly");
        QProcess import;
        QVERIFY(m_cli.start(import, {QStringLiteral("import"), m_lib, m_src}));
        QByteArray output;
        if (plan.lines > 0) {
            const QByteArray prefix = plan.anyLine ? QByteArray() : QByteArray("imported\t");
            const bool reached = waitForOutput(import, output, [&](const QByteArray &text) {
                const int complete = int(text.lastIndexOf('\n')) + 1;
                return linesStartingWith(text.left(complete), prefix).size() -
                           (prefix.isEmpty() ? 1 : 0) // the empty piece after the last newline
                       >= plan.lines;
            });
            QVERIFY2(reached,
                     qPrintable(when + QStringLiteral(": ") +
                                QString::fromUtf8(output + import.readAllStandardError())));
        } else if (plan.walBytes > 0) {
            // Poll the WAL's size, a millisecond at a time, while draining the output.
            const QDeadlineTimer deadline(kDefaultTimeoutMs);
            while (QFileInfo(wal).size() < plan.walBytes && import.state() == QProcess::Running &&
                   !deadline.hasExpired()) {
                import.waitForReadyRead(1);
                output += import.readAllStandardOutput();
            }
            QVERIFY2(QFileInfo(wal).size() >= plan.walBytes,
                     qPrintable(when + QStringLiteral(": the WAL did not grow")));
        }
        import.kill();
        QVERIFY(import.waitForFinished(kDefaultTimeoutMs));
        output += import.readAllStandardOutput();
        QVERIFY2(import.exitStatus() == QProcess::CrashExit,
                 qPrintable(when + QStringLiteral(": the import ended before it was killed")));
        collectReported(output);
        const int count = checkLibrary(when);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(count >= previousCount, qPrintable(when));
        qInfo("%s: %d whole items, %d reported", qPrintable(when), count, int(m_reported.size()));
        previousCount = count;
    }
    QVERIFY2(previousCount >= 10 && previousCount < kFiles,
             qPrintable(QString::number(previousCount)));

    // SIGTERM asks the import to stop: it rolls back the file in progress and says so.
    {
        QProcess import;
        QVERIFY(m_cli.start(import, {QStringLiteral("import"), m_lib, m_src}));
        QByteArray output;
        QVERIFY(waitForOutput(import, output,
                              [](const QByteArray &text) { return text.contains("imported\t"); }));
        import.terminate();
        QVERIFY(import.waitForFinished(kDefaultTimeoutMs));
        output += import.readAllStandardOutput();
        const QByteArray err = import.readAllStandardError();
        QVERIFY2(import.exitStatus() == QProcess::NormalExit && import.exitCode() == 1,
                 QByteArray(QByteArray::number(import.exitCode()) + ' ' + err).constData());
        QVERIFY2(err.toLower().contains("cancel") && stderrProblem(err).isEmpty(), err.constData());
        collectReported(output);
        const int count = checkLibrary(QStringLiteral("after SIGTERM"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(count > previousCount && count < kFiles);
    }

    // Finally the import runs to the end: every file exactly once.
    const CliResult complete = m_cli.run({QStringLiteral("import"), m_lib, m_src});
    AMANAT_EXPECT_EXIT(complete, 0);
    collectReported(complete.out);
    QCOMPARE(int(linesStartingWith(complete.out, "imported\t").size() +
                 linesStartingWith(complete.out, "duplicate\t").size()),
             kFiles);
    // (An item committed just before a kill was never reported; it shows as a duplicate.)
    QCOMPARE(checkLibrary(QStringLiteral("after the complete import")), kFiles);
    const CliResult verify = m_cli.run({QStringLiteral("verify"), m_lib});
    AMANAT_EXPECT_EXIT(verify, 0);
    QVERIFY2(verify.out.contains("Originals: 40 checked, 0 damaged"), verify.out.constData());
}

void CliCrashTest::lostCommitsAreReported_data()
{
    QTest::addColumn<bool>("truncate");
    QTest::newRow("write-ahead log truncated") << true;
    QTest::newRow("a byte of a committed frame flipped") << false;
}

void CliCrashTest::lostCommitsAreReported()
{
    // A crash leaves committed imports in the write-ahead log; the log is then cut short or
    // damaged, so SQLite quietly rolls the library back to an earlier, consistent state.
    QFETCH(bool, truncate);
    const QString lib =
        m_dir.filePath(truncate ? QStringLiteral("lost-a") : QStringLiteral("lost-b"));
    CliResult created;
    QVERIFY2(!m_cli.init(lib, &created).isEmpty(), created.describe().constData());
    QProcess import;
    QVERIFY(m_cli.start(import,
                        {QStringLiteral("import"), lib, m_src, QStringLiteral("--no-extract")}));
    QByteArray output;
    QVERIFY(waitForOutput(import, output, [](const QByteArray &text) {
        return linesStartingWith(text, "imported\t").size() >= 3;
    }));
    import.kill();
    QVERIFY(import.waitForFinished(kDefaultTimeoutMs));
    const QString wal = lib + QStringLiteral("/library.db-wal");
    const qint64 size = QFileInfo(wal).size();
    QVERIFY2(size > 100 * 1024, qPrintable(QString::number(size)));
    if (truncate) {
        QVERIFY(QFile::resize(wal, size / 3));
    } else {
        QVERIFY(flipByte(wal, size / 3));
    }
    const CliResult verify = m_cli.run({QStringLiteral("verify"), lib, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(verify, 4);
    const QJsonObject head =
        jsonObjectFrom(verify.out).value(QStringLiteral("committed_head")).toObject();
    QVERIFY2(!head.value(QStringLiteral("ok")).toBool(), verify.out.constData());
    QVERIFY(head.value(QStringLiteral("problem")).toString().contains(QStringLiteral("import")));
    // Reading still works (to copy things out), with the warning; writing is refused.
    const CliResult list = m_cli.run({QStringLiteral("list"), lib});
    AMANAT_EXPECT_EXIT(list, 0);
    QVERIFY(list.err.contains("lost committed work"));
    const CliResult write = m_cli.run(
        {QStringLiteral("set"), lib, QStringLiteral("1"), QStringLiteral("title=anything")});
    AMANAT_EXPECT_EXIT(write, 1);
    QVERIFY(write.err.contains("lost committed work"));
}

QTEST_GUILESS_MAIN(CliCrashTest)
#include "tst_cli_crash.moc"
