#pragma once

#include "common/Result.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

class QAction;
class QWidget;

namespace amanat {
class Library;
struct VerifyReport;
} // namespace amanat

namespace amanat::ui {

/** Looking after the open library from the Library menu: verify it, back it up, change
 *  its passphrase, issue a new recovery key. Verify reads on a worker thread with its own
 *  read connection, so edits go on meanwhile; locking stops it between two originals.
 *  Backup runs on the writer thread (its copy must be consistent, so changes wait for it).
 *  Outcomes are reported by a signal and in a message box that does not hold the window up. */
class LibraryCare : public QObject
{
    Q_OBJECT

public:
    explicit LibraryCare(QWidget *window);

    /** The open library (not owned; a read view); nullptr disables the actions, and stops
     *  and waits for a running verification first. */
    void setLibrary(Library *library);
    QList<QAction *> actions() const;

    /** Checks every page, original and custody event; verified() follows. */
    void verify();
    /** Writes a copy of the library to @p destination (must not exist); backedUp() follows. */
    void backUp(const QString &destination);

    /** The report of a verification as sentences, one per line. */
    static QString reportText(const VerifyReport &report);

Q_SIGNALS:
    void verified(bool ok, const QString &report);
    void backedUp(bool ok, const QString &message);

private:
    void chooseBackupFolder();
    void changePassphrase();
    void replaceRecoveryKey();
    void showOutcome(bool ok, const QString &title, const QString &text);
    void setBusy(bool busy);

    QWidget *m_window;
    Library *m_library = nullptr;
    QFutureWatcher<Result<VerifyReport>> *m_verifying = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelVerify;
    bool m_busy = false;
    QAction *m_verify = nullptr;
    QAction *m_backUp = nullptr;
    QAction *m_passphrase = nullptr;
    QAction *m_recoveryKey = nullptr;
};

} // namespace amanat::ui
