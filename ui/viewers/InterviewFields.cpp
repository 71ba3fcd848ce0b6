#include "InterviewFields.h"

#include "model/ItemFields.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

namespace amanat::ui {

namespace {

const QString kConsent = QStringLiteral("consent");

} // namespace

InterviewFields::InterviewFields(QFormLayout *form, QWidget *parent)
{
    const auto addEdit = [this, form, parent](const char *field, const QString &label,
                                              const QString &placeholder) {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QString::fromLatin1(field) + QStringLiteral("Edit"));
        edit->setPlaceholderText(placeholder);
        edit->setAccessibleName(label);
        form->addRow(label, edit);
        m_edits.insert(QString::fromLatin1(field), edit);
    };
    addEdit("witness_code", tr("Witness code"), tr("e.g. W-014"));
    addEdit("interview_date", tr("Interview date"), tr("YYYY-MM-DD"));
    addEdit("interview_place", tr("Interview place"), QString());
    addEdit("interviewer", tr("Interviewer"), QString());
    addEdit("interpreter", tr("Interpreter"), tr("if there was one"));
    auto *consentRow = new QWidget(parent);
    auto *consentLayout = new QHBoxLayout(consentRow);
    consentLayout->setContentsMargins(0, 0, 0, 0);
    const QMap<QString, QString> scopeLabels{{QStringLiteral("court"), tr("Court")},
                                             {QStringLiteral("advocacy"), tr("Advocacy")},
                                             {QStringLiteral("public"), tr("Public")}};
    for (const QString &scope : ItemFields::consentScopes()) {
        auto *box = new QCheckBox(scopeLabels.value(scope, scope), consentRow);
        box->setObjectName(QStringLiteral("consent_") + scope + QStringLiteral("CheckBox"));
        consentLayout->addWidget(box);
        m_consent.insert(scope, box);
    }
    consentLayout->addStretch(1);
    form->addRow(tr("Consent"), consentRow);
    addEdit("consent_date", tr("Consent date"), tr("YYYY-MM-DD"));
}

void InterviewFields::setValues(const QMap<QString, QString> &fields)
{
    for (auto it = m_edits.constBegin(); it != m_edits.constEnd(); ++it)
        it.value()->setText(fields.value(it.key()));
    const QStringList consent = fields.value(kConsent).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (auto it = m_consent.constBegin(); it != m_consent.constEnd(); ++it)
        it.value()->setChecked(consent.contains(it.key()));
}

QMap<QString, QString> InterviewFields::values() const
{
    QMap<QString, QString> values;
    for (auto it = m_edits.constBegin(); it != m_edits.constEnd(); ++it)
        values.insert(it.key(), it.value()->text());
    QStringList consent;
    for (auto it = m_consent.constBegin(); it != m_consent.constEnd(); ++it)
        if (it.value()->isChecked())
            consent << it.key();
    values.insert(kConsent, consent.join(QLatin1Char(',')));
    return values;
}

void InterviewFields::clear()
{
    for (QLineEdit *edit : std::as_const(m_edits))
        edit->clear();
    for (QCheckBox *box : std::as_const(m_consent))
        box->setChecked(false);
}

} // namespace amanat::ui
