// bench_gui_import: an import through the desktop app's drop entry point, for
// docs/benchmarks.md (issue 12: the window must not wait while files are stored).
//
//   bench_gui_import LIBRARY INPUT...
//       Creates LIBRARY (must not exist), opens it in the real MainWindow
//       (QT_QPA_PLATFORM=offscreen), passes INPUT (files or folders) to the import exactly as a
//       drop does, and measures with a 1 ms timer on the GUI thread:
//         store_stall_ms  the longest time the event loop went without running that timer
//                         until every file was stored;
//         stall_ms        the same until the import finished (extraction included);
//         stall_at_s      when that longest stall ended, from the drop;
//         store_s         from the drop until every file was stored;
//         total_s         from the drop until the import finished;
//         progress_steps  how many different values the import progress bar showed while
//                         files were being stored.
//       Prints one line of key=value pairs. The helper is $AMANAT_EXTRACT.
//
// The passphrase is kPassphrase below (benchmark only).

#include "import/ImportController.h"
#include "library/Library.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProgressBar>
#include <QSet>
#include <QTimer>
#include <QtTest/QTest>

#include <cstdio>

using namespace amanat;

namespace {
constexpr const char kPassphrase[] = "correct horse battery staple, import benchmark only";
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_gui_import LIBRARY INPUT...\n");
        return 2;
    }
    const QString libraryPath = args.at(0);
    const QStringList inputs = args.mid(1);
    {
        QByteArray passphrase(kPassphrase);
        auto created =
            Library::create(libraryPath, SecureBuffer::takeFrom(passphrase),
                            QStringLiteral("bench_gui_import"), Library::StarterTags::None);
        if (!created.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
            return 1;
        }
    }
    ui::MainWindow window(QStringLiteral("bench_gui_import"));
    window.setLibraryPath(libraryPath);
    window.show();
    auto *passphraseEdit = window.findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
    QTest::keyClicks(passphraseEdit, QString::fromLatin1(kPassphrase));
    QTest::keyClick(passphraseEdit, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return window.isLibraryOpen(); }, 120000)) {
        std::fprintf(stderr, "the library did not open\n");
        return 1;
    }
    ui::ImportController *controller = window.importController();
    auto *progress = window.findChild<QProgressBar *>(QStringLiteral("importProgressBar"));

    QElapsedTimer sinceTick;
    qint64 longest = 0, longestWhileStoring = 0;
    bool storing = true;
    QSet<int> progressValues;
    QTimer ticker;
    ticker.setInterval(1);
    qint64 longestAtMs = 0;
    QElapsedTimer clock;
    const auto noteGap = [&] {
        const qint64 gap = sinceTick.restart();
        if (gap > longest) {
            longest = gap;
            longestAtMs = clock.elapsed();
        }
    };
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        noteGap();
        if (storing) {
            longestWhileStoring = longest;
            if (progress)
                progressValues.insert(progress->value());
        }
    });
    qint64 storeMs = -1;
    bool finished = false;
    QObject::connect(controller, &ui::ImportController::progressChanged, [&] {
        if (storing && controller->fileCount() > 0 &&
            controller->filesDone() == controller->fileCount()) {
            noteGap(); // a store step that held this thread shows here, not at the next tick
            longestWhileStoring = longest;
            storing = false;
            storeMs = clock.elapsed();
        }
    });
    QObject::connect(controller, &ui::ImportController::finished, [&] { finished = true; });

    clock.start();
    sinceTick.start();
    ticker.start();
    controller->importPaths(inputs); // what MainWindow::dropEvent does with the dropped paths
    if (!QTest::qWaitFor([&] { return finished; }, 3600 * 1000)) {
        std::fprintf(stderr, "bench_gui_import: the import did not finish within an hour\n");
        return 1;
    }
    const qint64 totalMs = clock.elapsed();
    ticker.stop();
    if (storeMs < 0)
        storeMs = totalMs;
    const ImportSummary &summary = controller->lastSummary();
    std::printf("files=%d imported=%d store_stall_ms=%lld stall_ms=%lld stall_at_s=%.2f "
                "store_s=%.2f total_s=%.2f progress_steps=%lld\n",
                controller->fileCount(), summary.imported, longestWhileStoring, longest,
                longestAtMs / 1000.0, storeMs / 1000.0, totalMs / 1000.0,
                qint64(progressValues.size()));
    window.lock();
    return finished ? 0 : 1;
}
