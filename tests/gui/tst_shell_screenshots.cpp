// Renders every screen of the shell — welcome, create, recovery key, unlock (passphrase and
// recovery key), new passphrase, settings — in the light and dark themes and right to left,
// driving the real widgets. A smoke test that each screen lays out and paints; with
// AMANAT_SCREENSHOT_DIR set, the PNGs are kept there for people to look at.

#include "app/ShellSettings.h"
#include "app/ThemeManager.h"
#include "main/MainWindow.h"
#include "settings/SettingsDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace amanat::ui;

class TestShellScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_work.isValid());
        m_out = qEnvironmentVariable("AMANAT_SCREENSHOT_DIR");
        if (m_out.isEmpty())
            m_out = m_work.filePath(QStringLiteral("shots"));
        QVERIFY(QDir().mkpath(m_out));
        ThemeManager::captureSystemDefaults();
    }

    void cleanupTestCase()
    {
        ThemeManager::apply(ShellSettings::Theme::System);
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QSettings().clear();
    }

    void screens_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addColumn<bool>("rtl");
        QTest::newRow("light") << int(ShellSettings::Theme::Light) << false;
        QTest::newRow("dark") << int(ShellSettings::Theme::Dark) << false;
        QTest::newRow("light-rtl") << int(ShellSettings::Theme::Light) << true;
    }

    void screens()
    {
        QFETCH(int, theme);
        QFETCH(bool, rtl);
        const QString variant = QString::fromLatin1(QTest::currentDataTag());
        QSettings().clear();
        ThemeManager::apply(ShellSettings::Theme(theme));
        QApplication::setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        QTemporaryDir folder(m_work.filePath(QStringLiteral("libs-XXXXXX")));
        QVERIFY(folder.isValid());

        MainWindow window(QStringLiteral("tst_shell_screenshots"));
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        shoot(window, variant, QStringLiteral("1-welcome"));

        QTest::mouseClick(find<QWidget>(window, "welcomeCreateButton"), Qt::LeftButton);
        QTest::keyClicks(find<QLineEdit>(window, "libraryNameEdit"), QStringLiteral("Casework"));
        auto *parent = find<QLineEdit>(window, "parentFolderEdit");
        parent->setText(folder.path());
        auto *create = find<QWidget>(window, "createLibraryWidget");
        const QString passphrase = QStringLiteral("river lantern");
        QTest::keyClicks(find<QLineEdit>(*create, "newPassphraseEdit"), passphrase);
        shoot(window, variant, QStringLiteral("2-create-weak"));
        const QString strong = QStringLiteral("the quiet orchard behind the clinic");
        auto *first = find<QLineEdit>(*create, "newPassphraseEdit");
        first->clear();
        QTest::keyClicks(first, strong);
        QTest::keyClicks(find<QLineEdit>(*create, "repeatPassphraseEdit"), strong);
        shoot(window, variant, QStringLiteral("3-create-strong"));
        QTest::mouseClick(find<QPushButton>(window, "createLibraryButton"), Qt::LeftButton);
        shoot(window, variant, QStringLiteral("4-creating"));
        auto *key = find<QLabel>(window, "recoveryKeyLabel");
        QTRY_VERIFY_WITH_TIMEOUT(key->isVisible(), 90000);
        shoot(window, variant, QStringLiteral("5-recovery-key"));
        const QStringList groups =
            key->text().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        for (const char *name : {"confirmGroupEditA", "confirmGroupEditB"}) {
            auto *edit = find<QLineEdit>(window, name);
            QTest::keyClicks(edit, groups.value(edit->property("groupIndex").toInt()));
        }
        QTest::mouseClick(find<QPushButton>(window, "recoveryContinueButton"), Qt::LeftButton);
        QTRY_VERIFY(window.isLibraryOpen());
        window.lock();
        shoot(window, variant, QStringLiteral("6-unlock"));
        auto *passphraseEdit = find<QLineEdit>(window, "passphraseEdit");
        QTest::keyClicks(passphraseEdit, QStringLiteral("wrong passphrase"));
        QTest::mouseClick(find<QPushButton>(window, "unlockButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(window, "unlockErrorLabel")->isVisible(), 60000);
        shoot(window, variant, QStringLiteral("7-unlock-wrong"));
        QTest::mouseClick(find<QPushButton>(window, "recoveryModeButton"), Qt::LeftButton);
        QTest::keyClicks(find<QLineEdit>(window, "recoveryKeyEdit"), groups.join(QLatin1Char('-')));
        shoot(window, variant, QStringLiteral("8-unlock-recovery"));
        QTest::mouseClick(find<QPushButton>(window, "unlockButton"), Qt::LeftButton);
        auto *panel = find<QWidget>(window, "newPassphrasePanel");
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 60000);
        shoot(window, variant, QStringLiteral("9-new-passphrase"));
        QTest::mouseClick(find<QPushButton>(window, "skipNewPassphraseButton"), Qt::LeftButton);
        QTRY_VERIFY(window.isLibraryOpen());

        SettingsDialog settings(nullptr, &window);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        const QString path =
            QDir(m_out).filePath(QStringLiteral("%1-10-settings.png").arg(variant));
        QVERIFY(settings.grab().save(path));
        settings.close();
        window.lock();
    }

private:
    void shoot(QWidget &window, const QString &variant, const QString &name)
    {
        QCoreApplication::processEvents();
        const QString path =
            QDir(m_out).filePath(variant + QLatin1Char('-') + name + QStringLiteral(".png"));
        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(path));
    }
    template <typename T> static T *find(QWidget &parent, const char *name)
    {
        T *widget = parent.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    QTemporaryDir m_work;
    QString m_out;
};

QTEST_MAIN(TestShellScreenshots)
#include "tst_shell_screenshots.moc"
