// End-to-end tests of amanat-cli's everyday commands: dedupe on import, protected witness
// fields kept out of every output, raw-key opening the stock sqlcipher shell, and the
// commands working together (tags, search, backup, delete).

#include "CliRunner.h"

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace amanat::test;

class CliBasicsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importTwiceAddsNothing();
    void protectedFieldsNeverShown();
    void rawKeyOpensStockSqlcipherShell();
    void commandsWorkTogether();
    void theCustodianNamedInSettingsActs();

private:
    /** Creates a fresh library named @p name in the test's folder; fails the test if not. */
    QString newLibrary(const QString &name);
    int itemCount(const QString &library);
    int eventCount(const QString &library);

    QTemporaryDir m_dir;
    CliRunner m_cli;
};

void CliBasicsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(CliRunner::program()).isExecutable(), qPrintable(CliRunner::program()));
}

QString CliBasicsTest::newLibrary(const QString &name)
{
    const QString path = m_dir.filePath(name);
    CliResult result;
    const QString recoveryKey = m_cli.init(path, &result);
    if (recoveryKey.isEmpty())
        QTest::qFail(result.describe().constData(), __FILE__, __LINE__);
    return path;
}

int CliBasicsTest::itemCount(const QString &library)
{
    const CliResult list = m_cli.run({QStringLiteral("list"), library, QStringLiteral("--json")});
    if (!list.exitedWith(0))
        return -1;
    return int(jsonArrayFrom(list.out).size());
}

int CliBasicsTest::eventCount(const QString &library)
{
    const CliResult log = m_cli.run({QStringLiteral("log"), library, QStringLiteral("--json")});
    if (!log.exitedWith(0))
        return -1;
    return int(jsonArrayFrom(log.out).size());
}

void CliBasicsTest::importTwiceAddsNothing()
{
    const QString lib = newLibrary(QStringLiteral("dedupe"));
    QVERIFY(!QTest::currentTestFailed());
    const QString src = m_dir.filePath(QStringLiteral("dedupe-src"));
    QVERIFY(QDir().mkpath(src + QStringLiteral("/sub")));
    const QByteArray alpha = "alpha " + randomHex(16) + '\n';
    const QByteArray beta = randomBytes(10000);
    const QByteArray gamma = "gamma " + randomHex(16) + '\n';
    QVERIFY(writeFile(src + QStringLiteral("/a.txt"), alpha));
    QVERIFY(writeFile(src + QStringLiteral("/b.bin"), beta));
    QVERIFY(writeFile(src + QStringLiteral("/sub/a-copy.txt"), alpha)); // same bytes as a.txt
    QVERIFY(writeFile(src + QStringLiteral("/sub/c.txt"), gamma));

    // One file, twice.
    const QString fileA = src + QStringLiteral("/a.txt");
    const CliResult first =
        m_cli.run({QStringLiteral("import"), lib, fileA, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(first, 0);
    const QJsonArray firstJson = jsonArrayFrom(first.out);
    QCOMPARE(firstJson.size(), 1);
    const QJsonObject a = firstJson.at(0).toObject();
    QCOMPARE(a.value(QStringLiteral("duplicate")).toBool(true), false);
    QCOMPARE(a.value(QStringLiteral("sha256")).toString(), sha256Hex(alpha));
    const qint64 idA = a.value(QStringLiteral("id")).toInteger();
    QVERIFY(idA > 0);
    const int eventsAfterFirst = eventCount(lib);
    QVERIFY(eventsAfterFirst > 0);

    const CliResult again =
        m_cli.run({QStringLiteral("import"), lib, fileA, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(again, 0);
    const QJsonArray againJson = jsonArrayFrom(again.out);
    QCOMPARE(againJson.size(), 1);
    QCOMPARE(againJson.at(0).toObject().value(QStringLiteral("duplicate")).toBool(false), true);
    QCOMPARE(againJson.at(0).toObject().value(QStringLiteral("id")).toInteger(), idA);
    QCOMPARE(againJson.at(0).toObject().value(QStringLiteral("kind")).toString(),
             a.value(QStringLiteral("kind")).toString());
    QCOMPARE(itemCount(lib), 1);
    QCOMPARE(eventCount(lib), eventsAfterFirst);

    // The folder: a.txt and sub/a-copy.txt are the existing item, b and c are new.
    const CliResult folder =
        m_cli.run({QStringLiteral("import"), lib, src, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(folder, 0);
    const QJsonArray folderJson = jsonArrayFrom(folder.out);
    QCOMPARE(folderJson.size(), 4);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &value : folderJson) {
        const QJsonObject entry = value.toObject();
        byName.insert(QFileInfo(entry.value(QStringLiteral("path")).toString()).fileName(), entry);
    }
    QCOMPARE(byName.value(QStringLiteral("a.txt")).value(QStringLiteral("duplicate")).toBool(false),
             true);
    QCOMPARE(byName.value(QStringLiteral("a.txt")).value(QStringLiteral("id")).toInteger(), idA);
    QCOMPARE(
        byName.value(QStringLiteral("a-copy.txt")).value(QStringLiteral("duplicate")).toBool(false),
        true);
    QCOMPARE(byName.value(QStringLiteral("a-copy.txt")).value(QStringLiteral("id")).toInteger(),
             idA);
    QCOMPARE(byName.value(QStringLiteral("b.bin")).value(QStringLiteral("duplicate")).toBool(true),
             false);
    QCOMPARE(byName.value(QStringLiteral("b.bin")).value(QStringLiteral("sha256")).toString(),
             sha256Hex(beta));
    QCOMPARE(byName.value(QStringLiteral("c.txt")).value(QStringLiteral("duplicate")).toBool(true),
             false);
    QCOMPARE(itemCount(lib), 3);
    const int eventsAfterFolder = eventCount(lib);

    // The folder again: everything is a duplicate, nothing is added, nothing is logged.
    const CliResult folderAgain =
        m_cli.run({QStringLiteral("import"), lib, src, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(folderAgain, 0);
    const QJsonArray folderAgainJson = jsonArrayFrom(folderAgain.out);
    QCOMPARE(folderAgainJson.size(), 4);
    for (const QJsonValue &value : folderAgainJson) {
        const QJsonObject entry = value.toObject();
        QVERIFY2(entry.value(QStringLiteral("duplicate")).toBool(false),
                 qPrintable(entry.value(QStringLiteral("path")).toString()));
        const QString name = QFileInfo(entry.value(QStringLiteral("path")).toString()).fileName();
        QCOMPARE(entry.value(QStringLiteral("id")).toInteger(),
                 byName.value(name).value(QStringLiteral("id")).toInteger());
    }
    QCOMPARE(itemCount(lib), 3);
    QCOMPARE(eventCount(lib), eventsAfterFolder);

    // Text mode says so too.
    const CliResult text = m_cli.run({QStringLiteral("import"), lib, fileA});
    AMANAT_EXPECT_EXIT(text, 0);
    QVERIFY2(text.out.startsWith(QByteArray("duplicate\t" + QByteArray::number(idA) + '\t')),
             text.out.constData());
    QCOMPARE(itemCount(lib), 3);
}

void CliBasicsTest::protectedFieldsNeverShown()
{
    const QString lib = newLibrary(QStringLiteral("protected"));
    QVERIFY(!QTest::currentTestFailed());
    const QString file = m_dir.filePath(QStringLiteral("interview-notes.txt"));
    QVERIFY(writeFile(file, "Interview notes " + randomHex(16) + '\n'));
    const CliResult imported =
        m_cli.run({QStringLiteral("import"), lib, file, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(imported, 0);
    const QString id = QString::number(
        jsonArrayFrom(imported.out).at(0).toObject().value(QStringLiteral("id")).toInteger());

    const QByteArray nameMark = randomHex(12);
    const QByteArray contactMark = randomHex(12);
    const QString name = QStringLiteral("Canary Name ") + QString::fromLatin1(nameMark);
    const QString contact = QStringLiteral("+000 canary ") + QString::fromLatin1(contactMark);
    const CliResult set = m_cli.run(
        {QStringLiteral("set"), lib, id, QStringLiteral("kind=testimony"),
         QStringLiteral("witness_name=") + name, QStringLiteral("witness_contact=") + contact,
         QStringLiteral("witness_code=W-014")});
    AMANAT_EXPECT_EXIT(set, 0);

    const QList<QByteArray> secrets{nameMark, contactMark, name.toUtf8(), contact.toUtf8()};
    const QList<QStringList> commands{
        {QStringLiteral("list"), lib},
        {QStringLiteral("list"), lib, QStringLiteral("--json")},
        {QStringLiteral("show"), lib, id},
        {QStringLiteral("show"), lib, id, QStringLiteral("--json")},
        {QStringLiteral("log"), lib},
        {QStringLiteral("log"), lib, QStringLiteral("--json")},
        {QStringLiteral("log"), lib, id, QStringLiteral("--json")},
        {QStringLiteral("search"), lib, QStringLiteral("interview")},
        {QStringLiteral("search"), lib, QStringLiteral("W-014"), QStringLiteral("--json")},
        {QStringLiteral("search"), lib, QStringLiteral("canary"), QStringLiteral("--json")},
        {QStringLiteral("search"), lib, QString::fromLatin1(nameMark)},
        {QStringLiteral("search"), lib, QString::fromLatin1(contactMark), QStringLiteral("--json")},
        {QStringLiteral("verify"), lib, QStringLiteral("--json")},
    };
    QHash<QString, QByteArray> outputs;
    for (const QStringList &args : commands) {
        const CliResult result = m_cli.run(args);
        AMANAT_EXPECT_EXIT(result, 0);
        // search --json repeats the query it was given; everything else must be clean.
        QByteArray checked = result.out;
        if (args.first() == QLatin1String("search") && args.contains(QStringLiteral("--json"))) {
            QJsonObject object = jsonObjectFrom(result.out);
            QVERIFY2(object.contains(QStringLiteral("results")), result.describe().constData());
            object.remove(QStringLiteral("query"));
            checked = QJsonDocument(object).toJson();
        }
        for (const QByteArray &secret : secrets) {
            const QByteArray message = "protected value leaked by " + result.describe();
            QVERIFY2(!checked.contains(secret), message.constData());
            QVERIFY2(!result.err.contains(secret), message.constData());
        }
        QStringList key = args;
        key.removeAt(1); // the library path
        outputs.insert(key.join(QLatin1Char(' ')), result.out);
    }

    // The searches still work: by title and by witness code the item is found, by the
    // protected values it is not.
    const QByteArray idColumn = id.toUtf8() + '\t';
    QVERIFY2(
        outputs.value(QStringLiteral("search interview")).contains(QByteArray('\n' + idColumn)),
        outputs.value(QStringLiteral("search interview")).constData());
    const auto total = [&](const QString &key) {
        return jsonObjectFrom(outputs.value(key)).value(QStringLiteral("total")).toInt(-1);
    };
    QCOMPARE(total(QStringLiteral("search W-014 --json")), 1);
    QCOMPARE(total(QStringLiteral("search canary --json")), 0);
    QVERIFY(!outputs.value(QStringLiteral("search ") + QString::fromLatin1(nameMark))
                 .contains(idColumn));
    QCOMPARE(total(QStringLiteral("search ") + QString::fromLatin1(contactMark) +
                   QStringLiteral(" --json")),
             0);

    // show --json says which protected fields are set, without their values.
    const QJsonObject shown =
        jsonObjectFrom(outputs.value(QStringLiteral("show ") + id + QStringLiteral(" --json")));
    QCOMPARE(shown.value(QStringLiteral("kind")).toString(), QStringLiteral("testimony"));
    QStringList protectedSet;
    for (const QJsonValue &value : shown.value(QStringLiteral("protected_fields_set")).toArray())
        protectedSet << value.toString();
    protectedSet.sort();
    QCOMPARE(protectedSet,
             QStringList({QStringLiteral("witness_contact"), QStringLiteral("witness_name")}));
    const QJsonObject fields = shown.value(QStringLiteral("fields")).toObject();
    QCOMPARE(fields.value(QStringLiteral("witness_code")).toString(), QStringLiteral("W-014"));
    QVERIFY(!fields.contains(QStringLiteral("witness_name")));
    QVERIFY(!fields.contains(QStringLiteral("witness_contact")));

    // The edit is logged, the values are not (checked above); the folder is encrypted.
    QVERIFY(outputs.value(QStringLiteral("log --json")).contains("witness_name"));
    QVERIFY2(filesContaining(lib, secrets).isEmpty(),
             qPrintable(filesContaining(lib, secrets).join(QLatin1Char(' '))));

    // Clearing one protected field is reflected too.
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("set"), lib, id, QStringLiteral("witness_name=")}),
                       0);
    const CliResult after = m_cli.run({QStringLiteral("show"), lib, id, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(after, 0);
    QCOMPARE(jsonObjectFrom(after.out).value(QStringLiteral("protected_fields_set")).toArray(),
             QJsonArray({QStringLiteral("witness_contact")}));
}

void CliBasicsTest::rawKeyOpensStockSqlcipherShell()
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    QVERIFY2(!shell.isEmpty(),
             "the stock sqlcipher shell is not installed (scripts/install-deps.sh)");
    const QString lib = newLibrary(QStringLiteral("rawkey"));
    QVERIFY(!QTest::currentTestFailed());
    for (int i = 0; i < 3; ++i) {
        const QString file = m_dir.filePath(QStringLiteral("raw-%1.bin").arg(i));
        QVERIFY(writeFile(file, randomBytes(5000 + i)));
        AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("import"), lib, file}), 0);
    }
    const int items = itemCount(lib);
    QCOMPARE(items, 3);

    const CliResult rawKey = m_cli.run({QStringLiteral("raw-key"), lib});
    AMANAT_EXPECT_EXIT(rawKey, 0);
    QVERIFY2(rawKey.out.contains("PRAGMA key"), rawKey.out.constData());
    QVERIFY2(rawKey.err.contains("WARNING"), rawKey.err.constData());

    const QString database = lib + QStringLiteral("/library.db");
    const QByteArray script = rawKey.out + ".tables\nSELECT count(*) FROM items;\n";
    const CliResult opened = runProgram(shell, {database}, baseEnvironment(), script);
    QVERIFY2(opened.exitedWith(0), opened.describe().constData());
    const QList<QByteArray> words = opened.out.simplified().split(' ');
    for (const char *table : {"items", "originals", "custody_events", "tags"})
        QVERIFY2(words.contains(table), opened.describe().constData());
    const QList<QByteArray> lines = opened.out.trimmed().split('\n');
    QCOMPARE(lines.last().trimmed(), QByteArray::number(items));

    // Without the key lines the same file shows nothing.
    const CliResult locked =
        runProgram(shell, {database}, baseEnvironment(), ".tables\nSELECT count(*) FROM items;\n");
    QVERIFY2(!locked.out.contains("custody_events"), locked.describe().constData());

    // Showing the key is itself logged, and reading with the shell damaged nothing.
    const CliResult log = m_cli.run({QStringLiteral("log"), lib, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(log, 0);
    bool logged = false;
    for (const QJsonValue &event : jsonArrayFrom(log.out))
        logged = logged || event.toObject().value(QStringLiteral("action")).toString() ==
                               QLatin1String("raw_key_shown");
    QVERIFY2(logged, log.out.constData());
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("verify"), lib}), 0);
}

void CliBasicsTest::commandsWorkTogether()
{
    const QString lib = newLibrary(QStringLiteral("together"));
    QVERIFY(!QTest::currentTestFailed());
    const QString file = m_dir.filePath(QStringLiteral("report-2019.pdf.bin"));
    QVERIFY(writeFile(file, randomBytes(70000)));
    const CliResult imported = m_cli.run(
        {QStringLiteral("import"), lib, file, QStringLiteral("--kind"), QStringLiteral("report"),
         QStringLiteral("--title"), QStringLiteral("Annual report"), QStringLiteral("--tag"),
         QStringLiteral("Violations/Detention"), QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(imported, 0);
    const QJsonObject entry = jsonArrayFrom(imported.out).at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("kind")).toString(), QStringLiteral("report"));
    const QString id = QString::number(entry.value(QStringLiteral("id")).toInteger());

    const auto show = [&] {
        const CliResult result =
            m_cli.run({QStringLiteral("show"), lib, id, QStringLiteral("--json")});
        return result.exitedWith(0) ? jsonObjectFrom(result.out) : QJsonObject();
    };
    QJsonObject shown = show();
    QCOMPARE(shown.value(QStringLiteral("title")).toString(), QStringLiteral("Annual report"));
    QCOMPARE(shown.value(QStringLiteral("tags")).toArray(),
             QJsonArray({QStringLiteral("Violations/Detention")}));
    QCOMPARE(shown.value(QStringLiteral("size")).toInteger(), qint64(70000));
    QCOMPARE(shown.value(QStringLiteral("sha256")).toString(), sha256OfFile(file));

    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("tag"), lib, id, QStringLiteral("--add"),
                                  QStringLiteral("Places/Xinjiang"), QStringLiteral("--remove"),
                                  QStringLiteral("Violations/Detention")}),
                       0);
    AMANAT_EXPECT_EXIT(
        m_cli.run({QStringLiteral("set"), lib, id, QStringLiteral("event_date=2019-04/2019-06"),
                   QStringLiteral("place=Ürümqi")}),
        0);
    shown = show();
    QCOMPARE(shown.value(QStringLiteral("tags")).toArray(),
             QJsonArray({QStringLiteral("Places/Xinjiang")}));
    const QJsonObject fields = shown.value(QStringLiteral("fields")).toObject();
    QCOMPARE(fields.value(QStringLiteral("event_date")).toString(),
             QStringLiteral("2019-04/2019-06"));
    QCOMPARE(fields.value(QStringLiteral("place")).toString(), QStringLiteral("Ürümqi"));

    const CliResult tags = m_cli.run({QStringLiteral("tags"), lib, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(tags, 0);
    QSet<QString> tagPaths;
    for (const QJsonValue &tag : jsonArrayFrom(tags.out))
        tagPaths.insert(tag.toObject().value(QStringLiteral("path")).toString());
    QVERIFY2(tagPaths.contains(QStringLiteral("Places/Xinjiang")), tags.out.constData());

    const CliResult search = m_cli.run(
        {QStringLiteral("search"), lib, QStringLiteral("ÜRÜMQI"), QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(search, 0);
    QCOMPARE(jsonObjectFrom(search.out).value(QStringLiteral("total")).toInt(), 1);

    // A backup is a library of its own with the same content.
    const QString copy = m_dir.filePath(QStringLiteral("together-backup"));
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("backup"), lib, copy}), 0);
    const CliResult listOriginal =
        m_cli.run({QStringLiteral("list"), lib, QStringLiteral("--json")});
    const CliResult listCopy = m_cli.run({QStringLiteral("list"), copy, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(listCopy, 0);
    QCOMPARE(listCopy.out, listOriginal.out);
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("verify"), copy}), 0);
    QVERIFY(plainSqliteFilesUnder(copy).isEmpty());

    // Delete: gone from list and show, logged, and the library still verifies.
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("delete"), lib, id}), 0);
    QCOMPARE(itemCount(lib), 0);
    const CliResult gone = m_cli.run({QStringLiteral("show"), lib, id});
    AMANAT_EXPECT_EXIT(gone, 1);
    const CliResult log = m_cli.run({QStringLiteral("log"), lib, id, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(log, 0);
    QStringList actions;
    for (const QJsonValue &event : jsonArrayFrom(log.out))
        actions << event.toObject().value(QStringLiteral("action")).toString();
    QVERIFY2(actions.contains(QStringLiteral("import")) &&
                 actions.contains(QStringLiteral("delete")) &&
                 actions.contains(QStringLiteral("edit")),
             qPrintable(actions.join(QLatin1Char(' '))));
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("verify"), lib}), 0);
}

// The custody log names the person set in the library's settings, not the account.
void CliBasicsTest::theCustodianNamedInSettingsActs()
{
    const QString lib = newLibrary(QStringLiteral("custodian"));
    auto newestActor = [&] {
        const QJsonArray events =
            jsonArrayFrom(m_cli.run({QStringLiteral("log"), lib, QStringLiteral("--json")}).out);
        return events.last().toObject().value(QStringLiteral("actor")).toString();
    };
    // Before: the account name, as the probe for the name below shows.
    QVERIFY2(!newestActor().contains(QStringLiteral("Amina")), qPrintable(newestActor()));
    AMANAT_EXPECT_EXIT(
        m_cli.run({QStringLiteral("settings"), lib, QStringLiteral("custodian=Amina Yusuf\nX")}),
        2);
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("settings"), lib, QStringLiteral("colour=red")}),
                       2);
    const CliResult set =
        m_cli.run({QStringLiteral("settings"), lib, QStringLiteral("custodian=Amina Yusuf")});
    AMANAT_EXPECT_EXIT(set, 0);
    QVERIFY2(set.out.contains("custodian=Amina Yusuf\n"), set.out.constData());
    QCOMPARE(newestActor(), QStringLiteral("Amina Yusuf (amanat-cli)"));
    // Every later change, in later runs, names her.
    const QString file = m_dir.filePath(QStringLiteral("note.txt"));
    writeFile(file, "a note\n");
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("import"), lib, file}), 0);
    QCOMPARE(newestActor(), QStringLiteral("Amina Yusuf (amanat-cli)"));
    const CliResult shown = m_cli.run({QStringLiteral("settings"), lib});
    QVERIFY2(shown.out.contains("custodian=Amina Yusuf\n"), shown.out.constData());
    // Cleared: the account name again.
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("settings"), lib, QStringLiteral("custodian=")}),
                       0);
    QVERIFY2(!newestActor().contains(QStringLiteral("Amina")), qPrintable(newestActor()));
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("verify"), lib}), 0);
}

QTEST_GUILESS_MAIN(CliBasicsTest)
#include "tst_cli_basics.moc"
