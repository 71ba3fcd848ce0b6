// What locking and closing leave behind (issue 11), through the real MainWindow. Run under
// Xvfb with the xcb platform where available, so the X11 PRIMARY selection is the real one:
// - locking clears the clipboard and the selection (a middle click must not paste document
//   text after lock), and so does closing the window;
// - closing the window while an import runs asks first: "Keep Importing" leaves everything
//   running, "Stop Import and Quit" stops it, locks (keys wiped) and closes; the library
//   then opens and verifies cleanly.

#include "ingest/ImportJob.h"
#include "import/ImportController.h"
#include "library/Library.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace amanat;
using namespace amanat::ui;

namespace {
const char *const kPassphrase = "closing time for the archive room";
constexpr int kUnlockTimeoutMs = 60000;
constexpr int kImportTimeoutMs = 300000;

/** Answers the stop-import question with @p buttonName as soon as it shows; counts the
 *  questions seen. */
class QuestionAnswerer : public QObject
{
public:
    QuestionAnswerer(const char *buttonName) : m_button(QString::fromLatin1(buttonName))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal->objectName() != QLatin1String("stopImportQuestion"))
                return;
            auto *button = modal->findChild<QPushButton *>(m_button);
            if (!button)
                return;
            ++m_seen;
            m_timer.stop();
            button->click();
        });
        m_timer.start(20);
    }
    int seen() const { return m_seen; }

private:
    QString m_button;
    QTimer m_timer;
    int m_seen = 0;
};
} // namespace

class TestLockAndClose : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        qputenv("AMANAT_EXTRACT", QByteArrayLiteral(AMANAT_EXTRACT_PATH));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("Closing.amanat"));
        QByteArray bytes(kPassphrase);
        auto created =
            Library::create(m_path, SecureBuffer::takeFrom(bytes),
                            QStringLiteral("tst_lock_and_close"), Library::StarterTags::None);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        created->library.reset();
        m_window = std::make_unique<MainWindow>(QStringLiteral("tst_lock_and_close"));
        m_window->setLibraryPath(m_path);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QSettings().clear();
    }

    void lockClearsClipboardAndSelection()
    {
        QClipboard *clipboard = QGuiApplication::clipboard();
        if (!clipboard->supportsSelection())
            QSKIP("this platform has no selection (run under Xvfb with QT_QPA_PLATFORM=xcb)");
        unlock();
        // Select text in a real field: on X11 that alone makes it the PRIMARY selection.
        auto *search = find<QLineEdit>("searchEdit");
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("witness statement page four"));
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier); // selects, as a user would
        clipboard->setText(QStringLiteral("copied from the library"));
        // The probe sees both where they are present...
        QTRY_COMPARE(clipboard->text(QClipboard::Selection),
                     QStringLiteral("witness statement page four"));
        QCOMPARE(clipboard->text(), QStringLiteral("copied from the library"));
        m_window->lock();
        QVERIFY(!m_window->isLibraryOpen());
        // ...and neither after the lock.
        QVERIFY(clipboard->text(QClipboard::Selection).isEmpty());
        QVERIFY(clipboard->text().isEmpty());
    }

    void closingClearsTheSelection()
    {
        QClipboard *clipboard = QGuiApplication::clipboard();
        if (!clipboard->supportsSelection())
            QSKIP("this platform has no selection (run under Xvfb with QT_QPA_PLATFORM=xcb)");
        unlock();
        auto *search = find<QLineEdit>("searchEdit");
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("detention centre"));
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier); // selects, as a user would
        QTRY_COMPARE(clipboard->text(QClipboard::Selection), QStringLiteral("detention centre"));
        QVERIFY(m_window->close());
        QVERIFY(!m_window->isLibraryOpen());
        QVERIFY(clipboard->text(QClipboard::Selection).isEmpty());
        reopenWindow();
    }

    void closingWithoutAnImportDoesNotAsk()
    {
        unlock();
        QuestionAnswerer answerer("keepImportingButton");
        QVERIFY(m_window->close());
        QCOMPARE(answerer.seen(), 0);
        QVERIFY(!m_window->isVisible());
        QVERIFY(!m_window->isLibraryOpen());
        reopenWindow();
    }

    void keepImportingLeavesTheImportRunning()
    {
        unlock();
        ImportController *imports = m_window->importController();
        QSignalSpy finished(imports, &ImportController::finished);
        QVERIFY(imports->importPaths(makeFiles(QStringLiteral("keep"), 12)));
        QVERIFY(imports->isRunning());
        QuestionAnswerer answerer("keepImportingButton");
        QVERIFY(!m_window->close()); // refused: the user chose to keep importing
        QCOMPARE(answerer.seen(), 1);
        QVERIFY(m_window->isVisible());
        QVERIFY(m_window->isLibraryOpen());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kImportTimeoutMs);
        const ImportSummary &summary = imports->lastSummary();
        QCOMPARE(summary.imported, 12);
        QVERIFY(!summary.cancelled);
    }

    void stopImportAndQuitLocksAndCloses()
    {
        ImportController *imports = m_window->importController();
        QVERIFY(m_window->isLibraryOpen());
        QVERIFY(imports->importPaths(makeFiles(QStringLiteral("stop"), 40)));
        QVERIFY(imports->isRunning());
        QuestionAnswerer answerer("stopImportAndQuitButton");
        QVERIFY(m_window->close());
        QCOMPARE(answerer.seen(), 1);
        QVERIFY(!m_window->isVisible());
        QVERIFY(!m_window->isLibraryOpen()); // locked: keys wiped, folder released
        QVERIFY(!imports->isRunning());
        QVERIFY(QApplication::topLevelWidgets().size() > 0);
        for (QWidget *widget : QApplication::topLevelWidgets())
            QVERIFY2(!widget->isVisible() || widget->inherits("QMenu"),
                     qPrintable(widget->objectName())); // nothing keeps the app alive

        // Nothing half-written: the library opens (nobody else holds it) and verifies.
        QByteArray bytes(kPassphrase);
        auto library = Library::open(m_path, SecureBuffer::takeFrom(bytes), Library::Access::Write,
                                     QStringLiteral("tst_lock_and_close"));
        QVERIFY2(library.ok(), qPrintable(library.error().message));
        auto report = (*library)->verify();
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QVERIFY2(report->ok(), qPrintable(report->integrityProblem + report->lostWork));
    }

private:
    QStringList makeFiles(const QString &prefix, int count)
    {
        QStringList paths;
        const QString folder = m_dir.filePath(prefix);
        QDir().mkpath(folder);
        for (int i = 0; i < count; ++i) {
            const QString path = QStringLiteral("%1/%2-%3.txt").arg(folder, prefix).arg(i);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return {};
            file.write(QStringLiteral("Field note %1 of %2.\n").arg(i).arg(prefix).toUtf8());
            paths << path;
        }
        return paths;
    }

    void unlock()
    {
        auto *edit = find<QLineEdit>("passphraseEdit");
        edit->clear();
        QTest::keyClicks(edit, QString::fromLatin1(kPassphrase));
        QTest::mouseClick(find<QPushButton>("unlockButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLibraryOpen(), kUnlockTimeoutMs);
    }

    void reopenWindow()
    {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
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
};

QTEST_MAIN(TestLockAndClose)
#include "tst_lock_and_close.moc"
