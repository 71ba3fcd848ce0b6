// End-to-end tests of amanat-cli on bad input: wrong commands and arguments give exit 2,
// bad values and missing things give exit 1, each with a clear message that never shows
// SQL, and a rejected change leaves the library exactly as it was.

#include "CliRunner.h"

#include <QTemporaryDir>
#include <QTest>

using namespace amanat::test;

class CliBadInputTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badInput_data();
    void badInput();
    void rejectedEditChangesNothing_data();
    void rejectedEditChangesNothing();
    void initIntoNonEmptyFolder();

private:
    /** Replaces the placeholders {lib}, {doc}, {testimony}, {file}, {empty}, {plain},
     *  {nowhere} and {out} in @p args. */
    QStringList expand(const QStringList &args) const;

    QTemporaryDir m_dir;
    CliRunner m_cli;
    QString m_lib;
    QString m_docId;
    QString m_testimonyId;
    QHash<QString, QByteArray> m_shownBefore; // id -> show --json before any rejected edit
};

void CliBadInputTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_lib = m_dir.filePath(QStringLiteral("lib"));
    CliResult created;
    QVERIFY2(!m_cli.init(m_lib, &created).isEmpty(), created.describe().constData());

    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("doc.txt")), "a document\n"));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("testimony.txt")), "a testimony\n"));
    const CliResult imported =
        m_cli.run({QStringLiteral("import"), m_lib, m_dir.filePath(QStringLiteral("doc.txt")),
                   m_dir.filePath(QStringLiteral("testimony.txt")), QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(imported, 0);
    const QJsonArray entries = jsonArrayFrom(imported.out);
    QCOMPARE(entries.size(), 2);
    m_docId = QString::number(entries.at(0).toObject().value(QStringLiteral("id")).toInteger());
    m_testimonyId =
        QString::number(entries.at(1).toObject().value(QStringLiteral("id")).toInteger());
    AMANAT_EXPECT_EXIT(
        m_cli.run({QStringLiteral("set"), m_lib, m_testimonyId, QStringLiteral("kind=testimony"),
                   QStringLiteral("witness_code=W-001")}),
        0);

    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("empty"))));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("plain"))));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("plain/notes.txt")), "not a library\n"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("out"))));
}

QStringList CliBadInputTest::expand(const QStringList &args) const
{
    QStringList out;
    for (QString arg : args) {
        arg.replace(QStringLiteral("{lib}"), m_lib);
        arg.replace(QStringLiteral("{doc}"), m_docId);
        arg.replace(QStringLiteral("{testimony}"), m_testimonyId);
        arg.replace(QStringLiteral("{file}"), m_dir.filePath(QStringLiteral("doc.txt")));
        arg.replace(QStringLiteral("{empty}"), m_dir.filePath(QStringLiteral("empty")));
        arg.replace(QStringLiteral("{plain}"), m_dir.filePath(QStringLiteral("plain")));
        arg.replace(QStringLiteral("{nowhere}"), m_dir.filePath(QStringLiteral("no/such/folder")));
        arg.replace(QStringLiteral("{out}"), m_dir.filePath(QStringLiteral("out/exported")));
        out << arg;
    }
    return out;
}

void CliBadInputTest::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("expectedExit");
    QTest::addColumn<QString>("passphrase"); // null: none at all, stdin empty

    const QString pass = defaultPassphrase();
    const auto row = [&](const char *name, const QStringList &args, int code) {
        QTest::newRow(name) << args << code << pass;
    };
    // Usage errors: exit 2, before anything is opened.
    row("no arguments", {}, 2);
    row("unknown command", {QStringLiteral("frobnicate"), QStringLiteral("{lib}")}, 2);
    row("list without library", {QStringLiteral("list")}, 2);
    row("list with extra argument",
        {QStringLiteral("list"), QStringLiteral("{lib}"), QStringLiteral("x")}, 2);
    row("unknown option",
        {QStringLiteral("list"), QStringLiteral("{lib}"), QStringLiteral("--frobnicate")}, 2);
    row("show without id", {QStringLiteral("show"), QStringLiteral("{lib}")}, 2);
    row("show with a word as id",
        {QStringLiteral("show"), QStringLiteral("{lib}"), QStringLiteral("abc")}, 2);
    row("show with id zero", {QStringLiteral("show"), QStringLiteral("{lib}"), QStringLiteral("0")},
        2);
    row("show with negative id",
        {QStringLiteral("show"), QStringLiteral("{lib}"), QStringLiteral("-5")}, 2);
    row("import without path", {QStringLiteral("import"), QStringLiteral("{lib}")}, 2);
    row("import with unknown kind",
        {QStringLiteral("import"), QStringLiteral("{lib}"), QStringLiteral("{file}"),
         QStringLiteral("--kind"), QStringLiteral("poem")},
        2);
    row("import with empty tag level",
        {QStringLiteral("import"), QStringLiteral("{lib}"), QStringLiteral("{file}"),
         QStringLiteral("--tag"), QStringLiteral("A//B")},
        2);
    row("set without assignment",
        {QStringLiteral("set"), QStringLiteral("{lib}"), QStringLiteral("{doc}")}, 2);
    row("set unknown field",
        {QStringLiteral("set"), QStringLiteral("{lib}"), QStringLiteral("{doc}"),
         QStringLiteral("colour=red")},
        2);
    row("set not an assignment",
        {QStringLiteral("set"), QStringLiteral("{lib}"), QStringLiteral("{doc}"),
         QStringLiteral("title")},
        2);
    row("set with empty field name",
        {QStringLiteral("set"), QStringLiteral("{lib}"), QStringLiteral("{doc}"),
         QStringLiteral("=x")},
        2);
    row("tag without add or remove",
        {QStringLiteral("tag"), QStringLiteral("{lib}"), QStringLiteral("{doc}")}, 2);
    row("search without query", {QStringLiteral("search"), QStringLiteral("{lib}")}, 2);
    row("search with limit zero",
        {QStringLiteral("search"), QStringLiteral("{lib}"), QStringLiteral("x"),
         QStringLiteral("--limit"), QStringLiteral("0")},
        2);
    row("export without destination",
        {QStringLiteral("export"), QStringLiteral("{lib}"), QStringLiteral("{doc}")}, 2);
    row("log with a word as id",
        {QStringLiteral("log"), QStringLiteral("{lib}"), QStringLiteral("abc")}, 2);

    // Failures: exit 1 with a clear sentence.
    row("search for blanks",
        {QStringLiteral("search"), QStringLiteral("{lib}"), QStringLiteral("   ")}, 1);
    row("search with an open quote",
        {QStringLiteral("search"), QStringLiteral("{lib}"), QStringLiteral("\"detention centre")},
        1);
    row("search with a lone star",
        {QStringLiteral("search"), QStringLiteral("{lib}"), QStringLiteral("*")}, 1);
    row("search with a lone OR",
        {QStringLiteral("search"), QStringLiteral("{lib}"), QStringLiteral("OR")}, 1);
    row("search with an empty filter",
        {QStringLiteral("search"), QStringLiteral("{lib}"), QStringLiteral("tag:")}, 1);
    row("search with a bad date filter",
        {QStringLiteral("search"), QStringLiteral("{lib}"), QStringLiteral("after:2019-13")}, 1);
    row("show of a missing item",
        {QStringLiteral("show"), QStringLiteral("{lib}"), QStringLiteral("999")}, 1);
    row("export of a missing item",
        {QStringLiteral("export"), QStringLiteral("{lib}"), QStringLiteral("999"),
         QStringLiteral("{out}")},
        1);
    row("delete of a missing item",
        {QStringLiteral("delete"), QStringLiteral("{lib}"), QStringLiteral("999")}, 1);
    row("tag of a missing item",
        {QStringLiteral("tag"), QStringLiteral("{lib}"), QStringLiteral("999"),
         QStringLiteral("--add"), QStringLiteral("A")},
        1);
    row("set on a missing item",
        {QStringLiteral("set"), QStringLiteral("{lib}"), QStringLiteral("999"),
         QStringLiteral("title=x")},
        1);
    row("import of a missing path",
        {QStringLiteral("import"), QStringLiteral("{lib}"), QStringLiteral("{nowhere}/file.txt")},
        1);
    row("export into a missing folder",
        {QStringLiteral("export"), QStringLiteral("{lib}"), QStringLiteral("{doc}"),
         QStringLiteral("{nowhere}/x.txt")},
        1);
    row("open an empty folder", {QStringLiteral("list"), QStringLiteral("{empty}")}, 1);
    row("open a folder that is not a library", {QStringLiteral("list"), QStringLiteral("{plain}")},
        1);
    row("open a missing folder", {QStringLiteral("list"), QStringLiteral("{nowhere}")}, 1);
    row("open a file as library",
        {QStringLiteral("show"), QStringLiteral("{file}"), QStringLiteral("1")}, 1);
    row("verify a folder that is not a library",
        {QStringLiteral("verify"), QStringLiteral("{plain}")}, 1);
    row("init in a missing parent", {QStringLiteral("init"), QStringLiteral("{nowhere}/lib")}, 1);
    row("backup onto an existing folder",
        {QStringLiteral("backup"), QStringLiteral("{lib}"), QStringLiteral("{plain}")}, 1);
    QTest::newRow("init with a short passphrase")
        << QStringList{QStringLiteral("init"), QStringLiteral("{empty}/short")} << 1
        << QStringLiteral("short");
    QTest::newRow("no passphrase given")
        << QStringList{QStringLiteral("list"), QStringLiteral("{lib}")} << 1 << QString();
}

void CliBadInputTest::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, expectedExit);
    QFETCH(QString, passphrase);

    const QMap<QString, QString> before = folderHashes(m_lib);
    const QStringList emptyBefore = entriesUnder(m_dir.filePath(QStringLiteral("empty")));
    const QStringList plainBefore = entriesUnder(m_dir.filePath(QStringLiteral("plain")));

    const CliResult result = m_cli.runWith(m_cli.withPassphrase(passphrase), expand(args));
    AMANAT_EXPECT_EXIT(result, expectedExit);
    const QString problem = stderrProblem(result.err);
    QVERIFY2(problem.isEmpty(),
             qPrintable(problem + QStringLiteral(": ") + QString::fromUtf8(result.describe())));
    if (expectedExit == 1)
        QVERIFY2(isOneLine(result.err), result.describe().constData());
    QVERIFY2(!result.out.contains("SELECT") && !result.out.toLower().contains("sqlite"),
             result.describe().constData());

    // Nothing was changed or created.
    QCOMPARE(folderHashes(m_lib), before);
    QCOMPARE(entriesUnder(m_dir.filePath(QStringLiteral("empty"))), emptyBefore);
    QCOMPARE(entriesUnder(m_dir.filePath(QStringLiteral("plain"))), plainBefore);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("out/exported"))));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no"))));
}

void CliBadInputTest::rejectedEditChangesNothing_data()
{
    QTest::addColumn<bool>("onTestimony");
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("mentions"); // a word the message must contain

    QTest::newRow("impossible interview date")
        << true << QStringLiteral("interview_date=2019-13-45") << QStringLiteral("date");
    QTest::newRow("impossible event date")
        << false << QStringLiteral("event_date=2019-02-30") << QStringLiteral("date");
    QTest::newRow("event date range with a bad end")
        << false << QStringLiteral("event_date=2019-01/2019-99") << QStringLiteral("date");
    QTest::newRow("range in a single-date field")
        << true << QStringLiteral("consent_date=2019/2020") << QStringLiteral("range");
    QTest::newRow("witness code on a document")
        << false << QStringLiteral("witness_code=W-014") << QStringLiteral("testimony");
    QTest::newRow("witness name on a document")
        << false << QStringLiteral("witness_name=Someone") << QStringLiteral("testimony");
    QTest::newRow("unknown consent scope")
        << true << QStringLiteral("consent=court,everyone") << QStringLiteral("consent");
    QTest::newRow("unknown kind") << false << QStringLiteral("kind=poem") << QStringLiteral("kind");
    QTest::newRow("empty kind") << false << QStringLiteral("kind=") << QStringLiteral("kind");
    QTest::newRow("bad language") << false << QStringLiteral("language=!!")
                                  << QStringLiteral("language");
    QTest::newRow("bad url") << false << QStringLiteral("source_url=not a url")
                             << QStringLiteral("web address");
    QTest::newRow("title on two lines")
        << false << QStringLiteral("title=one\ntwo") << QStringLiteral("single line");
    QTest::newRow("title too long")
        << false << QStringLiteral("title=") + QString(3000, QLatin1Char('x'))
        << QStringLiteral("too long");
}

void CliBadInputTest::rejectedEditChangesNothing()
{
    QFETCH(bool, onTestimony);
    QFETCH(QString, assignment);
    QFETCH(QString, mentions);
    const QString id = onTestimony ? m_testimonyId : m_docId;
    const QStringList show{QStringLiteral("show"), m_lib, id, QStringLiteral("--json")};

    // Nothing changes the items between rows, so one look before the first row will do.
    if (!m_shownBefore.contains(id)) {
        const CliResult before = m_cli.run(show);
        AMANAT_EXPECT_EXIT(before, 0);
        m_shownBefore.insert(id, before.out);
    }
    const QMap<QString, QString> hashesBefore = folderHashes(m_lib);

    // A valid value alongside the bad one must not be applied either.
    const CliResult set =
        m_cli.run({QStringLiteral("set"), m_lib, id,
                   QStringLiteral("description=should not be stored"), assignment});
    AMANAT_EXPECT_EXIT(set, 1);
    const QString problem = stderrProblem(set.err);
    QVERIFY2(problem.isEmpty(),
             qPrintable(problem + QStringLiteral(": ") + QString::fromUtf8(set.describe())));
    QVERIFY2(isOneLine(set.err), set.describe().constData());
    QVERIFY2(set.err.toLower().contains(mentions.toUtf8()), set.describe().constData());

    QCOMPARE(folderHashes(m_lib), hashesBefore);
    const CliResult after = m_cli.run(show);
    AMANAT_EXPECT_EXIT(after, 0);
    QCOMPARE(after.out, m_shownBefore.value(id));
}

void CliBadInputTest::initIntoNonEmptyFolder()
{
    const QString plain = m_dir.filePath(QStringLiteral("plain"));
    const QStringList entriesBefore = entriesUnder(plain);
    const QString notesHash = sha256OfFile(plain + QStringLiteral("/notes.txt"));
    const CliResult result = m_cli.run({QStringLiteral("init"), plain});
    AMANAT_EXPECT_EXIT(result, 1);
    QVERIFY2(stderrProblem(result.err).isEmpty(), result.describe().constData());
    QVERIFY2(isOneLine(result.err), result.describe().constData());
    QVERIFY(!result.out.contains("Recovery key"));
    QCOMPARE(entriesUnder(plain), entriesBefore);
    QCOMPARE(sha256OfFile(plain + QStringLiteral("/notes.txt")), notesHash);

    // An existing library is not overwritten either.
    const QMap<QString, QString> libBefore = folderHashes(m_lib);
    const CliResult again = m_cli.run({QStringLiteral("init"), m_lib});
    AMANAT_EXPECT_EXIT(again, 1);
    QVERIFY2(stderrProblem(again.err).isEmpty(), again.describe().constData());
    QCOMPARE(folderHashes(m_lib), libBefore);
    // And no staging folder is left behind next to either.
    const QStringList hidden =
        QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : hidden)
        QVERIFY2(!name.startsWith(QLatin1Char('.')), qPrintable(name));
}

QTEST_GUILESS_MAIN(CliBadInputTest)
#include "tst_cli_badinput.moc"
