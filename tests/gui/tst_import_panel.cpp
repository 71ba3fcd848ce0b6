// Import in the real MainWindow, offscreen: files and folders go in through the call the drop
// handler makes (and through a real QDropEvent), the panel shows each file's state and a
// summary, the item list shows the new items, Cancel leaves a library that verifies, and the
// GUI thread is never blocked for long. Uses the real amanat-extract helper.

#include "GuiTestSupport.h"
#include "import/ImportController.h"
#include "import/ImportListModel.h"
#include "items/ItemListModel.h"
#include "library/Library.h"
#include "main/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDirIterator>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QtTest>

using namespace amanat;
using namespace amanat::ui;
using amanat::test::StallWatchdog;
using State = ImportListModel::State;

namespace {

const char *const kPassphrase = "correct horse battery";
constexpr int kUnlockTimeoutMs = 60000;  // Argon2id on a busy machine
constexpr int kImportTimeoutMs = 180000; // OCR of one image on a busy machine
// A word in every generated file name: it must never reach a file outside the library.
const char *const kCanary = "zqxcanary";

SecureBuffer secret(const char *text)
{
    QByteArray bytes(text);
    return SecureBuffer::takeFrom(bytes);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write a test file");
}

void writePdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont font = painter.font();
    font.setPointSize(14);
    painter.setFont(font);
    painter.drawText(QRect(40, 40, 500, 200), Qt::AlignLeft,
                     QStringLiteral("Report on the checkpoint at the northern road."));
}

void writePng(const QString &path)
{
    QImage image(480, 120, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font = painter.font();
    font.setPixelSize(40);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(image.rect(), Qt::AlignCenter, QStringLiteral("CHECKPOINT"));
    painter.end();
    if (!image.save(path, "PNG"))
        qFatal("cannot write a PNG");
}

} // namespace

class TestImportPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("AMANAT_EXTRACT", QByteArrayLiteral(AMANAT_EXTRACT_PATH));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("Casework"));
        {
            auto created =
                Library::create(m_path, secret(kPassphrase), QStringLiteral("tst_import_panel"),
                                Library::StarterTags::None);
            QVERIFY2(created.ok(), qPrintable(created.error().message));
        }
        m_input = m_dir.filePath(QStringLiteral("input"));
        QVERIFY(QDir().mkpath(m_input));
        const QByteArray note = "Notes of an interview about the checkpoint, March 2019.\n";
        writeFile(inputFile("note"), note);
        writeFile(inputFile("copy-of-note"), note); // the same bytes: a duplicate
        writePdf(inputFile("report", "pdf"));
        writePng(inputFile("photo", "png"));
        writeFile(inputFile("broken", "pdf"),
                  QByteArrayLiteral("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nstre"));

        m_window = std::make_unique<MainWindow>(QStringLiteral("tst_import_panel"));
        m_window->setLibraryPath(m_path);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        unlock();
    }

    void cleanupTestCase() { m_window.reset(); }

    void importListModelIsAValidModel()
    {
        ImportListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFiles({QStringLiteral("/a/one.txt"), QStringLiteral("/b/two.pdf")});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, ImportListModel::NameColumn).data().toString(),
                 QStringLiteral("two.pdf"));
        model.setState(0, State::Storing);
        model.setState(1, State::Failed, QStringLiteral("unreadable"));
        QVERIFY(model.index(1, ImportListModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("unreadable")));
        model.settleUnfinished(State::NotImported, State::Pending);
        QCOMPARE(model.state(0), State::NotImported);
        QCOMPARE(model.state(1), State::Failed);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void importThroughTheDropEntryPoint()
    {
        ImportController *controller = m_window->importController();
        auto *panel = find<QDockWidget>("importPanel");
        QVERIFY(!panel->isVisible());
        // AMANAT_TEST_SCREENSHOTS=DIR: grab the window during and after the import.
        const QString shots = qEnvironmentVariable("AMANAT_TEST_SCREENSHOTS");
        QMetaObject::Connection grabber;
        if (!shots.isEmpty())
            grabber = connect(
                controller, &ImportController::progressChanged, this, [this, controller, shots] {
                    if (controller->filesDone() == 3 && controller->extractionsDone() == 0)
                        m_window->grab().save(shots + QStringLiteral("/import-during.png"));
                });

        StallWatchdog watchdog;
        // Exactly what dropEvent() does with the dropped folder's path.
        QVERIFY(controller->importPaths({m_input}));
        QTRY_VERIFY(panel->isVisible());
        waitUntilFinished();
        qInfo("longest event-loop stall during the import: %lld ms", watchdog.longestMs());
        QVERIFY2(watchdog.longestMs() < 1000, "the import blocked the GUI thread");

        ImportListModel *model = controller->model();
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(stateOf("copy-of-note"), State::Done);
        QCOMPARE(stateOf("note"), State::Duplicate); // sorted after its copy
        QCOMPARE(stateOf("report"), State::Done);
        QCOMPARE(stateOf("photo"), State::Done);
        QCOMPARE(stateOf("broken"), State::ExtractionFailed);
        const int broken = rowNamed("broken");
        QVERIFY(!model->reason(broken).isEmpty());
        QVERIFY(model->index(broken, ImportListModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(model->reason(broken)));

        const ImportSummary &summary = controller->lastSummary();
        QCOMPARE(summary.imported, 4);
        QCOMPARE(summary.duplicates, 1);
        QVERIFY(summary.importFailures.isEmpty());
        QCOMPARE(summary.extractionFailures.size(), 1);
        QVERIFY(!summary.extractionFailures.first().reason.isEmpty());
        QVERIFY(!summary.cancelled);

        auto *summaryLabel = find<QLabel>("importSummaryLabel");
        QVERIFY(summaryLabel->isVisible());
        QVERIFY(summaryLabel->text().startsWith(QLatin1String("4 file")));
        QVERIFY(summaryLabel->text().contains(QLatin1String(" 1 duplicate")));
        QVERIFY(summaryLabel->text().contains(QLatin1String(" 0 could not be imported")));
        QVERIFY(summaryLabel->text().contains(QLatin1String(" 1 extraction")));
        QVERIFY(summaryLabel->text().contains(summary.extractionFailures.first().reason));
        auto *progress = find<QProgressBar>("importProgressBar");
        QCOMPARE(progress->value(), progress->maximum());
        QVERIFY(!find<QPushButton>("importCancelButton")->isEnabled());

        // The item list reloads and shows the new items (titles are the file names).
        QTRY_COMPARE(itemTitles().size(), 4);
        if (!shots.isEmpty()) {
            disconnect(grabber);
            m_window->grab().save(shots + QStringLiteral("/import-after.png"));
        }
        const QStringList titles = itemTitles();
        for (const char *name : {"copy-of-note", "report", "photo", "broken"})
            QVERIFY2(titles.contains(titled(name)), name);
    }

    void aRealDropReachesTheImport()
    {
        const QString extra =
            m_dir.filePath(QStringLiteral("dropped-%1.txt")).arg(QLatin1String(kCanary));
        writeFile(extra, "A statement dropped on the window.\n");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(extra)});
        const QPoint centre = m_window->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(m_window->importController()->isRunning());
        waitUntilFinished();
        QCOMPARE(m_window->importController()->model()->rowCount(), 1);
        QCOMPARE(m_window->importController()->lastSummary().imported, 1);
        QTRY_COMPARE(itemTitles().size(), 5);
        QVERIFY(itemTitles().contains(QStringLiteral("dropped-%1").arg(QLatin1String(kCanary))));

        // Something that is not a local file is refused.
        QMimeData web;
        web.setUrls({QUrl(QStringLiteral("https://example.org/a.pdf"))});
        QDragEnterEvent refused(centre, Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(m_window.get(), &refused);
        QVERIFY(!refused.isAccepted());
    }

    void cancelLeavesAValidLibrary()
    {
        const QString many = m_dir.filePath(QStringLiteral("many"));
        QVERIFY(QDir().mkpath(many));
        for (int i = 0; i < 40; ++i)
            writeFile(QDir(many).filePath(QStringLiteral("statement-%1-%2.txt")
                                              .arg(i, 2, 10, QLatin1Char('0'))
                                              .arg(QLatin1String(kCanary))),
                      QByteArray("Statement number ") + QByteArray::number(i) +
                          QByteArray(2 << 20, 'x')); // 2 MiB: storing takes a moment
        ImportController *controller = m_window->importController();
        StallWatchdog watchdog;
        QVERIFY(controller->importPaths({many}));
        QTRY_VERIFY_WITH_TIMEOUT(controller->filesDone() >= 3, kImportTimeoutMs);
        QTest::mouseClick(find<QPushButton>("importCancelButton"), Qt::LeftButton);
        // The job stops on the writer thread at its next chunk, then reports back.
        QTRY_VERIFY(!controller->isRunning());
        qInfo("longest event-loop stall while storing 2 MiB files: %lld ms", watchdog.longestMs());
        QVERIFY2(watchdog.longestMs() < 1000, "the import blocked the GUI thread");

        const ImportSummary &summary = controller->lastSummary();
        QVERIFY(summary.cancelled);
        QVERIFY(summary.imported >= 3);
        QVERIFY(summary.imported < 40);
        ImportListModel *model = controller->model();
        int stored = 0, notImported = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const State state = model->state(row);
            QVERIFY(ImportListModel::isFinal(state));
            if (state == State::NotImported)
                ++notImported;
            else
                ++stored;
        }
        QCOMPARE(stored, summary.imported);
        QCOMPARE(notImported, 40 - summary.imported);
        QVERIFY(find<QLabel>("importStatusLabel")->text().contains(QLatin1String("cancelled")));
        QTRY_COMPARE(itemTitles().size(), 5 + summary.imported);
        const int imported = summary.imported;

        // Locking forgets the file names shown in the panel.
        m_window->lock();
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(find<QLabel>("importSummaryLabel")->text().isEmpty());

        auto library = Library::open(m_path, secret(kPassphrase), Library::Access::Read,
                                     QStringLiteral("tst_import_panel"));
        QVERIFY2(library.ok(), qPrintable(library.error().message));
        auto report = (*library)->verify();
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QVERIFY(report->ok());
        auto items = (*library)->items().list();
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 5 + imported);
    }

    void noFileNameOutsideTheLibrary()
    {
        // Settings, caches and data of this (test-mode) app hold no imported file name.
        for (auto location :
             {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation,
              QStandardPaths::CacheLocation, QStandardPaths::GenericCacheLocation,
              QStandardPaths::AppDataLocation}) {
            const QString folder = QStandardPaths::writableLocation(location);
            QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly))
                    QVERIFY2(!file.readAll().contains(kCanary), qPrintable(file.fileName()));
            }
        }
    }

private:
    QString inputFile(const char *stem, const char *extension = "txt") const
    {
        return QDir(m_input).filePath(
            QStringLiteral("%1-%2.%3")
                .arg(QLatin1String(stem), QLatin1String(kCanary), QLatin1String(extension)));
    }
    static QString titled(const char *stem)
    {
        return QStringLiteral("%1-%2").arg(QLatin1String(stem), QLatin1String(kCanary));
    }
    int rowNamed(const char *stem) const
    {
        ImportListModel *model = m_window->importController()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ImportListModel::NameColumn)
                    .data()
                    .toString()
                    .startsWith(titled(stem) + QLatin1Char('.')))
                return row;
        }
        qFatal("no row for %s", stem);
    }
    State stateOf(const char *stem) const
    {
        return m_window->importController()->model()->state(rowNamed(stem));
    }
    QStringList itemTitles()
    {
        auto *table = find<QTableView>("itemTable");
        QAbstractItemModel *model = table->model();
        while (model->canFetchMore({}))
            model->fetchMore({});
        QStringList titles;
        for (int row = 0; row < model->rowCount(); ++row)
            titles << model->index(row, ItemListModel::TitleColumn).data().toString();
        return titles;
    }
    void waitUntilFinished()
    {
        ImportController *controller = m_window->importController();
        QTRY_VERIFY_WITH_TIMEOUT(!controller->isRunning(), kImportTimeoutMs);
        QTRY_VERIFY(find<QLabel>("importSummaryLabel")->isVisible());
    }
    void unlock()
    {
        QTest::keyClicks(find<QLineEdit>("passphraseEdit"), QString::fromLatin1(kPassphrase));
        QTest::keyClick(find<QLineEdit>("passphraseEdit"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLibraryOpen(), kUnlockTimeoutMs);
    }
    template <typename T> T *find(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_input;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestImportPanel)
#include "tst_import_panel.moc"
