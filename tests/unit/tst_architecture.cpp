// House rules that the compiler cannot enforce: the core library stays free of the UI.

#include <QDirIterator>
#include <QtTest>

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
