// End-to-end tests of the open exports (issue 15). export-bag: a tag's, a query's, a
// dossier's or chosen items leave as a BagIt bag (RFC 8493) that a validator accepts — the
// checks of RFC 8493 below, and the reference bagit.py when it is installed; originals come
// out byte-identical; no protected witness field is in any file of the bag; the bag's
// items.csv imports into another library; a bag never overwrites a folder; the export is in
// the custody log. export-uwazi: the ZIP Uwazi imports, with the documented columns.

#include "CliRunner.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace amanat::test;

namespace {

/** Every file under @p root, relative to it, with '/' separators. */
QStringList relativeFilesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

/** A manifest's lines as path → checksum; RFC 8493 §2.1.3 escapes undone. */
QMap<QString, QString> readManifest(const QString &path)
{
    QMap<QString, QString> entries;
    for (const QByteArray &line : readFile(path).split('\n')) {
        if (line.isEmpty())
            continue;
        const int space = line.indexOf(' ');
        QString name = QString::fromUtf8(line.mid(space + 1).trimmed());
        name.replace(QStringLiteral("%0A"), QStringLiteral("\n"));
        name.replace(QStringLiteral("%0D"), QStringLiteral("\r"));
        name.replace(QStringLiteral("%25"), QStringLiteral("%"));
        entries.insert(name, QString::fromLatin1(line.left(space)));
    }
    return entries;
}

/** The checks of RFC 8493 a validator makes of a complete, valid bag; empty when valid. */
QString bagProblems(const QString &bag)
{
    if (readFile(bag + QStringLiteral("/bagit.txt")) !=
        "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
        return QStringLiteral("bagit.txt");
    const QMap<QString, QString> manifest =
        readManifest(bag + QStringLiteral("/manifest-sha256.txt"));
    // Complete: every payload file is listed; valid: every listed file has its checksum.
    QStringList payload;
    for (const QString &file : relativeFilesUnder(bag))
        if (file.startsWith(QLatin1String("data/")))
            payload << file;
    if (QStringList(manifest.keys()) != payload)
        return QStringLiteral("manifest lists %1, payload is %2")
            .arg(manifest.keys().join(QLatin1Char(',')), payload.join(QLatin1Char(',')));
    qint64 octets = 0;
    for (auto it = manifest.constBegin(); it != manifest.constEnd(); ++it) {
        if (sha256OfFile(bag + QLatin1Char('/') + it.key()) != it.value())
            return QStringLiteral("checksum of ") + it.key();
        octets += QFileInfo(bag + QLatin1Char('/') + it.key()).size();
    }
    const QMap<QString, QString> tags =
        readManifest(bag + QStringLiteral("/tagmanifest-sha256.txt"));
    for (const char *tagFile : {"bagit.txt", "bag-info.txt", "manifest-sha256.txt"})
        if (sha256OfFile(bag + QLatin1Char('/') + QLatin1String(tagFile)) !=
            tags.value(QLatin1String(tagFile)))
            return QStringLiteral("tag manifest: ") + QLatin1String(tagFile);
    const QByteArray oxum =
        "Payload-Oxum: " + QByteArray::number(octets) + '.' + QByteArray::number(manifest.size());
    if (!readFile(bag + QStringLiteral("/bag-info.txt")).contains(oxum))
        return QStringLiteral("Payload-Oxum, expected ") + QString::fromLatin1(oxum);
    return QString();
}

/** Whether any file under @p root holds @p needle in its bytes. */
bool anyFileHolds(const QString &root, const QByteArray &needle)
{
    for (const QString &file : relativeFilesUnder(root))
        if (readFile(root + QLatin1Char('/') + file).contains(needle))
            return true;
    return false;
}

} // namespace

class CliExportsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aTagLeavesAsAValidBag();
    void theReferenceValidatorAcceptsIt();
    void aDossierAndChosenItemsToo();
    void theBagImportsIntoAnotherLibrary();
    void aBagNeverOverwritesAFolder();
    void uwaziGetsTheDocumentedColumnsAndTheFiles();

private:
    QTemporaryDir m_dir;
    CliRunner m_cli;
    QString m_lib;
    QString m_tagBag;
    qint64 m_report = 0, m_photo = 0, m_testimony = 0, m_decision = 0;
};

void CliExportsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_lib = m_dir.filePath(QStringLiteral("lib"));
    QVERIFY(!m_cli.init(m_lib).isEmpty());
    const QString src = m_dir.filePath(QStringLiteral("src"));
    QVERIFY(QDir().mkpath(src));
    // Names a manifest must escape, and one in Arabic script.
    QVERIFY(writeFile(src + QStringLiteral("/report 100%.txt"),
                      "Report on the detention centre, with figures.\n"));
    QVERIFY(writeFile(src + QStringLiteral("/صورة.bin"), randomBytes(300000)));
    QVERIFY(writeFile(src + QStringLiteral("/statement.txt"),
                      "The witness describes the night of the arrest.\n"));
    QVERIFY(writeFile(src + QStringLiteral("/decision.pdf"),
                      "%PDF-1.4\n% a stand-in court decision, never parsed here\n%%EOF\n"));
    m_report = m_cli.importOne(m_lib, src + QStringLiteral("/report 100%.txt"),
                               {QStringLiteral("--tag"), QStringLiteral("Bag/Reports")});
    m_photo = m_cli.importOne(m_lib, src + QStringLiteral("/صورة.bin"),
                              {QStringLiteral("--tag"), QStringLiteral("Bag")});
    m_testimony = m_cli.importOne(m_lib, src + QStringLiteral("/statement.txt"),
                                  {QStringLiteral("--kind"), QStringLiteral("testimony")});
    m_decision = m_cli.importOne(
        m_lib, src + QStringLiteral("/decision.pdf"),
        {QStringLiteral("--tag"), QStringLiteral("Bag/Reports"), QStringLiteral("--no-extract")});
    QVERIFY(m_report && m_photo && m_testimony && m_decision);
    AMANAT_EXPECT_EXIT(
        m_cli.run({QStringLiteral("set"), m_lib, QString::number(m_report),
                   QStringLiteral("event_date=2019-03"), QStringLiteral("place=Kashgar")}),
        0);
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("set"), m_lib, QString::number(m_testimony),
                                  QStringLiteral("witness_code=W-31"),
                                  QStringLiteral("witness_name=Mihrigul Tursun")}),
                       0);
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("dossier"), QStringLiteral("create"), m_lib,
                                  QStringLiteral("Appeal")}),
                       0);
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("dossier"), QStringLiteral("add"), m_lib,
                                  QStringLiteral("Appeal"), QString::number(m_testimony),
                                  QString::number(m_report)}),
                       0);
}

void CliExportsTest::aTagLeavesAsAValidBag()
{
    m_tagBag = m_dir.filePath(QStringLiteral("tag-bag"));
    const CliResult exported =
        m_cli.run({QStringLiteral("export-bag"), m_lib, QStringLiteral("--tag"),
                   QStringLiteral("Bag"), m_tagBag, QStringLiteral("--organization"),
                   QStringLiteral("Field Office North"), QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(exported, 0);
    const QJsonObject report = QJsonDocument::fromJson(exported.out).object();
    QCOMPARE(report.value(QStringLiteral("items")).toInt(), 3); // the tag and its sub-tag
    QCOMPARE(bagProblems(m_tagBag), QString());
    // The originals, byte for byte, under their own names.
    QVERIFY(filesEqual(m_dir.filePath(QStringLiteral("src/صورة.bin")),
                       m_tagBag + QStringLiteral("/data/items/%1/original/صورة.bin").arg(m_photo)));
    QVERIFY(filesEqual(
        m_dir.filePath(QStringLiteral("src/report 100%.txt")),
        m_tagBag + QStringLiteral("/data/items/%1/original/report 100%.txt").arg(m_report)));
    const QByteArray manifest = readFile(m_tagBag + QStringLiteral("/manifest-sha256.txt"));
    QVERIFY2(manifest.contains("report 100%25.txt"), manifest.constData());
    // Metadata, and what bag-info says of the bag.
    const QJsonObject metadata =
        QJsonDocument::fromJson(
            readFile(m_tagBag + QStringLiteral("/data/items/%1/metadata.json").arg(m_report)))
            .object();
    QCOMPARE(metadata.value(QStringLiteral("fields")).toObject().value(QStringLiteral("place")),
             QJsonValue(QStringLiteral("Kashgar")));
    QCOMPARE(metadata.value(QStringLiteral("tags")).toArray().first().toString(),
             QStringLiteral("Bag/Reports"));
    QVERIFY(readFile(m_tagBag + QStringLiteral("/data/items/%1/text.txt").arg(m_report))
                .contains("detention centre"));
    const QByteArray info = readFile(m_tagBag + QStringLiteral("/bag-info.txt"));
    QVERIFY2(info.contains("Source-Organization: Field Office North\n"), info.constData());
    QVERIFY2(info.contains("Amanat-Items: 3\n"), info.constData());
    QVERIFY2(info.contains("Amanat-Earliest-Event-Date: 2019-03\n"), info.constData());
    QVERIFY2(info.contains("Bagging-Date: "), info.constData());
    // Logged: each original's export and the bag.
    const CliResult log = m_cli.run({QStringLiteral("log"), m_lib, QStringLiteral("--json")});
    QVERIFY(log.out.contains("\"export_bag\""));
    // A changed byte is what the checks above catch.
    const QString copy = m_dir.filePath(QStringLiteral("tampered"));
    QVERIFY(QDir().mkpath(copy));
    AMANAT_EXPECT_EXIT(runTool(QStringLiteral("cp"),
                               {QStringLiteral("-r"), m_tagBag + QStringLiteral("/."), copy}),
                       0);
    const QString original = copy + QStringLiteral("/data/items/%1/text.txt").arg(m_report);
    QVERIFY(writeFile(original, readFile(original).replace("detention", "Detention")));
    QVERIFY(bagProblems(copy).startsWith(QLatin1String("checksum of")));
}

void CliExportsTest::theReferenceValidatorAcceptsIt()
{
    QVERIFY(!m_tagBag.isEmpty());
    const QString bagitPy = QStandardPaths::findExecutable(QStringLiteral("bagit.py"));
    if (bagitPy.isEmpty())
        QSKIP("bagit.py (the Library of Congress reference validator) is not installed; "
              "Debian 12 does not package it. The RFC 8493 checks above ran.");
    AMANAT_EXPECT_EXIT(runTool(bagitPy, {QStringLiteral("--validate"), m_tagBag}), 0);
}

void CliExportsTest::aDossierAndChosenItemsToo()
{
    const QString dossierBag = m_dir.filePath(QStringLiteral("dossier-bag"));
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("export-bag"), m_lib, QStringLiteral("--dossier"),
                                  QStringLiteral("Appeal"), dossierBag}),
                       0);
    QCOMPARE(bagProblems(dossierBag), QString());
    QVERIFY(QFileInfo::exists(dossierBag + QStringLiteral("/data/items/%1").arg(m_testimony)));
    // The protected witness name is in no file of the bag; the same probe finds it where
    // it is.
    const QString control = m_dir.filePath(QStringLiteral("control"));
    QVERIFY(QDir().mkpath(control));
    QVERIFY(writeFile(control + QStringLiteral("/note.txt"), "Mihrigul Tursun"));
    QVERIFY(anyFileHolds(control, "Mihrigul Tursun"));
    QVERIFY(!anyFileHolds(dossierBag, "Mihrigul"));
    QVERIFY(!anyFileHolds(dossierBag, "Tursun"));
    // The witness code is not protected and goes with the testimony.
    QVERIFY(readFile(dossierBag + QStringLiteral("/data/items/%1/metadata.json").arg(m_testimony))
                .contains("W-31"));

    const QString idsBag = m_dir.filePath(QStringLiteral("ids-bag"));
    AMANAT_EXPECT_EXIT(
        m_cli.run({QStringLiteral("export-bag"), m_lib, QString::number(m_photo), idsBag}), 0);
    QCOMPARE(bagProblems(idsBag), QString());
    QCOMPARE(
        QDir(idsBag + QStringLiteral("/data/items")).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
        QStringList{QString::number(m_photo)});
    // A query, and a tag that does not exist.
    const QString queryBag = m_dir.filePath(QStringLiteral("query-bag"));
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("export-bag"), m_lib, QStringLiteral("--query"),
                                  QStringLiteral("arrest"), queryBag}),
                       0);
    QCOMPARE(
        QDir(queryBag + QStringLiteral("/data/items")).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
        QStringList{QString::number(m_testimony)});
    const CliResult noTag =
        m_cli.run({QStringLiteral("export-bag"), m_lib, QStringLiteral("--tag"),
                   QStringLiteral("Nowhere"), m_dir.filePath(QStringLiteral("none"))});
    QVERIFY2(noTag.exitedNormally() && noTag.exitCode != 0, noTag.describe().constData());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("none"))));
    // Two ways of choosing at once is a usage error.
    const CliResult both = m_cli.run({QStringLiteral("export-bag"), m_lib, QStringLiteral("--tag"),
                                      QStringLiteral("Bag"), QString::number(m_photo),
                                      m_dir.filePath(QStringLiteral("both"))});
    AMANAT_EXPECT_EXIT(both, 2);
}

void CliExportsTest::theBagImportsIntoAnotherLibrary()
{
    QVERIFY(!m_tagBag.isEmpty());
    const QString other = m_dir.filePath(QStringLiteral("other"));
    QVERIFY(!m_cli.init(other).isEmpty());
    const CliResult imported = m_cli.run(
        {QStringLiteral("import-csv"), other, m_tagBag + QStringLiteral("/data/items.csv"),
         QStringLiteral("--no-extract"), QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(imported, 0);
    const QJsonArray items =
        QJsonDocument::fromJson(
            m_cli.run({QStringLiteral("list"), other, QStringLiteral("--json")}).out)
            .array();
    QCOMPARE(items.size(), 3);
    QSet<QString> hashes;
    for (const QJsonValue &item : items)
        hashes << item.toObject().value(QStringLiteral("sha256")).toString();
    QVERIFY(hashes.contains(sha256OfFile(m_dir.filePath(QStringLiteral("src/صورة.bin")))));
    bool placed = false;
    for (const QJsonValue &item : items)
        placed = placed || item.toObject()
                               .value(QStringLiteral("tags"))
                               .toArray()
                               .contains(QJsonValue(QStringLiteral("Bag/Reports")));
    QVERIFY(placed);
}

void CliExportsTest::aBagNeverOverwritesAFolder()
{
    const QString busy = m_dir.filePath(QStringLiteral("busy"));
    QVERIFY(QDir().mkpath(busy));
    QVERIFY(writeFile(busy + QStringLiteral("/keep.txt"), "mine"));
    const CliResult refused = m_cli.run({QStringLiteral("export-bag"), m_lib,
                                         QStringLiteral("--tag"), QStringLiteral("Bag"), busy});
    QVERIFY2(refused.exitedNormally() && refused.exitCode != 0, refused.describe().constData());
    QCOMPARE(relativeFilesUnder(busy), QStringList{QStringLiteral("keep.txt")});
    // An empty folder is used.
    const QString empty = m_dir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("export-bag"), m_lib, QStringLiteral("--tag"),
                                  QStringLiteral("Bag"), empty}),
                       0);
    QCOMPARE(bagProblems(empty), QString());
    // No partial folder is left beside the bags.
    for (const QString &entry : QDir(m_dir.path()).entryList(QDir::Dirs | QDir::Hidden))
        QVERIFY2(!entry.endsWith(QLatin1String(".partial")), qPrintable(entry));
}

void CliExportsTest::uwaziGetsTheDocumentedColumnsAndTheFiles()
{
    const QString zip = m_dir.filePath(QStringLiteral("uwazi.zip"));
    const CliResult exported = m_cli.run(
        {QStringLiteral("export-uwazi"), m_lib, QString::number(m_report),
         QString::number(m_decision), QString::number(m_testimony), zip, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(exported, 0);
    const QJsonObject report = QJsonDocument::fromJson(exported.out).object();
    QCOMPARE(report.value(QStringLiteral("documents")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("attachments")).toInt(), 2);
    // Unpacked with Python's zipfile, an independent reader.
    const QString unpacked = m_dir.filePath(QStringLiteral("uwazi"));
    AMANAT_EXPECT_EXIT(
        runTool(QStringLiteral("python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import sys, zipfile; "
                                "zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])"),
                 zip, unpacked}),
        0);
    QVERIFY(filesEqual(m_dir.filePath(QStringLiteral("src/decision.pdf")),
                       unpacked + QStringLiteral("/%1-decision.pdf").arg(m_decision)));
    QVERIFY(filesEqual(m_dir.filePath(QStringLiteral("src/report 100%.txt")),
                       unpacked + QStringLiteral("/%1-report 100%.txt").arg(m_report)));
    // The columns the README documents, in order.
    const QList<QByteArray> lines = readFile(unpacked + QStringLiteral("/import.csv")).split('\n');
    QCOMPARE(lines.first().trimmed(),
             QByteArray("title,kind,description,language,event_date,place,source_author,"
                        "source_title,source_published,source_url,source_accessed,notes,"
                        "translator,translation_date,witness_code,interview_date,interview_place,"
                        "interviewer,interpreter,consent,consent_date,transcript,tags,amanat_id,"
                        "sha256,file,attachments"));
    const QByteArray csv = readFile(unpacked + QStringLiteral("/import.csv"));
    // The event month as the range of its days; a tag path as Uwazi's Parent::Child; the PDF
    // as the main document, the text file as an attachment.
    QVERIFY2(csv.contains(",2019-03-01:2019-03-31,Kashgar,"), csv.constData());
    QVERIFY2(csv.contains("Bag::Reports"), csv.constData());
    QVERIFY2(csv.contains(QStringLiteral(",%1-decision.pdf,\r\n").arg(m_decision).toUtf8()),
             csv.constData());
    QVERIFY2(csv.contains(QStringLiteral(",,%1-report 100%.txt\r\n").arg(m_report).toUtf8()),
             csv.constData());
    QVERIFY2(csv.contains("W-31"), csv.constData());
    // No protected name in the ZIP, compressed or not.
    QVERIFY(!anyFileHolds(unpacked, "Tursun"));
    QVERIFY(!readFile(zip).contains("Tursun"));
    // Never over an existing file; logged.
    const CliResult again =
        m_cli.run({QStringLiteral("export-uwazi"), m_lib, QString::number(m_report), zip});
    QVERIFY2(again.exitedNormally() && again.exitCode != 0, again.describe().constData());
    QVERIFY(m_cli.run({QStringLiteral("log"), m_lib, QStringLiteral("--json")})
                .out.contains("\"export_uwazi\""));
}

QTEST_GUILESS_MAIN(CliExportsTest)
#include "tst_cli_exports.moc"
