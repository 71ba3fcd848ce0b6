#include "MainWindow.h"

#include "LibraryView.h"
#include "library/Library.h"
#include "unlock/UnlockWidget.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QMenuBar>
#include <QStackedWidget>

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
    connect(m_unlock, &UnlockWidget::unlocked, this, &MainWindow::onUnlocked);
    updateTitle();
    resize(1100, 700);
}

MainWindow::~MainWindow()
{
    // The views read through the library: empty them before it closes.
    lock();
}

void MainWindow::setLibraryPath(const QString &path)
{
    m_unlock->setLibraryPath(path);
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
    QAction *quit = libraryMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::onUnlocked()
{
    m_library = m_unlock->takeLibrary();
    if (!m_library)
        return;
    m_libraryView->setLibrary(m_library.get());
    m_stack->setCurrentWidget(m_libraryView);
    m_lockAction->setEnabled(true);
    updateTitle();
}

void MainWindow::lock()
{
    if (!m_library)
        return;
    m_libraryView->clear();
    m_library.reset(); // wipes the keys and releases the folder
    QGuiApplication::clipboard()->clear();
    m_lockAction->setEnabled(false);
    m_stack->setCurrentWidget(m_unlock);
    m_unlock->reset();
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (m_library)
        setWindowTitle(tr("%1 — Amanat").arg(QDir(m_library->path()).dirName()));
    else
        setWindowTitle(tr("Amanat — locked"));
}

} // namespace amanat::ui
