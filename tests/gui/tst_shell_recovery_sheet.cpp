// The recovery-key sheet written by "Save as PDF…": a one-page PDF whose text layer holds
// the key's groups, written only to the file the user chose.

#include "crypto/RecoveryKey.h"
#include "welcome/RecoveryKeySheet.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace amanat;
using namespace amanat::ui;

class TestRecoverySheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupedShowsFourGroupsALine()
    {
        QByteArray text("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH");
        const SecureBuffer key = SecureBuffer::takeFrom(text);
        QCOMPARE(RecoveryKeySheet::grouped(key, 4),
                 QStringLiteral("AAAA  BBBB  CCCC  DDDD\nEEEE  FFFF  GGGG  HHHH"));
    }

    void savePdfWritesTheKey()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const SecureBuffer key = RecoveryKey::generate();
        const QString path = dir.filePath(QStringLiteral("key.pdf"));
        QVERIFY(RecoveryKeySheet::savePdf(path, QStringLiteral("Casework.amanat"), key));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("key.pdf")});
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed");
        QProcess process;
        process.start(pdftotext, {path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        for (const QString &group :
             QString::fromLatin1(key.chars(), int(key.size())).split(QLatin1Char('-')))
            QVERIFY2(text.contains(group), qPrintable(group));
        QVERIFY(text.contains(QLatin1String("Casework.amanat")));
    }

    void unwritablePathFails()
    {
        const SecureBuffer key = RecoveryKey::generate();
        QVERIFY(!RecoveryKeySheet::savePdf(QStringLiteral("/nonexistent-folder/key.pdf"),
                                           QStringLiteral("x"), key));
    }
};

QTEST_MAIN(TestRecoverySheet)
#include "tst_shell_recovery_sheet.moc"
