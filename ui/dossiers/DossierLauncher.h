#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenuBar;
class QWidget;

namespace amanat {
class Library;
}

namespace amanat::ui {

class DossierEditor;
class SidebarView;

/** Connects dossiers to the main window: the Dossiers menu (New Dossier…), the sidebar's
 *  Dossiers node (filled from the library, activating one opens its editor), and the one
 *  open DossierEditor window.
 *
 *  Locking must wait for a running export (the exporter uses the library on a worker
 *  thread): releaseForLock() then returns false and lockRequested() follows when the
 *  export ends. Otherwise it closes the editor so nothing holds the library. */
class DossierLauncher : public QObject
{
    Q_OBJECT

public:
    explicit DossierLauncher(QWidget *window);
    ~DossierLauncher() override;

    /** Adds the Dossiers menu to @p menuBar. */
    void createMenu(QMenuBar *menuBar);
    /** Lists dossiers in @p sidebar and opens the one activated there. */
    void attachSidebar(SidebarView *sidebar);
    /** A sentence when an export must not start now (e.g. an import is writing). */
    void setExportBusyCheck(std::function<QString()> check) { m_busyCheck = std::move(check); }
    /** The open library (not owned); nullptr closes the editor. */
    void setLibrary(Library *library);

    /** Opens the editor on @p dossierId (0: a new dossier). */
    void openDossier(qint64 dossierId);
    DossierEditor *editor() const;
    QAction *newDossierAction() const { return m_newAction; }

    bool isExporting() const;
    /** Closes the editor; false (and lockRequested() later) while an export runs. */
    bool releaseForLock();
    /** Waits for a running export and closes the editor (when the window goes away). */
    void shutdown();

Q_SIGNALS:
    /** A lock was asked for during an export, which has now ended. */
    void lockRequested();

private:
    void refreshSidebar();
    void closeEditor(bool save);
    /** Puts a new editor where the item list stays visible. */
    void placeBesideTheList(QWidget *editor) const;

    QWidget *m_window;
    Library *m_library = nullptr;
    QPointer<SidebarView> m_sidebar;
    QPointer<DossierEditor> m_editor;
    QAction *m_newAction = nullptr;
    std::function<QString()> m_busyCheck;
    bool m_lockPending = false;
};

} // namespace amanat::ui
