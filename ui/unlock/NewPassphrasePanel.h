#pragma once

#include "common/Result.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace amanat {
class Library;
}

namespace amanat::ui {

class PassphraseFields;

/** Sets a new passphrase: offered after unlocking with the recovery key, or asked for with
 *  Library → Change Passphrase. The change (a new Argon2id slot) runs off the GUI thread:
 *  on the library's writer thread when the library is open in the window, otherwise on a
 *  worker while nothing else uses it. done() follows either way (set, or declined). */
class NewPassphrasePanel : public QWidget
{
    Q_OBJECT

public:
    enum class Purpose
    {
        AfterRecovery, ///< the library was opened with its recovery key
        Change         ///< the user asked to change the passphrase
    };

    explicit NewPassphrasePanel(QWidget *parent = nullptr,
                                Purpose purpose = Purpose::AfterRecovery);

    /** Offers the change for @p library (not owned; must outlive the panel's work). */
    void start(Library *library);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /** @p changed: a new passphrase was set. */
    void done(bool changed);

private:
    void apply();
    void finishApply();
    void setBusy(bool busy);
    void updateButton();

    Purpose m_purpose;
    Library *m_library = nullptr;
    PassphraseFields *m_fields = nullptr;
    QLabel *m_errorLabel = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QPushButton *m_skipButton = nullptr;
    QPushButton *m_setButton = nullptr;
    QFutureWatcher<Status> *m_watcher = nullptr;
    bool m_busy = false;
};

} // namespace amanat::ui
