// The real MainWindow, offscreen: unlock with a wrong and a right passphrase, browse,
// search, and lock with Ctrl+L.

#include "library/Library.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace amanat;
using namespace amanat::ui;

namespace {

const char *const kPassphrase = "correct horse battery";
constexpr int kUnlockTimeoutMs = 60000; // Argon2id on a busy machine

SecureBuffer secret(const char *text)
{
    QByteArray bytes(text);
    return SecureBuffer::takeFrom(bytes);
}

/** Path and hash of every file in @p folder except the lock file. */
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

class TestUnlock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("Casework"));
        auto created = Library::create(m_path, secret(kPassphrase), QStringLiteral("tst_unlock"),
                                       Library::StarterTags::None);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        ItemRepository &items = created->library->items();
        for (const char *title : {"Shelling of the market", "Checkpoint detention report",
                                  "Hospital damage photographs"}) {
            auto id = items.create(QStringLiteral("report"), QString::fromUtf8(title),
                                   QStringLiteral("create"));
            QVERIFY(id.ok());
        }
        m_window = std::make_unique<MainWindow>(QStringLiteral("tst_unlock"));
        m_window->setLibraryPath(m_path);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void wrongPassphraseShowsMessageAndChangesNothing()
    {
        const auto before = snapshot(m_path);
        QVERIFY(!before.isEmpty());
        auto *passphrase = find<QLineEdit>("passphraseEdit");
        QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
        auto *unlock = find<QPushButton>("unlockButton");
        auto *error = find<QLabel>("unlockErrorLabel");
        QVERIFY(!unlock->isEnabled()); // no passphrase yet
        QTest::keyClicks(passphrase, QStringLiteral("wrong horse battery"));
        QVERIFY(unlock->isEnabled());
        QTest::mouseClick(unlock, Qt::LeftButton);
        QVERIFY(passphrase->text().isEmpty()); // taken into a SecureBuffer at once
        QVERIFY(!unlock->isEnabled());
        QVERIFY(find<QProgressBar>("unlockBusyIndicator")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kUnlockTimeoutMs);
        QVERIFY(error->text().contains(QLatin1String("passphrase")));
        QVERIFY(!find<QProgressBar>("unlockBusyIndicator")->isVisible());
        QVERIFY(!m_window->isLibraryOpen());
        QCOMPARE(stack()->currentWidget()->objectName(), QStringLiteral("unlockWidget"));
        QCOMPARE(snapshot(m_path), before);
    }

    void notALibraryShowsMessage()
    {
        auto *pathEdit = find<QLineEdit>("libraryPathEdit");
        pathEdit->setText(m_dir.path()); // the parent folder: no library here
        QTest::keyClicks(find<QLineEdit>("passphraseEdit"), QString::fromLatin1(kPassphrase));
        QTest::mouseClick(find<QPushButton>("unlockButton"), Qt::LeftButton);
        auto *error = find<QLabel>("unlockErrorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(QLatin1String("not an Amanat library")),
                                 kUnlockTimeoutMs);
        QVERIFY(!m_window->isLibraryOpen());
        pathEdit->setText(m_path);
    }

    void rightPassphraseShowsTheItems()
    {
        QTest::keyClicks(find<QLineEdit>("passphraseEdit"), QString::fromLatin1(kPassphrase));
        QTest::keyClick(find<QLineEdit>("passphraseEdit"), Qt::Key_Return);
        auto *table = find<QTableView>("itemTable");
        QTRY_VERIFY_WITH_TIMEOUT(table->isVisible() && table->model()->rowCount() == 3,
                                 kUnlockTimeoutMs);
        QVERIFY(m_window->isLibraryOpen());
        QCOMPARE(table->model()->index(0, 0).data().toString(),
                 QStringLiteral("Shelling of the market"));

        table->selectRow(1);
        auto *kind = find<QLabel>("detailKindLabel");
        QTRY_VERIFY(kind->isVisible());
        QCOMPARE(find<QLabel>("detailTitleLabel")->text(),
                 QStringLiteral("Checkpoint detention report"));
        QCOMPARE(kind->text(), QStringLiteral("Report"));
    }

    void searchShowsTheHits()
    {
        auto *search = find<QLineEdit>("searchEdit");
        auto *table = find<QTableView>("itemTable");
        QTest::keyClicks(search, QStringLiteral("hospital"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(),
                 QStringLiteral("Hospital damage photographs"));
        search->clear(); // back to every item
        QTRY_COMPARE(table->model()->rowCount(), 3);
    }

    void ctrlLLocksAndClearsEverything()
    {
        QGuiApplication::clipboard()->setText(QStringLiteral("copied from the library"));
        auto *table = find<QTableView>("itemTable");
        table->setFocus();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(!m_window->isLibraryOpen());
        QCOMPARE(stack()->currentWidget()->objectName(), QStringLiteral("unlockWidget"));
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(find<QLineEdit>("searchEdit")->text().isEmpty());
        QVERIFY(find<QLineEdit>("passphraseEdit")->text().isEmpty());
        QVERIFY(!find<QLabel>("unlockErrorLabel")->isVisible());
    }

    void unlocksAgainAfterLocking()
    {
        // The lock released the folder: a second unlock works.
        QTest::keyClicks(find<QLineEdit>("passphraseEdit"), QString::fromLatin1(kPassphrase));
        QTest::mouseClick(find<QPushButton>("unlockButton"), Qt::LeftButton);
        auto *table = find<QTableView>("itemTable");
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLibraryOpen() && table->model()->rowCount() == 3,
                                 kUnlockTimeoutMs);
        m_window->lock();
        QCOMPARE(table->model()->rowCount(), 0);
    }

private:
    template <typename T> T *find(const char *name)
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    QStackedWidget *stack() { return find<QStackedWidget>("mainStack"); }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestUnlock)
#include "tst_unlock.moc"
