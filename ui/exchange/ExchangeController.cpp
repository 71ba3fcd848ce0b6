#include "ExchangeController.h"

#include "ExchangeKeyDialog.h"
#include "ShareDialog.h"
#include "common/BidiText.h"
#include "common/PrivateFileDialog.h"
#include "exchange/PackageReceiver.h"
#include "exchange/PackageSharer.h"
#include "exchange/QrImage.h"
#include "exchange/SealedPackage.h"
#include "import/ReextractRunner.h"
#include "library/Library.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QInputDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>

#include <atomic>

namespace amanat::ui {

struct ExchangeController::Job
{
    std::atomic_bool cancelled{false};
    QPointer<QProgressDialog> progress;
};

namespace {

/** A progress callback that moves @p bar from the writer thread. */
std::function<void(qint64, qint64)> progressTo(const QPointer<QProgressDialog> &bar)
{
    return [bar](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(bar, [bar, done, total] {
            if (!bar || total <= 0)
                return;
            bar->setMaximum(1000);
            bar->setValue(int(done * 1000 / total));
        });
    };
}

QString fileStamp(const QFileInfo &info)
{
    return QStringLiteral("%1 %2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}

} // namespace

ExchangeController::ExchangeController(QWidget *window)
    : QObject(window), m_window(window), m_reader(new ReextractRunner(this))
{
    connect(m_reader, &ReextractRunner::finished, this, &ExchangeController::itemsChanged);
    m_shareSelection = new QAction(tr("S&hare…"), this);
    m_shareSelection->setObjectName(QStringLiteral("shareSelectionAction"));
    m_shareSelection->setStatusTip(
        tr("Send the selected items to other Amanat libraries in a sealed package."));
    connect(m_shareSelection, &QAction::triggered, this, [this] {
        const QVector<qint64> ids = m_selection ? m_selection() : QVector<qint64>();
        if (ids.isEmpty()) {
            Q_EMIT message(tr("Select the items to share first."));
            return;
        }
        share(ItemSelection{ItemSelection::By::Ids, QString(), ids},
              tr("%n item(s)", nullptr, int(ids.size())));
    });
    m_receive = new QAction(tr("&Receive Package…"), this);
    m_receive->setObjectName(QStringLiteral("receivePackageAction"));
    m_receive->setStatusTip(tr("Receive a sealed package that another library shared with this "
                               "one."));
    connect(m_receive, &QAction::triggered, this, [this] {
        const QStringList chosen = PrivateFileDialog::openFiles(
            m_window, tr("Receive Package"), tr("Amanat packages (*.amanatx);;All files (*)"));
        if (!chosen.isEmpty())
            receiveFile(chosen.first());
    });
    m_exchangeKey = new QAction(tr("E&xchange Key and Contacts…"), this);
    m_exchangeKey->setObjectName(QStringLiteral("exchangeKeyAction"));
    connect(m_exchangeKey, &QAction::triggered, this, &ExchangeController::showExchangeKey);
    updateEnabled();
}

ExchangeController::~ExchangeController()
{
    setLibrary(nullptr);
}

void ExchangeController::setSelectionSource(std::function<QVector<qint64>()> selection)
{
    m_selection = std::move(selection);
}

void ExchangeController::updateEnabled()
{
    const bool open = m_library != nullptr;
    m_shareSelection->setEnabled(open);
    m_receive->setEnabled(open);
    m_exchangeKey->setEnabled(open);
}

void ExchangeController::setLibrary(Library *library)
{
    if (m_running) {
        m_running->cancelled = true; // a queued or running job stops with nothing written
        m_running.reset();
    }
    m_dialogs.closeAll();
    delete m_inbox;
    m_inbox = nullptr;
    m_inboxFolder.clear();
    m_inboxQueue.clear();
    m_inboxSeen.clear();
    m_reader->setLibrary(library);
    m_library = library;
    updateEnabled();
    if (!library)
        return;
    // The exchange key is made now, if the library has none, so that it is ready to give.
    library
        ->write([](Library &writer) -> Result<QString> {
            auto key = writer.exchangeKey();
            if (!key.ok())
                return key.error();
            return writer.exchangeSettings().inboxFolder();
        })
        .then(this, [this, library](const Result<QString> &inbox) {
            if (m_library == library && inbox.ok() && !inbox->isEmpty())
                watchInbox(*inbox);
        });
}

std::shared_ptr<ExchangeController::Job> ExchangeController::startJob(const QString &progressText,
                                                                      const QString &title,
                                                                      const char *objectName)
{
    auto job = std::make_shared<Job>();
    m_running = job;
    if (progressText.isEmpty())
        return job;
    auto *progress = new QProgressDialog(progressText, tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(QString::fromLatin1(objectName));
    progress->setWindowTitle(title);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    job->progress = progress;
    connect(progress, &QProgressDialog::canceled, this, [job] { job->cancelled = true; });
    m_dialogs.show(progress);
    return job;
}

// Sharing

void ExchangeController::share(const ItemSelection &selection, const QString &what)
{
    if (!m_library || m_running)
        return;
    Library *library = m_library;
    library->write([](Library &writer) { return writer.contacts().all(); })
        .then(this, [this, library, selection, what](const Result<QVector<Contact>> &contacts) {
            if (m_library != library)
                return;
            const QString folder =
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
            const QString suggested = (QFileInfo(folder).isDir() ? folder : QDir::homePath()) +
                                      QStringLiteral("/amanat-%1.amanatx")
                                          .arg(QDate::currentDate().toString(Qt::ISODate));
            auto *dialog = new ShareDialog(what, contacts.ok() ? *contacts : QVector<Contact>(),
                                           suggested, m_window);
            connect(dialog, &QDialog::accepted, this, [this, dialog, selection, what] {
                ShareOptions options;
                options.recipients = dialog->recipients();
                options.includeProtected = dialog->includeProtected();
                options.overrideConsent = dialog->overrideConsent();
                options.selection = selection.describe();
                const QString outFile = dialog->outFile();
                if (!m_library || m_running)
                    return;
                auto job = startJob(tr("Sealing %1…").arg(what), tr("Share"), "shareProgress");
                options.cancelled = &job->cancelled;
                options.progress = progressTo(job->progress);
                m_library
                    ->write(
                        [selection, outFile, options, job](Library &writer) -> Result<ShareReport> {
                            auto ids = selection.resolve(writer);
                            if (!ids.ok())
                                return ids.error();
                            return PackageSharer::write(writer, *ids, outFile, options);
                        })
                    .then(this, [this, job, outFile](const Result<ShareReport> &report) {
                        if (m_running != job)
                            return;
                        m_running.reset();
                        if (job->progress)
                            job->progress->close();
                        if (!report.ok()) {
                            showMessage(QStringLiteral("shareFailed"), tr("Not Shared"),
                                        report.error().code == ErrorCode::Cancelled
                                            ? tr("Sharing was cancelled. No package was saved.")
                                            : report.error().message,
                                        true);
                            return;
                        }
                        showMessage(QStringLiteral("shareDone"), tr("Shared"),
                                    tr("%n item(s) sealed into %1. Send the file any way you like: "
                                       "only the libraries you chose can open it.",
                                       nullptr, report->items)
                                        .arg(isolated(QFileInfo(outFile).fileName())));
                    });
            });
            m_dialogs.show(dialog);
        });
}

// Receiving

void ExchangeController::receiveFile(const QString &path)
{
    if (!m_library || m_running)
        return;
    Library *library = m_library;
    library->write([path](Library &writer) { return PackageReceiver::preview(writer, path); })
        .then(this, [this, library, path](const Result<PackagePreview> &preview) {
            if (m_library != library)
                return;
            if (!preview.ok()) {
                showMessage(QStringLiteral("receiveFailed"), tr("Not Received"),
                            preview.error().message, true);
                return;
            }
            askAndReceive(path, *preview);
        });
}

void ExchangeController::askAndReceive(const QString &path, const PackagePreview &preview)
{
    const QString sender = isolated(preview.sender.name);
    const QString fingerprint = fingerprintLines(preview.sender.identity);
    if (!preview.forThisLibrary) {
        showMessage(QStringLiteral("receiveFailed"), tr("Not Received"),
                    SealedPackageReader::tr("This package was sealed for other libraries, not "
                                            "for this one. Ask the sender to share it again "
                                            "with this library's exchange key."),
                    true);
        return;
    }
    if (preview.status == PackagePreview::Sender::Known) {
        receive(path, QString(), false);
        return;
    }
    if (preview.status == PackagePreview::Sender::New) {
        auto *box = new QMessageBox(QMessageBox::Question, tr("Receive Package"),
                                    tr("This package comes from %1, a library you have not "
                                       "received from before.")
                                        .arg(sender),
                                    QMessageBox::Cancel, m_window);
        box->setObjectName(QStringLiteral("newSenderQuestion"));
        box->setTextFormat(Qt::PlainText); // the name comes from the package
        box->setInformativeText(tr("Before you trust it, check its fingerprint with the sender, "
                                   "by phone or in person:\n%1")
                                    .arg(fingerprint));
        QPushButton *receiveButton = box->addButton(tr("Receive"), QMessageBox::AcceptRole);
        receiveButton->setObjectName(QStringLiteral("receiveButton"));
        box->setDefaultButton(QMessageBox::Cancel);
        connect(box, &QMessageBox::finished, this, [this, box, receiveButton, path] {
            if (box->clickedButton() == receiveButton)
                receive(path, QString(), false);
        });
        m_dialogs.show(box);
        return;
    }
    // A known sender under other keys: someone may be passing themselves off as it.
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("The Sender's Keys Have Changed"),
        tr("This package says it comes from %1, but it is signed with other keys than that "
           "library used before. Anyone can claim a name.")
            .arg(sender),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("changedKeyWarning"));
    box->setTextFormat(Qt::PlainText); // the name comes from the package
    box->setInformativeText(
        tr("Fingerprint known until now:\n%1\nFingerprint of this package:\n%2\n\nUnless the "
           "sender told you they have new keys, do not receive this package.")
            .arg(preview.pinned ? fingerprintLines(*preview.pinned) : QString(), fingerprint));
    QPushButton *dontReceive = box->addButton(tr("Do Not Receive"), QMessageBox::RejectRole);
    QPushButton *confirm =
        box->addButton(tr("I Confirmed the New Keys…"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmNewKeysButton"));
    box->setDefaultButton(dontReceive);
    box->setEscapeButton(dontReceive);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, path] {
        if (box->clickedButton() != confirm)
            return;
        bool ok = false;
        const QString typed =
            QInputDialog::getText(m_window, tr("Confirm the New Keys"),
                                  tr("Type the fingerprint the sender read out to you:"),
                                  QLineEdit::Normal, QString(), &ok);
        if (ok && !typed.trimmed().isEmpty())
            receive(path, typed, false);
    });
    m_dialogs.show(box);
}

void ExchangeController::receive(const QString &path, const QString &expectSender, bool fromInbox)
{
    if (!m_library || m_running)
        return;
    const QString name = QFileInfo(path).fileName();
    // From the inbox it runs quietly; its outcome goes to the status line.
    auto job = fromInbox ? startJob()
                         : startJob(tr("Receiving %1…").arg(isolated(name)), tr("Receive Package"),
                                    "receiveProgress");
    ReceiveOptions options;
    options.expectSender = expectSender;
    options.cancelled = &job->cancelled;
    if (job->progress)
        options.progress = progressTo(job->progress);
    m_library
        ->write([path, options](Library &writer) {
            return PackageReceiver::receive(writer, path, options);
        })
        .then(this, [this, job, name, fromInbox](const Result<ReceiveReport> &report) {
            if (m_running != job)
                return;
            m_running.reset();
            if (job->progress)
                job->progress->close();
            if (!report.ok()) {
                const QString text = report.error().code == ErrorCode::Cancelled
                                         ? tr("Receiving was cancelled. Nothing was received.")
                                         : report.error().message;
                if (fromInbox)
                    Q_EMIT message(tr("Inbox: %1 was not received: %2").arg(isolated(name), text));
                else
                    showMessage(QStringLiteral("receiveFailed"), tr("Not Received"), text, true);
            } else {
                QString text;
                if (report->alreadyReceived) {
                    text =
                        tr("%1 had already been received; nothing was added.").arg(isolated(name));
                } else {
                    text = tr("From %1: %n item(s) received, of which %2 new and %3 already here.",
                              nullptr, int(report->items.size()))
                               .arg(isolated(report->sender.name))
                               .arg(report->added())
                               .arg(report->duplicates());
                    if (!report->needExtraction.isEmpty() &&
                        m_reader->start(report->needExtraction, QString()))
                        text += QLatin1Char(' ') + tr("Their text is being read now.");
                    Q_EMIT itemsChanged();
                }
                if (fromInbox)
                    Q_EMIT message(tr("Inbox: %1").arg(text));
                else
                    showMessage(QStringLiteral("receiveDone"), tr("Package Received"), text);
            }
            if (fromInbox)
                receiveNextFromInbox();
        });
}

// The inbox folder

void ExchangeController::watchInbox(const QString &folder)
{
    delete m_inbox;
    m_inbox = nullptr;
    m_inboxFolder = folder;
    m_inboxSeen.clear();
    if (folder.isEmpty())
        return;
    m_inbox = new QFileSystemWatcher(this);
    if (!m_inbox->addPath(folder))
        Q_EMIT message(tr("The inbox folder %1 cannot be watched.").arg(isolated(folder)));
    connect(m_inbox, &QFileSystemWatcher::directoryChanged, this, &ExchangeController::scanInbox);
    // A sync engine that writes a file in place changes no folder entry: look again now and
    // then, so a package caught half-written is tried again once it is whole.
    auto *again = new QTimer(m_inbox);
    connect(again, &QTimer::timeout, this, &ExchangeController::scanInbox);
    again->start(std::chrono::seconds(30));
    scanInbox();
}

void ExchangeController::scanInbox()
{
    if (!m_library || m_inboxFolder.isEmpty())
        return;
    // Only whole packages: sync engines write under other names and rename when done.
    const QFileInfoList files =
        QDir(m_inboxFolder)
            .entryInfoList({QStringLiteral("*.amanatx")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &file : files) {
        const QString stamp = fileStamp(file);
        if (m_inboxSeen.value(file.absoluteFilePath()) == stamp ||
            m_inboxQueue.contains(file.absoluteFilePath()))
            continue;
        m_inboxSeen.insert(file.absoluteFilePath(), stamp);
        m_inboxQueue << file.absoluteFilePath();
    }
    if (!m_running)
        receiveNextFromInbox();
}

void ExchangeController::receiveNextFromInbox()
{
    if (!m_library || m_running || m_inboxQueue.isEmpty())
        return;
    const QString path = m_inboxQueue.takeFirst();
    Library *library = m_library;
    library->write([path](Library &writer) { return PackageReceiver::preview(writer, path); })
        .then(this, [this, library, path](const Result<PackagePreview> &preview) {
            if (m_library != library)
                return;
            const QString name = isolated(QFileInfo(path).fileName());
            if (!preview.ok()) {
                Q_EMIT message(
                    tr("Inbox: %1 was not received: %2").arg(name, preview.error().message));
            } else if (!preview->forThisLibrary) {
                // Another office's package in a shared folder: not ours, nothing to say.
            } else if (preview->status == PackagePreview::Sender::Known) {
                receive(path, QString(), true);
                return;
            } else {
                // A new sender or changed keys: a person decides, with the fingerprint.
                Q_EMIT message(tr("Inbox: %1 comes from a sender to be checked first; open it "
                                  "with File → Receive Package….")
                                   .arg(name));
            }
            receiveNextFromInbox();
        });
}

// Exchange key and contacts

void ExchangeController::showExchangeKey()
{
    if (!m_library)
        return;
    if (!m_keyDialog) {
        auto *dialog = new ExchangeKeyDialog(m_window);
        m_keyDialog = dialog;
        connect(dialog, &ExchangeKeyDialog::forgetRequested, this, [this](const QString &id) {
            if (!m_library)
                return;
            m_library->write([id](Library &writer) { return writer.contacts().remove(id); })
                .then(this, [this](const Status &removed) {
                    if (!removed.ok())
                        showMessage(QStringLiteral("contactNotForgotten"), tr("Not Forgotten"),
                                    removed.error().message, true);
                    reloadOverview();
                });
        });
        connect(dialog, &ExchangeKeyDialog::inboxChosen, this, [this](const QString &folder) {
            if (!m_library)
                return;
            m_library
                ->write([folder](Library &writer) {
                    return writer.exchangeSettings().setInboxFolder(folder);
                })
                .then(this, [this, folder](const Status &saved) {
                    if (saved.ok())
                        watchInbox(folder);
                    reloadOverview();
                });
        });
        // Not modal: the key stays on screen while the user reads it out or copies it.
        m_dialogs.show(dialog, Qt::NonModal);
    }
    reloadOverview();
    m_keyDialog->show();
    m_keyDialog->raise();
}

void ExchangeController::reloadOverview()
{
    if (!m_library || !m_keyDialog)
        return;
    m_library
        ->write([](Library &writer) -> Result<ExchangeOverview> {
            auto identity = writer.exchangeIdentity();
            if (!identity.ok())
                return identity.error();
            auto contacts = writer.contacts().all();
            if (!contacts.ok())
                return contacts.error();
            auto inbox = writer.exchangeSettings().inboxFolder();
            if (!inbox.ok())
                return inbox.error();
            auto qr = QrImage::make(identity->publicText(), 4);
            return ExchangeOverview{*identity, qr.ok() ? *qr : QImage(), *contacts, *inbox};
        })
        .then(this, [this](const Result<ExchangeOverview> &overview) {
            if (!m_keyDialog)
                return;
            if (overview.ok())
                m_keyDialog->setOverview(*overview);
            else
                showMessage(QStringLiteral("exchangeKeyFailed"), tr("Exchange Key"),
                            overview.error().message, true);
        });
}

void ExchangeController::showMessage(const QString &objectName, const QString &title,
                                     const QString &text, bool warning)
{
    auto *box = new QMessageBox(warning ? QMessageBox::Warning : QMessageBox::Information, title,
                                text, QMessageBox::Ok, m_window);
    box->setObjectName(objectName);
    box->setTextFormat(Qt::PlainText); // names and paths from packages and folders
    m_dialogs.show(box);
}

} // namespace amanat::ui
