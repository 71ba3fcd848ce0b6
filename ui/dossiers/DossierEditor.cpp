#include "DossierEditor.h"

#include "common/IsolatingDelegate.h"
#include "BundleExportDialog.h"
#include "CaseDetailsForm.h"
#include "DossierModel.h"
#include "ExemptionsPanel.h"
#include "ExhibitDetailsPanel.h"
#include "RedactionReviewDialog.h"
#include "RedactionsPanel.h"
#include "ReviewPageModel.h"
#include "bundle/RedactionReview.h"
#include "common/ErrorLabel.h"
#include "common/LibraryWrites.h"
#include "library/Library.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace amanat::ui {

DossierEditor::DossierEditor(Library *library, qint64 dossierId, QWidget *parent)
    : QDialog(parent), m_library(library), m_dossierId(dossierId)
{
    setObjectName(QStringLiteral("dossierEditor"));
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);
    setSizeGripEnabled(true);
    m_model = new DossierModel(this);

    m_details = new CaseDetailsForm(this);
    auto *caseBox = new QGroupBox(tr("Case"), this);
    auto *caseLayout = new QVBoxLayout(caseBox);
    caseLayout->addWidget(m_details);
    connect(m_details, &CaseDetailsForm::saveRequested, this, &DossierEditor::saveDetails);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("dossierTree"));
    m_tree->setAccessibleName(tr("Sections and exhibits"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new IsolatingDelegate(m_tree));
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DossierModel::TitleColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(DossierModel::LabelColumn, 160);
    m_tree->setColumnWidth(DossierModel::KindColumn, 110);
    m_tree->setColumnWidth(DossierModel::RangeColumn, 120);

    auto *newSection = new QLineEdit(this);
    newSection->setObjectName(QStringLiteral("newSectionEdit"));
    newSection->setPlaceholderText(tr("New section, e.g. B. Country conditions"));
    m_addSection = new QPushButton(tr("&Add Section"), this);
    m_addSection->setObjectName(QStringLiteral("addSectionButton"));
    // The new-section row stands above the tree: Tab reaches it first.
    QWidget::setTabOrder(m_addSection, m_tree);
    auto add = [this, newSection] {
        const QString title = newSection->text().trimmed();
        if (title.isEmpty())
            return;
        auto id = m_model->addSection(title);
        if (id.ok()) {
            newSection->clear();
            m_selectSection = *id;
            onReloaded();
        }
    };
    connect(m_addSection, &QPushButton::clicked, this, add);
    connect(newSection, &QLineEdit::returnPressed, this, add);
    m_renameSection = new QPushButton(tr("Re&name"), this);
    m_renameSection->setObjectName(QStringLiteral("renameButton"));
    connect(m_renameSection, &QPushButton::clicked, this, &DossierEditor::renameSection);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    connect(m_remove, &QPushButton::clicked, this, &DossierEditor::removeSelected);
    m_relabel = new QPushButton(tr("Renum&ber Labels"), this);
    m_relabel->setObjectName(QStringLiteral("relabelButton"));
    m_relabel->setToolTip(tr("Label the exhibits again in their order, A1, A2… B1…, as a court "
                             "expects after a removal. Each change goes into the custody log."));
    connect(m_relabel, &QPushButton::clicked, this, [this] { m_model->relabelExhibits(); });
    m_up = new QPushButton(tr("Move &Up"), this);
    m_up->setObjectName(QStringLiteral("moveUpButton"));
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    m_down = new QPushButton(tr("Move &Down"), this);
    m_down->setObjectName(QStringLiteral("moveDownButton"));
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });

    auto *sectionRow = new QHBoxLayout;
    sectionRow->addWidget(newSection, 1);
    sectionRow->addWidget(m_addSection);
    auto *treeButtons = new QHBoxLayout;
    treeButtons->addWidget(m_renameSection);
    treeButtons->addWidget(m_remove);
    treeButtons->addWidget(m_relabel);
    treeButtons->addStretch(1);
    treeButtons->addWidget(m_up);
    treeButtons->addWidget(m_down);
    auto *hint = new QLabel(tr("Drag items here from the item list. Drag exhibits and "
                               "sections to reorder them."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false); // greyed: a hint, not content

    auto *contentBox = new QGroupBox(tr("Sections and exhibits"), this);
    auto *contentLayout = new QVBoxLayout(contentBox);
    contentLayout->addLayout(sectionRow);
    contentLayout->addWidget(m_tree, 1);
    contentLayout->addLayout(treeButtons);
    contentLayout->addWidget(hint);

    m_exhibitPanel = new ExhibitDetailsPanel(this);
    auto *exhibitBox = new QGroupBox(tr("Exhibit"), this);
    auto *exhibitLayout = new QVBoxLayout(exhibitBox);
    exhibitLayout->addWidget(m_exhibitPanel);
    connect(m_exhibitPanel, &ExhibitDetailsPanel::applyRequested, this,
            &DossierEditor::applyExhibit);
    m_redactions = new RedactionsPanel(this);
    auto *redactionBox = new QGroupBox(tr("Redactions of this item"), this);
    auto *redactionLayout = new QVBoxLayout(redactionBox);
    redactionLayout->addWidget(m_redactions);
    auto *rightContent = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(rightContent);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(exhibitBox);
    rightLayout->addWidget(redactionBox);
    rightLayout->addStretch(1);
    // Scrolls rather than squeezes its fields when the window is short.
    auto *right = new QScrollArea(this);
    right->setObjectName(QStringLiteral("exhibitScrollArea"));
    right->setWidget(rightContent);
    right->setWidgetResizable(true);
    right->setFrameShape(QFrame::NoFrame);
    right->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Never narrower than its fields need: a narrow window gives the room from the tree.
    right->setMinimumWidth(rightContent->minimumSizeHint().width() +
                           right->verticalScrollBar()->sizeHint().width());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("dossierSplitter"));
    // Exemptions hold for the whole dossier: under its contents, not with one exhibit.
    m_exemptions = new ExemptionsPanel(this);
    auto *exemptionBox = new QGroupBox(tr("Not redacted in this dossier"), this);
    auto *exemptionLayout = new QVBoxLayout(exemptionBox);
    exemptionLayout->addWidget(m_exemptions);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(contentBox, 1);
    leftLayout->addWidget(exemptionBox);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_error = ErrorLabel::create(this, QStringLiteral("dossierErrorLabel"));

    // The two actions sit beside the box, not in it: Qt (6.4) puts a box after the buttons
    // added to it in the focus chain, and Tab from the last one went back to the first (the
    // box's focus proxy), so Close could never be reached by keyboard.
    m_export = new QPushButton(tr("&Export Bundle…"), this);
    m_export->setObjectName(QStringLiteral("exportBundleButton"));
    connect(m_export, &QPushButton::clicked, this, &DossierEditor::openExport);
    m_review = new QPushButton(tr("Re&view Redactions…"), this);
    m_review->setObjectName(QStringLiteral("reviewRedactionsButton"));
    m_review->setToolTip(tr("Look at the boxes the redactor proposes on scans and on pages "
                            "that name protected people, correct them and approve each page."));
    connect(m_review, &QPushButton::clicked, this, &DossierEditor::openReview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &DossierEditor::reject);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_export);
    buttonRow->addWidget(m_review);
    buttonRow->addStretch(1);
    buttonRow->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caseBox);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttonRow);

    // Return belongs to the field it is typed in (it saves that field), never to a button.
    const QList<QPushButton *> pushButtons = findChildren<QPushButton *>();
    for (QPushButton *button : pushButtons) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    connect(m_model, &DossierModel::failed, this, &DossierEditor::showError);
    connect(m_model, &DossierModel::reloaded, this, &DossierEditor::onReloaded);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DossierEditor::onCurrentChanged);
    loadDetails();
    m_model->setDossier(m_library, m_dossierId);
    m_exemptions->setDossier(m_library, m_dossierId);
    resize(1000, 720);
}

DossierEditor::~DossierEditor()
{
    waitForExport();
}

qint64 DossierEditor::dossierId() const
{
    return m_dossierId;
}

BundleExportDialog *DossierEditor::exportDialog() const
{
    return m_exportDialog;
}

RedactionReviewDialog *DossierEditor::reviewDialog() const
{
    return m_reviewDialog;
}

bool DossierEditor::isExporting() const
{
    return m_exportDialog && m_exportDialog->isRunning();
}

void DossierEditor::waitForExport()
{
    if (m_exportDialog)
        m_exportDialog->waitForExport();
}

void DossierEditor::loadDetails()
{
    Dossier dossier;
    if (m_library && m_dossierId > 0) {
        auto read = m_library->dossiers().get(m_dossierId);
        if (read.ok())
            dossier = *read;
        else
            showError(read.error().message);
    }
    m_details->setDossier(dossier);
    setWindowTitle(dossier.name.isEmpty() ? tr("New Dossier") : tr("Dossier %1").arg(dossier.name));
}

bool DossierEditor::saveDetails()
{
    if (!m_library)
        return false;
    if (m_dossierId > 0 && !m_details->isModified())
        return true;
    const Dossier edited = m_details->dossier();
    if (m_dossierId <= 0) {
        if (edited.name.isEmpty())
            return false; // nothing to create yet
        auto id = writeNow(*m_library,
                           [edited](Library &writer) { return writer.dossiers().create(edited); });
        if (!id.ok()) {
            showError(id.error().message);
            return false;
        }
        m_dossierId = *id;
        m_model->setDossier(m_library, m_dossierId);
        m_exemptions->setDossier(m_library, m_dossierId);
    } else if (Status saved =
                   writeNow(*m_library,
                            [edited](Library &writer) { return writer.dossiers().update(edited); });
               !saved.ok()) {
        showError(saved.error().message);
        return false;
    }
    loadDetails();
    showError(QString());
    updateActions();
    Q_EMIT dossiersChanged();
    return true;
}

qint64 DossierEditor::currentSectionId() const
{
    return m_tree->currentIndex().data(DossierModel::SectionIdRole).toLongLong();
}

void DossierEditor::addSection()
{
    auto *edit = findChild<QLineEdit *>(QStringLiteral("newSectionEdit"));
    edit->setFocus();
}

void DossierEditor::renameSection()
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid())
        m_tree->edit(current.siblingAtColumn(DossierModel::LabelColumn));
}

void DossierEditor::removeSelected()
{
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    if (!current.isValid())
        return;
    if (const Exhibit *exhibit = m_model->exhibitAt(current)) {
        m_selectSection = exhibit->sectionId;
        m_model->removeExhibit(exhibit->id);
        return;
    }
    const qint64 sectionId = current.data(DossierModel::SectionIdRole).toLongLong();
    const int exhibits = m_model->rowCount(current);
    if (exhibits > 0 &&
        QMessageBox::question(this, tr("Remove Section"),
                              tr("Remove the section \"%1\" and its %n exhibit(s) from the "
                                 "dossier? The items stay in the library.",
                                 nullptr, exhibits)
                                  .arg(current.data().toString())) != QMessageBox::Yes)
        return;
    m_model->removeSection(sectionId);
}

void DossierEditor::moveSelected(int delta)
{
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    if (!current.isValid())
        return;
    if (const Exhibit *exhibit = m_model->exhibitAt(current))
        m_selectExhibit = exhibit->id;
    else
        m_selectSection = current.data(DossierModel::SectionIdRole).toLongLong();
    m_model->moveBy(current, delta);
}

void DossierEditor::onReloaded()
{
    // A section's row shows its title across all columns.
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_tree->setFirstColumnSpanned(row, QModelIndex(), true);
    m_tree->expandAll();
    // Keep the selection on what was being edited, found again by id after the reset.
    QModelIndex select;
    if (m_selectExhibit != 0)
        select = m_model->exhibitIndex(m_selectExhibit);
    if (!select.isValid() && m_selectSection != 0)
        select = m_model->sectionIndex(m_selectSection);
    m_selectExhibit = 0;
    m_selectSection = 0;
    if (select.isValid())
        m_tree->setCurrentIndex(select);
    else
        onCurrentChanged();
    updateActions();
}

void DossierEditor::onCurrentChanged()
{
    const QModelIndex current = m_tree->currentIndex();
    const Exhibit *exhibit = m_model->exhibitAt(current);
    QString kind;
    if (exhibit && m_library) {
        auto item = m_library->items().get(exhibit->itemId);
        if (item.ok())
            kind = item->kind;
    }
    m_exhibitPanel->setExhibit(exhibit, kind);
    QVector<ClipMarker> clips;
    if (exhibit && m_library &&
        (kind == QLatin1String("video") || kind == QLatin1String("audio"))) {
        auto saved = m_library->clipMarkers().list(exhibit->itemId); // a few rows
        if (saved.ok())
            clips = *saved;
    }
    m_exhibitPanel->setClips(clips);
    m_redactions->setItem(m_library, exhibit ? exhibit->itemId : 0);
    updateActions();
}

void DossierEditor::applyExhibit(const Exhibit &exhibit)
{
    m_selectExhibit = exhibit.id;
    if (!m_model->updateExhibit(exhibit))
        m_selectExhibit = 0;
}

void DossierEditor::showError(const QString &message)
{
    ErrorLabel::show(m_error, message);
}

void DossierEditor::updateActions()
{
    const bool saved = m_dossierId > 0;
    const QModelIndex current = m_tree->currentIndex();
    m_tree->setEnabled(saved);
    m_addSection->setEnabled(saved);
    findChild<QLineEdit *>(QStringLiteral("newSectionEdit"))->setEnabled(saved);
    m_renameSection->setEnabled(saved && current.isValid());
    m_remove->setEnabled(saved && current.isValid());
    m_relabel->setEnabled(saved && !m_model->sections().isEmpty());
    m_up->setEnabled(saved && current.isValid());
    m_down->setEnabled(saved && current.isValid());
    m_export->setEnabled(saved && !m_model->sections().isEmpty());
    m_review->setEnabled(saved && !m_model->sections().isEmpty());
}

void DossierEditor::openExport()
{
    if (m_dossierId <= 0 || m_exportDialog || m_reviewDialog)
        return;
    if (!saveDetails())
        return;
    // Pages nobody has looked at yet: the review comes first, then the export.
    auto pages = RedactionReview::pages(*m_library, m_dossierId);
    const bool pending =
        pages.ok() && std::any_of(pages->cbegin(), pages->cend(),
                                  [](const ReviewPage &page) { return !page.approved(); });
    if (!pending) {
        openExportDialog();
        return;
    }
    RedactionReviewDialog *review = createReview(true);
    connect(review, &QDialog::accepted, this, &DossierEditor::openExportDialog,
            Qt::QueuedConnection);
    review->open();
}

void DossierEditor::openReview()
{
    if (m_dossierId <= 0 || m_exportDialog || m_reviewDialog)
        return;
    if (!saveDetails())
        return;
    createReview(false)->open();
}

RedactionReviewDialog *DossierEditor::createReview(bool beforeExport)
{
    auto *review = new RedactionReviewDialog(m_library, m_dossierId, this);
    review->setAttribute(Qt::WA_DeleteOnClose);
    review->setBeforeExport(beforeExport);
    // Boxes drawn or removed there are redactions of the exhibits' items.
    connect(review, &QDialog::finished, m_redactions, &RedactionsPanel::reload);
    m_reviewDialog = review;
    return review;
}

void DossierEditor::openExportDialog()
{
    if (m_dossierId <= 0 || m_exportDialog)
        return;
    auto *dialog = new BundleExportDialog(m_library, m_dossierId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBusyCheck(m_busyCheck);
    connect(dialog, &BundleExportDialog::exportStarted, this, &DossierEditor::exportStarted);
    connect(dialog, &BundleExportDialog::exportFinished, this, [this] {
        m_model->reload(); // the export added custody events; titles may have changed
        Q_EMIT exportFinished();
    });
    m_exportDialog = dialog;
    dialog->open();
}

} // namespace amanat::ui
