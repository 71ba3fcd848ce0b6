#include "LibraryCare.h"

#include "common/PrivateFileDialog.h"
#include "library/Library.h"
#include "unlock/NewPassphrasePanel.h"
#include "welcome/RecoveryKeyPage.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace amanat::ui {

LibraryCare::LibraryCare(QWidget *window)
    : QObject(window), m_window(window), m_cancelVerify(std::make_shared<std::atomic_bool>(false))
{
    m_verify = new QAction(tr("&Verify Library"), this);
    m_verify->setObjectName(QStringLiteral("verifyLibraryAction"));
    connect(m_verify, &QAction::triggered, this, &LibraryCare::verify);
    m_backUp = new QAction(tr("&Back Up…"), this);
    m_backUp->setObjectName(QStringLiteral("backUpAction"));
    connect(m_backUp, &QAction::triggered, this, &LibraryCare::chooseBackupFolder);
    m_passphrase = new QAction(tr("Change &Passphrase…"), this);
    m_passphrase->setObjectName(QStringLiteral("changePassphraseAction"));
    connect(m_passphrase, &QAction::triggered, this, &LibraryCare::changePassphrase);
    m_recoveryKey = new QAction(tr("New &Recovery Key…"), this);
    m_recoveryKey->setObjectName(QStringLiteral("newRecoveryKeyAction"));
    connect(m_recoveryKey, &QAction::triggered, this, &LibraryCare::replaceRecoveryKey);
    m_verifying = new QFutureWatcher<Result<VerifyReport>>(this);
    connect(m_verifying, &QFutureWatcher<Result<VerifyReport>>::finished, this, [this] {
        setBusy(false);
        const Result<VerifyReport> report = m_verifying->result();
        if (!m_library || m_cancelVerify->load())
            return; // locked meanwhile: nobody is waiting for the answer
        if (!report.ok())
            Q_EMIT verified(false, report.error().message);
        else
            Q_EMIT verified(report->ok(), reportText(*report));
    });
    connect(this, &LibraryCare::verified, this, [this](bool ok, const QString &report) {
        showOutcome(ok, ok ? tr("The library is intact.") : tr("The library failed verification."),
                    report);
    });
    connect(this, &LibraryCare::backedUp, this, [this](bool ok, const QString &message) {
        showOutcome(ok, ok ? tr("Backup written.") : tr("The backup failed."), message);
    });
    setLibrary(nullptr);
}

QList<QAction *> LibraryCare::actions() const
{
    return {m_verify, m_backUp, m_passphrase, m_recoveryKey};
}

void LibraryCare::setLibrary(Library *library)
{
    if (m_verifying->isRunning()) { // it reads through a view of the library going away
        m_cancelVerify->store(true);
        m_verifying->waitForFinished();
    }
    m_library = library;
    setBusy(m_busy && library);
}

void LibraryCare::setBusy(bool busy)
{
    m_busy = busy;
    for (QAction *action : actions())
        action->setEnabled(m_library && !busy);
}

QString LibraryCare::reportText(const VerifyReport &report)
{
    if (!report.integrityProblem.isEmpty())
        return tr("Database: %1\nOriginals and custody log: not checked, because the database "
                  "failed its integrity check.")
            .arg(report.integrityProblem);
    QStringList lines;
    lines << tr("Database: every page is intact.");
    lines << tr("Originals: %n checked", nullptr, int(report.originalsChecked));
    for (const VerifyReport::BadOriginal &bad : report.badOriginals)
        lines << tr("Item %1: %2").arg(bad.itemId).arg(bad.problem);
    lines << (report.custody.ok()
                  ? tr("Custody log: intact, %n event(s).", nullptr, int(report.custody.events))
                  : tr("Custody log: %1").arg(report.custody.problem));
    if (!report.lostWork.isEmpty())
        lines << tr("Last committed change: %1").arg(report.lostWork);
    return lines.join(QLatin1Char('\n'));
}

void LibraryCare::verify()
{
    if (!m_library || m_busy)
        return;
    setBusy(true);
    m_cancelVerify = std::make_shared<std::atomic_bool>(false);
    Library *library = m_library;
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelVerify;
    // Hashing every original takes a while: its own read connection on a worker, so the
    // writer stays free for edits.
    m_verifying->setFuture(QtConcurrent::run([library, cancelled]() -> Result<VerifyReport> {
        auto view = library->openReadView(library->writer());
        if (!view.ok())
            return view.error();
        return (*view)->verify(cancelled.get());
    }));
}

void LibraryCare::chooseBackupFolder()
{
    if (!m_library)
        return;
    const QString parent = PrivateFileDialog::existingDirectory(
        m_window, tr("Back Up To (a folder on a drive kept apart)"));
    if (parent.isEmpty())
        return;
    const QString name = QDir(m_library->path()).dirName() + QStringLiteral(" backup ") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HHmm"));
    backUp(QDir(parent).filePath(name));
}

void LibraryCare::backUp(const QString &destination)
{
    if (!m_library || m_busy)
        return;
    setBusy(true);
    m_library->write([destination](Library &writer) { return writer.backup(destination); })
        .then(this, [this, destination](const Status &done) {
            setBusy(false);
            Q_EMIT backedUp(done.ok(), done.ok()
                                           ? tr("The copy in %1 opens with the same passphrase and "
                                                "recovery key.")
                                                 .arg(QDir::toNativeSeparators(destination))
                                           : done.error().message);
        });
}

void LibraryCare::showOutcome(bool ok, const QString &title, const QString &text)
{
    // Not modal: the window stays usable, and tests go on.
    auto *box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Amanat"),
                                title, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("libraryCareOutcome"));
    box->setInformativeText(text);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void LibraryCare::changePassphrase()
{
    if (!m_library)
        return;
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("changePassphraseDialog"));
    dialog.setWindowTitle(tr("Change Passphrase"));
    auto *panel = new NewPassphrasePanel(&dialog, NewPassphrasePanel::Purpose::Change);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(panel);
    connect(panel, &NewPassphrasePanel::done, &dialog,
            [&dialog](bool changed) { changed ? dialog.accept() : dialog.reject(); });
    panel->start(m_library);
    if (dialog.exec() == QDialog::Accepted)
        showOutcome(true, tr("The passphrase was changed."),
                    tr("The old passphrase no longer opens this library."));
}

void LibraryCare::replaceRecoveryKey()
{
    if (!m_library)
        return;
    QMessageBox ask(QMessageBox::Question, tr("New Recovery Key"), tr("Issue a new recovery key?"),
                    QMessageBox::NoButton, m_window);
    ask.setObjectName(QStringLiteral("newRecoveryKeyQuestion"));
    ask.setInformativeText(tr("Do this when the old key may have been seen or lost. The old "
                              "key stops opening this library at once (backups made before "
                              "keep it). The new key is shown once: print it or write it "
                              "down."));
    QPushButton *issue = ask.addButton(tr("Issue New Key"), QMessageBox::AcceptRole);
    QPushButton *cancel = ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(cancel);
    ask.exec();
    if (ask.clickedButton() != issue)
        return;
    auto key = m_library->write([](Library &writer) { return writer.replaceRecoveryKey(); });
    key.waitForFinished(); // one small file written
    Result<SecureBuffer> issued = key.takeResult();
    if (!issued.ok()) {
        showOutcome(false, tr("No new recovery key was issued."), issued.error().message);
        return;
    }
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("newRecoveryKeyDialog"));
    dialog.setWindowTitle(tr("New Recovery Key"));
    auto *page = new RecoveryKeyPage(&dialog);
    page->setContinueText(tr("&Done"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(page);
    connect(page, &RecoveryKeyPage::confirmed, &dialog, &QDialog::accept);
    page->setKey(QDir(m_library->path()).dirName(), std::move(*issued));
    dialog.exec();
    page->clearKey();
}

} // namespace amanat::ui
