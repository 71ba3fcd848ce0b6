#pragma once

#include "common/OpenDialogs.h"
#include "exchange/ItemSelection.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QAction;
class QFileSystemWatcher;
class QWidget;

namespace amanat {
class Library;
struct PackagePreview;
} // namespace amanat

namespace amanat::ui {

class ExchangeKeyDialog;
class ReextractRunner;

/** Sealed exchange in the desktop app (see PackageSharer, PackageReceiver):
 *  - Share… on the selected items, a tag or a dossier: asks for the recipients and where to
 *    save, then writes the package on the writer thread with progress and Cancel;
 *  - File → Receive Package…: shows who sent it; a new sender's fingerprint is to be
 *    checked, a known sender's changed key is a loud warning that needs the new fingerprint
 *    typed in; then receives on the writer thread;
 *  - the inbox folder: while the library is open, packages that appear in it are received
 *    when they come from a known sender; others are held back with a notice;
 *  - Library → Exchange Key and Contacts….
 *  No SQL runs on the window's thread: every read and write is a writer job. */
class ExchangeController : public QObject
{
    Q_OBJECT

public:
    explicit ExchangeController(QWidget *window);
    ~ExchangeController() override;

    /** The library (not owned; a read view); nullptr cancels what runs, closes the dialogs
     *  and stops watching the inbox. */
    void setLibrary(Library *library);
    /** Where Share… on the item list takes its items from. */
    void setSelectionSource(std::function<QVector<qint64>()> selection);

    QAction *shareSelectionAction() const { return m_shareSelection; }
    QAction *receiveAction() const { return m_receive; }
    QAction *exchangeKeyAction() const { return m_exchangeKey; }
    void updateEnabled();

    /** Asks for recipients and a file, then shares @p selection (@p what names it). */
    void share(const ItemSelection &selection, const QString &what);
    /** Looks at the package @p path and receives it once the user agrees. */
    void receiveFile(const QString &path);
    void showExchangeKey();
    /** Looks at the inbox folder now (also done whenever it changes). */
    void scanInbox();

Q_SIGNALS:
    void itemsChanged();
    /** A sentence for the status line. */
    void message(const QString &text);

private:
    struct Job;
    void startShare(const ItemSelection &selection, const QString &what);
    void askAndReceive(const QString &path, const PackagePreview &preview);
    void receive(const QString &path, const QString &expectSender, bool fromInbox);
    void receiveNextFromInbox();
    void reloadOverview();
    void watchInbox(const QString &folder);
    void showMessage(const QString &objectName, const QString &title, const QString &text,
                     bool warning = false);
    /** A new job; with @p progressText, a progress dialog whose Cancel cancels it. */
    std::shared_ptr<Job> startJob(const QString &progressText = {}, const QString &title = {},
                                  const char *objectName = nullptr);

    QWidget *m_window;
    Library *m_library = nullptr;
    std::function<QVector<qint64>()> m_selection;
    QAction *m_shareSelection;
    QAction *m_receive;
    QAction *m_exchangeKey;
    std::shared_ptr<Job> m_running;
    ReextractRunner *m_reader;
    QFileSystemWatcher *m_inbox = nullptr;
    QString m_inboxFolder;
    QStringList m_inboxQueue;
    QHash<QString, QString> m_inboxSeen; ///< path → size and time when last tried
    QPointer<ExchangeKeyDialog> m_keyDialog;
    OpenDialogs m_dialogs; ///< closed when the library does
};

} // namespace amanat::ui
