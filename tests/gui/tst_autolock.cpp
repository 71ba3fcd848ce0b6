// Auto-lock through the real MainWindow, offscreen: after the idle time the library is
// closed, the views and the clipboard are cleared and the unlock screen is back; user input
// postpones it; the time comes from the settings.

#include "app/IdleWatcher.h"
#include "app/ShellSettings.h"
#include "library/Library.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace amanat;
using namespace amanat::ui;

namespace {
const char *const kPassphrase = "idle hands lock the archive";
constexpr int kUnlockTimeoutMs = 60000;
constexpr int kIdleMs = 1500; // long enough that a loaded machine still delivers input in time
} // namespace

class TestAutoLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("Idle.amanat"));
        QByteArray bytes(kPassphrase);
        auto created = Library::create(m_path, SecureBuffer::takeFrom(bytes),
                                       QStringLiteral("tst_autolock"), Library::StarterTags::None);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        for (const char *title : {"Market report", "Checkpoint photo"})
            QVERIFY(created->library->items()
                        .create(QStringLiteral("report"), QString::fromUtf8(title),
                                QStringLiteral("create"))
                        .ok());
        created->library.reset();

        m_window = std::make_unique<MainWindow>(QStringLiteral("tst_autolock"));
        m_window->setLibraryPath(m_path);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_watcher = m_window->findChild<IdleWatcher *>(QStringLiteral("idleWatcher"));
        QVERIFY(m_watcher);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QSettings().clear();
    }

    void timeoutComesFromTheSettings()
    {
        QCOMPARE(m_watcher->timeout(), ShellSettings::kDefaultAutoLockMinutes * 60 * 1000);
        QVERIFY(!m_watcher->isWatching()); // nothing to lock yet
        ShellSettings::setAutoLockMinutes(0);
        QCOMPARE(ShellSettings::autoLockMilliseconds(), 0); // never
        ShellSettings::setAutoLockMinutes(12);
        QCOMPARE(ShellSettings::autoLockMilliseconds(), 12 * 60 * 1000);
    }

    void inputPostponesTheLock()
    {
        m_watcher->setTimeout(kIdleMs);
        unlock();
        QVERIFY(m_watcher->isWatching());
        auto *table = find<QTableView>("itemTable");
        QElapsedTimer elapsed;
        elapsed.start();
        // Keep "typing" for twice the idle time: still open afterwards.
        while (elapsed.elapsed() < 2 * kIdleMs) {
            QTest::mouseMove(table, QPoint(10 + int(elapsed.elapsed() % 50), 20));
            QTest::keyClick(table, Qt::Key_Down);
            QTest::qWait(100);
            QVERIFY(m_window->isLibraryOpen());
        }
        QVERIFY(m_window->isLibraryOpen());
    }

    void idleLocksAndClearsEverything()
    {
        QGuiApplication::clipboard()->setText(QStringLiteral("copied from the library"));
        auto *table = find<QTableView>("itemTable");
        QCOMPARE(table->model()->rowCount(), 2);
        QTest::keyClick(table, Qt::Key_Up); // the last input
        QElapsedTimer sinceInput;
        sinceInput.start();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLibraryOpen(), 20 * kIdleMs);
        QVERIFY(sinceInput.elapsed() >= kIdleMs - 50); // not before the idle time
        QCOMPARE(find<QStackedWidget>("mainStack")->currentWidget()->objectName(),
                 QStringLiteral("unlockWidget"));
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(find<QLineEdit>("passphraseEdit")->text().isEmpty());
        QVERIFY(!m_watcher->isWatching());
    }

    void shortIdleTimeLocksQuickly()
    {
        m_watcher->setTimeout(300);
        QSignalSpy spy(m_watcher, &IdleWatcher::idle);
        unlock(false);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLibraryOpen(), 10000);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(find<QTableView>("itemTable")->model()->rowCount(), 0);
        QVERIFY(!m_watcher->isWatching()); // locked: nothing left to watch
    }

private:
    void unlock(bool waitForRows = true)
    {
        auto *edit = find<QLineEdit>("passphraseEdit");
        QTest::keyClicks(edit, QString::fromLatin1(kPassphrase));
        QTest::mouseClick(find<QPushButton>("unlockButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLibraryOpen(), kUnlockTimeoutMs);
        if (waitForRows)
            QTRY_COMPARE(find<QTableView>("itemTable")->model()->rowCount(), 2);
    }
    template <typename T> T *find(const char *name)
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    IdleWatcher *m_watcher = nullptr;
};

QTEST_MAIN(TestAutoLock)
#include "tst_autolock.moc"
