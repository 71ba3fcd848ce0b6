// End-to-end tests of amanat-cli import-csv (issue 15): a field office's spreadsheet of
// 1,000 rows with files comes in whole, fields and tags included; a spreadsheet with one bad
// row writes nothing and names the line; quoted line breaks keep the line numbers right;
// files already in the library are not imported twice; the text of new files is extracted.

#include "CliRunner.h"

#include <QTemporaryDir>
#include <QTest>

using namespace amanat::test;

class CliSpreadsheetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aThousandRowsWithFilesComeInWhole();
    void oneBadRowWritesNothingAndNamesTheLine();
    void everyProblemIsListedWithItsLine();
    void aBadHeaderIsRefused();
    void filesAlreadyInTheLibraryAreNotImportedTwice();
    void newFilesAreExtractedAndSearchable();

private:
    QJsonArray list() const;
    int logCount() const;
    QString writeCsv(const QString &name, const QString &text) const;

    QTemporaryDir m_dir;
    CliRunner m_cli;
    QString m_lib;
};

void CliSpreadsheetTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_lib = m_dir.filePath(QStringLiteral("lib"));
    CliResult created;
    QVERIFY2(!m_cli.init(m_lib, &created).isEmpty(), created.describe().constData());
}

QJsonArray CliSpreadsheetTest::list() const
{
    const CliResult listed = m_cli.run({QStringLiteral("list"), m_lib, QStringLiteral("--json")});
    if (!listed.exitedWith(0))
        qWarning("%s", listed.describe().constData());
    return QJsonDocument::fromJson(listed.out).array();
}

int CliSpreadsheetTest::logCount() const
{
    const CliResult log = m_cli.run({QStringLiteral("log"), m_lib, QStringLiteral("--json")});
    return int(QJsonDocument::fromJson(log.out).array().size());
}

QString CliSpreadsheetTest::writeCsv(const QString &name, const QString &text) const
{
    const QString path = m_dir.filePath(name);
    writeFile(path, text.toUtf8());
    return path;
}

void CliSpreadsheetTest::aThousandRowsWithFilesComeInWhole()
{
    const QString files = m_dir.filePath(QStringLiteral("office/files"));
    QVERIFY(QDir().mkpath(files));
    // As a spreadsheet program saves it: a byte-order mark, CRLF, quoted commas and quotes.
    QString csv = QStringLiteral("\xFEFFTitle,file,event_date,place,tags,description,Kind\r\n");
    for (int i = 0; i < 1000; ++i) {
        const QString name = QStringLiteral("note-%1.txt").arg(i, 4, 10, QLatin1Char('0'));
        QVERIFY(writeFile(
            files + QLatin1Char('/') + name,
            QStringLiteral("Field note %1 from the northern district.\n").arg(i).toUtf8()));
        csv += QStringLiteral("\"Note %1, \"\"district\"\"\",files/%2,2019-%3,Kashgar,"
                              "Field notes|Region/North,Taken by the team,\r\n")
                   .arg(i)
                   .arg(name)
                   .arg(i % 12 + 1, 2, 10, QLatin1Char('0'));
    }
    // A testimony taken on paper: no file, a multi-line description, a protected name.
    csv += QStringLiteral("Interview W-201,,2020-05,,Testimonies/W-201,\"First line\r\nsecond "
                          "line\",testimony\r\n");
    const QString sheet = writeCsv(QStringLiteral("office/items.csv"), csv);
    const QString withKind = writeCsv(
        QStringLiteral("office/testimony.csv"),
        QStringLiteral("kind,title,witness_code,interview_date,consent,witness_name\n"
                       "testimony,Interview W-202,W-202,2021-03-04,court,Guljan Ablimit\n"));

    const CliResult imported =
        m_cli.run({QStringLiteral("import-csv"), m_lib, sheet, QStringLiteral("--no-extract"),
                   QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(imported, 0);
    const QJsonArray outcomes = QJsonDocument::fromJson(imported.out).array();
    QCOMPARE(outcomes.size(), 1001);
    QCOMPARE(outcomes.first().toObject().value(QStringLiteral("line")).toInt(), 2);
    QCOMPARE(outcomes.last().toObject().value(QStringLiteral("line")).toInt(), 1002);
    QVERIFY(outcomes.last().toObject().value(QStringLiteral("path")).toString().isEmpty());

    const CliResult testimony =
        m_cli.run({QStringLiteral("import-csv"), m_lib, withKind, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(testimony, 0);

    const QJsonArray items = list();
    QCOMPARE(items.size(), 1002);
    // Row 1 of the sheet, field by field.
    const qint64 first = outcomes.first().toObject().value(QStringLiteral("id")).toInteger();
    const QJsonObject shown =
        QJsonDocument::fromJson(m_cli
                                    .run({QStringLiteral("show"), m_lib, QString::number(first),
                                          QStringLiteral("--json")})
                                    .out)
            .object();
    QCOMPARE(shown.value(QStringLiteral("title")).toString(),
             QStringLiteral("Note 0, \"district\""));
    QCOMPARE(shown.value(QStringLiteral("original_name")).toString(),
             QStringLiteral("note-0000.txt"));
    const QJsonObject fields = shown.value(QStringLiteral("fields")).toObject();
    QCOMPARE(fields.value(QStringLiteral("event_date")).toString(), QStringLiteral("2019-01"));
    QCOMPARE(fields.value(QStringLiteral("place")).toString(), QStringLiteral("Kashgar"));
    QCOMPARE(fields.value(QStringLiteral("description")).toString(),
             QStringLiteral("Taken by the team"));
    QStringList tags;
    for (const QJsonValue &tag : shown.value(QStringLiteral("tags")).toArray())
        tags << tag.toString();
    tags.sort();
    QCOMPARE(tags, (QStringList{QStringLiteral("Field notes"), QStringLiteral("Region/North")}));

    // The paper testimony and the one with its protected name.
    const QJsonObject paper = items.at(1000).toObject();
    QCOMPARE(paper.value(QStringLiteral("title")).toString(), QStringLiteral("Interview W-201"));
    QVERIFY(paper.value(QStringLiteral("sha256")).isNull());
    const QJsonObject paperShown =
        QJsonDocument::fromJson(
            m_cli
                .run({QStringLiteral("show"), m_lib,
                      QString::number(paper.value(QStringLiteral("id")).toInteger()),
                      QStringLiteral("--json")})
                .out)
            .object();
    QCOMPARE(paperShown.value(QStringLiteral("fields"))
                 .toObject()
                 .value(QStringLiteral("description"))
                 .toString(),
             QStringLiteral("First line\nsecond line"));
    const QJsonObject w202 = items.at(1001).toObject();
    QCOMPARE(w202.value(QStringLiteral("kind")).toString(), QStringLiteral("testimony"));
    const QJsonObject w202Shown =
        QJsonDocument::fromJson(
            m_cli
                .run({QStringLiteral("show"), m_lib,
                      QString::number(w202.value(QStringLiteral("id")).toInteger()),
                      QStringLiteral("--json")})
                .out)
            .object();
    QCOMPARE(w202Shown.value(QStringLiteral("fields"))
                 .toObject()
                 .value(QStringLiteral("witness_code"))
                 .toString(),
             QStringLiteral("W-202"));
    QCOMPARE(w202Shown.value(QStringLiteral("protected_fields_set")).toArray().size(), 1);
    // The protected name is in no output, and the spreadsheet's import is in the log.
    QVERIFY(!testimony.out.contains("Guljan") && !testimony.err.contains("Guljan"));
    const CliResult log = m_cli.run({QStringLiteral("log"), m_lib, QStringLiteral("--json")});
    QVERIFY(log.out.contains("import_spreadsheet"));
    QVERIFY(!log.out.contains("Guljan"));
}

void CliSpreadsheetTest::oneBadRowWritesNothingAndNamesTheLine()
{
    const QString files = m_dir.filePath(QStringLiteral("bad"));
    QVERIFY(QDir().mkpath(files));
    QVERIFY(writeFile(files + QStringLiteral("/a.txt"), "first file of the bad sheet\n"));
    QVERIFY(writeFile(files + QStringLiteral("/b.txt"), "second file of the bad sheet\n"));
    QVERIFY(writeFile(files + QStringLiteral("/c.txt"), "third file of the bad sheet\n"));
    // The bad date is on line 5, after a description that runs over two lines.
    const QString sheet = writeCsv(QStringLiteral("bad/items.csv"),
                                   QStringLiteral("title,file,event_date,description\n"
                                                  "First,a.txt,2019,\"two\nlines\"\n"
                                                  "Second,b.txt,2020,\n"
                                                  "Third,c.txt,2019-14-40,\n"));
    const QJsonArray before = list();
    const int eventsBefore = logCount();
    const CliResult refused = m_cli.run({QStringLiteral("import-csv"), m_lib, sheet});
    QVERIFY2(refused.exitedNormally() && refused.exitCode != 0, refused.describe().constData());
    QVERIFY2(refused.err.contains("Line 5:"), refused.err.constData());
    QVERIFY2(!refused.err.contains("Line 2:") && !refused.err.contains("Line 4:"),
             refused.err.constData());
    // Nothing at all was written: not the good rows before it, not a log event.
    QCOMPARE(list(), before);
    QCOMPARE(logCount(), eventsBefore);
}

void CliSpreadsheetTest::everyProblemIsListedWithItsLine()
{
    const QString sheet = writeCsv(QStringLiteral("problems.csv"),
                                   QStringLiteral("title,kind,file,tags,witness_code\n"
                                                  "Missing,,nowhere.txt,,\n"
                                                  "Bad tag,report,,A//B,\n"
                                                  "Code on a report,report,,,W-1\n"));
    const QJsonArray before = list();
    const CliResult refused = m_cli.run({QStringLiteral("import-csv"), m_lib, sheet});
    QVERIFY2(refused.exitedNormally() && refused.exitCode != 0, refused.describe().constData());
    for (const char *line : {"Line 2:", "Line 3:", "Line 4:"})
        QVERIFY2(refused.err.contains(line), refused.err.constData());
    QVERIFY2(refused.err.contains("nowhere.txt"), refused.err.constData());
    // A missing file is the row's one problem: what kind it would have is not guessed at.
    QVERIFY2(!refused.err.contains("needs a kind"), refused.err.constData());
    QCOMPARE(list(), before);
}

void CliSpreadsheetTest::aBadHeaderIsRefused()
{
    const QString sheet =
        writeCsv(QStringLiteral("header.csv"), QStringLiteral("title,colour\nOne,red\n"));
    const CliResult refused = m_cli.run({QStringLiteral("import-csv"), m_lib, sheet});
    QVERIFY2(refused.exitedNormally() && refused.exitCode != 0, refused.describe().constData());
    QVERIFY2(refused.err.contains("colour"), refused.err.constData());
    // A quote left open is named by the line it opens on.
    const QString open =
        writeCsv(QStringLiteral("open.csv"),
                 QStringLiteral("title,description\nOne,fine\nTwo,\"never closed\n"));
    const CliResult unclosed = m_cli.run({QStringLiteral("import-csv"), m_lib, open});
    QVERIFY2(unclosed.exitedNormally() && unclosed.exitCode != 0, unclosed.describe().constData());
    QVERIFY2(unclosed.err.contains("Line 3"), unclosed.err.constData());
}

void CliSpreadsheetTest::filesAlreadyInTheLibraryAreNotImportedTwice()
{
    const QString sheet = writeCsv(QStringLiteral("office/again.csv"),
                                   QStringLiteral("file,title,,\nfiles/note-0001.txt,Renamed,,\n"));
    const int before = int(list().size());
    const CliResult again = m_cli.run({QStringLiteral("import-csv"), m_lib, sheet});
    AMANAT_EXPECT_EXIT(again, 0);
    QVERIFY2(again.out.startsWith("duplicate\t"), again.out.constData());
    QCOMPARE(int(list().size()), before);
    // The item keeps its own title.
    QVERIFY(!QJsonDocument(list()).toJson().contains("Renamed"));
}

void CliSpreadsheetTest::newFilesAreExtractedAndSearchable()
{
    const QString dir = m_dir.filePath(QStringLiteral("extract"));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(writeFile(dir + QStringLiteral("/statement.txt"),
                      "The checkpoint guards confiscated the passports of the villagers.\n"));
    const QString sheet = writeCsv(QStringLiteral("extract/items.csv"),
                                   QStringLiteral("file,title\nstatement.txt,Statement\n"));
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("import-csv"), m_lib, sheet}), 0);
    const CliResult found = m_cli.run(
        {QStringLiteral("search"), m_lib, QStringLiteral("confiscated"), QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(found, 0);
    QVERIFY2(found.out.contains("Statement"), found.out.constData());
}

QTEST_GUILESS_MAIN(CliSpreadsheetTest)
#include "tst_cli_spreadsheet.moc"
