#pragma once

#include "common/Result.h"
#include "library/Library.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace amanat::ui {

/** The unlock screen: a library folder, a passphrase and an Unlock button. Key derivation
 *  takes about a second, so Library::open runs on a worker thread; the result comes back
 *  on the GUI thread as unlocked() (take the library with takeLibrary()) or as a message
 *  in the error label. The passphrase is moved into a SecureBuffer and the field cleared
 *  before the worker starts. */
class UnlockWidget : public QWidget
{
    Q_OBJECT

public:
    using OpenResult = Result<std::unique_ptr<Library>>;

    /** @p program names this program in the custody log ("amanat 0.1.0"). */
    explicit UnlockWidget(const QString &program, QWidget *parent = nullptr);
    ~UnlockWidget() override;

    void setLibraryPath(const QString &path);
    QString libraryPath() const;
    bool isBusy() const;
    /** The library opened by the last successful unlock; empty after the first call. */
    std::unique_ptr<Library> takeLibrary();
    /** Back to the idle state after a lock: no message, passphrase empty and focused. */
    void reset();

    /** The sentence shown for a failed open. */
    static QString messageFor(const Error &error);

Q_SIGNALS:
    void unlocked();

private:
    void chooseLibrary();
    void unlock();
    void finishUnlock();
    void setBusy(bool busy);
    void showError(const QString &message);
    void updateUnlockButton();

    QString m_program;
    QLineEdit *m_pathEdit = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QLineEdit *m_passphraseEdit = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QLabel *m_errorLabel = nullptr;
    QFutureWatcher<OpenResult> *m_watcher = nullptr;
    std::unique_ptr<Library> m_library;
    bool m_busy = false;
};

} // namespace amanat::ui
