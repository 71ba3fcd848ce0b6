#include "MainWindow.h"

#include "LibraryCare.h"
#include "LibraryView.h"
#include "app/IdleWatcher.h"
#include "app/ShellSettings.h"
#include "common/PrivateFileDialog.h"
#include "dossiers/DossierEditor.h"
#include "dossiers/DossierLauncher.h"
#include "dossiers/DossierModel.h"
#include "exchange/ExchangeController.h"
#include "exchange/ExportController.h"
#include "import/ImportController.h"
#include "import/ImportPanel.h"
#include "import/SpreadsheetImporter.h"
#include "items/ItemActions.h"
#include "library/Library.h"
#include "library/LibraryWriter.h"
#include "persons/ProtectedPeopleDialog.h"
#include "settings/SettingsDialog.h"
#include "sidebar/SidebarView.h"
#include "unlock/UnlockWidget.h"
#include "welcome/CreateLibraryWidget.h"
#include "welcome/WelcomeWidget.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QUndoStack>

namespace amanat::ui {

MainWindow::MainWindow(const QString &program, QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("mainStack"));
    m_unlock = new UnlockWidget(program, m_stack);
    m_libraryView = new LibraryView(m_stack);
    m_stack->addWidget(m_unlock);
    m_stack->addWidget(m_libraryView);
    setCentralWidget(m_stack);
    createMenus();
    createEditMenu();     // Browse (undo/redo, find)
    createItemMenu();     // Item actions
    createImportMenu();   // Import (ui/import)
    createShell(program); // Shell (welcome, create, settings, auto-lock)
    createDossiers();     // Dossiers (ui/dossiers)
    createPersons();      // Protected people (ui/persons)
    createExchange();     // Exchange (ui/exchange)
    connect(m_unlock, &UnlockWidget::unlocked, this, &MainWindow::onUnlocked);
    updateTitle();
    resize(1100, 700);
}

MainWindow::~MainWindow()
{
    // The views read through the library: empty them before it closes.
    m_dossiers->shutdown(); // Dossiers: waits for a running export, closes the editor
    lock();
}

void MainWindow::setLibraryPath(const QString &path)
{
    m_unlock->setLibraryPath(path);
    showUnlock(); // Shell
}

void MainWindow::createMenus()
{
    QMenu *libraryMenu = menuBar()->addMenu(tr("&Library"));
    libraryMenu->setObjectName(QStringLiteral("libraryMenu"));
    m_lockAction = libraryMenu->addAction(tr("&Lock"), this, &MainWindow::lock);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_lockAction->setEnabled(false);
    libraryMenu->addSeparator();
    m_care = new LibraryCare(this);
    libraryMenu->addActions(m_care->actions());
    libraryMenu->addSeparator();
    QAction *quit = libraryMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::onUnlocked()
{
    std::unique_ptr<Library> opened = m_unlock->takeLibrary();
    if (!opened)
        opened = m_create->takeLibrary(); // Shell: a library just created
    if (!opened)
        return;
    // Every change goes to the writer thread; the window reads through its own connection.
    auto session = LibraryWriter::start(std::move(opened));
    if (!session.ok()) {
        QMessageBox::critical(this, tr("Amanat"), session.error().message);
        return;
    }
    m_writer = std::move(session->writer);
    m_library = std::move(session->view);
    m_idleWatcher->start(); // Shell: auto-lock
    m_libraryView->setLibrary(m_library.get());
    m_stack->setCurrentWidget(m_libraryView);
    m_lockAction->setEnabled(true);
    m_care->setLibrary(m_library.get());
    // Import (ui/import)
    m_importController->setLibrary(m_library.get());
    m_importFilesAction->setEnabled(true);
    m_importFolderAction->setEnabled(true);
    m_spreadsheets->setLibrary(m_library.get());
    m_importSpreadsheetAction->setEnabled(true);
    m_dossiers->setLibrary(m_library.get());   // Dossiers
    m_protectedPeopleAction->setEnabled(true); // Protected people
    m_exchange->setLibrary(m_library.get());   // Exchange
    m_exports->setLibrary(m_library.get());
    updateTitle();
}

void MainWindow::lock()
{
    if (!m_library)
        return;
    // Dossiers: an export uses the library on a worker thread; lock when it ends
    if (!m_dossiers->releaseForLock())
        return;
    m_dossiers->setLibrary(nullptr);
    // Protected people: the dialog reads the library; it closes with it
    delete m_protectedPeople;
    m_protectedPeopleAction->setEnabled(false);
    m_exchange->setLibrary(nullptr); // Exchange: its dialogs name files and senders
    m_exports->setLibrary(nullptr);
    m_idleWatcher->stop(); // Shell: auto-lock
    // Import (ui/import): stop it and forget its file names before the library closes
    m_importController->setLibrary(nullptr);
    m_importFilesAction->setEnabled(false);
    m_importFolderAction->setEnabled(false);
    m_spreadsheets->setLibrary(nullptr);
    m_importSpreadsheetAction->setEnabled(false);
    m_care->setLibrary(nullptr);
    m_libraryView->clear();
    m_library.reset(); // the read view
    m_writer.reset();  // runs the queued changes, then closes: keys wiped, folder released
    clearClipboards();
    m_lockAction->setEnabled(false);
    m_stack->setCurrentWidget(m_unlock);
    m_unlock->reset();
    updateTitle();
}

void MainWindow::clearClipboards()
{
    // Text copied from the library, and text merely selected: on X11 a middle click pastes
    // the PRIMARY selection, which Ctrl+C never touched; macOS has a find buffer.
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->clear(QClipboard::Selection);
    if (clipboard->supportsFindBuffer())
        clipboard->clear(QClipboard::FindBuffer);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing must never leave a process running with the library open: stop the import
    // (after asking), then lock, which wipes the keys, then let the application end.
    if (m_library && m_importController->isRunning() && !confirmStopImport()) {
        event->ignore();
        return;
    }
    lock();
    if (m_library) { // a bundle export holds it; the lock follows when the export ends
        event->ignore();
        return;
    }
    clearClipboards(); // also when nothing was open: the unlock screen's own selections
    QMainWindow::closeEvent(event);
}

bool MainWindow::confirmStopImport()
{
    QMessageBox box(QMessageBox::Question, tr("Import in Progress"),
                    tr("An import is still running. Stop it and quit?"), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("stopImportQuestion"));
    box.setInformativeText(
        tr("Files not yet stored are not imported. Files already stored stay in the library; "
           "their text is read again with Item → Read Text Again."));
    QPushButton *stop = box.addButton(tr("Stop Import and Quit"), QMessageBox::AcceptRole);
    stop->setObjectName(QStringLiteral("stopImportAndQuitButton"));
    QPushButton *keep = box.addButton(tr("Keep Importing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepImportingButton"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == stop;
}

void MainWindow::updateTitle()
{
    if (m_library)
        setWindowTitle(tr("%1 — Amanat").arg(QDir(m_library->path()).dirName()));
    else
        setWindowTitle(tr("Amanat — locked"));
}

// Import (ui/import)

void MainWindow::createImportMenu()
{
    m_importController = new ImportController(this);
    m_importPanel = new ImportPanel(m_importController, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_importPanel);
    m_importPanel->hide(); // it shows itself when an import starts
    connect(m_importController, &ImportController::itemsChanged, m_libraryView,
            &LibraryView::reloadItems);

    QMenu *fileMenu = new QMenu(tr("&File"), this);
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    menuBar()->insertMenu(menuBar()->actions().value(0), fileMenu);
    m_importFilesAction = fileMenu->addAction(tr("&Import Files…"), this, [this] {
        const QStringList files = PrivateFileDialog::openFiles(this, tr("Import Files"));
        if (!files.isEmpty())
            m_importController->importPaths(files);
    });
    m_importFilesAction->setObjectName(QStringLiteral("importFilesAction"));
    m_importFilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importFolderAction = fileMenu->addAction(tr("Import &Folder…"), this, [this] {
        const QString folder = PrivateFileDialog::existingDirectory(this, tr("Import Folder"));
        if (!folder.isEmpty())
            m_importController->importPaths({folder});
    });
    m_importFolderAction->setObjectName(QStringLiteral("importFolderAction"));
    m_spreadsheets = new SpreadsheetImporter(this);
    connect(m_spreadsheets, &SpreadsheetImporter::itemsChanged, m_libraryView,
            &LibraryView::reloadItems);
    m_importSpreadsheetAction = fileMenu->addAction(tr("Import &Spreadsheet…"), m_spreadsheets,
                                                    &SpreadsheetImporter::chooseAndImport);
    m_importSpreadsheetAction->setObjectName(QStringLiteral("importSpreadsheetAction"));
    m_importSpreadsheetAction->setStatusTip(
        tr("Import items listed in a CSV file, one row per item, with their files and tags."));
    m_importSpreadsheetAction->setEnabled(false);
    fileMenu->addSeparator();
    fileMenu->addAction(m_importPanel->toggleViewAction());
    m_importFilesAction->setEnabled(false);
    m_importFolderAction->setEnabled(false);
    setAcceptDrops(true);
}

namespace {

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_library && !localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (!m_library || paths.isEmpty())
        return;
    if (m_importController->importPaths(paths))
        event->acceptProposedAction();
}

// Shell (welcome, create, settings, auto-lock)

void MainWindow::createShell(const QString &program)
{
    m_welcome = new WelcomeWidget(m_stack);
    m_create = new CreateLibraryWidget(program, m_stack);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_create);
    connect(m_welcome, &WelcomeWidget::createRequested, this, &MainWindow::showCreate);
    connect(m_welcome, &WelcomeWidget::openRequested, this, &MainWindow::showUnlock);
    connect(m_unlock, &UnlockWidget::createRequested, this, &MainWindow::showCreate);
    connect(m_create, &CreateLibraryWidget::cancelled, this, [this] {
        if (ShellSettings::recentLibraries().isEmpty() && m_unlock->libraryPath().isEmpty())
            showWelcome();
        else
            showUnlock();
    });
    connect(m_create, &CreateLibraryWidget::finished, this, &MainWindow::onUnlocked);

    m_idleWatcher = new IdleWatcher(this);
    m_idleWatcher->setObjectName(QStringLiteral("idleWatcher"));
    connect(m_idleWatcher, &IdleWatcher::idle, this, &MainWindow::lock);
    applyAutoLock();

    QMenu *libraryMenu = findChild<QMenu *>(QStringLiteral("libraryMenu"));
    m_newLibraryAction = new QAction(tr("&New Library…"), this);
    m_newLibraryAction->setObjectName(QStringLiteral("newLibraryAction"));
    connect(m_newLibraryAction, &QAction::triggered, this, [this] {
        lock();
        showCreate();
    });
    QAction *settings = new QAction(tr("&Settings…"), this);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    if (libraryMenu) {
        QAction *first = libraryMenu->actions().value(0);
        libraryMenu->insertAction(first, m_newLibraryAction);
        libraryMenu->insertSeparator(first);
        QAction *quit = findChild<QAction *>(QStringLiteral("quitAction"));
        libraryMenu->insertAction(quit, settings);
        libraryMenu->insertSeparator(quit);
    }

    if (ShellSettings::recentLibraries().isEmpty())
        showWelcome();
    else
        showUnlock();
}

void MainWindow::showWelcome()
{
    if (!m_library)
        m_stack->setCurrentWidget(m_welcome);
}

void MainWindow::showCreate()
{
    if (m_library)
        return;
    m_create->reset();
    m_stack->setCurrentWidget(m_create);
}

void MainWindow::showUnlock()
{
    if (m_library)
        return;
    m_unlock->refreshRecent();
    m_stack->setCurrentWidget(m_unlock);
    if (m_unlock->libraryPath().isEmpty()) {
        const QStringList recent = ShellSettings::recentLibraries();
        if (!recent.isEmpty())
            m_unlock->setLibraryPath(recent.first());
    }
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_library.get(), this);
    dialog.addContactsAction(m_exchange->exchangeKeyAction()); // Exchange (ui/exchange)
    // Auto-lock closes the library under the dialog: close the dialog with it (lock() runs
    // first, as it was connected first; the dialog uses the library only when accepted).
    connect(m_idleWatcher, &IdleWatcher::idle, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyAutoLock();
    m_unlock->refreshRecent();
}

void MainWindow::applyAutoLock()
{
    m_idleWatcher->setTimeout(ShellSettings::autoLockMilliseconds());
}

// Browse (undo/redo, find)

void MainWindow::createEditMenu()
{
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    QUndoStack *stack = m_libraryView->undoStack();
    QAction *undo = stack->createUndoAction(editMenu, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = stack->createRedoAction(editMenu, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    QAction *find = editMenu->addAction(tr("&Find"), m_libraryView, &LibraryView::focusSearch);
    find->setObjectName(QStringLiteral("findMenuAction"));
    find->setShortcut(QKeySequence::Find);
    QAction *tag =
        editMenu->addAction(tr("&Tag Selected Items…"), m_libraryView, &LibraryView::tagSelection);
    tag->setObjectName(QStringLiteral("tagSelectedAction"));
    tag->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
}

void MainWindow::createItemMenu()
{
    QMenu *itemMenu = menuBar()->addMenu(tr("&Item"));
    itemMenu->setObjectName(QStringLiteral("itemMenu"));
    ItemActions *actions = m_libraryView->itemActions();
    itemMenu->addAction(actions->newTestimonyAction());
    itemMenu->addSeparator();
    itemMenu->addActions(actions->actions());
    // A new testimony's recordings and statements go through the one import path.
    connect(actions, &ItemActions::importRequested, this,
            [this](const QStringList &files, const QStringList &tags) {
                m_importController->importPaths(files, tags);
            });
}

// Dossiers (ui/dossiers)

void MainWindow::createDossiers()
{
    m_dossiers = new DossierLauncher(this);
    m_dossiers->createMenu(menuBar());
    m_dossiers->attachSidebar(m_libraryView->sidebar());
    // The exporter needs the library's connection to itself: not while an import writes.
    m_dossiers->setExportBusyCheck([this] {
        return m_importController->isRunning()
                   ? tr("An import is running. Export the bundle when it has finished.")
                   : QString();
    });
    connect(m_dossiers, &DossierLauncher::lockRequested, this, &MainWindow::lock);
    // Exhibits added from the item list: an editor open on that dossier shows them.
    connect(m_libraryView->itemActions(), &ItemActions::exhibitsAdded, this,
            [this](qint64 dossierId) {
                DossierEditor *editor = m_dossiers->editor();
                if (editor && editor->dossierId() == dossierId)
                    editor->model()->reload();
            });
}

// Protected people (ui/persons)

void MainWindow::createPersons()
{
    m_protectedPeopleAction = new QAction(tr("&Protected People…"), this);
    m_protectedPeopleAction->setObjectName(QStringLiteral("protectedPeopleAction"));
    m_protectedPeopleAction->setEnabled(false);
    connect(m_protectedPeopleAction, &QAction::triggered, this, &MainWindow::openProtectedPeople);
    QMenu *libraryMenu = findChild<QMenu *>(QStringLiteral("libraryMenu"));
    QAction *settings = findChild<QAction *>(QStringLiteral("settingsAction"));
    if (libraryMenu)
        libraryMenu->insertAction(settings, m_protectedPeopleAction);
}

void MainWindow::openProtectedPeople()
{
    if (!m_library)
        return;
    if (!m_protectedPeople) {
        auto *dialog = new ProtectedPeopleDialog(m_library.get(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_protectedPeople = dialog;
    }
    m_protectedPeople->show();
    m_protectedPeople->raise();
    m_protectedPeople->activateWindow();
}

// Exchange (ui/exchange)

void MainWindow::createExchange()
{
    m_exchange = new ExchangeController(this);
    m_exchange->setSelectionSource([this] { return m_libraryView->selectedItemIds(); });
    connect(m_exchange, &ExchangeController::itemsChanged, m_libraryView, [this] {
        m_libraryView->reloadItems();
        m_libraryView->refreshSidebar();
    });
    connect(m_exchange, &ExchangeController::message, m_libraryView, &LibraryView::notify);
    m_exports = new ExportController(this);
    m_exports->setSelectionSource([this] { return m_libraryView->selectedItemIds(); });
    connect(m_exports, &ExportController::message, m_libraryView, &LibraryView::notify);
    const QList<QAction *> selectionActions =
        QList<QAction *>{m_exchange->shareSelectionAction()} + m_exports->selectionActions();
    for (QAction *action : selectionActions)
        m_libraryView->addSelectionAction(action);
    if (QMenu *itemMenu = findChild<QMenu *>(QStringLiteral("itemMenu"))) {
        itemMenu->addSeparator();
        itemMenu->addActions(selectionActions);
    }
    if (QMenu *fileMenu = findChild<QMenu *>(QStringLiteral("fileMenu"))) {
        QAction *panel = m_importPanel->toggleViewAction();
        fileMenu->insertAction(panel, m_exchange->receiveAction());
        fileMenu->insertAction(panel, m_exports->importReplyAction());
        fileMenu->insertSeparator(panel);
    }
    if (QMenu *libraryMenu = findChild<QMenu *>(QStringLiteral("libraryMenu")))
        libraryMenu->insertAction(m_protectedPeopleAction, m_exchange->exchangeKeyAction());
    SidebarView *sidebar = m_libraryView->sidebar();
    connect(sidebar, &SidebarView::tagShareRequested, m_exchange, [this](const QString &path) {
        m_exchange->share(ItemSelection{ItemSelection::By::Tag, path, {}},
                          tr("the items tagged %1").arg(path));
    });
    connect(sidebar, &SidebarView::dossierShareRequested, m_exchange,
            [this](qint64 id, const QString &name) {
                m_exchange->share(
                    ItemSelection{ItemSelection::By::Dossier, QString::number(id), {}},
                    tr("the exhibits of the dossier %1").arg(name));
            });
}

} // namespace amanat::ui
