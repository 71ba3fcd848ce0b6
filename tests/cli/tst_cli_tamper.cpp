// End-to-end tamper tests of amanat-cli: one flipped byte anywhere in library.db or in the
// key-slot file, or an edit of the custody log through the stock sqlcipher shell, is
// reported with a clear message and a failing exit code, never a crash, and no command
// returns altered data.

#include "CliRunner.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace amanat::test;

class CliTamperTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void flippedDatabaseByte_data();
    void flippedDatabaseByte();
    void flippedKeySlotByte_data();
    void flippedKeySlotByte();
    void custodyLogEditedOutside_data();
    void custodyLogEditedOutside();
    void originalSwappedWithItsHash();

private:
    /** A fresh copy of the base library, named after the current data row. */
    QString copyOfBase();
    /** Runs the sqlcipher shell on @p library with the key lines and then @p sql. */
    CliResult shell(const QString &library, const QByteArray &sql) const;
    /** Fails the test unless @p result is a clean failure (one of @p codes, a normal exit,
     *  one clear line on stderr, nothing on stdout). */
    static void expectCleanFailure(const CliResult &result, std::initializer_list<int> codes);

    QTemporaryDir m_dir;
    CliRunner m_cli;
    QString m_base;
    QString m_recoveryKey;
    QString m_shell;
    QByteArray m_keyLines;
    QStringList m_sources; // index i holds the source of item i + 1
    QByteArray m_baselineList;
    QHash<int, QByteArray> m_baselineShow; // show --json of the last item
    qint64 m_dbSize = 0;
    qint64 m_pageSize = 0;
    int m_itemsRootPage = 0;
    int m_originalsRootPage = 0;
    int m_copies = 0;
};

void CliTamperTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    QVERIFY2(!m_shell.isEmpty(),
             "the stock sqlcipher shell is not installed (scripts/install-deps.sh)");

    m_base = m_dir.filePath(QStringLiteral("base"));
    CliResult created;
    m_recoveryKey = m_cli.init(m_base, &created);
    QVERIFY2(!m_recoveryKey.isEmpty(), created.describe().constData());

    m_sources = QStringList{m_dir.filePath(QStringLiteral("a-notes.txt")),
                            m_dir.filePath(QStringLiteral("b-scan.bin")),
                            m_dir.filePath(QStringLiteral("c-photo.bin"))};
    QByteArray notes;
    for (int i = 0; i < 60; ++i)
        notes +=
            "Line " + QByteArray::number(i) + " of the interview notes, " + randomHex(8) + '\n';
    QVERIFY(writeFile(m_sources.at(0), notes));
    QVERIFY(writeFile(m_sources.at(1), randomBytes(300 * 1024)));
    QVERIFY(writeFile(m_sources.at(2), randomBytes(300 * 1024 + 17)));
    const CliResult imported = m_cli.run(QStringList{QStringLiteral("import"), m_base} + m_sources);
    AMANAT_EXPECT_EXIT(imported, 0);
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("set"), m_base, QStringLiteral("1"),
                                  QStringLiteral("description=Notes taken in 2019"),
                                  QStringLiteral("event_date=2019-04")}),
                       0);
    const CliResult rawKey = m_cli.run({QStringLiteral("raw-key"), m_base});
    AMANAT_EXPECT_EXIT(rawKey, 0);
    m_keyLines = rawKey.out;

    // The page size the library uses, as raw-key tells the shell.
    const QByteArray pageSizeLine = "PRAGMA cipher_page_size = ";
    const qsizetype at = m_keyLines.indexOf(pageSizeLine);
    QVERIFY2(at >= 0, m_keyLines.constData());
    const qsizetype end = m_keyLines.indexOf(';', at);
    m_pageSize =
        m_keyLines.mid(at + pageSizeLine.size(), end - at - pageSizeLine.size()).toLongLong();
    QVERIFY2(m_pageSize >= 1024 && (m_pageSize & (m_pageSize - 1)) == 0, m_keyLines.constData());

    // Where the items and originals tables live, asked of a throw-away copy.
    const QString probe = copyOfBase();
    const CliResult pages = shell(probe, "SELECT name || '=' || rootpage FROM sqlite_master WHERE "
                                         "name IN ('items', 'originals');\n");
    QVERIFY2(pages.exitedWith(0) && pages.err.isEmpty(), pages.describe().constData());
    for (const QByteArray &line : pages.out.split('\n')) {
        if (line.startsWith("items="))
            m_itemsRootPage = line.mid(6).trimmed().toInt();
        else if (line.startsWith("originals="))
            m_originalsRootPage = line.mid(10).trimmed().toInt();
    }
    QVERIFY2(m_itemsRootPage > 1 && m_originalsRootPage > 1, pages.out.constData());

    const CliResult list = m_cli.run({QStringLiteral("list"), m_base, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(list, 0);
    QCOMPARE(jsonArrayFrom(list.out).size(), 3);
    m_baselineList = list.out;
    const int lastId = int(m_sources.size());
    const CliResult show = m_cli.run(
        {QStringLiteral("show"), m_base, QString::number(lastId), QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(show, 0);
    m_baselineShow.insert(lastId, show.out);
    QVERIFY2(!QFileInfo::exists(m_base + QStringLiteral("/library.db-wal")),
             "the base is not closed");
    m_dbSize = QFileInfo(m_base + QStringLiteral("/library.db")).size();
    QVERIFY(m_dbSize >= 600 * 1024 && m_dbSize % m_pageSize == 0);
    QVERIFY(qint64(m_itemsRootPage) * m_pageSize <= m_dbSize);
    QVERIFY(qint64(m_originalsRootPage) * m_pageSize <= m_dbSize);
}

QString CliTamperTest::copyOfBase()
{
    const QString copy = m_dir.filePath(QStringLiteral("copy-%1").arg(++m_copies));
    if (!copyLibrary(m_base, copy))
        QTest::qFail("could not copy the base library", __FILE__, __LINE__);
    return copy;
}

CliResult CliTamperTest::shell(const QString &library, const QByteArray &sql) const
{
    return runProgram(m_shell, {library + QStringLiteral("/library.db")}, baseEnvironment(),
                      m_keyLines + sql);
}

void CliTamperTest::expectCleanFailure(const CliResult &result, std::initializer_list<int> codes)
{
    QVERIFY2(result.exitedNormally(), result.describe().constData());
    QVERIFY2(std::find(codes.begin(), codes.end(), result.exitCode) != codes.end(),
             result.describe().constData());
    const QString problem = stderrProblem(result.err);
    QVERIFY2(problem.isEmpty(),
             qPrintable(problem + QStringLiteral(": ") + QString::fromUtf8(result.describe())));
    QVERIFY2(isOneLine(result.err), result.describe().constData());
}

void CliTamperTest::flippedDatabaseByte_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<bool>("readsMustFail"); // the page is one list and show must read

    QTest::newRow("first page") << qint64(20) << true;
    QTest::newRow("items table page") << (m_itemsRootPage - 1) * m_pageSize + 300 << true;
    QTest::newRow("originals table page") << (m_originalsRootPage - 1) * m_pageSize + 300 << true;
    QTest::newRow("middle page") << (m_dbSize / m_pageSize / 2) * m_pageSize + 1000 << false;
    QTest::newRow("last page") << m_dbSize - 100 << false;
    // Each page ends with data, a 16-byte IV, a 20-byte HMAC-SHA1 and 12 bytes of padding
    // (SQLCipher 3 rounds the reserve up to 48): the last HMAC byte, then the padding.
    QTest::newRow("last page, last HMAC byte") << m_dbSize - 13 << false;
    QTest::newRow("last page, padding") << m_dbSize - 1 << false;
}

void CliTamperTest::flippedDatabaseByte()
{
    QFETCH(qint64, offset);
    QFETCH(bool, readsMustFail);
    const QString copy = copyOfBase();
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(flipByte(copy + QStringLiteral("/library.db"), offset));

    // verify reports it: exit 4 (or 1 when it cannot open at all), one clear line.
    const CliResult verify = m_cli.run({QStringLiteral("verify"), copy});
    QEXPECT_FAIL("last page, padding",
                 "Known limitation, reported: SQLCipher 3 (HMAC-SHA1) does not authenticate the "
                 "12 padding bytes at the end of each page. A flip there changes no data, so "
                 "nothing can be returned altered (checked below), but verify cannot see it.",
                 Continue);
    QVERIFY2(verify.exitedNormally() && verify.exitCode != 0, verify.describe().constData());
    if (verify.exitCode != 0) {
        expectCleanFailure(verify, {4, 1});
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(!verify.out.contains("Database: ok"), verify.describe().constData());
    }

    // Reading commands either fail cleanly or give exactly the unaltered answer.
    const CliResult list = m_cli.run({QStringLiteral("list"), copy, QStringLiteral("--json")});
    if (readsMustFail || !list.exitedWith(0)) {
        expectCleanFailure(list, {1});
        QVERIFY2(list.out.isEmpty(), list.describe().constData());
    } else {
        QCOMPARE(list.out, m_baselineList);
    }
    for (auto it = m_baselineShow.constBegin(); it != m_baselineShow.constEnd(); ++it) {
        const CliResult show = m_cli.run(
            {QStringLiteral("show"), copy, QString::number(it.key()), QStringLiteral("--json")});
        if (readsMustFail || !show.exitedWith(0)) {
            expectCleanFailure(show, {1});
            QVERIFY2(show.out.isEmpty(), show.describe().constData());
        } else {
            QCOMPARE(show.out, it.value());
        }
    }
    if (QTest::currentTestFailed())
        return;

    // Export either fails and writes nothing, or writes the exact original bytes.
    const QString out = copy + QStringLiteral("-out");
    QVERIFY(QDir().mkpath(out));
    for (int id = 1; id <= m_sources.size(); ++id) {
        const QString target = out + QStringLiteral("/item-%1").arg(id);
        const CliResult exported =
            m_cli.run({QStringLiteral("export"), copy, QString::number(id), target});
        if (readsMustFail || !exported.exitedWith(0)) {
            expectCleanFailure(exported, {1});
            QVERIFY2(!QFileInfo::exists(target), qPrintable(target));
        } else {
            QVERIFY2(filesEqual(target, m_sources.at(id - 1)), exported.describe().constData());
        }
    }
    QVERIFY2(QDir(out).entryList(QDir::Files | QDir::Hidden).size() <= m_sources.size(),
             "an export left a temporary file behind");
}

void CliTamperTest::flippedKeySlotByte_data()
{
    QTest::addColumn<qint64>("offset"); // -1: truncate by one byte, -2: append a byte
    QTest::addColumn<bool>("viaRecoveryKey");

    // Layout: magic (8), version (2), slot count (1), then per slot: type, kdf, ops (4),
    // mem (8), salt (16), nonce (24), sealed key and tag (48). The passphrase slot is first.
    QTest::newRow("magic") << qint64(0) << false;
    QTest::newRow("format version") << qint64(9) << false;
    QTest::newRow("slot count") << qint64(10) << false;
    QTest::newRow("slot type") << qint64(11) << false;
    QTest::newRow("kdf id") << qint64(12) << false;
    QTest::newRow("kdf passes") << qint64(16) << false;
    QTest::newRow("kdf memory") << qint64(20) << false;
    QTest::newRow("salt") << qint64(30) << false;
    QTest::newRow("nonce") << qint64(50) << false;
    QTest::newRow("sealed key") << qint64(80) << false;
    QTest::newRow("tag, last byte of the slot") << qint64(112) << false;
    QTest::newRow("recovery slot salt") << qint64(113 + 20) << true;
    QTest::newRow("recovery slot last byte") << qint64(214) << true;
    QTest::newRow("truncated") << qint64(-1) << false;
    QTest::newRow("one byte appended") << qint64(-2) << false;
}

void CliTamperTest::flippedKeySlotByte()
{
    QFETCH(qint64, offset);
    QFETCH(bool, viaRecoveryKey);
    const QString copy = copyOfBase();
    QVERIFY(!QTest::currentTestFailed());
    const QString slots = copy + QStringLiteral("/keyslots");
    QCOMPARE(QFileInfo(slots).size(), qint64(215));
    if (offset >= 0) {
        QVERIFY(flipByte(slots, offset));
    } else {
        QByteArray bytes = readFile(slots);
        if (offset == -1)
            bytes.chop(1);
        else
            bytes.append('\x01');
        QVERIFY(writeFile(slots, bytes));
    }
    const QMap<QString, QString> before = folderHashes(copy);

    CliResult result;
    if (viaRecoveryKey) {
        QProcessEnvironment env = m_cli.withPassphrase(QString());
        env.insert(QStringLiteral("AMANAT_RECOVERY_KEY"), m_recoveryKey);
        env.insert(QStringLiteral("AMANAT_NEW_PASSPHRASE"),
                   QStringLiteral("a new passphrase here"));
        result = m_cli.runWith(env, {QStringLiteral("recover"), copy});
    } else {
        result = m_cli.run({QStringLiteral("list"), copy});
    }
    expectCleanFailure(result, {3, 1});
    QVERIFY2(result.out.isEmpty(), result.describe().constData());
    QCOMPARE(folderHashes(copy), before);
}

void CliTamperTest::custodyLogEditedOutside_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<int>("expectedExit");
    QTest::addColumn<int>("firstBadSeq"); // 0: not checked

    const QByteArray restoreUpdateTrigger =
        "CREATE TRIGGER custody_events_no_update BEFORE UPDATE ON custody_events "
        "BEGIN SELECT RAISE(ABORT, 'custody log is append-only'); END;\n";
    const QByteArray restoreDeleteTrigger =
        "CREATE TRIGGER custody_events_no_delete BEFORE DELETE ON custody_events "
        "BEGIN SELECT RAISE(ABORT, 'custody log is append-only'); END;\n";

    QTest::newRow("control: only read")
        << QByteArray("SELECT count(*) FROM custody_events;\n") << 0 << 0;
    QTest::newRow("details of event 2 replaced")
        << QByteArray("DROP TRIGGER custody_events_no_update;\n"
                      "UPDATE custody_events SET details='{}' WHERE seq=2;\nSELECT changes();\n")
        << 4 << 2;
    QTest::newRow("actor of event 2 replaced, trigger restored")
        << QByteArray("DROP TRIGGER custody_events_no_update;\n"
                      "UPDATE custody_events SET actor='someone else' WHERE seq=2;\n"
                      "SELECT changes();\n") +
               restoreUpdateTrigger
        << 4 << 2;
    QTest::newRow("event 3 deleted, trigger restored")
        << QByteArray("DROP TRIGGER custody_events_no_delete;\n"
                      "DELETE FROM custody_events WHERE seq=3;\nSELECT changes();\n") +
               restoreDeleteTrigger
        << 4 << 3;
    QTest::newRow("last event deleted")
        << QByteArray(
               "DROP TRIGGER custody_events_no_delete;\n"
               "DELETE FROM custody_events WHERE seq=(SELECT max(seq) FROM custody_events);\n"
               "SELECT changes();\n")
        << 4 << 0;
    QTest::newRow("last event deleted, head moved back, trigger restored")
        << QByteArray(
               "DROP TRIGGER custody_events_no_delete;\n"
               "DELETE FROM custody_events WHERE seq=(SELECT max(seq) FROM custody_events);\n"
               "SELECT changes();\n"
               "UPDATE meta SET value=(SELECT seq || ':' || hash FROM custody_events ORDER "
               "BY seq DESC LIMIT 1) WHERE key='custody_head';\nSELECT changes();\n") +
               restoreDeleteTrigger
        << 4 << 0;
    QTest::newRow("write protection dropped")
        << QByteArray(
               "DROP TRIGGER custody_events_no_update;\nDROP TRIGGER custody_events_no_delete;\n")
        << 4 << 0;
}

void CliTamperTest::custodyLogEditedOutside()
{
    QFETCH(QByteArray, sql);
    QFETCH(int, expectedExit);
    QFETCH(int, firstBadSeq);
    const QString copy = copyOfBase();
    QVERIFY(!QTest::currentTestFailed());

    // The edit really happened: no shell error, every changes() reports one row.
    const CliResult edited = shell(copy, sql);
    QVERIFY2(edited.exitedWith(0) && edited.err.isEmpty(), edited.describe().constData());
    if (sql.contains("changes()")) {
        for (const QByteArray &line : edited.out.trimmed().split('\n'))
            QVERIFY2(line.trimmed() == "1", edited.describe().constData());
    }

    const CliResult verify = m_cli.run({QStringLiteral("verify"), copy});
    AMANAT_EXPECT_EXIT(verify, expectedExit);
    const CliResult verifyJson =
        m_cli.run({QStringLiteral("verify"), copy, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(verifyJson, expectedExit);
    const QJsonObject report = jsonObjectFrom(verifyJson.out);
    const QJsonObject custody = report.value(QStringLiteral("custody")).toObject();
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(), expectedExit == 0);
    QCOMPARE(custody.value(QStringLiteral("ok")).toBool(), expectedExit == 0);
    QVERIFY(
        report.value(QStringLiteral("database")).toObject().value(QStringLiteral("ok")).toBool());
    if (expectedExit == 0)
        return;

    // The custody problem is named, on its own line, and the failure on stderr.
    QVERIFY2(isOneLine(verify.err) && stderrProblem(verify.err).isEmpty(),
             verify.describe().constData());
    const QList<QByteArray> custodyLines = linesStartingWith(verify.out, "Custody log: ");
    QCOMPARE(custodyLines.size(), 1);
    QVERIFY2(!custodyLines.first().startsWith("Custody log: ok") &&
                 custodyLines.first().mid(13).toLower().contains("custody"),
             verify.describe().constData());
    QVERIFY(!custody.value(QStringLiteral("problem")).toString().isEmpty());
    if (firstBadSeq > 0)
        QCOMPARE(custody.value(QStringLiteral("first_bad_seq")).toInt(), firstBadSeq);
}

void CliTamperTest::originalSwappedWithItsHash()
{
    // With the raw key, someone replaces an original's bytes and the hash in the originals
    // table alike. Only the import event (chained, MACed) still knows the true hash.
    const QString copy = copyOfBase();
    QVERIFY(!QTest::currentTestFailed());
    const QByteArray forged = randomBytes(300 * 1024);
    const QByteArray sql = "UPDATE original_chunks SET data = x'" + forged.toHex() +
                           "' WHERE item_id = 2;\nSELECT changes();\n"
                           "UPDATE originals SET sha256 = '" +
                           sha256Hex(forged).toLatin1() +
                           "', size = " + QByteArray::number(forged.size()) +
                           " WHERE item_id = 2;\nSELECT changes();\n";
    const CliResult edited = shell(copy, sql);
    QVERIFY2(edited.exitedWith(0) && edited.err.isEmpty(), edited.describe().constData());
    QCOMPARE(edited.out.trimmed(), QByteArray("1\n1"));

    const CliResult verify = m_cli.run({QStringLiteral("verify"), copy, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(verify, 4);
    const QJsonArray bad = jsonObjectFrom(verify.out)
                               .value(QStringLiteral("originals"))
                               .toObject()
                               .value(QStringLiteral("bad"))
                               .toArray();
    QVERIFY2(bad.size() == 1, verify.out.constData());
    QCOMPARE(bad.at(0).toObject().value(QStringLiteral("id")).toInt(), 2);
    QVERIFY2(bad.at(0)
                 .toObject()
                 .value(QStringLiteral("problem"))
                 .toString()
                 .contains(QStringLiteral("import event")),
             verify.out.constData());

    // The forged bytes are not handed out either.
    const QString out = m_dir.filePath(QStringLiteral("forged-export.bin"));
    const CliResult exported =
        m_cli.run({QStringLiteral("export"), copy, QStringLiteral("2"), out});
    AMANAT_EXPECT_EXIT(exported, 1);
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_GUILESS_MAIN(CliTamperTest)
#include "tst_cli_tamper.moc"
