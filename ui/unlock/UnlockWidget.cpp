#include "UnlockWidget.h"

#include "NewPassphrasePanel.h"
#include "app/ShellSettings.h"
#include "common/PrivateFileDialog.h"
#include "common/SecretLineEdit.h"
#include "crypto/SecureBuffer.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace amanat::ui {

UnlockWidget::UnlockWidget(const QString &program, QWidget *parent)
    : QWidget(parent), m_program(program)
{
    setObjectName(QStringLiteral("unlockWidget"));

    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("unlockPage"));
    auto *heading = new QLabel(tr("Unlock a library"), page);
    heading->setObjectName(QStringLiteral("unlockHeadingLabel"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    heading->setFont(headingFont);

    // Recent libraries: the folder name only, never the path.
    m_recentBox = new QWidget(page);
    m_recentList = new QListWidget(m_recentBox);
    m_recentList->setObjectName(QStringLiteral("recentLibrariesList"));
    m_recentList->setAccessibleName(tr("Recent libraries"));
    auto *recentLabel = new QLabel(tr("&Recent libraries:"), m_recentBox);
    recentLabel->setBuddy(m_recentList);
    auto *recentLayout = new QVBoxLayout(m_recentBox);
    recentLayout->setContentsMargins(0, 0, 0, 0);
    recentLayout->addWidget(recentLabel);
    recentLayout->addWidget(m_recentList);

    m_pathEdit = new QLineEdit(page);
    m_pathEdit->setObjectName(QStringLiteral("libraryPathEdit"));
    m_pathEdit->setPlaceholderText(tr("Library folder"));
    m_chooseButton = new QPushButton(tr("Choose…"), page);
    m_chooseButton->setObjectName(QStringLiteral("chooseLibraryButton"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_chooseButton);

    m_passphraseEdit = newSecretLineEdit(page, QStringLiteral("passphraseEdit"));
    m_recoveryEdit = newSecretLineEdit(page, QStringLiteral("recoveryKeyEdit"));
    m_recoveryEdit->setEchoMode(QLineEdit::Normal); // copied from paper; shown while typed
    m_recoveryEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_recoveryEdit->setLayoutDirection(Qt::LeftToRight);
    m_recoveryEdit->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Library:"), pathRow);
    form->addRow(tr("&Passphrase:"), m_passphraseEdit);
    form->addRow(tr("Recovery &key:"), m_recoveryEdit);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(pathRow)))
        label->setBuddy(m_pathEdit);
    m_passphraseLabel = qobject_cast<QLabel *>(form->labelForField(m_passphraseEdit));
    m_recoveryLabel = qobject_cast<QLabel *>(form->labelForField(m_recoveryEdit));

    m_modeButton = new QPushButton(page);
    m_modeButton->setObjectName(QStringLiteral("recoveryModeButton"));
    m_modeButton->setFlat(true);
    auto *modeRow = new QHBoxLayout;
    modeRow->addStretch();
    modeRow->addWidget(m_modeButton);

    m_unlockButton = new QPushButton(tr("&Unlock"), page);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    m_createButton = new QPushButton(tr("&New library…"), page);
    m_createButton->setObjectName(QStringLiteral("newLibraryButton"));
    m_busyIndicator = new QProgressBar(page);
    m_busyIndicator->setObjectName(QStringLiteral("unlockBusyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setAccessibleName(tr("Unlocking"));
    m_busyIndicator->hide();
    m_busyLabel = new QLabel(page);
    m_busyLabel->setObjectName(QStringLiteral("unlockBusyLabel"));
    m_busyLabel->hide();
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_createButton);
    buttonRow->addStretch();
    buttonRow->addWidget(m_busyLabel);
    buttonRow->addWidget(m_busyIndicator, 1);
    buttonRow->addWidget(m_unlockButton);

    m_errorLabel = new QLabel(page);
    m_errorLabel->setObjectName(QStringLiteral("unlockErrorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    m_errorLabel->setPalette(errorPalette);
    // Its line is kept while hidden: a message appearing does not move what is below it.
    QSizePolicy keepSpace = m_errorLabel->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_errorLabel->setSizePolicy(keepSpace);
    m_errorLabel->hide();

    m_demoLabel = new QLabel(page);
    m_demoLabel->setObjectName(QStringLiteral("demoPassphraseLabel"));
    m_demoLabel->setTextFormat(Qt::PlainText);
    m_demoLabel->setWordWrap(true);
    m_demoLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demoLabel->setFrameShape(QFrame::StyledPanel);
    m_demoLabel->setMargin(8);
    m_demoLabel->hide();

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(heading);
    pageLayout->addSpacing(12);
    pageLayout->addWidget(m_recentBox);
    pageLayout->addLayout(form);
    pageLayout->addLayout(modeRow);
    pageLayout->addWidget(m_demoLabel);
    pageLayout->addWidget(m_errorLabel);
    pageLayout->addLayout(buttonRow);

    m_newPassphrase = new NewPassphrasePanel(this);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("unlockPanel"));
    m_pages->setMaximumWidth(600);
    m_pages->addWidget(page);
    m_pages->addWidget(m_newPassphrase);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(m_pages, 3);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);

    m_watcher = new QFutureWatcher<OpenResult>(this);
    connect(m_watcher, &QFutureWatcher<OpenResult>::finished, this, &UnlockWidget::finishUnlock);
    connect(m_chooseButton, &QPushButton::clicked, this, &UnlockWidget::chooseLibrary);
    connect(m_unlockButton, &QPushButton::clicked, this, &UnlockWidget::unlock);
    connect(m_createButton, &QPushButton::clicked, this, &UnlockWidget::createRequested);
    connect(m_modeButton, &QPushButton::clicked, this,
            [this] { setRecoveryMode(!m_recoveryMode); });
    connect(m_passphraseEdit, &QLineEdit::returnPressed, this, &UnlockWidget::unlock);
    connect(m_recoveryEdit, &QLineEdit::returnPressed, this, &UnlockWidget::unlock);
    // Enter in the folder field goes on to the secret, or unlocks when it is typed.
    connect(m_pathEdit, &QLineEdit::returnPressed, this, [this] {
        if (currentSecretEdit()->text().isEmpty())
            currentSecretEdit()->setFocus(Qt::TabFocusReason);
        else
            unlock();
    });
    connect(m_pathEdit, &QLineEdit::textChanged, this, &UnlockWidget::updateUnlockButton);
    connect(m_passphraseEdit, &QLineEdit::textChanged, this, &UnlockWidget::updateUnlockButton);
    connect(m_recoveryEdit, &QLineEdit::textChanged, this, &UnlockWidget::updateUnlockButton);
    connect(m_recentList, &QListWidget::itemClicked, this, &UnlockWidget::recentActivated);
    connect(m_recentList, &QListWidget::itemActivated, this, &UnlockWidget::recentActivated);
    connect(m_newPassphrase, &NewPassphrasePanel::done, this, &UnlockWidget::newPassphraseDone);
    setRecoveryMode(false);
    refreshRecent();
}

// Out of line: Library is complete here, and an unlock still running finishes on its own;
// its library (if any) is closed when the future's last reference goes.
UnlockWidget::~UnlockWidget() = default;

void UnlockWidget::setLibraryPath(const QString &path)
{
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    currentSecretEdit()->setFocus();
}

QString UnlockWidget::libraryPath() const
{
    return QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
}

bool UnlockWidget::isBusy() const
{
    return m_busy || m_newPassphrase->isBusy();
}

std::unique_ptr<Library> UnlockWidget::takeLibrary()
{
    return std::move(m_library);
}

void UnlockWidget::reset()
{
    m_passphraseEdit->clear();
    m_recoveryEdit->clear();
    m_errorLabel->clear();
    m_errorLabel->hide();
    m_pages->setCurrentIndex(0);
    setRecoveryMode(false);
    refreshRecent();
    if (libraryPath().isEmpty() && m_recentList->count() > 0)
        setLibraryPath(m_recentList->item(0)->data(Qt::UserRole).toString());
    currentSecretEdit()->setFocus();
}

void UnlockWidget::refreshRecent()
{
    m_recentList->clear();
    for (const QString &path : ShellSettings::recentLibraries()) {
        if (path == m_demoPath)
            continue;
        auto *item = new QListWidgetItem(QDir(path).dirName(), m_recentList);
        item->setData(Qt::UserRole, path);
        item->setIcon(QIcon(QStringLiteral(":/icons/library.svg")));
    }
    m_recentBox->setVisible(m_recentList->count() > 0);
    // As tall as its rows, up to five; it scrolls beyond.
    const int rows = qBound(1, m_recentList->count(), 5);
    const int rowHeight = qMax(m_recentList->sizeHintForRow(0), fontMetrics().height() + 4);
    m_recentList->setFixedHeight(rows * rowHeight + 2 * m_recentList->frameWidth() + 4);
}

void UnlockWidget::showPreparing(const QString &message)
{
    m_busyLabel->setText(message);
    setBusy(true);
}

void UnlockWidget::setDemoLibrary(const QString &path, const QString &passphrase)
{
    m_demoPath = QDir::cleanPath(path);
    ShellSettings::removeRecentLibrary(m_demoPath);
    refreshRecent();
    setBusy(false);
    setRecoveryMode(false);
    setLibraryPath(path);
    m_demoLabel->setText(tr("Demo library — passphrase: %1").arg(passphrase));
    m_demoLabel->show();
}

void UnlockWidget::showFailure(const QString &message)
{
    setBusy(false);
    showError(message);
}

void UnlockWidget::setRecoveryMode(bool recovery)
{
    m_recoveryMode = recovery;
    m_passphraseEdit->clear();
    m_recoveryEdit->clear();
    m_passphraseEdit->setVisible(!recovery);
    m_passphraseLabel->setVisible(!recovery);
    m_recoveryEdit->setVisible(recovery);
    m_recoveryLabel->setVisible(recovery);
    m_modeButton->setText(recovery ? tr("Unlock with the passphrase instead")
                                   : tr("Forgot the passphrase? Unlock with the recovery key"));
    m_errorLabel->hide();
    updateUnlockButton();
    currentSecretEdit()->setFocus();
}

QLineEdit *UnlockWidget::currentSecretEdit() const
{
    return m_recoveryMode ? m_recoveryEdit : m_passphraseEdit;
}

QString UnlockWidget::messageFor(const Error &error, bool recoveryKey)
{
    switch (error.code) {
    case ErrorCode::WrongSecret:
        return recoveryKey
                   ? tr("The recovery key does not unlock this library. Check each group and "
                        "try again.")
                   : tr("The passphrase does not unlock this library. Check it and try again.");
    case ErrorCode::InUse:
        return tr("This library is open in another program. Close it there, then try again.");
    case ErrorCode::Corrupt:
        return tr("This library is damaged and cannot be opened safely. Restore it from a "
                  "backup, or ask for help before changing anything in its folder.");
    case ErrorCode::NotALibrary:
    case ErrorCode::NotFound:
        return tr("This folder is not an Amanat library. Choose the folder of a library.");
    default:
        return error.message.isEmpty() ? tr("The library could not be opened.") : error.message;
    }
}

void UnlockWidget::chooseLibrary()
{
    const QString path =
        PrivateFileDialog::existingDirectory(this, tr("Choose a library folder"), libraryPath());
    if (!path.isEmpty())
        setLibraryPath(path);
}

void UnlockWidget::recentActivated(QListWidgetItem *item)
{
    if (item && !isBusy())
        setLibraryPath(item->data(Qt::UserRole).toString());
}

void UnlockWidget::unlock()
{
    if (isBusy() || !m_unlockButton->isEnabled())
        return;
    const QString path = libraryPath();
    QLineEdit *edit = currentSecretEdit();
    QByteArray bytes = edit->text().toUtf8();
    auto secret = std::make_shared<SecureBuffer>(SecureBuffer::takeFrom(bytes));
    edit->clear();
    m_errorLabel->hide();
    m_busyLabel->setText(tr("Unlocking…"));
    setBusy(true);
    const QString program = m_program;
    m_openingWithRecovery = m_recoveryMode;
    if (m_openingWithRecovery) {
        m_watcher->setFuture(QtConcurrent::run([path, secret, program]() -> OpenResult {
            return Library::openWithRecoveryKey(path, *secret, Library::Access::Write, program);
        }));
    } else {
        m_watcher->setFuture(QtConcurrent::run([path, secret, program]() -> OpenResult {
            return Library::open(path, *secret, Library::Access::Write, program);
        }));
    }
}

void UnlockWidget::finishUnlock()
{
    OpenResult result = m_watcher->future().takeResult();
    setBusy(false);
    if (!result.ok()) {
        showError(messageFor(result.error(), m_openingWithRecovery));
        return;
    }
    m_library = std::move(*result);
    if (QDir::cleanPath(m_library->path()) != m_demoPath)
        ShellSettings::addRecentLibrary(m_library->path());
    if (m_openingWithRecovery) {
        m_newPassphrase->start(m_library.get());
        m_pages->setCurrentWidget(m_newPassphrase);
        return;
    }
    Q_EMIT unlocked();
}

void UnlockWidget::newPassphraseDone(bool changed)
{
    Q_UNUSED(changed)
    m_pages->setCurrentIndex(0);
    setRecoveryMode(false);
    if (m_library)
        Q_EMIT unlocked();
}

void UnlockWidget::setBusy(bool busy)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    m_busyLabel->setVisible(busy && !m_busyLabel->text().isEmpty());
    m_pathEdit->setEnabled(!busy);
    m_chooseButton->setEnabled(!busy);
    m_passphraseEdit->setEnabled(!busy);
    m_recoveryEdit->setEnabled(!busy);
    m_modeButton->setEnabled(!busy);
    m_createButton->setEnabled(!busy);
    m_recentList->setEnabled(!busy);
    updateUnlockButton();
    if (!busy)
        currentSecretEdit()->setFocus();
}

void UnlockWidget::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void UnlockWidget::updateUnlockButton()
{
    m_unlockButton->setEnabled(!isBusy() && !libraryPath().isEmpty() &&
                               !currentSecretEdit()->text().isEmpty());
}

} // namespace amanat::ui
