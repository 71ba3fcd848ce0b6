// End-to-end tests of amanat-cli export: the exact bytes come back for an empty file, a
// 100 MiB binary, files on and around the 1 MiB chunk boundary and files named in Chinese
// and Arabic script, whether exported to a file path or into a folder; an existing file is
// never overwritten without --force.

#include "CliRunner.h"

#include <QTemporaryDir>
#include <QTest>

using namespace amanat::test;

class CliExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportGivesExactBytes_data();
    void exportGivesExactBytes();
    void existingFileNeedsForce();

private:
    QTemporaryDir m_dir;
    CliRunner m_cli;
    QString m_lib;
    QString m_src;
    QHash<QString, qint64> m_idByName;
    QHash<QString, QString> m_shaByName;
};

namespace {
const QString kChineseName = QStringLiteral("证据-拘留中心的证词.txt");
const QString kArabicName = QStringLiteral("شهادة-مركز-الاحتجاز.txt");
} // namespace

void CliExportTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_lib = m_dir.filePath(QStringLiteral("lib"));
    m_src = m_dir.filePath(QStringLiteral("src"));
    QVERIFY(QDir().mkpath(m_src));
    CliResult created;
    QVERIFY2(!m_cli.init(m_lib, &created).isEmpty(), created.describe().constData());

    const QHash<QString, QByteArray> small{
        {QStringLiteral("empty.bin"), QByteArray()},
        {QStringLiteral("one-chunk.bin"), randomBytes(1 << 20)},
        {QStringLiteral("chunk-plus-one.bin"), randomBytes((1 << 20) + 1)},
        {kChineseName, QStringLiteral("证人说：我们在拘留中心被关押了三个月。\n").toUtf8()},
        {kArabicName, QStringLiteral("قال الشاهد: احتُجزنا في المركز ثلاثة أشهر.\n").toUtf8()},
    };
    for (auto it = small.constBegin(); it != small.constEnd(); ++it) {
        QVERIFY(writeFile(m_src + QLatin1Char('/') + it.key(), it.value()));
        m_shaByName.insert(it.key(), sha256Hex(it.value()));
    }
    // 100 MiB of random bytes, written in blocks.
    {
        QFile big(m_src + QStringLiteral("/big.bin"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (int i = 0; i < 25; ++i) {
            const QByteArray block = randomBytes(4 << 20);
            hash.addData(block);
            QCOMPARE(big.write(block), block.size());
        }
        QVERIFY(big.flush());
        QCOMPARE(big.size(), qint64(100) << 20);
        m_shaByName.insert(QStringLiteral("big.bin"), QString::fromLatin1(hash.result().toHex()));
    }

    const CliResult imported =
        m_cli.run({QStringLiteral("import"), m_lib, m_src, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(imported, 0);
    const QJsonArray entries = jsonArrayFrom(imported.out);
    QCOMPARE(entries.size(), m_shaByName.size());
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString name = QFileInfo(entry.value(QStringLiteral("path")).toString()).fileName();
        QVERIFY2(m_shaByName.contains(name), qPrintable(name));
        QCOMPARE(entry.value(QStringLiteral("sha256")).toString(), m_shaByName.value(name));
        QCOMPARE(entry.value(QStringLiteral("duplicate")).toBool(true), false);
        m_idByName.insert(name, entry.value(QStringLiteral("id")).toInteger());
    }
}

void CliExportTest::exportGivesExactBytes_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : {QStringLiteral("empty.bin"), QStringLiteral("one-chunk.bin"),
                                QStringLiteral("chunk-plus-one.bin"), kChineseName, kArabicName,
                                QStringLiteral("big.bin")})
        QTest::newRow(qPrintable(name)) << name;
}

void CliExportTest::exportGivesExactBytes()
{
    QFETCH(QString, name);
    const QString source = m_src + QLatin1Char('/') + name;
    const QString id = QString::number(m_idByName.value(name));
    QVERIFY(m_idByName.value(name) > 0);

    // What the library says it holds.
    const CliResult shown =
        m_cli.run({QStringLiteral("show"), m_lib, id, QStringLiteral("--json")});
    AMANAT_EXPECT_EXIT(shown, 0);
    const QJsonObject item = jsonObjectFrom(shown.out);
    QCOMPARE(item.value(QStringLiteral("original_name")).toString(), name);
    QCOMPARE(item.value(QStringLiteral("size")).toInteger(), QFileInfo(source).size());
    QCOMPARE(item.value(QStringLiteral("sha256")).toString(), m_shaByName.value(name));

    // To a file path (a name in another script, too).
    const QString outFolder = m_dir.filePath(QStringLiteral("out-") + id);
    QVERIFY(QDir().mkpath(outFolder));
    const QString target = outFolder + QStringLiteral("/导出-تصدير-") + id;
    const CliResult toFile = m_cli.run({QStringLiteral("export"), m_lib, id, target});
    AMANAT_EXPECT_EXIT(toFile, 0);
    QCOMPARE(QString::fromUtf8(toFile.out.trimmed()), target);
    QVERIFY2(filesEqual(target, source), qPrintable(target));
    QCOMPARE(sha256OfFile(target), m_shaByName.value(name));

    // Into a folder: the file keeps its original name.
    const QString intoFolder = m_dir.filePath(QStringLiteral("into-") + id);
    QVERIFY(QDir().mkpath(intoFolder));
    const CliResult toFolder = m_cli.run({QStringLiteral("export"), m_lib, id, intoFolder});
    AMANAT_EXPECT_EXIT(toFolder, 0);
    QCOMPARE(QDir(intoFolder).entryList(QDir::Files | QDir::Hidden), QStringList{name});
    QVERIFY(filesEqual(intoFolder + QLatin1Char('/') + name, source));
    QCOMPARE(QString::fromUtf8(toFolder.out.trimmed()), intoFolder + QLatin1Char('/') + name);

    // Only the two exports, no temporary files left next to them.
    QCOMPARE(QDir(outFolder).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void CliExportTest::existingFileNeedsForce()
{
    const QString name = QStringLiteral("chunk-plus-one.bin");
    const QString source = m_src + QLatin1Char('/') + name;
    const QString id = QString::number(m_idByName.value(name));
    const QString folder = m_dir.filePath(QStringLiteral("force"));
    QVERIFY(QDir().mkpath(folder));
    const QByteArray sentinel = "an existing file that must survive " + randomHex(16);
    const auto exportsLogged = [&] {
        const CliResult log =
            m_cli.run({QStringLiteral("log"), m_lib, id, QStringLiteral("--json")});
        int exports = log.exitedWith(0) ? 0 : -1000;
        for (const QJsonValue &event : jsonArrayFrom(log.out))
            exports += event.toObject().value(QStringLiteral("action")).toString() ==
                       QLatin1String("export");
        return exports;
    };
    const int exportsBefore = exportsLogged();
    QVERIFY(exportsBefore >= 0);

    // An existing file given as the path.
    const QString target = folder + QStringLiteral("/existing.bin");
    QVERIFY(writeFile(target, sentinel));
    const CliResult refused = m_cli.run({QStringLiteral("export"), m_lib, id, target});
    AMANAT_EXPECT_EXIT(refused, 1);
    QVERIFY2(isOneLine(refused.err) && stderrProblem(refused.err).isEmpty(),
             refused.describe().constData());
    QVERIFY2(refused.err.contains("already exists"), refused.describe().constData());
    QCOMPARE(readFile(target), sentinel);

    // An existing file of the original's name inside the folder given.
    const QString sameName = folder + QLatin1Char('/') + name;
    QVERIFY(writeFile(sameName, sentinel));
    const CliResult refusedInFolder = m_cli.run({QStringLiteral("export"), m_lib, id, folder});
    AMANAT_EXPECT_EXIT(refusedInFolder, 1);
    QCOMPARE(readFile(sameName), sentinel);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 2);

    // With --force both are replaced by the exact bytes.
    AMANAT_EXPECT_EXIT(
        m_cli.run({QStringLiteral("export"), m_lib, id, target, QStringLiteral("--force")}), 0);
    QVERIFY(filesEqual(target, source));
    AMANAT_EXPECT_EXIT(
        m_cli.run({QStringLiteral("export"), m_lib, id, folder, QStringLiteral("--force")}), 0);
    QVERIFY(filesEqual(sameName, source));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 2);

    // Exports are logged; refused ones are not.
    QCOMPARE(exportsLogged(), exportsBefore + 2);
    AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("verify"), m_lib}), 0);
}

QTEST_GUILESS_MAIN(CliExportTest)
#include "tst_cli_export.moc"
