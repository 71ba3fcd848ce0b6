#include "RecoveryKeyPage.h"

#include "RecoveryKeySheet.h"
#include "common/PrivateFileDialog.h"
#include "crypto/RecoveryKey.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

namespace amanat::ui {

RecoveryKeyPage::RecoveryKeyPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("recoveryKeyPage"));

    auto *heading = new QLabel(tr("Your recovery key"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    heading->setFont(headingFont);

    auto *explain = new QLabel(
        tr("If the passphrase is ever forgotten, this key is the only way into the library. "
           "It is shown now and never again. Print it or write it down, and keep it away "
           "from this computer."),
        this);
    explain->setWordWrap(true);

    m_keyLabel = new QLabel(this);
    m_keyLabel->setObjectName(QStringLiteral("recoveryKeyLabel"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.8);
    m_keyLabel->setFont(mono);
    m_keyLabel->setTextFormat(Qt::PlainText);
    m_keyLabel->setAlignment(Qt::AlignCenter);
    m_keyLabel->setLayoutDirection(Qt::LeftToRight);            // the key reads left to right
    m_keyLabel->setTextInteractionFlags(Qt::NoTextInteraction); // no copy to the clipboard
    m_keyLabel->setFrameShape(QFrame::StyledPanel);
    m_keyLabel->setMargin(16);
    m_keyLabel->setAccessibleName(tr("Recovery key"));

    auto *printButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/print.svg")), tr("&Print…"), this);
    printButton->setObjectName(QStringLiteral("printRecoveryKeyButton"));
    auto *pdfButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/save-pdf.svg")), tr("Save as P&DF…"), this);
    pdfButton->setObjectName(QStringLiteral("saveRecoveryKeyPdfButton"));
    m_keptLabel = new QLabel(this);
    m_keptLabel->setObjectName(QStringLiteral("recoveryKeptLabel"));
    m_keptLabel->setWordWrap(true);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(printButton);
    outputRow->addWidget(pdfButton);
    outputRow->addWidget(m_keptLabel, 1);

    auto *confirmHeading =
        new QLabel(tr("To make sure you have it, type two of its groups:"), this);
    confirmHeading->setWordWrap(true);
    m_groupLabelA = new QLabel(this);
    m_groupLabelB = new QLabel(this);
    m_groupEditA = new QLineEdit(this);
    m_groupEditA->setObjectName(QStringLiteral("confirmGroupEditA"));
    m_groupEditB = new QLineEdit(this);
    m_groupEditB->setObjectName(QStringLiteral("confirmGroupEditB"));
    const QFont editFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QLineEdit *edit : {m_groupEditA, m_groupEditB}) {
        edit->setMaxLength(8);
        edit->setFont(editFont);
        edit->setLayoutDirection(Qt::LeftToRight);
        edit->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhSensitiveData |
                                  Qt::ImhPreferUppercase);
        edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("MMMMMM")));
        connect(edit, &QLineEdit::textChanged, this, &RecoveryKeyPage::updateContinue);
    }
    auto *confirmForm = new QFormLayout;
    confirmForm->addRow(m_groupLabelA, m_groupEditA);
    confirmForm->addRow(m_groupLabelB, m_groupEditB);
    m_groupLabelA->setBuddy(m_groupEditA);
    m_groupLabelB->setBuddy(m_groupEditB);

    m_keptCheck = new QCheckBox(tr("I have printed or saved the key and will keep it safe"), this);
    m_keptCheck->setObjectName(QStringLiteral("keptRecoveryKeyCheck"));
    m_keptCheck->setEnabled(false);
    m_keptCheck->setToolTip(tr("Available after printing or saving the key."));
    connect(m_keptCheck, &QCheckBox::toggled, this, &RecoveryKeyPage::updateContinue);

    m_continueButton = new QPushButton(tr("&Open the library"), this);
    m_continueButton->setObjectName(QStringLiteral("recoveryContinueButton"));
    m_continueButton->setDefault(true);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_continueButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explain);
    layout->addSpacing(8);
    layout->addWidget(m_keyLabel);
    layout->addLayout(outputRow);
    layout->addSpacing(12);
    layout->addWidget(confirmHeading);
    layout->addLayout(confirmForm);
    layout->addWidget(m_keptCheck);
    layout->addSpacing(12);
    layout->addLayout(buttonRow);

    connect(printButton, &QPushButton::clicked, this, &RecoveryKeyPage::print);
    connect(pdfButton, &QPushButton::clicked, this, &RecoveryKeyPage::savePdf);
    connect(m_continueButton, &QPushButton::clicked, this, [this] {
        if (!m_continueButton->isEnabled())
            return;
        clearKey();
        Q_EMIT confirmed();
    });
    // Enter in the first group goes on to the second; in the second it continues once both
    // are right (a group typed wrong never is).
    connect(m_groupEditA, &QLineEdit::returnPressed, m_groupEditB,
            [this] { m_groupEditB->setFocus(Qt::TabFocusReason); });
    connect(m_groupEditB, &QLineEdit::returnPressed, m_continueButton, &QPushButton::click);
    updateContinue();
}

void RecoveryKeyPage::setKey(const QString &libraryName, SecureBuffer key)
{
    m_libraryName = libraryName;
    m_key = std::move(key);
    m_keyLabel->setText(RecoveryKeySheet::grouped(m_key, 4));
    // Two different groups, chosen at random, numbered from 1 for people.
    m_groupA = int(QRandomGenerator::global()->bounded(RecoveryKey::kGroups));
    do {
        m_groupB = int(QRandomGenerator::global()->bounded(RecoveryKey::kGroups));
    } while (m_groupB == m_groupA);
    if (m_groupB < m_groupA)
        std::swap(m_groupA, m_groupB);
    m_groupLabelA->setText(tr("Group &%1:").arg(m_groupA + 1));
    m_groupLabelB->setText(tr("Group %1:").arg(m_groupB + 1));
    m_groupEditA->setProperty("groupIndex", m_groupA);
    m_groupEditB->setProperty("groupIndex", m_groupB);
    m_groupEditA->clear();
    m_groupEditB->clear();
    m_keptCheck->setChecked(false);
    m_keptCheck->setEnabled(false);
    m_keptLabel->clear();
    updateContinue();
}

void RecoveryKeyPage::setContinueText(const QString &text)
{
    m_continueButton->setText(text);
}

void RecoveryKeyPage::clearKey()
{
    m_key.wipe();
    m_key = SecureBuffer();
    m_keyLabel->clear();
    m_groupEditA->clear();
    m_groupEditB->clear();
    m_keptLabel->clear();
    m_keptCheck->setChecked(false);
    m_keptCheck->setEnabled(false);
}

QString RecoveryKeyPage::group(int index) const
{
    const QString text = QString::fromLatin1(m_key.chars(), int(m_key.size()));
    return text.split(QLatin1Char('-')).value(index);
}

bool RecoveryKeyPage::groupsConfirmed() const
{
    if (m_key.isEmpty())
        return false;
    auto matches = [this](const QLineEdit *edit, int index) {
        // Forgive case and the letters people confuse (as RecoveryKey::parse does).
        QByteArray typed = edit->text().trimmed().toUpper().toLatin1();
        typed.replace('O', '0').replace('I', '1').replace('L', '1');
        return !typed.isEmpty() && QString::fromLatin1(typed) == group(index);
    };
    return matches(m_groupEditA, m_groupA) && matches(m_groupEditB, m_groupB);
}

void RecoveryKeyPage::updateContinue()
{
    m_continueButton->setEnabled(groupsConfirmed() || m_keptCheck->isChecked());
}

void RecoveryKeyPage::markKept()
{
    m_keptCheck->setEnabled(true);
    m_keptCheck->setToolTip(QString());
}

void RecoveryKeyPage::print()
{
    if (RecoveryKeySheet::print(this, m_libraryName, m_key)) {
        m_keptLabel->setText(tr("Sent to the printer."));
        markKept();
    }
}

void RecoveryKeyPage::savePdf()
{
    const QString path = PrivateFileDialog::saveFile(this, tr("Save the recovery key as PDF"),
                                                     tr("%1 recovery key.pdf").arg(m_libraryName),
                                                     tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!RecoveryKeySheet::savePdf(path, m_libraryName, m_key)) {
        QMessageBox::warning(this, tr("Save as PDF"),
                             tr("The PDF could not be written there. Choose another place."));
        return;
    }
    m_keptLabel->setText(tr("Saved. Move the file off this computer (print it, or keep it "
                            "on a separate USB stick) and delete it here."));
    markKept();
}

} // namespace amanat::ui
