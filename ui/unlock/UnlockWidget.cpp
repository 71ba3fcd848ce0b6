#include "UnlockWidget.h"

#include "common/PrivateFileDialog.h"

#include "crypto/SecureBuffer.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace amanat::ui {

UnlockWidget::UnlockWidget(const QString &program, QWidget *parent)
    : QWidget(parent), m_program(program)
{
    setObjectName(QStringLiteral("unlockWidget"));

    auto *heading = new QLabel(tr("Unlock a library"), this);
    heading->setObjectName(QStringLiteral("unlockHeadingLabel"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    heading->setFont(headingFont);

    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(QStringLiteral("libraryPathEdit"));
    m_pathEdit->setPlaceholderText(tr("Library folder"));
    m_chooseButton = new QPushButton(tr("Choose…"), this);
    m_chooseButton->setObjectName(QStringLiteral("chooseLibraryButton"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_chooseButton);

    m_passphraseEdit = new QLineEdit(this);
    m_passphraseEdit->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_passphraseEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText |
                                          Qt::ImhSensitiveData);

    auto *form = new QFormLayout;
    form->addRow(tr("&Library:"), pathRow);
    form->addRow(tr("&Passphrase:"), m_passphraseEdit);
    // The label buddies need widgets: point the library label at the line edit.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(pathRow)))
        label->setBuddy(m_pathEdit);

    m_unlockButton = new QPushButton(tr("&Unlock"), this);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("unlockBusyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setAccessibleName(tr("Unlocking"));
    m_busyIndicator->hide();
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_busyIndicator, 1);
    buttonRow->addStretch();
    buttonRow->addWidget(m_unlockButton);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("unlockErrorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->hide();

    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("unlockPanel"));
    panel->setMaximumWidth(560);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->addWidget(heading);
    panelLayout->addSpacing(12);
    panelLayout->addLayout(form);
    panelLayout->addWidget(m_errorLabel);
    panelLayout->addLayout(buttonRow);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(panel, 3);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);

    m_watcher = new QFutureWatcher<OpenResult>(this);
    connect(m_watcher, &QFutureWatcher<OpenResult>::finished, this, &UnlockWidget::finishUnlock);
    connect(m_chooseButton, &QPushButton::clicked, this, &UnlockWidget::chooseLibrary);
    connect(m_unlockButton, &QPushButton::clicked, this, &UnlockWidget::unlock);
    connect(m_passphraseEdit, &QLineEdit::returnPressed, this, &UnlockWidget::unlock);
    connect(m_pathEdit, &QLineEdit::textChanged, this, &UnlockWidget::updateUnlockButton);
    connect(m_passphraseEdit, &QLineEdit::textChanged, this, &UnlockWidget::updateUnlockButton);
    updateUnlockButton();
}

// Out of line: Library is complete here, and an unlock still running finishes on its own;
// its library (if any) is closed when the future's last reference goes.
UnlockWidget::~UnlockWidget() = default;

void UnlockWidget::setLibraryPath(const QString &path)
{
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    m_passphraseEdit->setFocus();
}

QString UnlockWidget::libraryPath() const
{
    return QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
}

bool UnlockWidget::isBusy() const
{
    return m_busy;
}

std::unique_ptr<Library> UnlockWidget::takeLibrary()
{
    return std::move(m_library);
}

void UnlockWidget::reset()
{
    m_passphraseEdit->clear();
    m_errorLabel->clear();
    m_errorLabel->hide();
    m_passphraseEdit->setFocus();
}

QString UnlockWidget::messageFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::WrongSecret:
        return tr("The passphrase does not unlock this library. Check it and try again.");
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

void UnlockWidget::unlock()
{
    if (isBusy() || !m_unlockButton->isEnabled())
        return;
    const QString path = libraryPath();
    QByteArray bytes = m_passphraseEdit->text().toUtf8();
    auto passphrase = std::make_shared<SecureBuffer>(SecureBuffer::takeFrom(bytes));
    m_passphraseEdit->clear();
    m_errorLabel->hide();
    setBusy(true);
    const QString program = m_program;
    m_watcher->setFuture(QtConcurrent::run([path, passphrase, program]() -> OpenResult {
        return Library::open(path, *passphrase, Library::Access::Write, program);
    }));
}

void UnlockWidget::finishUnlock()
{
    OpenResult result = m_watcher->future().takeResult();
    setBusy(false);
    if (!result.ok()) {
        showError(messageFor(result.error()));
        return;
    }
    m_library = std::move(*result);
    Q_EMIT unlocked();
}

void UnlockWidget::setBusy(bool busy)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    m_pathEdit->setEnabled(!busy);
    m_chooseButton->setEnabled(!busy);
    m_passphraseEdit->setEnabled(!busy);
    updateUnlockButton();
    if (!busy)
        m_passphraseEdit->setFocus();
}

void UnlockWidget::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void UnlockWidget::updateUnlockButton()
{
    m_unlockButton->setEnabled(!isBusy() && !libraryPath().isEmpty() &&
                               !m_passphraseEdit->text().isEmpty());
}

} // namespace amanat::ui
