// Installation like a native application (issue 15): `cmake --install` lays out the programs,
// the helper under libexec, the desktop entry (desktop-file-validate), the AppStream
// metainfo (appstreamcli validate --no-net), the icon, the man pages (which name every
// command) and the licence; `cpack -G DEB` makes a .deb whose dependencies are Debian
// package names, and the programs unpacked from it (dpkg-deb -x) init, import — with the
// packaged helper — and verify a library.

#include "../cli/CliRunner.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace amanat::test;

class PackageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void theInstalledTreeIsComplete();
    void theManPagesNameEveryCommand();
    void theDebRunsFromAScratchRoot();

private:
    static QString buildDir() { return QStringLiteral(AMANAT_BUILD_DIR); }
    QTemporaryDir m_dir;
};

void PackageTest::theInstalledTreeIsComplete()
{
    const QString prefix = m_dir.filePath(QStringLiteral("installed/usr"));
    AMANAT_EXPECT_EXIT(runTool(QStringLiteral("cmake"), {QStringLiteral("--install"), buildDir(),
                                                         QStringLiteral("--prefix"), prefix}),
                       0);
    for (const char *file :
         {"bin/amanat", "bin/amanat-cli", "libexec/amanat/amanat-extract",
          "share/applications/org.amanat.Amanat.desktop",
          "share/metainfo/org.amanat.Amanat.metainfo.xml",
          "share/icons/hicolor/scalable/apps/org.amanat.Amanat.svg", "share/man/man1/amanat.1",
          "share/man/man1/amanat-cli.1", "share/doc/Amanat/LICENSE"})
        QVERIFY2(QFileInfo::exists(prefix + QLatin1Char('/') + QLatin1String(file)), file);
    QVERIFY(QFileInfo(prefix + QStringLiteral("/libexec/amanat/amanat-extract")).isExecutable());
    // Nothing of the tests or benchmarks is installed.
    QCOMPARE(QDir(prefix + QStringLiteral("/bin")).entryList(QDir::Files).size(), 2);

    const CliResult desktop =
        runTool(QStringLiteral("desktop-file-validate"),
                {prefix + QStringLiteral("/share/applications/org.amanat.Amanat.desktop")});
    AMANAT_EXPECT_EXIT(desktop, 0);
    const CliResult metainfo =
        runTool(QStringLiteral("appstreamcli"),
                {QStringLiteral("validate"), QStringLiteral("--no-net"),
                 prefix + QStringLiteral("/share/metainfo/org.amanat.Amanat.metainfo.xml")});
    AMANAT_EXPECT_EXIT(metainfo, 0);
    const QByteArray xml =
        readFile(prefix + QStringLiteral("/share/metainfo/org.amanat.Amanat.metainfo.xml"));
    for (const char *part : {"<project_license>GPL-3.0-or-later</project_license>", "<screenshot ",
                             "<release version=\"" AMANAT_VERSION "\""})
        QVERIFY2(xml.contains(part), part);
}

void PackageTest::theManPagesNameEveryCommand()
{
    const QString prefix = m_dir.filePath(QStringLiteral("installed/usr"));
    const QByteArray page = readFile(prefix + QStringLiteral("/share/man/man1/amanat-cli.1"));
    QVERIFY(!page.isEmpty());
    QVERIFY(!page.contains('@')); // every placeholder was filled in
    const CliResult help =
        runTool(prefix + QStringLiteral("/bin/amanat-cli"), {QStringLiteral("--help")});
    static const QRegularExpression command(QStringLiteral("^  amanat-cli ([a-z-]+)"),
                                            QRegularExpression::MultilineOption);
    int commands = 0;
    for (auto it = command.globalMatch(QString::fromUtf8(help.out + help.err)); it.hasNext();) {
        const QString name = it.next().captured(1);
        QVERIFY2(page.contains(QByteArray(".B " + name.toUtf8() + '\n')), qPrintable(name));
        ++commands;
    }
    QVERIFY(commands > 40);
    // Rendered without warnings where man is installed.
    const QString man = QStandardPaths::findExecutable(QStringLiteral("man"));
    if (!man.isEmpty()) {
        const CliResult rendered =
            runTool(man, {QStringLiteral("--warnings"), QStringLiteral("-l"),
                          prefix + QStringLiteral("/share/man/man1/amanat-cli.1")});
        AMANAT_EXPECT_EXIT(rendered, 0);
        QVERIFY2(rendered.err.isEmpty(), rendered.err.constData());
    }
}

void PackageTest::theDebRunsFromAScratchRoot()
{
    const QString out = m_dir.filePath(QStringLiteral("deb"));
    AMANAT_EXPECT_EXIT(
        runTool(QStringLiteral("cpack"),
                {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                 buildDir() + QStringLiteral("/CPackConfig.cmake"), QStringLiteral("-B"), out}),
        0);
    const QStringList debs = QDir(out).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    const QString deb = out + QLatin1Char('/') + debs.first();
    const CliResult depends =
        runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), deb, QStringLiteral("Depends")});
    AMANAT_EXPECT_EXIT(depends, 0);
    // Debian package names, found from the libraries the programs link, and the OCR data.
    for (const char *name : {"libqt6core6", "libsodium23", "libsqlcipher", "libpoppler-qt6",
                             "libqpdf", "libseccomp2", "tesseract-ocr-eng", "tesseract-ocr-osd"})
        QVERIFY2(depends.out.contains(name), depends.out.constData());

    const QString root = m_dir.filePath(QStringLiteral("root"));
    AMANAT_EXPECT_EXIT(runTool(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), deb, root}), 0);
    const QString cli = root + QStringLiteral("/usr/bin/amanat-cli");
    const CliResult version = runTool(cli, {QStringLiteral("--version")});
    AMANAT_EXPECT_EXIT(version, 0);
    QVERIFY2(version.out.contains(AMANAT_VERSION), version.out.constData());

    // A library made, filled and verified by the unpacked programs alone.
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("AMANAT_PASSPHRASE"), defaultPassphrase());
    env.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
    env.remove(QStringLiteral("AMANAT_EXTRACT"));
    const QString library = m_dir.filePath(QStringLiteral("library"));
    AMANAT_EXPECT_EXIT(runProgram(cli, {QStringLiteral("init"), library}, env), 0);
    const QString note = m_dir.filePath(QStringLiteral("note.txt"));
    QVERIFY(writeFile(note, "Notes taken at the checkpoint on the river road.\n"));
    AMANAT_EXPECT_EXIT(runProgram(cli, {QStringLiteral("import"), library, note}, env), 0);
    // The text was read by the packaged helper (the build tree's is never used outside it).
    const CliResult text =
        runProgram(cli, {QStringLiteral("text"), library, QStringLiteral("1")}, env);
    AMANAT_EXPECT_EXIT(text, 0);
    QVERIFY2(text.out.contains("checkpoint on the river road"), text.describe().constData());
    AMANAT_EXPECT_EXIT(runProgram(cli, {QStringLiteral("verify"), library}, env), 0);
}

QTEST_GUILESS_MAIN(PackageTest)
#include "tst_package.moc"
