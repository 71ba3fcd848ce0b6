#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QStackedWidget;

namespace amanat {
class Library;
}

namespace amanat::ui {

class LibraryView;
class UnlockWidget;

/** The application window: the unlock screen until a library is open, then the library
 *  view. Owns the open Library; Lock (Ctrl+L) closes it, clears every view and the
 *  clipboard, and returns to the unlock screen. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** @p program names this program in the custody log ("amanat 0.1.0"). */
    explicit MainWindow(const QString &program, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setLibraryPath(const QString &path);
    bool isLibraryOpen() const { return m_library != nullptr; }

public Q_SLOTS:
    void lock();

private:
    void createMenus();
    void onUnlocked();
    void updateTitle();

    std::unique_ptr<Library> m_library;
    QStackedWidget *m_stack = nullptr;
    UnlockWidget *m_unlock = nullptr;
    LibraryView *m_libraryView = nullptr;
    QAction *m_lockAction = nullptr;
};

} // namespace amanat::ui
