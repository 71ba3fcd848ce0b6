#include "PersonEditorDialog.h"

#include "common/ErrorLabel.h"
#include "common/LibraryWrites.h"
#include "library/Library.h"
#include "viewers/ViewerIcons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace amanat::ui {

PersonEditorDialog::PersonEditorDialog(Library *library, qint64 personId, QWidget *parent)
    : QDialog(parent), m_library(library), m_personId(personId)
{
    setObjectName(QStringLiteral("personEditorDialog"));
    setWindowTitle(personId > 0 ? tr("Edit Protected Person") : tr("Add Protected Person"));

    m_codeEdit = new QLineEdit(this);
    m_codeEdit->setObjectName(QStringLiteral("personCodeEdit"));
    m_codeEdit->setPlaceholderText(tr("e.g. W-014 or P-relative-2; never a name"));
    m_codeEdit->setToolTip(tr("What lists, the custody log and bundle sheets show instead of "
                              "the person's name."));

    m_namesEdit = new QPlainTextEdit(this);
    m_namesEdit->setObjectName(QStringLiteral("personNamesEdit"));
    m_namesEdit->setPlaceholderText(tr("One name or spelling per line: Latin, Arabic script, "
                                       "Han, Cyrillic; the surname or given name alone if it "
                                       "must go too."));
    m_namesEdit->setTabChangesFocus(true);
    m_contactsEdit = new QPlainTextEdit(this);
    m_contactsEdit->setObjectName(QStringLiteral("personContactsEdit"));
    m_contactsEdit->setPlaceholderText(
        tr("One per line: phone numbers, e-mail addresses, street addresses."));
    m_contactsEdit->setTabChangesFocus(true);
    for (QPlainTextEdit *edit : {m_namesEdit, m_contactsEdit}) {
        edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    }
    m_values = new QWidget(this);
    auto *valuesForm = new QFormLayout(m_values);
    valuesForm->setContentsMargins(0, 0, 0, 0);
    valuesForm->addRow(tr("&Names:"), m_namesEdit);
    valuesForm->addRow(tr("C&ontacts:"), m_contactsEdit);

    m_hidden = new QWidget(this);
    m_hiddenLabel = new QLabel(m_hidden);
    m_hiddenLabel->setObjectName(QStringLiteral("personHiddenLabel"));
    m_hiddenLabel->setWordWrap(true);
    m_hiddenLabel->setTextFormat(Qt::PlainText);
    m_reveal = new QPushButton(viewerIcon("view-visible", "reveal"), tr("&Reveal"), m_hidden);
    m_reveal->setObjectName(QStringLiteral("revealPersonButton"));
    m_reveal->setAutoDefault(false);
    auto *hiddenLayout = new QHBoxLayout(m_hidden);
    hiddenLayout->setContentsMargins(0, 0, 0, 0);
    hiddenLayout->addWidget(m_hiddenLabel, 1);
    hiddenLayout->addWidget(m_reveal, 0, Qt::AlignTop);
    connect(m_reveal, &QPushButton::clicked, this, &PersonEditorDialog::reveal);

    auto *note = new QLabel(tr("Every name and contact is removed from the page images and text "
                               "of every bundle, unless a dossier exempts this person. They are "
                               "never listed, logged or searchable."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false); // greyed: a hint, not content

    m_error = ErrorLabel::create(this, QStringLiteral("personErrorLabel"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePersonButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PersonEditorDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_codeEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hidden);
    layout->addWidget(m_values, 1);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    if (m_personId > 0 && m_library) {
        auto person = m_library->persons().get(m_personId);
        if (person.ok()) {
            m_code = person->code;
            m_witness = person->itemId.has_value();
            m_hiddenLabel->setText(
                tr("%1 and %2 are hidden. Revealing them shows them on screen and is "
                   "recorded in the custody log.")
                    .arg(tr("%n name(s)", nullptr, int(person->names.size())),
                         tr("%n contact(s)", nullptr, int(person->contacts.size()))));
        } else {
            showError(person.error().message);
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
            m_reveal->setEnabled(false);
        }
        m_codeEdit->setText(m_code);
        if (m_witness) {
            m_codeEdit->setReadOnly(true);
            m_codeEdit->setToolTip(tr("A witness is known by the witness code of their "
                                      "testimony: change it in the testimony."));
        }
        m_values->hide();
    } else {
        m_hidden->hide();
    }
    resize(520, sizeHint().height());
}

PersonEditorDialog::~PersonEditorDialog()
{
    m_namesEdit->clear();
    m_contactsEdit->clear();
}

QStringList PersonEditorDialog::lines(const QPlainTextEdit *edit)
{
    QStringList out;
    const QStringList all = edit->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : all)
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}

bool PersonEditorDialog::reveal()
{
    if (!m_library || m_personId <= 0 || m_revealed)
        return m_revealed;
    // Logged first: nothing is shown unless the reveal is in the custody log.
    const qint64 personId = m_personId;
    const Status logged = writeNow(
        *m_library, [personId](Library &writer) { return writer.persons().logReveal(personId); });
    if (!logged.ok()) {
        showError(logged.error().message);
        return false;
    }
    auto person = m_library->persons().get(m_personId);
    if (!person.ok()) {
        showError(person.error().message);
        return false;
    }
    m_names = person->names;
    m_contacts = person->contacts;
    m_namesEdit->setPlainText(m_names.join(QLatin1Char('\n')));
    m_contactsEdit->setPlainText(m_contacts.join(QLatin1Char('\n')));
    m_revealed = true;
    m_hidden->hide();
    m_values->show();
    m_namesEdit->setFocus();
    resize(width(), qMax(height(), sizeHint().height()));
    return true;
}

bool PersonEditorDialog::save()
{
    if (!m_library)
        return false;
    const QString code = m_codeEdit->text().trimmed();
    const qint64 personId = m_personId;
    if (m_personId <= 0) {
        const QStringList names = lines(m_namesEdit), contacts = lines(m_contactsEdit);
        auto created = writeNow(*m_library, [code, names, contacts](Library &writer) {
            return writer.persons().create(code, names, contacts);
        });
        if (!created.ok()) {
            showError(created.error().message);
            return false;
        }
        m_personId = *created;
        return true;
    }
    // One job, one transaction: the code, the names and the contacts are saved together or
    // not at all.
    const bool renames = !m_witness && code != m_code;
    const QStringList names = m_revealed ? lines(m_namesEdit) : m_names;
    const QStringList contacts = m_revealed ? lines(m_contactsEdit) : m_contacts;
    const bool changesNames = m_revealed && names != m_names;
    const bool changesContacts = m_revealed && contacts != m_contacts;
    if (!renames && !changesNames && !changesContacts)
        return true;
    const Status saved = writeNow(*m_library, [=](Library &writer) {
        return writer.atomically([&](Library &library) -> Status {
            if (renames)
                AMANAT_TRY(library.persons().setCode(personId, code));
            if (changesNames)
                AMANAT_TRY(library.persons().setValues(personId, PersonRepository::ValueKind::Name,
                                                       names, false));
            if (changesContacts)
                AMANAT_TRY(library.persons().setValues(
                    personId, PersonRepository::ValueKind::Contact, contacts, false));
            return {};
        });
    });
    if (!saved.ok()) {
        showError(saved.error().message);
        return false;
    }
    if (renames)
        m_code = code;
    m_names = names;
    m_contacts = contacts;
    return true;
}

void PersonEditorDialog::accept()
{
    if (save())
        QDialog::accept();
}

void PersonEditorDialog::done(int result)
{
    // Whatever happens next to this dialog, the values leave the screen now.
    m_namesEdit->clear();
    m_contactsEdit->clear();
    m_names.clear();
    m_contacts.clear();
    QDialog::done(result);
}

void PersonEditorDialog::showError(const QString &message)
{
    ErrorLabel::show(m_error, message);
}

} // namespace amanat::ui
