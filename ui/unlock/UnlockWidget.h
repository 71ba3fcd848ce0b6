#pragma once

#include "common/Result.h"
#include "library/Library.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace amanat::ui {

class NewPassphrasePanel;

/** The unlock screen: recent libraries (by folder name only), a library folder, and the
 *  passphrase — or, in recovery mode, the recovery key. Key derivation takes about a
 *  second, so the open runs on a worker thread; the result comes back on the GUI thread as
 *  unlocked() (take the library with takeLibrary()) or as a message in the error label.
 *  The secret is moved into a SecureBuffer and the field cleared before the worker starts.
 *  After a recovery-key unlock the screen offers to set a new passphrase before handing
 *  the library over. */
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
    /** Back to the idle state after a lock: no message, secrets empty and focused. */
    void reset();
    /** Re-reads the recent libraries from the settings. */
    void refreshRecent();

    /** Busy with something other than unlocking (e.g. preparing the demo library). */
    void showPreparing(const QString &message);
    /** Shows the demo library's passphrase under the form (a throw-away library). */
    void setDemoLibrary(const QString &path, const QString &passphrase);
    /** Ends showPreparing() with a message instead. */
    void showFailure(const QString &message);
    /** Passphrase or recovery-key mode. */
    void setRecoveryMode(bool recovery);
    bool isRecoveryMode() const { return m_recoveryMode; }

    /** The sentence shown for a failed open. */
    static QString messageFor(const Error &error, bool recoveryKey = false);

Q_SIGNALS:
    void unlocked();
    void createRequested();

private:
    void chooseLibrary();
    void recentActivated(QListWidgetItem *item);
    void unlock();
    void finishUnlock();
    void newPassphraseDone(bool changed);
    void setBusy(bool busy);
    void showError(const QString &message);
    void updateUnlockButton();
    QLineEdit *currentSecretEdit() const;

    QString m_program;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_recentBox = nullptr;
    QListWidget *m_recentList = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    QLineEdit *m_passphraseEdit = nullptr;
    QLabel *m_recoveryLabel = nullptr;
    QLineEdit *m_recoveryEdit = nullptr;
    QPushButton *m_modeButton = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QLabel *m_busyLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_demoLabel = nullptr;
    NewPassphrasePanel *m_newPassphrase = nullptr;
    QFutureWatcher<OpenResult> *m_watcher = nullptr;
    std::unique_ptr<Library> m_library;
    QString m_demoPath;
    bool m_busy = false;
    bool m_recoveryMode = false;
    bool m_openingWithRecovery = false;
};

} // namespace amanat::ui
