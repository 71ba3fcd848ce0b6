#include "NewPassphrasePanel.h"

#include "library/Library.h"
#include "welcome/PassphraseFields.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace amanat::ui {

NewPassphrasePanel::NewPassphrasePanel(QWidget *parent, Purpose purpose)
    : QWidget(parent), m_purpose(purpose)
{
    setObjectName(QStringLiteral("newPassphrasePanel"));
    const bool change = purpose == Purpose::Change;
    auto *heading =
        new QLabel(change ? tr("Change the passphrase") : tr("Set a new passphrase?"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    heading->setFont(headingFont);
    auto *explain = new QLabel(
        change ? tr("The old passphrase will no longer open the library; the recovery key "
                    "still will. Backups made before keep the old passphrase.")
               : tr("You opened the library with its recovery key. If the passphrase was "
                    "forgotten or may be known to someone else, set a new one now. The old "
                    "passphrase will no longer open the library; the recovery key still will."),
        this);
    explain->setWordWrap(true);
    m_fields = new PassphraseFields(this);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("newPassphraseErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->hide();
    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->hide();
    m_skipButton = new QPushButton(change ? tr("Cancel") : tr("&Not now"), this);
    m_skipButton->setObjectName(QStringLiteral("skipNewPassphraseButton"));
    m_setButton = new QPushButton(tr("&Set passphrase"), this);
    m_setButton->setObjectName(QStringLiteral("setNewPassphraseButton"));
    m_setButton->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_busyIndicator, 1);
    buttons->addStretch();
    buttons->addWidget(m_skipButton);
    buttons->addWidget(m_setButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explain);
    layout->addSpacing(8);
    layout->addWidget(m_fields);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);

    m_watcher = new QFutureWatcher<Status>(this);
    connect(m_watcher, &QFutureWatcher<Status>::finished, this, &NewPassphrasePanel::finishApply);
    connect(m_setButton, &QPushButton::clicked, this, &NewPassphrasePanel::apply);
    connect(m_fields, &PassphraseFields::submitted, this, &NewPassphrasePanel::apply);
    connect(m_fields, &PassphraseFields::changed, this, &NewPassphrasePanel::updateButton);
    connect(m_skipButton, &QPushButton::clicked, this, [this] {
        m_fields->clear();
        Q_EMIT done(false);
    });
    updateButton();
}

void NewPassphrasePanel::start(Library *library)
{
    m_library = library;
    m_fields->clear();
    m_errorLabel->hide();
    setBusy(false);
    m_fields->firstField()->setFocus();
}

void NewPassphrasePanel::apply()
{
    if (m_busy || !m_library || !m_fields->isAcceptable())
        return;
    auto passphrase = std::make_shared<SecureBuffer>(m_fields->takePassphrase());
    Library *library = m_library;
    setBusy(true);
    const QString via = m_purpose == Purpose::Change ? QStringLiteral("passphrase")
                                                     : QStringLiteral("recovery_key");
    if (library->writer()) { // open in the window: its writer thread makes every change
        m_watcher->setFuture(library->write([passphrase, via](Library &writer) {
            return writer.changePassphrase(*passphrase, via);
        }));
        return;
    }
    // Nothing else holds the library yet: the unlock screen hands it over after this.
    m_watcher->setFuture(QtConcurrent::run([library, passphrase, via]() -> Status {
        library->adoptCurrentThread(); // opened by the unlock worker, used here alone
        return library->changePassphrase(*passphrase, via);
    }));
}

void NewPassphrasePanel::finishApply()
{
    const Status status = m_watcher->future().result();
    setBusy(false);
    if (!status.ok()) {
        m_errorLabel->setText(status.error().message);
        m_errorLabel->show();
        return;
    }
    Q_EMIT done(true);
}

void NewPassphrasePanel::setBusy(bool busy)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    m_fields->setFieldsEnabled(!busy);
    m_skipButton->setEnabled(!busy);
    updateButton();
}

void NewPassphrasePanel::updateButton()
{
    m_setButton->setEnabled(!m_busy && m_fields->isAcceptable());
}

} // namespace amanat::ui
