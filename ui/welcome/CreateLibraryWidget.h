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
class QStackedWidget;

namespace amanat::ui {

class OcrLanguageList;
class PassphraseFields;
class RecoveryKeyPage;

/** Creating a library: a name, a parent folder and a passphrase typed twice; the library
 *  is created on a worker thread (key derivation takes about a second per key); then the
 *  recovery key is shown once and must be confirmed. finished() says the library is open:
 *  take it with takeLibrary(). */
class CreateLibraryWidget : public QWidget
{
    Q_OBJECT

public:
    using CreateResult = Result<Library::Created>;

    explicit CreateLibraryWidget(const QString &program, QWidget *parent = nullptr);
    ~CreateLibraryWidget() override;

    /** Back to an empty form (the default parent folder, no name, no passphrase). */
    void reset();
    bool isBusy() const { return m_busy; }
    std::unique_ptr<Library> takeLibrary();
    /** The folder the library will be created in, from the name and the parent folder. */
    QString targetPath() const;

Q_SIGNALS:
    void cancelled();
    void finished();

private:
    void chooseFolder();
    void create();
    void finishCreate();
    void setBusy(bool busy);
    void updateCreateButton();
    QString validate() const;

    QString m_program;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_folderEdit = nullptr;
    QPushButton *m_chooseButton = nullptr;
    PassphraseFields *m_passphrase = nullptr;
    OcrLanguageList *m_ocrLanguages = nullptr;
    QLabel *m_errorLabel = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QLabel *m_busyLabel = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_createButton = nullptr;
    RecoveryKeyPage *m_keyPage = nullptr;
    QFutureWatcher<CreateResult> *m_watcher = nullptr;
    std::unique_ptr<Library> m_library;
    bool m_busy = false;
};

} // namespace amanat::ui
