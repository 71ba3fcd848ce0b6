#include "DossierLauncher.h"

#include "DossierEditor.h"
#include "library/Library.h"
#include "sidebar/SidebarView.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QWidget>

namespace amanat::ui {

DossierLauncher::DossierLauncher(QWidget *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("dossierLauncher"));
    m_newAction = new QAction(tr("&New Dossier…"), this);
    m_newAction->setObjectName(QStringLiteral("newDossierAction"));
    m_newAction->setEnabled(false);
    connect(m_newAction, &QAction::triggered, this, [this] { openDossier(0); });
}

DossierLauncher::~DossierLauncher()
{
    // The window's library may be gone by now: close without saving.
    closeEditor(false);
}

void DossierLauncher::createMenu(QMenuBar *menuBar)
{
    QMenu *menu = menuBar->addMenu(tr("&Dossiers"));
    menu->setObjectName(QStringLiteral("dossiersMenu"));
    menu->addAction(m_newAction);
}

void DossierLauncher::attachSidebar(SidebarView *sidebar)
{
    m_sidebar = sidebar;
    sidebar->setDossierProvider([this] {
        QVector<SidebarDossier> out;
        if (!m_library)
            return out;
        auto all = m_library->dossiers().all(); // a handful of rows
        if (all.ok())
            for (const Dossier &dossier : *all)
                out.append(SidebarDossier{dossier.id, dossier.name});
        return out;
    });
    connect(sidebar, &SidebarView::dossierActivated, this, &DossierLauncher::openDossier);
}

void DossierLauncher::refreshSidebar()
{
    if (m_sidebar)
        m_sidebar->refreshDossiers();
}

void DossierLauncher::setLibrary(Library *library)
{
    if (!library)
        closeEditor(true);
    m_library = library;
    m_newAction->setEnabled(library != nullptr);
    if (library)
        refreshSidebar();
}

void DossierLauncher::openDossier(qint64 dossierId)
{
    if (!m_library)
        return;
    if (m_editor && (m_editor->dossierId() != dossierId || dossierId == 0)) {
        if (m_editor->isExporting())
            return; // the export dialog is modal; nothing else can be opened meanwhile
        closeEditor(true);
    }
    if (!m_editor) {
        auto *editor = new DossierEditor(m_library, dossierId, m_window);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->setExportBusyCheck(m_busyCheck);
        connect(editor, &DossierEditor::dossiersChanged, this, &DossierLauncher::refreshSidebar);
        connect(editor, &DossierEditor::exportFinished, this, [this] {
            if (m_lockPending) {
                m_lockPending = false;
                Q_EMIT lockRequested();
            }
        });
        connect(editor, &QDialog::finished, this, [this, editor] {
            editor->saveDetails();
            refreshSidebar();
        });
        m_editor = editor;
        placeBesideTheList(editor);
    }
    m_editor->show();
    m_editor->raise();
    m_editor->activateWindow();
}

void DossierLauncher::placeBesideTheList(QWidget *editor) const
{
    // Items are dragged from the list into the editor: the list must stay in sight. Beside
    // the window when the screen has room, else over the detail pane (the window's trailing
    // part), never over the sidebar and the list.
    const QRect window = m_window->frameGeometry();
    const QScreen *screen = m_window->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const bool rightToLeft = m_window->layoutDirection() == Qt::RightToLeft;
    const int room =
        rightToLeft ? window.left() - available.left() : available.right() - window.right();
    constexpr int kMinWidth = 640;
    if (room >= kMinWidth) {
        const int width = qMin(room - 8, 960);
        const int x = rightToLeft ? window.left() - 8 - width : window.right() + 8;
        editor->setGeometry(x, window.top(), width, window.height());
        return;
    }
    const int width = qMax(kMinWidth, window.width() * 11 / 20);
    const int x = rightToLeft ? window.left() : window.right() - width;
    editor->setGeometry(x, window.top() + 40, width, qMax(480, window.height() - 40));
}

DossierEditor *DossierLauncher::editor() const
{
    return m_editor;
}

bool DossierLauncher::isExporting() const
{
    return m_editor && m_editor->isExporting();
}

bool DossierLauncher::releaseForLock()
{
    if (isExporting()) {
        m_lockPending = true;
        return false;
    }
    closeEditor(true);
    return true;
}

void DossierLauncher::closeEditor(bool save)
{
    if (!m_editor)
        return;
    DossierEditor *editor = m_editor;
    m_editor = nullptr;
    editor->waitForExport();
    if (save)
        editor->saveDetails(); // what was typed but not yet saved (e.g. before an auto-lock)
    editor->disconnect(this);
    delete editor; // now: it points at the library, which may close next
}

void DossierLauncher::shutdown()
{
    closeEditor(true);
    m_library = nullptr;
}

} // namespace amanat::ui
