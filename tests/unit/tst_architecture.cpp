// House rules for the core: it stays free of the UI, only db talks to SQLite, and its
// folders are layered (issue 12). Each folder is a CMake target that sees only the headers
// of the folders it may use, so a wrong include already fails to build (tst_architecture_build
// shows it); this test names the offending line and keeps the list of arrows in one place.

#include <QDirIterator>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

namespace {

/** Which core folders each folder may include, directly; what those may include is allowed
 *  too. The same arrows as core/CMakeLists.txt. */
const QHash<QString, QStringList> &allowedArrows()
{
    static const QHash<QString, QStringList> arrows{
        {QStringLiteral("common"), {}},
        {QStringLiteral("crypto"), {QStringLiteral("common")}},
        {QStringLiteral("text"), {QStringLiteral("common")}},
        {QStringLiteral("model"), {QStringLiteral("common")}},
        {QStringLiteral("db"), {QStringLiteral("crypto")}},
        {QStringLiteral("custody"), {QStringLiteral("db")}},
        {QStringLiteral("search"),
         {QStringLiteral("custody"), QStringLiteral("text"), QStringLiteral("model")}},
        {QStringLiteral("redaction"), {QStringLiteral("text")}},
        {QStringLiteral("helper"), {QStringLiteral("redaction")}},
        {QStringLiteral("repository"), {QStringLiteral("search"), QStringLiteral("redaction")}},
        {QStringLiteral("ingest"), {QStringLiteral("repository"), QStringLiteral("helper")}},
        {QStringLiteral("render"), {QStringLiteral("helper")}},
        {QStringLiteral("library"), {QStringLiteral("ingest"), QStringLiteral("render")}},
        {QStringLiteral("bundle"), {QStringLiteral("library")}},
        {QStringLiteral("demo"), {QStringLiteral("library")}},
        {QStringLiteral("exchange"), {QStringLiteral("bundle")}},
        // The helper's parsers: never the database, the library or its keys.
        {QStringLiteral("extract"), {QStringLiteral("helper"), QStringLiteral("crypto")}},
    };
    return arrows;
}

/** Every folder @p module may include: itself and everything below its arrows. */
QSet<QString> reachable(const QString &module)
{
    QSet<QString> seen{module};
    QStringList todo{module};
    while (!todo.isEmpty()) {
        const QString next = todo.takeLast();
        for (const QString &below : allowedArrows().value(next))
            if (!seen.contains(below)) {
                seen.insert(below);
                todo << below;
            }
    }
    return seen;
}

/** "folder" of every `#include "folder/..."` in @p source that names a core folder. */
QStringList includedFolders(const QString &source, const QStringList &folders)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s+\"([^\"]+)\""),
                                            QRegularExpression::MultilineOption);
    QStringList found;
    auto it = include.globalMatch(source);
    while (it.hasNext()) {
        const QString path = it.next().captured(1);
        const QString first = path.section(QLatin1Char('/'), 0, 0);
        if (path.contains(QLatin1Char('/')) && folders.contains(first))
            found << first;
        if (path.startsWith(QLatin1String("../")))
            found << QStringLiteral("..");
    }
    return found;
}

} // namespace

class TestArchitecture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coreNeverIncludesUiOrWidgets()
    {
        const QString core = QStringLiteral(AMANAT_SOURCE_DIR "/core");
        QVERIFY(QFileInfo(core).isDir());
        const QStringList forbidden{QStringLiteral("ui/"),         QStringLiteral("QtWidgets"),
                                    QStringLiteral("QWidget"),     QStringLiteral("QApplication"),
                                    QStringLiteral("QMainWindow"), QStringLiteral("QDialog")};
        QDirIterator it(core, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int scanned = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
            for (const QString &line : lines) {
                const QString code = line.trimmed();
                if (!code.startsWith(QLatin1String("#include")))
                    continue;
                for (const QString &name : forbidden)
                    QVERIFY2(!code.contains(name),
                             qPrintable(file.fileName() + QLatin1String(": ") + code));
            }
            ++scanned;
        }
        QVERIFY(scanned > 10);
    }

    void everyCoreFolderHasItsArrows()
    {
        const QDir core(QStringLiteral(AMANAT_SOURCE_DIR "/core"));
        const QStringList folders = core.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(folders.size() > 10);
        for (const QString &folder : folders)
            QVERIFY2(allowedArrows().contains(folder),
                     qPrintable(QStringLiteral("core/%1 has no place in the layers").arg(folder)));
        // The arrows point one way: no folder reaches one that reaches it back.
        for (auto it = allowedArrows().cbegin(); it != allowedArrows().cend(); ++it)
            for (const QString &below : it.value())
                QVERIFY2(!reachable(below).contains(it.key()),
                         qPrintable(it.key() + QLatin1String(" <-> ") + below));
    }

    void includesFollowTheArrows()
    {
        const QDir core(QStringLiteral(AMANAT_SOURCE_DIR "/core"));
        const QStringList folders = core.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        // The probe first finds a wrong include where there is one.
        QCOMPARE(includedFolders(QStringLiteral("#include \"library/Library.h\"\n"), folders),
                 QStringList{QStringLiteral("library")});
        QVERIFY(!reachable(QStringLiteral("db")).contains(QStringLiteral("library")));
        QVERIFY(reachable(QStringLiteral("bundle")).contains(QStringLiteral("db")));

        int checked = 0;
        for (const QString &folder : folders) {
            const QSet<QString> allowed = reachable(folder);
            QDirIterator it(core.filePath(folder), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                            QDir::Files);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString source = QString::fromUtf8(file.readAll());
                for (const QString &target : includedFolders(source, folders))
                    QVERIFY2(allowed.contains(target),
                             qPrintable(QStringLiteral("%1 includes from %2, which core/%3 may "
                                                       "not use")
                                            .arg(file.fileName(), target, folder)));
                ++checked;
            }
        }
        QVERIFY(checked > 100);
    }

    void theAppsAndWidgetsCallCoreOperations()
    {
        // Neither the CLI nor the widgets open a transaction, reach for the write connection
        // or build a repository: they call Library operations (atomically(), write()).
        static const QRegularExpression forbidden(QStringLiteral(
            "Transaction::begin\\(|\\bdatabase\\(\\)|\\b(?:Tag|Item|Dossier|Redaction|"
            "Person|Review)Repository\\s*\\(|\\bClipMarkers\\s*\\(|\\bCustodyLog\\s*"
            "\\(|\\bBlobStore\\s*\\(|\\bImporter\\s*\\("));
        QVERIFY(forbidden.match(QStringLiteral("auto t = Transaction::begin(lib.database());"))
                    .hasMatch());
        QVERIFY(forbidden.match(QStringLiteral("ClipMarkers(db, custody).list(1)")).hasMatch());
        QVERIFY(
            !forbidden.match(QStringLiteral("writer.clipMarkers().add(1, 2, 3, note)")).hasMatch());
        int checked = 0;
        for (const char *root : {"/ui", "/app/cli", "/app/gui"}) {
            QDirIterator it(QStringLiteral(AMANAT_SOURCE_DIR) + QLatin1String(root),
                            {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QStringList lines =
                    QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
                for (int i = 0; i < lines.size(); ++i) {
                    const QString code = lines.at(i).trimmed();
                    if (code.startsWith(QLatin1String("//")) || code.startsWith(QLatin1Char('*')))
                        continue;
                    QVERIFY2(
                        !forbidden.match(code).hasMatch(),
                        qPrintable(
                            QStringLiteral("%1:%2: %3").arg(file.fileName()).arg(i + 1).arg(code)));
                }
                ++checked;
            }
        }
        QVERIFY(checked > 50);
    }

    void onlyTheDbModuleTalksToSqlite()
    {
        const QString core = QStringLiteral(AMANAT_SOURCE_DIR "/core");
        QDirIterator it(core, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            if (file.readAll().contains("#include <sqlite3.h>"))
                QVERIFY2(path.contains(QLatin1String("/core/db/")), qPrintable(path));
        }
    }
};

QTEST_GUILESS_MAIN(TestArchitecture)
#include "tst_architecture.moc"
