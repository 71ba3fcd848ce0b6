#include "CaseDetailsForm.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace amanat::ui {

namespace {

/** The QDateEdit's minimum stands for "no hearing date" (shown as its special text). */
const QDate kNoDate(1900, 1, 1);

} // namespace

CaseDetailsForm::CaseDetailsForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("caseDetailsForm"));
    auto makeEdit = [this](const char *name, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::editingFinished, this, [this] {
            if (isModified())
                Q_EMIT saveRequested();
        });
        return edit;
    };
    m_name = makeEdit("dossierNameEdit", tr("e.g. Appeal of W-014"));
    m_court = makeEdit("courtEdit", tr("Court or tribunal"));
    m_caseNumber = makeEdit("caseNumberEdit", tr("Case number"));
    m_parties = makeEdit("partiesEdit", tr("Parties, as printed on the cover"));
    m_counsel = makeEdit("counselEdit", tr("Counsel, as printed on the cover"));
    m_aNumber = makeEdit("aNumberEdit", tr("US immigration court only, e.g. A123-456-789"));
    m_aNumber->setLayoutDirection(Qt::LeftToRight);

    m_hearingDate = new QDateEdit(this);
    m_hearingDate->setObjectName(QStringLiteral("hearingDateEdit"));
    m_hearingDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // An ISO date reads left to right in every language; in a right-to-left layout the
    // bidi algorithm would otherwise show 2026-12-14 as 14-12-2026.
    m_hearingDate->setLayoutDirection(Qt::LeftToRight);
    m_hearingDate->setMinimumDate(kNoDate);
    m_hearingDate->setSpecialValueText(tr("None"));
    m_hearingDate->setCalendarPopup(true);
    m_hearingDate->setDate(kNoDate);
    m_hearingDate->installEventFilter(this);
    m_clearDate = new QPushButton(this);
    m_clearDate->setObjectName(QStringLiteral("hearingDateButton"));
    auto updateDateButton = [this] {
        m_clearDate->setText(m_hearingDate->date() == kNoDate ? tr("Set Date") : tr("No Date"));
    };
    updateDateButton();
    connect(m_hearingDate, &QDateEdit::dateChanged, this, updateDateButton);
    connect(m_hearingDate, &QDateEdit::editingFinished, this, [this] {
        if (isModified())
            Q_EMIT saveRequested();
    });
    connect(m_clearDate, &QPushButton::clicked, this, [this] {
        if (m_hearingDate->date() == kNoDate)
            m_hearingDate->setDate(QDate::currentDate());
        else
            clearHearingDate();
        if (isModified())
            Q_EMIT saveRequested();
    });
    auto *dateRow = new QHBoxLayout;
    dateRow->setContentsMargins(0, 0, 0, 0);
    dateRow->addWidget(m_hearingDate, 1);
    dateRow->addWidget(m_clearDate);

    m_save = new QPushButton(tr("Save Details"), this);
    m_save->setObjectName(QStringLiteral("saveDetailsButton"));
    connect(m_save, &QPushButton::clicked, this, &CaseDetailsForm::saveRequested);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Court or tribunal:"), m_court);
    form->addRow(tr("Case n&umber:"), m_caseNumber);
    form->addRow(tr("&Parties:"), m_parties);
    form->addRow(tr("C&ounsel:"), m_counsel);
    form->addRow(tr("&A-number:"), m_aNumber);
    auto *dateLabel = new QLabel(tr("&Hearing date:"), this);
    dateLabel->setBuddy(m_hearingDate); // a row that is a layout gets no buddy by itself
    form->addRow(dateLabel, dateRow);
    form->addRow(saveRow);
}

bool CaseDetailsForm::eventFilter(QObject *watched, QEvent *event)
{
    // While it shows "None" a QDateEdit has no sections to step through, and Qt then keeps
    // Tab inside it for good: a keyboard user could never leave the field.
    if (watched == m_hearingDate && event->type() == QEvent::KeyPress &&
        m_hearingDate->date() == kNoDate) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = !(key->modifiers() & ~Qt::ShiftModifier);
        if (plain && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)) {
            const bool forward =
                key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
            focusNextPrevChild(forward);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaseDetailsForm::clearHearingDate()
{
    m_hearingDate->setDate(kNoDate);
}

void CaseDetailsForm::setDossier(const Dossier &dossier)
{
    m_original = dossier;
    m_name->setText(dossier.name);
    m_court->setText(dossier.court);
    m_caseNumber->setText(dossier.caseNumber);
    m_parties->setText(dossier.parties);
    m_counsel->setText(dossier.counsel);
    m_aNumber->setText(dossier.aNumber);
    const QDate date = QDate::fromString(dossier.hearingDate, Qt::ISODate);
    m_hearingDate->setDate(date.isValid() && date > kNoDate ? date : kNoDate);
}

Dossier CaseDetailsForm::dossier() const
{
    Dossier d = m_original;
    d.name = m_name->text().trimmed();
    d.court = m_court->text().trimmed();
    d.caseNumber = m_caseNumber->text().trimmed();
    d.parties = m_parties->text().trimmed();
    d.counsel = m_counsel->text().trimmed();
    // Typed as digits or with dashes: compared and saved in the one stored form.
    const QString aNumber = DossierRepository::normalisedANumber(m_aNumber->text());
    d.aNumber = aNumber.isEmpty() ? m_aNumber->text().trimmed() : aNumber;
    const QDate date = m_hearingDate->date();
    d.hearingDate = date == kNoDate ? QString() : date.toString(Qt::ISODate);
    return d;
}

bool CaseDetailsForm::isModified() const
{
    const Dossier d = dossier();
    return d.name != m_original.name || d.court != m_original.court ||
           d.caseNumber != m_original.caseNumber || d.parties != m_original.parties ||
           d.counsel != m_original.counsel || d.hearingDate != m_original.hearingDate ||
           d.aNumber != m_original.aNumber;
}

} // namespace amanat::ui
