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

/** Shown after unlocking with the recovery key: offers to set a new passphrase at once.
 *  The change (a new Argon2id slot) runs on a worker thread while nothing else uses the
 *  library; done() follows either way (set, or "Not now"). */
class NewPassphrasePanel : public QWidget
{
    Q_OBJECT

public:
    explicit NewPassphrasePanel(QWidget *parent = nullptr);

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
