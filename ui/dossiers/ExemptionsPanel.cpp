#include "ExemptionsPanel.h"

#include "common/ErrorLabel.h"
#include "common/LibraryWrites.h"
#include "library/Library.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace amanat::ui {

namespace {

constexpr int kPersonIdRole = Qt::UserRole + 1;

} // namespace

ExemptionsPanel::ExemptionsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("exemptionsPanel"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("exemptionList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 3 + 8);
    m_list->setAccessibleName(tr("People not redacted in this dossier"));
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("exemptPersonCombo"));
    m_person->setAccessibleName(tr("Protected person"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("exemptReasonEdit"));
    m_reason->setPlaceholderText(tr("Why (required), e.g. the appellant's own appeal"));
    m_reason->setAccessibleName(tr("Reason"));
    m_exempt = new QPushButton(tr("Do &Not Redact"), this);
    m_exempt->setObjectName(QStringLiteral("exemptButton"));
    m_remove = new QPushButton(tr("Redact &Again"), this);
    m_remove->setObjectName(QStringLiteral("unexemptButton"));
    m_error = ErrorLabel::create(this, QStringLiteral("exemptionErrorLabel"));
    auto *note = new QLabel(tr("They stay readable in this dossier's bundles; the reason is "
                               "logged and printed on the bundle's cover and exhibit sheets."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false); // greyed: a hint, not content

    connect(m_exempt, &QPushButton::clicked, this, &ExemptionsPanel::exemptChosen);
    connect(m_reason, &QLineEdit::returnPressed, this, &ExemptionsPanel::exemptChosen);
    connect(m_reason, &QLineEdit::textChanged, this, &ExemptionsPanel::updateButtons);
    connect(m_person, &QComboBox::currentIndexChanged, this, &ExemptionsPanel::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &ExemptionsPanel::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &ExemptionsPanel::updateButtons);

    // Compact: the list (with its button) shows only when someone is exempted.
    auto *listRow = new QHBoxLayout;
    listRow->setContentsMargins(0, 0, 0, 0);
    listRow->addWidget(m_list, 1);
    listRow->addWidget(m_remove, 0, Qt::AlignTop);
    auto *form = new QHBoxLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addWidget(m_person);
    form->addWidget(m_reason, 1);
    form->addWidget(m_exempt);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(listRow);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(note);
    setDossier(nullptr, 0);
}

void ExemptionsPanel::setDossier(Library *library, qint64 dossierId)
{
    m_library = dossierId > 0 ? library : nullptr;
    m_dossierId = m_library ? dossierId : 0;
    setEnabled(m_dossierId > 0);
    showError(QString());
    reload();
}

int ExemptionsPanel::count() const
{
    return m_list->count();
}

void ExemptionsPanel::reload()
{
    m_list->clear();
    m_person->clear();
    if (!m_library) {
        updateButtons();
        return;
    }
    auto exemptions = m_library->persons().exemptions(m_dossierId);
    auto people = m_library->persons().all();
    if (!exemptions.ok() || !people.ok()) {
        showError(!exemptions.ok() ? exemptions.error().message : people.error().message);
        updateButtons();
        return;
    }
    QVector<qint64> exempted;
    for (const Exemption &e : std::as_const(*exemptions)) {
        const QDateTime since = QDateTime::fromString(e.createdAt, Qt::ISODateWithMs);
        auto *row = new QListWidgetItem(
            tr("%1 — %2 (since %3)")
                .arg(e.code, e.reason,
                     QLocale().toString(since.toLocalTime().date(), QLocale::ShortFormat)),
            m_list);
        row->setData(kPersonIdRole, e.personId);
        row->setToolTip(e.reason);
        exempted << e.personId;
    }
    // Codes only: the values of a protected person are never listed.
    for (const ProtectedPerson &person : std::as_const(*people))
        if (!exempted.contains(person.id))
            m_person->addItem(person.code, person.id);
    // Nobody is preselected: whom to leave readable is always an explicit choice.
    m_person->setCurrentIndex(-1);
    m_person->setPlaceholderText(people->isEmpty()        ? tr("No protected people")
                                 : m_person->count() == 0 ? tr("Everyone is exempted")
                                                          : tr("Choose a person…"));
    updateButtons();
}

void ExemptionsPanel::updateButtons()
{
    const bool ready = m_library != nullptr;
    m_list->setVisible(m_list->count() > 0);
    m_remove->setVisible(m_list->count() > 0);
    m_person->setEnabled(ready && m_person->count() > 0);
    m_reason->setEnabled(ready && m_person->count() > 0);
    m_exempt->setEnabled(ready && m_person->currentIndex() >= 0 &&
                         !m_reason->text().trimmed().isEmpty());
    m_remove->setEnabled(ready && m_list->currentRow() >= 0);
}

bool ExemptionsPanel::exemptChosen()
{
    if (!m_library || m_person->currentIndex() < 0)
        return false;
    const qint64 personId = m_person->currentData().toLongLong();
    const qint64 dossierId = m_dossierId;
    const QString reason = m_reason->text();
    const Status done = writeNow(*m_library, [dossierId, personId, reason](Library &writer) {
        return writer.persons().exempt(dossierId, personId, reason);
    });
    if (!done.ok()) {
        showError(done.error().message);
        return false;
    }
    showError(QString());
    m_reason->clear();
    reload();
    Q_EMIT exemptionsChanged();
    return true;
}

void ExemptionsPanel::removeSelected()
{
    QListWidgetItem *row = m_list->currentItem();
    if (!m_library || !row)
        return;
    const qint64 dossierId = m_dossierId;
    const qint64 personId = row->data(kPersonIdRole).toLongLong();
    const Status done = writeNow(*m_library, [dossierId, personId](Library &writer) {
        return writer.persons().unexempt(dossierId, personId);
    });
    showError(done.ok() ? QString() : done.error().message);
    reload();
    if (done.ok())
        Q_EMIT exemptionsChanged();
}

void ExemptionsPanel::showError(const QString &message)
{
    ErrorLabel::show(m_error, message);
}

} // namespace amanat::ui
