#include "ShareDialog.h"

#include "common/BidiText.h"
#include "common/ErrorLabel.h"
#include "common/PrivateFileDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace amanat::ui {

ShareDialog::ShareDialog(const QString &what, const QVector<Contact> &contacts,
                         const QString &suggestedPath, QWidget *parent)
    : QDialog(parent), m_contacts(contacts)
{
    setObjectName(QStringLiteral("shareDialog"));
    setWindowTitle(tr("Share"));
    auto *intro = new QLabel(
        tr("Share %1 with other Amanat libraries. The package is sealed: only the libraries "
           "you choose can open it, and they can tell it comes from this library.")
            .arg(what),
        this);
    intro->setWordWrap(true);

    m_known = new QListWidget(this);
    m_known->setObjectName(QStringLiteral("knownLibraries"));
    for (const Contact &contact : contacts) {
        auto *row = new QListWidgetItem(
            tr("%1 — fingerprint %2")
                .arg(isolated(contact.name),
                     leftToRight(contact.identity.displayFingerprint().left(19))),
            m_known);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        row->setCheckState(Qt::Unchecked);
    }
    m_known->setVisible(!contacts.isEmpty());
    m_known->setMaximumHeight(120);
    m_keys = new QPlainTextEdit(this);
    m_keys->setObjectName(QStringLiteral("recipientKeys"));
    m_keys->setPlaceholderText(tr("Other libraries' exchange keys, one per line"));
    m_keys->setTabChangesFocus(true);
    m_keys->setMaximumHeight(90);

    m_protected = new QCheckBox(tr("Include witnesses' names and contacts"), this);
    m_protected->setObjectName(QStringLiteral("includeProtected"));
    m_consent =
        new QCheckBox(tr("Share testimonies without recorded consent (this is logged)"), this);
    m_consent->setObjectName(QStringLiteral("overrideConsent"));

    m_path = new QLineEdit(suggestedPath, this);
    m_path->setObjectName(QStringLiteral("packagePath"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("choosePackagePath"));
    connect(browse, &QPushButton::clicked, this, &ShareDialog::chooseFile);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    if (!contacts.isEmpty())
        form->addRow(tr("Known libraries:"), m_known);
    form->addRow(tr("Exchange keys:"), m_keys);
    form->addRow(QString(), m_protected);
    form->addRow(QString(), m_consent);
    auto *pathLabel = new QLabel(tr("Save the package as:"), this);
    pathLabel->setBuddy(m_path); // a row that is a layout gets no buddy by itself
    form->addRow(pathLabel, pathRow);

    m_error = ErrorLabel::create(this, QStringLiteral("shareError"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *share = buttons->addButton(tr("Share"), QDialogButtonBox::AcceptRole);
    share->setObjectName(QStringLiteral("shareButton"));
    share->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShareDialog::validateAndAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

bool ShareDialog::includeProtected() const
{
    return m_protected->isChecked();
}

bool ShareDialog::overrideConsent() const
{
    return m_consent->isChecked();
}

QString ShareDialog::outFile() const
{
    return m_path->text().trimmed();
}

void ShareDialog::chooseFile()
{
    const QString chosen = PrivateFileDialog::saveFile(this, tr("Save Package"), outFile(),
                                                       tr("Amanat packages (*.amanatx)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen.endsWith(QLatin1String(".amanatx"))
                            ? chosen
                            : chosen + QStringLiteral(".amanatx"));
}

void ShareDialog::validateAndAccept()
{
    QVector<ExchangeIdentity> recipients;
    for (int row = 0; row < m_known->count(); ++row)
        if (m_known->item(row)->checkState() == Qt::Checked)
            recipients << m_contacts.at(row).identity;
    const QStringList lines = m_keys->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        auto identity = ExchangeIdentity::parse(lines.at(i));
        if (!identity.ok()) {
            ErrorLabel::show(
                m_error,
                tr("Line %1 of the exchange keys: %2").arg(i + 1).arg(identity.error().message));
            m_keys->setFocus();
            return;
        }
        if (!recipients.contains(*identity))
            recipients << *identity;
    }
    if (recipients.isEmpty()) {
        ErrorLabel::show(m_error, tr("Choose at least one library to share with: tick a known "
                                     "library or paste its exchange key."));
        return;
    }
    const QFileInfo target(outFile());
    if (outFile().isEmpty() || !QFileInfo(target.absolutePath()).isDir()) {
        ErrorLabel::show(m_error, tr("Choose where to save the package."));
        m_path->setFocus();
        return;
    }
    if (target.exists()) {
        ErrorLabel::show(m_error, tr("%1 already exists; choose a new name for the package.")
                                      .arg(isolated(target.fileName())));
        m_path->setFocus();
        return;
    }
    ErrorLabel::show(m_error, QString());
    m_recipients = recipients;
    accept();
}

} // namespace amanat::ui
