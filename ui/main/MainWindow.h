#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDialog;
class QStackedWidget;

namespace amanat {
class Library;
class LibraryWriter;
} // namespace amanat

namespace amanat::ui {

class CreateLibraryWidget;
class DossierLauncher;
class ExchangeController;
class ExportController;
class IdleWatcher;
class ImportController;
class ImportPanel;
class LibraryCare;
class LibraryView;
class SpreadsheetImporter;
class UnlockWidget;
class WelcomeWidget;

/** The application window: the unlock screen until a library is open, then the library
 *  view. Owns the open library: its writer thread, which every change goes through, and
 *  the read view the widgets read with. Lock (Ctrl+L) closes both, clears every view, the clipboard
 *  and the selection, and returns to the unlock screen. Closing the window asks before it
 *  stops a running import, then locks, so the application ends with the keys wiped. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** @p program names this program in the custody log ("amanat 0.1.0"). */
    explicit MainWindow(const QString &program, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setLibraryPath(const QString &path);
    bool isLibraryOpen() const { return m_library != nullptr; }

    // Import (ui/import)
    /** The import entry point shared by drag and drop and File → Import. */
    ImportController *importController() const { return m_importController; }
    /** File → Import Spreadsheet…: a CSV of items. */
    SpreadsheetImporter *spreadsheetImporter() const { return m_spreadsheets; }
    // Exchange (ui/exchange): Share…, Receive Package…, the inbox folder
    ExchangeController *exchange() const { return m_exchange; }
    ExportController *exports() const { return m_exports; }

    // Shell (welcome, create, settings, auto-lock)
    UnlockWidget *unlockWidget() const { return m_unlock; }
    /** The first-run screen: create a library or open one. */
    void showWelcome();

public Q_SLOTS:
    void lock();

protected:
    void closeEvent(QCloseEvent *event) override;
    // Import (ui/import): drop files and folders on the window
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void createEditMenu(); // Browse (undo/redo, find)
    void createItemMenu(); // Item actions (delete, export, read again, add to dossier)
    void onUnlocked();
    void updateTitle();
    static void clearClipboards();
    bool confirmStopImport();

    std::unique_ptr<LibraryWriter> m_writer; ///< owns the library opened for writing
    std::unique_ptr<Library> m_library;      ///< the views' read view; writes go to m_writer
    QStackedWidget *m_stack = nullptr;
    UnlockWidget *m_unlock = nullptr;
    LibraryView *m_libraryView = nullptr;
    QAction *m_lockAction = nullptr;
    LibraryCare *m_care = nullptr; ///< verify, back up, passphrase, recovery key
    // Import (ui/import)
    void createImportMenu();
    ImportController *m_importController = nullptr;
    ImportPanel *m_importPanel = nullptr;
    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    SpreadsheetImporter *m_spreadsheets = nullptr;
    QAction *m_importSpreadsheetAction = nullptr;
    // Shell (welcome, create, settings, auto-lock)
    void createShell(const QString &program);
    void showCreate();
    void showUnlock();
    void openSettings();
    void applyAutoLock();
    WelcomeWidget *m_welcome = nullptr;
    CreateLibraryWidget *m_create = nullptr;
    IdleWatcher *m_idleWatcher = nullptr;
    QAction *m_newLibraryAction = nullptr;
    // Dossiers (ui/dossiers): menu, sidebar node, editor window
    void createDossiers();
    DossierLauncher *m_dossiers = nullptr;
    // Protected people (ui/persons): Library → Protected People…
    void createPersons();
    void openProtectedPeople();
    QAction *m_protectedPeopleAction = nullptr;
    QPointer<QDialog> m_protectedPeople;
    // Exchange (ui/exchange): sealed packages between libraries
    void createExchange();
    ExchangeController *m_exchange = nullptr;
    ExportController *m_exports = nullptr; ///< bags, Uwazi, time stamps
};

} // namespace amanat::ui
