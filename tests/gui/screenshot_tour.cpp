// amanat-screenshot-tour OUTDIR: the README's screenshots. Builds the demo library (the
// generator behind `amanat --demo`), opens the real MainWindow on it and drives its widgets
// through unlock, browsing, every viewer, search, an import, the dossier editor, the
// redaction review and the dark right-to-left look, grabbing the window at each step into
// OUTDIR/*.png. Pictures for checking layouts by eye that the README does not show (the
// review right to left, Protected People, the export dialog) go to OUTDIR/check/.
//
// Not a test: run by scripts/screenshots.sh under Xvfb, with a throw-away HOME. Every wait is
// for a real condition (a page rendered, a duration known, an import finished) with a bound;
// a step that times out is reported and the tour goes on, so one broken viewer still leaves
// the other pictures. Exit status: 0 when every picture was taken, 1 otherwise.

#include "app/InterfaceLanguage.h"
#include "app/ShellSettings.h"
#include "app/ThemeManager.h"
#include "crypto/Sodium.h"
#include "demo/DemoLibrary.h"
#include "details/DetailPane.h"
#include "dossiers/BundleExportDialog.h"
#include "dossiers/DossierEditor.h"
#include "dossiers/DossierLauncher.h"
#include "dossiers/DossierModel.h"
#include "dossiers/RedactionReviewDialog.h"
#include "dossiers/ReviewCanvas.h"
#include "import/ImportController.h"
#include "items/ItemListModel.h"
#include "repository/ClipMarkers.h"
#include "repository/DossierRepository.h"
#include "library/Library.h"
#include "main/MainWindow.h"
#include "persons/PersonEditorDialog.h"
#include "persons/ProtectedPeopleDialog.h"
#include "search/FacetModel.h"
#include "sidebar/SidebarModel.h"
#include "sidebar/SidebarView.h"
#include "unlock/UnlockWidget.h"
#include "viewers/PdfPageWidget.h"

#include "PoliceScan.h"
#include "ScreenshotTour.h"

#include <QApplication>
#include <QAudioOutput>
#include <QBuffer>
#include <QDeadlineTimer>
#include <QDir>
#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMediaPlayer>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTranslator>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

#include <cstdio>
#include <functional>

using namespace amanat;
using namespace amanat::ui;
using namespace amanat::test::tour;

namespace {

constexpr int kWidth = 1440;
constexpr int kHeight = 900;

/** The invented detainee named on the registration form of the redaction pictures. */
test::ScanPerson formDetainee()
{
    return test::ScanPerson::protectedWitness();
}

/** Adds what the demo generator leaves out and the pictures want: a protected person (the
 *  detainee of the registration form imported later for the redaction review), and finds
 *  the demo's dossier. Runs on the closed library, before the app
 *  unlocks it. */
Status stageDemo(const QString &path, const QString &passphrase, const QString &program,
                 qint64 *dossierId)
{
    QByteArray bytes = passphrase.toUtf8();
    auto opened =
        Library::open(path, SecureBuffer::takeFrom(bytes), Library::Access::Write, program);
    if (!opened.ok())
        return opened.error();
    Library &library = **opened;
    // The demo files its own dossier (and the video's saved clip): the pictures show that one.
    auto dossiers = library.dossiers().all();
    if (!dossiers.ok())
        return dossiers.error();
    if (dossiers->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("the demo has no dossier"));
    *dossierId = dossiers->first().id;
    const test::ScanPerson detainee = formDetainee();
    auto person = library.persons().create(QStringLiteral("P-D04"), {detainee.han, detainee.latin},
                                           {detainee.phone});
    if (!person.ok())
        return person.error();
    return {};
}

/** Writes the registration form of the redaction pictures into @p folder: a generated
 *  police scan naming formDetainee(), slightly askew on grey paper. */
bool writeRegistrationForm(const QString &folder)
{
    QDir().mkpath(folder);
    test::ScanSpec spec;
    spec.rotationDegrees = 0.6;
    spec.paperGrey = 246;
    spec.noise = 4;
    return test::generatePoliceScan(spec, formDetainee())
        .image.save(QDir(folder).filePath(QStringLiteral("Registration form (scan).png")));
}

/** Writes the files for the import picture: a note, a drawn photo, the same photo again
 *  (a duplicate) and a damaged PDF (stored, but its text cannot be extracted). */
bool writeImportSamples(const QString &folder)
{
    QDir().mkpath(folder);
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(QDir(folder).filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QImage photo(640, 420, QImage::Format_RGB32);
    photo.fill(QColor(0x9c, 0xb8, 0xc9));
    {
        QPainter painter(&photo);
        painter.fillRect(0, 260, 640, 160, QColor(0x8a, 0x7a, 0x5c));
        painter.fillRect(250, 180, 30, 120, QColor(0x40, 0x40, 0x40));
        painter.fillRect(280, 190, 260, 18, QColor(0xd0, 0x30, 0x30));
        painter.setPen(Qt::white);
        painter.drawText(QRect(0, 20, 640, 40), Qt::AlignCenter,
                         QStringLiteral("Invented sample photo (demo)"));
    }
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        photo.save(&buffer, "PNG");
    }
    return write(QStringLiteral("Well site, east side.png"), png) &&
           write(QStringLiteral("Well site, east side (copy).png"), png) &&
           write(QStringLiteral("Field notes 2023-05-14.txt"),
                 QByteArrayLiteral("Field notes (invented for the demo).\n"
                                   "Visited the east well; the pump was working again.\n"
                                   "Two families reported the checkpoint closed at dusk.\n")) &&
           write(QStringLiteral("Meeting minutes.md"),
                 QByteArrayLiteral("# Meeting minutes (invented)\n\n"
                                   "- Agreed to collect statements about water deliveries.\n"
                                   "- Next visit planned after the checkpoint reopens.\n")) &&
           write(QStringLiteral("Damaged report.pdf"),
                 QByteArrayLiteral("%PDF-1.7\n% truncated in transfer: no objects follow\n"));
}

} // namespace

/** Every dialog the main window's menus open, and the dossier editor with its export and
 *  review dialogs, grabbed in @p language into check/LANGUAGE/ (for the right-to-left
 *  check by eye). Each dialog is closed unchanged. */
void shootDialogsIn(Tour &tour, MainWindow &window, const QString &language, qint64 dossierId)
{
    const QString folder = QStringLiteral("check/") + language + QLatin1Char('/');
    for (const char *actionName :
         {"newTestimonyAction", "addToDossierAction", "readAgainAction", "deleteItemsAction",
          "tagSelectedAction", "settingsAction", "protectedPeopleAction", "exchangeKeyAction",
          "shareSelectionAction", "changePassphraseAction", "newRecoveryKeyAction",
          "newDossierAction", "importFilesAction", "requestTimeStampAction"}) {
        auto *action = window.findChild<QAction *>(QLatin1String(actionName));
        if (action && action->isEnabled())
            tour.shootDialogOf(*action, folder + QLatin1String(actionName));
    }
    auto *launcher = window.findChild<DossierLauncher *>();
    if (!launcher || dossierId == 0)
        return;
    launcher->openDossier(dossierId);
    DossierEditor *editor = launcher->editor();
    if (!editor)
        return;
    editor->resize(1200, 780);
    editor->show();
    QTest::qWaitForWindowExposed(editor);
    waitFor([&] { return editor->model()->rowCount() >= 3; });
    editor->tree()->expandAll();
    const QModelIndex exhibit = editor->model()->index(0, 0, editor->model()->index(1, 0));
    if (exhibit.isValid())
        editor->tree()->setCurrentIndex(exhibit);
    settle();
    tour.shoot(*editor, folder + QStringLiteral("dossier-editor"));
    editor->close();
    settle();
}

int main(int argc, char *argv[])
{
    amanat::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Amanat"));
    QApplication::setApplicationName(QStringLiteral("amanat"));
    QApplication::setApplicationDisplayName(QStringLiteral("Amanat"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.amanat.Amanat.svg")));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: amanat-screenshot-tour OUTDIR\n");
        return 2;
    }
    const QString out = arguments.at(1);
    if (!QDir().mkpath(out)) {
        std::fprintf(stderr, "cannot create %s\n", qUtf8Printable(out));
        return 1;
    }
#ifdef AMANAT_EXTRACT_PATH
    if (qEnvironmentVariableIsEmpty("AMANAT_EXTRACT"))
        qputenv("AMANAT_EXTRACT", AMANAT_EXTRACT_PATH);
#endif
    ThemeManager::captureSystemDefaults();
    ThemeManager::apply(ShellSettings::Theme::Light);
    QApplication::setLayoutDirection(Qt::LeftToRight);

    // The demo library, as `amanat --demo` makes it.
    const QString program = QStringLiteral("amanat-screenshot-tour");
    QTemporaryDir work;
    if (!work.isValid())
        return 1;
    std::printf("Generating the demo library…\n");
    std::fflush(stdout);
    auto created = DemoLibrary::create(work.path(), program);
    if (!created.ok()) {
        std::fprintf(stderr, "demo library: %s\n", qUtf8Printable(created.error().message));
        return 1;
    }
    const QString libraryPath = created->path;
    const QString passphrase =
        QString::fromUtf8(created->passphrase.chars(), int(created->passphrase.size()));
    qint64 dossierId = 0;
    const Status staged = stageDemo(libraryPath, passphrase, program, &dossierId);
    if (!staged.ok()) {
        std::fprintf(stderr, "staging: %s\n", qUtf8Printable(staged.error().message));
        return 1;
    }

    auto window = std::make_unique<MainWindow>(program);
    Tour tour(*window, out);
    window->setLibraryPath(QString());
    window->unlockWidget()->setDemoLibrary(libraryPath, passphrase);
    window->resize(kWidth, kHeight);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        tour.fail(QStringLiteral("the window was never shown"));

    // 1. Unlock.
    tour.shoot(*window, QStringLiteral("unlock"));
    QTest::keyClicks(child<QLineEdit>(window.get(), "passphraseEdit"), passphrase);
    QTest::mouseClick(child<QPushButton>(window.get(), "unlockButton"), Qt::LeftButton);
    if (!tour.check(waitFor([&] { return window->isLibraryOpen(); }, 180000),
                    QStringLiteral("the demo library did not unlock")))
        return 1;

    // 2. Main window: the sidebar with the Demo tags open, thumbnails drawn, an item's details.
    auto *sidebar = child<SidebarView>(window.get(), "sidebarTree");
    SidebarModel *sidebarModel = sidebar->sidebarModel();
    tour.check(waitFor([&] { return sidebarModel->tagIndex(QStringLiteral("Demo")).isValid(); }),
               QStringLiteral("the tag tree did not load"));
    sidebar->expand(sidebarModel->groupIndex(SidebarModel::TagGroupNode));
    sidebar->expand(sidebarModel->tagIndex(QStringLiteral("Demo")));
    QTableView *table = tour.table();
    tour.check(waitFor([&] { return table->model()->rowCount() >= 9; }),
               QStringLiteral("the item list did not fill"));
    auto thumbnailsDrawn = [&] {
        QAbstractItemModel *model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString kind = model->index(row, 0).data(ItemListModel::KindRole).toString();
            if (kind != QLatin1String("report") && kind != QLatin1String("scan") &&
                kind != QLatin1String("image") && kind != QLatin1String("video"))
                continue;
            const QImage image =
                model->index(row, 0).data(Qt::DecorationRole).value<QPixmap>().toImage();
            if (image.isNull() ||
                image.pixelColor(image.width() / 2, image.height() / 2).alpha() == 0)
                return false;
        }
        return true;
    };
    tour.check(waitFor(thumbnailsDrawn), QStringLiteral("thumbnails were not drawn"));
    tour.widenDetails(0.44); // room for every column of the list
    tour.selectItem(QStringLiteral("Field report"));
    tour.showTab(1);
    tour.shoot(*window, QStringLiteral("main-window"));
    tour.showTab(2); // the custody history, as sentences (checked by eye)
    tour.shoot(*window, QStringLiteral("check/history"));

    // 3. Viewers, in the detail pane made wide (as a user drags the splitter).
    tour.widenDetails(0.68);
    // PDF: the report's first page rendered, with "checkpoint" found and highlighted.
    tour.selectItem(QStringLiteral("Field report"));
    tour.showTab(0);
    auto *pdf = child<QWidget>(window.get(), "pdfViewer");
    auto pages = [&] {
        return pdf->findChildren<PdfPageWidget *>();
    };
    if (tour.check(waitFor([&] { return !pages().isEmpty() && pages().first()->hasPixmap(); }),
                   QStringLiteral("the PDF page was not rendered"))) {
        QTest::keyClicks(child<QLineEdit>(pdf, "findEdit"), QStringLiteral("checkpoint"));
        tour.check(waitFor([&] {
                       const auto list = pages();
                       return !list.isEmpty() && !list.first()->highlights().isEmpty() &&
                              list.first()->hasPixmap();
                   }),
                   QStringLiteral("no find highlight on the first PDF page"));
    }
    tour.shoot(*window, QStringLiteral("viewer-pdf"));

    // Image: the scan and its OCR text.
    tour.selectItem(QStringLiteral("District notice"));
    auto *canvas = child<QLabel>(window.get(), "imageCanvas");
    auto *ocr = child<QPlainTextEdit>(window.get(), "ocrTextEdit");
    tour.check(waitFor([&] { return !canvas->pixmap().isNull() && !ocr->toPlainText().isEmpty(); }),
               QStringLiteral("the scan or its OCR text was not shown"));
    tour.shoot(*window, QStringLiteral("viewer-image"));

    // Video: the duration known, paused on a frame inside the clip marker.
    tour.selectItem(QStringLiteral("Valley road clip"));
    auto *player = child<QMediaPlayer>(window.get(), "mediaPlayer");
    auto *videoWidget = child<QVideoWidget>(window.get(), "videoWidget");
    QAudioOutput *audioOutput = player->audioOutput();
    if (tour.check(waitFor([&] { return player->duration() > 0; }),
                   QStringLiteral("the video's duration was never known"))) {
        // Play into the clip marker and pause there, so a frame is decoded. Xvfb machines
        // have no sound device, and a player whose audio sink fails does not play: the
        // pictures need no sound, so the tour detaches the audio output.
        player->setAudioOutput(nullptr);
        player->setPosition(qMin<qint64>(1200, player->duration() / 2));
        player->play();
        tour.check(waitFor(
                       [&] {
                           return player->position() >=
                                      qMin<qint64>(1500, player->duration() / 2) &&
                                  videoWidget->videoSink()->videoFrame().isValid();
                       },
                       15000),
                   QStringLiteral("the video did not play"));
        player->pause();
        waitFor([&] { return player->playbackState() == QMediaPlayer::PausedState; }, 5000);
    }
    // QVideoWidget draws in a native child window that QWidget::grab() cannot see: put the
    // frame its sink holds (what the window shows on screen) where the widget is.
    QImage frame = videoWidget->videoSink()->videoFrame().toImage();
    QRect frameRect;
    if (!frame.isNull()) {
        const QRect area(videoWidget->mapTo(window.get(), QPoint(0, 0)), videoWidget->size());
        const QSize fitted = frame.size().scaled(area.size(), Qt::KeepAspectRatio);
        frameRect = QRect(area.topLeft() + QPoint((area.width() - fitted.width()) / 2,
                                                  (area.height() - fitted.height()) / 2),
                          fitted);
    } else {
        tour.fail(QStringLiteral("no video frame to show (the picture stays blank)"));
    }
    auto *belowPlayer = child<QTabWidget>(window.get(), "mediaBelowTabs");
    belowPlayer->setCurrentIndex(1); // the clip markers
    tour.shoot(*window, QStringLiteral("viewer-video"), frame, frameRect);
    belowPlayer->setCurrentIndex(0); // the time-coded transcript
    tour.shoot(*window, QStringLiteral("viewer-video-transcript"), frame, frameRect);
    player->pause();
    player->setAudioOutput(audioOutput); // as the app has it

    // Audio: the voice memo with its duration.
    tour.selectItem(QStringLiteral("Voice memo"));
    player = child<QMediaPlayer>(window.get(), "mediaPlayer");
    tour.check(waitFor([&] { return player->duration() > 0; }),
               QStringLiteral("the audio duration was never known"));
    tour.shoot(*window, QStringLiteral("viewer-audio"));

    // Testimony: the form and the transcript; the protected fields stay hidden.
    tour.selectItem(QStringLiteral("Interview W-D01"));
    auto *code = child<QLineEdit>(window.get(), "witness_codeEdit");
    auto *transcript = child<QPlainTextEdit>(window.get(), "transcriptEdit");
    tour.check(
        waitFor([&] { return !code->text().isEmpty() && !transcript->toPlainText().isEmpty(); }),
        QStringLiteral("the testimony form was not filled"));
    tour.check(child<QLineEdit>(window.get(), "witnessNameEdit")->text().isEmpty(),
               QStringLiteral("the witness name is shown"));
    tour.shoot(*window, QStringLiteral("viewer-testimony"));

    // 4. Search: highlighted snippets and the facets.
    tour.widenDetails(0.34);
    tour.showTab(1);
    auto *searchEdit = child<QLineEdit>(window.get(), "searchEdit");
    auto *facets = child<QTreeView>(window.get(), "facetTree");
    auto *status = child<QLabel>(window.get(), "searchStatusLabel");
    searchEdit->setFocus();
    QTest::keyClicks(searchEdit, QStringLiteral("checkpoint"));
    QTest::keyClick(searchEdit, Qt::Key_Return);
    tour.check(waitFor([&] {
                   return facets->isVisible() && facets->model()->rowCount() > 0 &&
                          status->text().contains(QLatin1String("result"));
               }),
               QStringLiteral("the search showed no results"));
    tour.selectItem(QStringLiteral("Interview W-D01"));
    tour.shoot(*window, QStringLiteral("search"));
    // A ticked facet shows as a chip over the hits, the kind's other values still listed
    // (checked by eye).
    if (auto *facetModel = qobject_cast<FacetModel *>(facets->model())) {
        facetModel->setChecked(FacetModel::KindGroup, QStringLiteral("testimony"), true);
        auto onlyTestimonies = [&] {
            QAbstractItemModel *hits = tour.table()->model();
            for (int row = 0; row < hits->rowCount(); ++row)
                if (hits->index(row, 1).data().toString() != QLatin1String("Testimony"))
                    return false;
            return hits->rowCount() > 0;
        };
        tour.check(waitFor(onlyTestimonies),
                   QStringLiteral("the kind facet did not narrow the search"));
        tour.shoot(*window, QStringLiteral("check/search-facet-chip"));
        facetModel->setChecked(FacetModel::KindGroup, QStringLiteral("testimony"), false);
    }

    // 5. Import: generated files through ImportController::importPaths, as a drop does.
    searchEdit->clear(); // back to All items
    tour.check(waitFor([&] { return !facets->isVisible(); }),
               QStringLiteral("the search did not end"));
    const QString samples = work.filePath(QStringLiteral("import"));
    if (tour.check(writeImportSamples(samples), QStringLiteral("cannot write import samples"))) {
        ImportController *controller = window->importController();
        bool finished = false;
        QObject::connect(controller, &ImportController::finished, window.get(),
                         [&finished] { finished = true; });
        controller->importPaths({samples});
        tour.check(waitFor([&] { return finished; }, 180000),
                   QStringLiteral("the import did not finish"));
        tour.check(waitFor([&] { return table->model()->rowCount() >= 13; }),
                   QStringLiteral("the imported items are not listed"));
        tour.selectItem(QStringLiteral("Well site"));
        tour.shoot(*window, QStringLiteral("import-panel"));
        child<QDockWidget>(window.get(), "importPanel")->hide();
    }

    // 6. The dossier editor (issue 6), when present.
    auto *launcher = window->findChild<DossierLauncher *>();
    if (launcher && dossierId != 0) {
        launcher->openDossier(dossierId);
        DossierEditor *editor = launcher->editor();
        if (tour.check(editor != nullptr, QStringLiteral("the dossier editor did not open"))) {
            editor->resize(1200, 780);
            editor->show();
            tour.check(QTest::qWaitForWindowExposed(editor),
                       QStringLiteral("the dossier editor was never shown"));
            tour.check(waitFor([&] { return editor->model()->rowCount() >= 3; }),
                       QStringLiteral("the dossier's sections were not listed"));
            editor->tree()->expandAll();
            // The report's exhibit (section B), limited to pages 1–2.
            const QModelIndex section = editor->model()->index(1, 0);
            const QModelIndex exhibit = editor->model()->index(0, 0, section);
            if (exhibit.isValid())
                editor->tree()->setCurrentIndex(exhibit);
            tour.shoot(*editor, QStringLiteral("dossier-editor"));
            editor->close();
            settle();
        }
    }

    // 7. Dark palette, right to left.
    ThemeManager::apply(ShellSettings::Theme::Dark);
    QApplication::setLayoutDirection(Qt::RightToLeft);
    settle();
    tour.selectItem(QStringLiteral("Field report"));
    tour.showTab(1);
    tour.shoot(*window, QStringLiteral("main-window-dark-rtl"));
    tour.showTab(2);
    tour.shoot(*window, QStringLiteral("check/history-dark-rtl"));
    tour.showTab(1);

    // 8. Witness-safe redaction (issue 10), last so that no picture above changes: back in
    // the light theme, a registration form naming the protected detainee is imported and
    // added to the dossier; its review with the redactor's proposal; then, for checking by
    // eye, the way to an export while pages await review (the review first, then the
    // export dialog), Protected People, and the review dark and right to left.
    ThemeManager::apply(ShellSettings::Theme::Light);
    QApplication::setLayoutDirection(Qt::LeftToRight);
    settle();
    qint64 formId = 0;
    const QString formFolder = work.filePath(QStringLiteral("redaction"));
    if (tour.check(writeRegistrationForm(formFolder),
                   QStringLiteral("cannot write the registration form"))) {
        ImportController *controller = window->importController();
        bool finished = false;
        QObject::connect(controller, &ImportController::finished, window.get(),
                         [&finished] { finished = true; });
        controller->importPaths({formFolder});
        tour.check(waitFor([&] { return finished; }, 180000),
                   QStringLiteral("the registration form was not imported"));
        child<QDockWidget>(window.get(), "importPanel")->hide();
        waitFor([&] {
            QAbstractItemModel *model = table->model();
            for (int row = 0; row < model->rowCount() && formId == 0; ++row)
                if (model->index(row, 0).data().toString().startsWith(
                        QStringLiteral("Registration form")))
                    formId = model->index(row, 0).data(ItemListModel::ItemIdRole).toLongLong();
            return formId != 0;
        });
        tour.check(formId != 0, QStringLiteral("the registration form is not listed"));
    }
    if (launcher && dossierId != 0 && formId != 0) {
        launcher->openDossier(dossierId);
        DossierEditor *editor = launcher->editor();
        if (tour.check(editor != nullptr, QStringLiteral("the dossier editor did not open")) &&
            tour.check(editor->model()->addItems({formId}, 0),
                       QStringLiteral("the form was not added to the dossier"))) {
            if (RedactionReviewDialog *review = tour.openReview(editor, QSize(1400, 880))) {
                tour.shoot(*review, QStringLiteral("redaction-review"));
                review->reject();
                settle();
            }
            editor->openExport();
            if (RedactionReviewDialog *review = editor->reviewDialog()) {
                review->resize(1200, 800);
                tour.check(QTest::qWaitForWindowExposed(review),
                           QStringLiteral("the review before the export was never shown"));
                tour.shoot(*review, QStringLiteral("check/redaction-review-before-export"));
                QTest::mouseClick(child<QPushButton>(review, "continueExportButton"),
                                  Qt::LeftButton);
                if (tour.check(waitFor([&] { return editor->exportDialog() != nullptr; }),
                               QStringLiteral("the export dialog did not follow the review"))) {
                    tour.check(QTest::qWaitForWindowExposed(editor->exportDialog()),
                               QStringLiteral("the export dialog was never shown"));
                    tour.shoot(*editor->exportDialog(), QStringLiteral("check/bundle-export"));
                    editor->exportDialog()->close();
                    settle();
                }
            } else {
                tour.fail(QStringLiteral("no review before the export"));
            }
            editor->close();
            settle();
        }
    }
    if (auto *people = child<QAction>(window.get(), "protectedPeopleAction")) {
        people->trigger();
        if (auto *dialog = window->findChild<ProtectedPeopleDialog *>()) {
            tour.check(QTest::qWaitForWindowExposed(dialog),
                       QStringLiteral("Protected People was never shown"));
            tour.shoot(*dialog, QStringLiteral("check/protected-people"));
            // The editor of the last person: the values stay hidden until Reveal.
            auto *view = child<QTableView>(dialog, "protectedPeopleView");
            view->selectRow(view->model()->rowCount() - 1);
            dialog->editSelected();
            if (QWidget *editor = dialog->editor()) {
                tour.check(QTest::qWaitForWindowExposed(editor),
                           QStringLiteral("the person editor was never shown"));
                tour.shoot(*editor, QStringLiteral("check/person-editor"));
                editor->close();
            }
            dialog->close();
            settle();
        } else {
            tour.fail(QStringLiteral("Protected People did not open"));
        }
    }
    if (launcher && dossierId != 0 && formId != 0) {
        ThemeManager::apply(ShellSettings::Theme::Dark);
        QApplication::setLayoutDirection(Qt::RightToLeft);
        settle();
        launcher->openDossier(dossierId);
        if (DossierEditor *editor = launcher->editor()) {
            if (RedactionReviewDialog *review = tour.openReview(editor, QSize(1200, 800))) {
                tour.shoot(*review, QStringLiteral("check/redaction-review-dark-rtl"));
                review->reject();
            }
            editor->close();
            settle();
        }
    }

    // 9. Settings (the library's OCR languages and custodian), for checking by eye: light
    // left to right, dark right to left. The dialog is modal: shot from its event loop.
    for (const bool rightToLeft : {false, true}) {
        ThemeManager::apply(rightToLeft ? ShellSettings::Theme::Dark : ShellSettings::Theme::Light);
        QApplication::setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        settle();
        auto *action = child<QAction>(window.get(), "settingsAction");
        if (!tour.check(action != nullptr, QStringLiteral("no Settings action")))
            break;
        tour.check(tour.shootDialogOf(*action, rightToLeft
                                                   ? QStringLiteral("check/settings-dark-rtl")
                                                   : QStringLiteral("check/settings")),
                   QStringLiteral("Settings was never shown"));
    }

    // 10. What can be done to items, for checking by eye: an item whose text could not be
    // read, the item list's context menu, and the dialogs of its actions.
    ThemeManager::apply(ShellSettings::Theme::Light);
    QApplication::setLayoutDirection(Qt::LeftToRight);
    settle();
    tour.widenDetails(0.44);
    tour.selectItem(QStringLiteral("Damaged report"));
    tour.showTab(1);
    tour.shoot(*window, QStringLiteral("check/failed-extraction"));
    {
        bool shown = false;
        QTimer::singleShot(300, window.get(), [&tour, &shown] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                shown = true;
                tour.shoot(*menu, QStringLiteral("check/item-context-menu"));
                menu->close();
            }
        });
        QTableView *list = tour.table();
        Q_EMIT list->customContextMenuRequested(list->visualRect(list->currentIndex()).center());
        tour.check(shown, QStringLiteral("the item list's context menu was never shown"));
    }
    for (const char *actionName :
         {"newTestimonyAction", "deleteItemsAction", "addToDossierAction", "readAgainAction"}) {
        auto *action = child<QAction>(window.get(), actionName);
        if (!tour.check(action != nullptr && action->isEnabled(),
                        QStringLiteral("%1 is not available").arg(QLatin1String(actionName))))
            continue;
        const QString name = QStringLiteral("check/") + QLatin1String(actionName);
        tour.check(tour.shootDialogOf(*action, name),
                   QStringLiteral("%1 showed no dialog").arg(name));
    }

    window->lock();
    window.reset();

    // 11. The main window in Arabic, Uyghur and Chinese, as the app starts in them.
    int languageFailures = 0;
    for (const QString &language :
         {QStringLiteral("ar"), QStringLiteral("ug"), QStringLiteral("zh_CN")}) {
        const QFont systemFont = QApplication::font();
        QTranslator translator;
        InterfaceLanguage::apply(QLocale(language), translator);
        auto translated = std::make_unique<MainWindow>(program);
        Tour inLanguage(*translated, out);
        translated->setLibraryPath(libraryPath);
        translated->resize(kWidth, kHeight);
        translated->show();
        inLanguage.check(QTest::qWaitForWindowExposed(translated.get()),
                         QStringLiteral("the window in %1 was never shown").arg(language));
        QTest::keyClicks(child<QLineEdit>(translated.get(), "passphraseEdit"), passphrase);
        QTest::mouseClick(child<QPushButton>(translated.get(), "unlockButton"), Qt::LeftButton);
        if (inLanguage.check(waitFor([&] { return translated->isLibraryOpen(); }, 180000),
                             QStringLiteral("the library did not unlock in %1").arg(language))) {
            QTableView *list = inLanguage.table();
            inLanguage.check(waitFor([&] { return list->model()->rowCount() >= 9; }),
                             QStringLiteral("the item list did not fill"));
            inLanguage.widenDetails(0.44);
            inLanguage.selectItem(QStringLiteral("Field report"));
            inLanguage.showTab(1);
            inLanguage.shoot(*translated, QStringLiteral("main-window-") + language);
            if (language != QLatin1String("zh_CN"))
                shootDialogsIn(inLanguage, *translated, language, dossierId);
        }
        translated->lock();
        translated.reset();
        languageFailures += inLanguage.failures();
        QApplication::removeTranslator(&translator);
        QApplication::setFont(systemFont);
    }
    return tour.failures() + languageFailures == 0 ? 0 : 1;
}
