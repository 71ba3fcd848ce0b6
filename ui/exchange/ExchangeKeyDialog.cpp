#include "ExchangeKeyDialog.h"

#include "common/BidiText.h"
#include "common/PrivateFileDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace amanat::ui {

ExchangeKeyDialog::ExchangeKeyDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("exchangeKeyDialog"));
    setWindowTitle(tr("Exchange Key and Contacts"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    auto *keyBox = new QGroupBox(tr("This library's exchange key"), this);
    auto *keyIntro = new QLabel(
        tr("Give this key to the libraries that will send you packages. Confirm it by reading "
           "the fingerprint out to them, by phone or in person."),
        keyBox);
    keyIntro->setWordWrap(true);
    m_key = new QLineEdit(keyBox);
    m_key->setObjectName(QStringLiteral("exchangeKeyText"));
    m_key->setReadOnly(true);
    m_key->setLayoutDirection(Qt::LeftToRight);
    m_key->setFont(fixed);
    auto *copy = new QPushButton(tr("Copy"), keyBox);
    copy->setObjectName(QStringLiteral("copyExchangeKey"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_key->text()); });
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(copy);
    m_fingerprint = new QLabel(keyBox);
    m_fingerprint->setObjectName(QStringLiteral("exchangeFingerprint"));
    m_fingerprint->setFont(fixed);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setWordWrap(true);
    m_qr = new QLabel(keyBox);
    m_qr->setObjectName(QStringLiteral("exchangeQrCode"));
    auto *keyForm = new QFormLayout;
    keyForm->addRow(tr("Key:"), keyRow);
    keyForm->addRow(tr("Fingerprint:"), m_fingerprint);
    auto *keyLayout = new QHBoxLayout;
    auto *keyText = new QVBoxLayout;
    keyText->addWidget(keyIntro);
    keyText->addLayout(keyForm);
    keyText->addStretch();
    keyLayout->addLayout(keyText, 1);
    keyLayout->addWidget(m_qr);
    keyBox->setLayout(keyLayout);

    auto *contactsBox = new QGroupBox(tr("Libraries that have sent packages here"), this);
    m_contacts = new QTreeWidget(contactsBox);
    m_contacts->setObjectName(QStringLiteral("contactsList"));
    m_contacts->setAccessibleName(contactsBox->title());
    m_contacts->setRootIsDecorated(false);
    m_contacts->setHeaderLabels({tr("Sender"), tr("Fingerprint"), tr("Last package")});
    m_contacts->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_forget = new QPushButton(tr("Forget…"), contactsBox);
    m_forget->setObjectName(QStringLiteral("forgetContact"));
    m_forget->setEnabled(false);
    connect(m_contacts, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_forget->setEnabled(!m_contacts->selectedItems().isEmpty()); });
    connect(m_forget, &QPushButton::clicked, this, &ExchangeKeyDialog::forgetSelected);
    auto *contactsNote = new QLabel(
        tr("A sender is remembered with its keys the first time a package from it is received. "
           "If a package later comes under other keys, Amanat warns you and holds it back."),
        contactsBox);
    contactsNote->setWordWrap(true);
    auto *contactsLayout = new QVBoxLayout(contactsBox);
    contactsLayout->addWidget(contactsNote);
    contactsLayout->addWidget(m_contacts);
    contactsLayout->addWidget(m_forget, 0, Qt::AlignLeading);

    auto *inboxBox = new QGroupBox(tr("Inbox folder"), this);
    auto *inboxNote = new QLabel(
        tr("While the library is open, packages that appear in this folder are received "
           "from senders you know. Point a folder synchronised by Syncthing, Nextcloud or a "
           "USB stick here to exchange with other offices."),
        inboxBox);
    inboxNote->setWordWrap(true);
    m_inbox = new QLineEdit(inboxBox);
    m_inbox->setObjectName(QStringLiteral("inboxFolder"));
    m_inbox->setReadOnly(true);
    m_inbox->setPlaceholderText(tr("No inbox folder"));
    auto *chooseInbox = new QPushButton(tr("Choose…"), inboxBox);
    chooseInbox->setObjectName(QStringLiteral("chooseInbox"));
    connect(chooseInbox, &QPushButton::clicked, this, [this] {
        const QString folder =
            PrivateFileDialog::existingDirectory(this, tr("Inbox Folder"), m_inbox->text());
        if (!folder.isEmpty())
            Q_EMIT inboxChosen(folder);
    });
    auto *clearInbox = new QPushButton(tr("Stop Watching"), inboxBox);
    clearInbox->setObjectName(QStringLiteral("clearInbox"));
    connect(clearInbox, &QPushButton::clicked, this, [this] { Q_EMIT inboxChosen(QString()); });
    auto *inboxRow = new QHBoxLayout;
    inboxRow->addWidget(m_inbox, 1);
    inboxRow->addWidget(chooseInbox);
    inboxRow->addWidget(clearInbox);
    auto *inboxLayout = new QVBoxLayout(inboxBox);
    inboxLayout->addWidget(inboxNote);
    inboxLayout->addLayout(inboxRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(keyBox);
    layout->addWidget(contactsBox, 1);
    layout->addWidget(inboxBox);
    layout->addWidget(buttons);
    resize(760, 620);
}

void ExchangeKeyDialog::setOverview(const ExchangeOverview &overview)
{
    m_key->setText(overview.identity.publicText());
    m_key->setCursorPosition(0);
    m_fingerprint->setText(fingerprintLines(overview.identity));
    m_qr->setPixmap(QPixmap::fromImage(
        overview.qrCode.scaled(200, 200, Qt::KeepAspectRatio, Qt::FastTransformation)));
    m_known = overview.contacts;
    m_contacts->clear();
    for (const Contact &contact : overview.contacts) {
        auto *row = new QTreeWidgetItem(
            m_contacts,
            {contact.name, contact.identity.displayFingerprint(),
             QLocale().toString(
                 QDateTime::fromString(contact.lastSeen, Qt::ISODateWithMs).toLocalTime(),
                 QLocale::ShortFormat)});
        row->setFont(1, QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_forget->setEnabled(false);
    m_inbox->setText(overview.inboxFolder);
}

void ExchangeKeyDialog::forgetSelected()
{
    const int row = m_contacts->indexOfTopLevelItem(m_contacts->currentItem());
    if (row < 0 || row >= m_known.size())
        return;
    const Contact &contact = m_known.at(row);
    QMessageBox box(QMessageBox::Question, tr("Forget Sender"),
                    tr("Forget %1? Its next package is treated as coming from a new sender, "
                       "whose fingerprint you check again.")
                        .arg(isolated(contact.name)),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("forgetContactQuestion"));
    QPushButton *forget = box.addButton(tr("Forget"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == forget)
        Q_EMIT forgetRequested(contact.libraryId);
}

} // namespace amanat::ui
