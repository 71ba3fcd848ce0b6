#include "AddToDossierDialog.h"

#include "library/Library.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace amanat::ui {

AddToDossierDialog::AddToDossierDialog(Library *library, int itemCount, QWidget *parent)
    : QDialog(parent), m_library(library)
{
    setObjectName(QStringLiteral("addToDossierDialog"));
    setWindowTitle(tr("Add to Dossier"));
    auto *intro =
        new QLabel(tr("Add the %n selected item(s) as exhibits of:", nullptr, itemCount), this);
    intro->setWordWrap(true);
    m_dossier = new QComboBox(this);
    m_dossier->setObjectName(QStringLiteral("dossierCombo"));
    m_section = new QComboBox(this);
    m_section->setObjectName(QStringLiteral("sectionCombo"));
    m_empty = new QLabel(tr("This library has no dossier yet. Create one with Dossiers → New "
                            "Dossier, then add items to it."),
                         this);
    m_empty->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Dossier:"), m_dossier);
    form->addRow(tr("&Section:"), m_section);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *add = buttons->button(QDialogButtonBox::Ok);
    add->setText(tr("&Add"));
    add->setObjectName(QStringLiteral("addToDossierButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Word-wrapped labels let the layout shrink the dialog until the form's labels are cut
    // (seen in Arabic): keep room for a line of about fifty characters.
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);

    auto dossiers = m_library->dossiers().all();
    if (dossiers.ok())
        for (const Dossier &dossier : *dossiers)
            m_dossier->addItem(dossier.name, dossier.id);
    const bool none = m_dossier->count() == 0;
    m_empty->setVisible(none);
    intro->setHidden(none);
    m_dossier->setEnabled(!none);
    m_section->setEnabled(!none);
    add->setEnabled(!none);
    connect(m_dossier, &QComboBox::currentIndexChanged, this, &AddToDossierDialog::loadSections);
    loadSections();
}

void AddToDossierDialog::loadSections()
{
    m_section->clear();
    m_section->addItem(tr("The last section"), QString());
    if (dossierId() == 0)
        return;
    auto sections = m_library->dossiers().sections(dossierId());
    if (!sections.ok())
        return;
    for (const DossierSection &section : *sections)
        m_section->addItem(section.title, section.title);
    m_section->setCurrentIndex(m_section->count() - 1);
}

qint64 AddToDossierDialog::dossierId() const
{
    return m_dossier->currentData().toLongLong();
}

QString AddToDossierDialog::section() const
{
    return m_section->currentData().toString();
}

} // namespace amanat::ui
