// The first-run flow through the real widgets, offscreen: create a library on the welcome
// screen, read the recovery key from its page and confirm it, lock, unlock with the
// passphrase (a wrong one first: the message, and no byte of the library changes), lock,
// unlock with the recovery key and set a new passphrase; recent libraries are listed by
// folder name only, and switching them off in the settings erases them.

#include "app/ShellSettings.h"
#include "library/Library.h"
#include "main/MainWindow.h"
#include "settings/OcrLanguageList.h"
#include "settings/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace amanat;
using namespace amanat::ui;

namespace {

const QString kPassphrase = QStringLiteral("the quiet orchard behind the clinic");
const QString kNewPassphrase = QStringLiteral("a different sentence for the new slot");
constexpr int kSlowMs = 90000; // Argon2id (two slots on create) on a busy machine

QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileName().contains(QLatin1String("lock")))
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(path,
                         QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

} // namespace

class TestCreateLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_window = std::make_unique<MainWindow>(QStringLiteral("tst_create_library"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QSettings().clear();
    }

    void firstRunShowsWelcome()
    {
        QCOMPARE(currentPage(), QStringLiteral("welcomeWidget"));
        QTest::mouseClick(find<QWidget>("welcomeCreateButton"), Qt::LeftButton);
        QCOMPARE(currentPage(), QStringLiteral("createLibraryWidget"));
    }

    void createThroughTheForm()
    {
        auto *create = find<QWidget>("createLibraryWidget");
        auto *name = find<QLineEdit>("libraryNameEdit");
        auto *folder = find<QLineEdit>("parentFolderEdit");
        auto *first = child<QLineEdit>(create, "newPassphraseEdit");
        auto *second = child<QLineEdit>(create, "repeatPassphraseEdit");
        auto *button = find<QPushButton>("createLibraryButton");

        // The suggested folder exists (Documents, or home when there is none).
        QVERIFY2(QFileInfo(folder->text()).isDir(), qPrintable(folder->text()));
        QTest::keyClicks(name, QStringLiteral("Casework"));
        folder->clear();
        QTest::keyClicks(folder, m_dir.filePath(QStringLiteral("no-such-folder")));
        // The OCR languages are ticked by name; English to begin with (an English interface).
        auto *ocr = child<OcrLanguageList>(create, "ocrLanguageList");
        QCOMPARE(ocr->selection(), QStringLiteral("eng"));
        for (int row = 0; row < ocr->count(); ++row)
            if (ocr->item(row)->text() == QLatin1String("Chinese (Simplified)"))
                ocr->item(row)->setCheckState(Qt::Checked);
        QCOMPARE(ocr->selection(), QStringLiteral("chi_sim+eng"));
        // The eye at the end of the field shows what was typed, and hides it again.
        auto *show = first->findChild<QAction *>(QStringLiteral("newPassphraseEditShowAction"));
        QVERIFY(show);
        QCOMPARE(first->echoMode(), QLineEdit::Password);
        show->trigger();
        QCOMPARE(first->echoMode(), QLineEdit::Normal);
        show->trigger();
        QCOMPARE(first->echoMode(), QLineEdit::Password);
        QTest::keyClicks(first, QStringLiteral("short"));
        QVERIFY(!button->isEnabled()); // below the minimum, not repeated
        QVERIFY(!child<QLabel>(create, "strengthLabel")->text().isEmpty());
        first->clear();
        QTest::keyClicks(first, kPassphrase);
        QTest::keyClicks(second, kPassphrase.left(10));
        QVERIFY(!button->isEnabled()); // the two differ
        QVERIFY(
            child<QLabel>(create, "passphraseHintLabel")->text().contains(QLatin1String("differ")));
        QTest::keyClicks(second, kPassphrase.mid(10));
        QVERIFY(button->isEnabled());
        // A folder that does not exist is named; the message goes once the folder is fixed.
        QTest::mouseClick(button, Qt::LeftButton);
        auto *error = child<QLabel>(create, "createErrorLabel");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("no-such-folder")));
        folder->clear();
        QTest::keyClicks(folder, m_dir.path());
        QVERIFY(!error->isVisible());
        QVERIFY(button->isEnabled()); // the passphrase typed is kept

        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(first->text().isEmpty() && second->text().isEmpty()); // in a SecureBuffer now
        QVERIFY(find<QWidget>("createBusyIndicator")->isVisible());   // not blocking the GUI

        auto *keyLabel = find<QLabel>("recoveryKeyLabel");
        QTRY_VERIFY_WITH_TIMEOUT(keyLabel->isVisible(), kSlowMs);
        m_path = QDir(m_dir.path()).filePath(QStringLiteral("Casework.amanat"));
        QVERIFY(QFileInfo(Library::keySlotsPath(m_path)).isFile());
        m_recoveryGroups =
            keyLabel->text().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        QCOMPARE(m_recoveryGroups.size(), 8);
        for (const QString &group : std::as_const(m_recoveryGroups))
            QCOMPARE(group.size(), 4);
    }

    void recoveryKeyMustBeConfirmed()
    {
        auto *next = find<QPushButton>("recoveryContinueButton");
        auto *kept = find<QCheckBox>("keptRecoveryKeyCheck");
        QVERIFY(!next->isEnabled());
        QVERIFY(!kept->isEnabled()); // only after printing or saving
        auto *a = find<QLineEdit>("confirmGroupEditA");
        auto *b = find<QLineEdit>("confirmGroupEditB");
        const int ia = a->property("groupIndex").toInt();
        const int ib = b->property("groupIndex").toInt();
        QVERIFY(ia != ib);
        QTest::keyClicks(a, m_recoveryGroups.at(ia).toLower()); // case does not matter
        QTest::keyClicks(b, QStringLiteral("ZZZZ"));
        QVERIFY(!next->isEnabled());
        QTest::keyClick(b, Qt::Key_Return); // Enter never accepts a group typed wrong
        QVERIFY(!m_window->isLibraryOpen());
        b->clear();
        QTest::keyClicks(b, m_recoveryGroups.at(ia)); // nor the other group
        QVERIFY(!next->isEnabled());
        b->clear();
        QTest::keyClicks(b, m_recoveryGroups.at(ib));
        QVERIFY(next->isEnabled());
        QTest::keyClick(b, Qt::Key_Return); // the default action, from the keyboard

        QTRY_VERIFY(m_window->isLibraryOpen());
        QCOMPARE(currentPage(), QStringLiteral("libraryView"));
        // The key is gone from the widgets.
        QVERIFY(find<QLabel>("recoveryKeyLabel")->text().isEmpty());
        QVERIFY(a->text().isEmpty() && b->text().isEmpty());
        QVERIFY(m_window->windowTitle().contains(QLatin1String("Casework")));
    }

    void lockShowsRecentByFolderNameOnly()
    {
        m_window->lock();
        QVERIFY(!m_window->isLibraryOpen());
        QCOMPARE(currentPage(), QStringLiteral("unlockWidget"));
        auto *recent = find<QListWidget>("recentLibrariesList");
        QVERIFY(recent->isVisible());
        QCOMPARE(recent->count(), 1);
        QCOMPARE(recent->item(0)->text(), QStringLiteral("Casework.amanat"));
        QVERIFY(recent->item(0)->toolTip().isEmpty());
        QCOMPARE(QDir::cleanPath(find<QLineEdit>("libraryPathEdit")->text()),
                 QDir::cleanPath(m_path));
        QCOMPARE(ShellSettings::recentLibraries(), QStringList{QDir::cleanPath(m_path)});
    }

    void wrongPassphraseChangesNothing()
    {
        const auto before = snapshot(m_path);
        QVERIFY(before.size() >= 2);
        unlockWith("passphraseEdit", QStringLiteral("not the right sentence"));
        auto *error = find<QLabel>("unlockErrorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kSlowMs);
        QVERIFY(error->text().contains(QLatin1String("passphrase does not unlock")));
        QVERIFY(!m_window->isLibraryOpen());
        QCOMPARE(snapshot(m_path), before);
    }

    void unlockWithPassphrase()
    {
        unlockWith("passphraseEdit", kPassphrase);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLibraryOpen(), kSlowMs);
        m_window->lock();
        QCOMPARE(currentPage(), QStringLiteral("unlockWidget"));
    }

    void unlockWithRecoveryKeyAndSetNewPassphrase()
    {
        QTest::mouseClick(find<QPushButton>("recoveryModeButton"), Qt::LeftButton);
        QVERIFY(find<QLineEdit>("recoveryKeyEdit")->isVisible());
        QVERIFY(!find<QLineEdit>("passphraseEdit")->isVisible());

        // A wrong key of the right shape: the recovery message, nothing opened.
        QStringList wrong = m_recoveryGroups;
        wrong[0] =
            wrong[0] == QLatin1String("2222") ? QStringLiteral("3333") : QStringLiteral("2222");
        unlockWith("recoveryKeyEdit", wrong.join(QLatin1Char('-')));
        auto *error = find<QLabel>("unlockErrorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kSlowMs);
        QVERIFY(error->text().contains(QLatin1String("recovery key")));

        // Typed as shown on screen: groups separated by spaces.
        unlockWith("recoveryKeyEdit", m_recoveryGroups.join(QLatin1Char(' ')));
        auto *panel = find<QWidget>("newPassphrasePanel");
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), kSlowMs);
        QVERIFY(!m_window->isLibraryOpen()); // handed over only after this step
        QTest::keyClicks(child<QLineEdit>(panel, "newPassphraseEdit"), kNewPassphrase);
        QTest::keyClicks(child<QLineEdit>(panel, "repeatPassphraseEdit"), kNewPassphrase);
        auto *set = find<QPushButton>("setNewPassphraseButton");
        QVERIFY(set->isEnabled());
        QTest::mouseClick(set, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLibraryOpen(), kSlowMs);
        QCOMPARE(currentPage(), QStringLiteral("libraryView"));
    }

    void settingsStoreOcrLanguagesInTheLibrary()
    {
        // The dialog is modal: answer it from the event loop once it is shown.
        bool answered = false;
        QTimer::singleShot(0, this, [&answered] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *ocr = child<OcrLanguageList>(dialog, "ocrLanguageList");
            QVERIFY(ocr->isEnabled());
            QCOMPARE(ocr->selection(), QStringLiteral("chi_sim+eng")); // ticked at creation
            // Installed languages are listed by name, to be ticked.
            QStringList names;
            for (int row = 0; row < ocr->count(); ++row)
                names << ocr->item(row)->text();
            QVERIFY2(names.contains(QStringLiteral("Chinese (Simplified)")),
                     qPrintable(names.join(QLatin1Char(','))));
            ocr->setSelection(QString());
            dialog->accept(); // none ticked: refused, the message is shown, the dialog stays
            QVERIFY(dialog->isVisible());
            QVERIFY(child<QLabel>(dialog, "settingsErrorLabel")->isVisible());
            for (int row = 0; row < ocr->count(); ++row) // ticked as a user would
                if (ocr->item(row)->text() == QLatin1String("English") ||
                    ocr->item(row)->text() == QLatin1String("Uyghur"))
                    ocr->item(row)->setCheckState(Qt::Checked);
            QCOMPARE(ocr->selection(), QStringLiteral("uig+eng"));
            auto *custodian = child<QLineEdit>(dialog, "custodianEdit");
            QVERIFY(custodian->isEnabled());
            QVERIFY(custodian->text().isEmpty());
            custodian->setText(QStringLiteral("Amina Yusuf"));
            dialog->accept();
            answered = true;
        });
        find<QAction>("settingsAction")->trigger();
        QVERIFY(answered);
        m_window->lock();
        QByteArray bytes = kNewPassphrase.toUtf8();
        auto library = Library::open(m_path, SecureBuffer::takeFrom(bytes), Library::Access::Read,
                                     QStringLiteral("tst"));
        QVERIFY2(library.ok(), qPrintable(library.error().message));
        auto languages = (*library)->extractions().defaultOcrLanguages();
        QVERIFY(languages.ok());
        QCOMPARE(*languages, QStringLiteral("uig+eng"));
        // The custodian acts from now on, named in the custody log.
        QCOMPARE(*(*library)->custody().custodianName(), QStringLiteral("Amina Yusuf"));
        auto newest = (*library)->custody().newest();
        QVERIFY(newest.ok() && *newest);
        QCOMPARE((*newest)->actor, QStringLiteral("Amina Yusuf (tst_create_library)"));
        // Nothing of either in the app's settings file.
        QSettings().sync();
        QFile file(QSettings().fileName());
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray settings = file.readAll();
            QVERIFY(!settings.contains("uig+eng"));
            QVERIFY(!settings.contains("Amina"));
        }
    }

    void newPassphraseReplacedTheOldOne()
    {
        QVERIFY(!find<QLineEdit>("recoveryKeyEdit")->isVisible()); // back to passphrase mode
        unlockWith("passphraseEdit", kPassphrase);
        auto *error = find<QLabel>("unlockErrorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kSlowMs);
        unlockWith("passphraseEdit", kNewPassphrase);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLibraryOpen(), kSlowMs);
        m_window->lock();
    }

    void switchingRecentOffErasesThem()
    {
        QSettings().sync();
        QVERIFY(QSettings().contains(QStringLiteral("recent/libraries")));
        const QString settingsFile = QSettings().fileName();
        {
            SettingsDialog dialog(nullptr, m_window.get());
            auto *remember = find<QCheckBox>(&dialog, "rememberRecentCheck");
            QVERIFY(remember->isChecked());
            remember->setChecked(false);
            dialog.accept();
        }
        QVERIFY(!QSettings().contains(QStringLiteral("recent/libraries")));
        QVERIFY(ShellSettings::recentLibraries().isEmpty());
        QFile file(settingsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("Casework"));
        // A new unlock is not remembered either.
        find<QLineEdit>("libraryPathEdit")->setText(m_path);
        unlockWith("passphraseEdit", kNewPassphrase);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLibraryOpen(), kSlowMs);
        m_window->lock();
        QVERIFY(!QSettings().contains(QStringLiteral("recent/libraries")));
        QVERIFY(!find<QListWidget>("recentLibrariesList")->isVisible());
    }

private:
    void unlockWith(const char *field, const QString &secret)
    {
        auto *edit = find<QLineEdit>(field);
        edit->clear();
        QTest::keyClicks(edit, secret);
        auto *button = find<QPushButton>("unlockButton");
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(edit->text().isEmpty());
    }
    template <typename T> static T *child(QObject *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    template <typename T> T *find(const char *name) { return child<T>(m_window.get(), name); }
    template <typename T> static T *find(QObject *parent, const char *name)
    {
        return child<T>(parent, name);
    }
    QString currentPage()
    {
        return find<QStackedWidget>("mainStack")->currentWidget()->objectName();
    }

    QTemporaryDir m_dir;
    QString m_path;
    QStringList m_recoveryGroups;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestCreateLibrary)
#include "tst_create_library.moc"
