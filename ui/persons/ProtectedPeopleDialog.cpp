#include "ProtectedPeopleDialog.h"

#include "PersonEditorDialog.h"
#include "ProtectedPersonModel.h"
#include "common/ErrorLabel.h"
#include "common/LibraryWrites.h"
#include "library/Library.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace amanat::ui {

ProtectedPeopleDialog::ProtectedPeopleDialog(Library *library, QWidget *parent)
    : QDialog(parent), m_library(library)
{
    setObjectName(QStringLiteral("protectedPeopleDialog"));
    setWindowTitle(tr("Protected People"));
    setSizeGripEnabled(true);
    m_model = new ProtectedPersonModel(this);

    auto *intro = new QLabel(tr("People whose identity must never leave the library: witnesses "
                                "(by the witness code of their testimony) and anyone else a "
                                "file names. Their names and contacts are removed from every "
                                "bundle unless a dossier exempts them, and are never shown in "
                                "lists."),
                             this);
    intro->setWordWrap(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("protectedPeopleView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ProtectedPersonModel::CodeColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setColumnWidth(ProtectedPersonModel::NamesColumn, 110);
    m_view->setColumnWidth(ProtectedPersonModel::ContactsColumn, 110);
    m_view->setAccessibleName(tr("Protected people"));

    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addPersonButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editPersonButton"));
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deletePersonButton"));
    auto *side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_edit);
    side->addWidget(m_delete);
    side->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_view, 1);
    body->addLayout(side);

    m_error = ErrorLabel::create(this, QStringLiteral("personListErrorLabel"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(body, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &ProtectedPeopleDialog::addPerson);
    connect(m_edit, &QPushButton::clicked, this, &ProtectedPeopleDialog::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &ProtectedPeopleDialog::deleteSelected);
    connect(m_view, &QTableView::activated, this, &ProtectedPeopleDialog::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProtectedPeopleDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProtectedPeopleDialog::updateButtons);
    reload();
    resize(620, 420);
}

ProtectedPeopleDialog::~ProtectedPeopleDialog() = default;

PersonEditorDialog *ProtectedPeopleDialog::editor() const
{
    return m_editor;
}

QMessageBox *ProtectedPeopleDialog::confirmation() const
{
    return m_confirm;
}

void ProtectedPeopleDialog::reload()
{
    const qint64 selected = selectedPerson();
    showError(m_model->setLibrary(m_library));
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_view->selectRow(row);
    updateButtons();
}

qint64 ProtectedPeopleDialog::selectedPerson() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ProtectedPersonModel::PersonIdRole).toLongLong();
}

void ProtectedPeopleDialog::updateButtons()
{
    const bool any = selectedPerson() > 0;
    m_add->setEnabled(m_library != nullptr);
    m_edit->setEnabled(any);
    m_delete->setEnabled(any);
}

void ProtectedPeopleDialog::addPerson()
{
    openEditor(0);
}

void ProtectedPeopleDialog::editSelected()
{
    if (const qint64 person = selectedPerson())
        openEditor(person);
}

void ProtectedPeopleDialog::openEditor(qint64 personId)
{
    if (!m_library || m_editor)
        return;
    auto *editor = new PersonEditorDialog(m_library, personId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        reload();
        const int row = m_model->rowOf(editor->personId());
        if (row >= 0)
            m_view->selectRow(row);
    });
    m_editor = editor;
    editor->open();
}

void ProtectedPeopleDialog::deleteSelected()
{
    const qint64 person = selectedPerson();
    if (!m_library || person <= 0 || m_confirm)
        return;
    const QModelIndex row = m_model->index(m_model->rowOf(person), 0);
    const QString code = row.data().toString();
    const bool witness = row.data(ProtectedPersonModel::ItemIdRole).toLongLong() > 0;
    QString text = tr("Delete %1 and every name and contact recorded for them? Bundles will no "
                      "longer remove them.")
                       .arg(code);
    if (witness)
        text += QLatin1Char(' ') +
                tr("%1 is the witness of a testimony: the testimony's witness name and contact "
                   "are deleted with them.")
                    .arg(code);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Protected Person"), text,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deletePersonConfirmBox"));
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, person](int result) {
        if (result != QMessageBox::Yes)
            return;
        const Status removed = writeNow(
            *m_library, [person](Library &writer) { return writer.persons().remove(person); });
        reload();
        if (!removed.ok())
            showError(removed.error().message);
    });
    m_confirm = box;
    box->open();
}

void ProtectedPeopleDialog::showError(const QString &message)
{
    ErrorLabel::show(m_error, message);
}

} // namespace amanat::ui
