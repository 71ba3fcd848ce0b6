#pragma once

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QTreeView;

namespace amanat {
class Library;
struct Exhibit;
} // namespace amanat

namespace amanat::ui {

class BundleExportDialog;
class CaseDetailsForm;
class DossierModel;
class ExemptionsPanel;
class ExhibitDetailsPanel;
class RedactionReviewDialog;
class RedactionsPanel;

/** Edits one dossier: the case details, the sections and exhibits (drag items in from the
 *  item list, reorder by dragging or with the move buttons), the selected exhibit's
 *  details, and opens the export dialog. Every change is saved at once through the
 *  DossierRepository (so it is in the custody log); case details on Save or when a field
 *  loses focus.
 *
 *  A window of its own, not modal, so items can be dragged in from the main window: all
 *  edits run on the GUI thread, as the main window's do. Only an export needs the library
 *  to itself, and its dialog is application-modal. Opened with dossier id 0 it creates a
 *  new dossier when the name is first saved. */
class DossierEditor : public QDialog
{
    Q_OBJECT

public:
    DossierEditor(Library *library, qint64 dossierId, QWidget *parent = nullptr);
    ~DossierEditor() override;

    qint64 dossierId() const;
    DossierModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    /** Passed on to the export dialog: a sentence when an export must not start now. */
    void setExportBusyCheck(std::function<QString()> check) { m_busyCheck = std::move(check); }
    /** The export dialog while it is open (tests drive it), else nullptr. */
    BundleExportDialog *exportDialog() const;
    /** The redaction review while it is open (tests drive it), else nullptr. */
    RedactionReviewDialog *reviewDialog() const;
    bool isExporting() const;
    /** Waits for a running export (on shutdown). */
    void waitForExport();

public Q_SLOTS:
    /** Saves the case details (creates the dossier the first time); false when refused. */
    bool saveDetails();
    /** Asks for a title and adds a section at the end. */
    void addSection();
    void renameSection();
    void removeSelected();
    void moveSelected(int delta);
    /** Opens the export dialog; first the redaction review when pages await it. */
    void openExport();
    /** Opens the redaction review of this dossier. */
    void openReview();

Q_SIGNALS:
    /** The dossier was created, renamed or removed: lists of dossiers should refresh. */
    void dossiersChanged();
    void exportStarted();
    void exportFinished();

private:
    void loadDetails();
    void onReloaded();
    void onCurrentChanged();
    void applyExhibit(const amanat::Exhibit &exhibit);
    void openExportDialog();
    RedactionReviewDialog *createReview(bool beforeExport);
    void showError(const QString &message);
    void updateActions();
    qint64 currentSectionId() const;

    Library *m_library;
    qint64 m_dossierId;
    std::function<QString()> m_busyCheck;
    DossierModel *m_model = nullptr;
    CaseDetailsForm *m_details = nullptr;
    QTreeView *m_tree = nullptr;
    ExhibitDetailsPanel *m_exhibitPanel = nullptr;
    RedactionsPanel *m_redactions = nullptr;
    ExemptionsPanel *m_exemptions = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_addSection = nullptr;
    QPushButton *m_renameSection = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_relabel = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_review = nullptr;
    QPointer<BundleExportDialog> m_exportDialog;
    QPointer<RedactionReviewDialog> m_reviewDialog;
    qint64 m_selectExhibit = 0; ///< re-selected after the next reload
    qint64 m_selectSection = 0;
};

} // namespace amanat::ui
