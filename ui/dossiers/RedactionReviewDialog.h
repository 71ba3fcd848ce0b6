#pragma once

#include "ReviewCanvas.h"
#include "ReviewPreviewRunner.h"
#include "repository/RedactionRepository.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace amanat {
class Library;
}

namespace amanat::ui {

class ReviewPageModel;
class ReviewPageView;

/** The redaction review of one dossier: the machine proposes, a person decides.
 *
 *  Left, the pages that need a look (RedactionReview::pages) with their status. Right
 *  (ReviewPageView), the chosen page as the redactor sees it (RedactionPreview,
 *  Mode::Proposed: the clean page and the boxes it proposes over protected names), with the
 *  user's own boxes and the areas left visible. The user removes a wrong proposal (a keep
 *  area), draws what the redactor missed (a rect redaction), moves or resizes boxes
 *  (remove, then add), and marks the page reviewed (RedactionReview::approve, logged);
 *  "Preview as exported" shows the page burned (Mode::Burned).
 *
 *  The library is read and written on the GUI thread; only the helper runs on a worker
 *  thread (ReviewPreviewRunner), so the dialog stays responsive and the library is never
 *  shared. After an edit the page is read again; a page can be approved only once its
 *  preview for the boxes now in force has been shown. Nothing is read until the dialog is
 *  first shown. */
class RedactionReviewDialog : public QDialog
{
    Q_OBJECT

public:
    RedactionReviewDialog(Library *library, qint64 dossierId, QWidget *parent = nullptr);
    ~RedactionReviewDialog() override;

    /** The amanat-extract helper (empty: the default); set it before showing the dialog. */
    void setHelperPath(const QString &path);
    /** Opened on the way to an export: says so, and offers to go on to it (accept()). */
    void setBeforeExport(bool beforeExport);

    ReviewPageModel *model() const { return m_model; }
    ReviewPageView *pageView() const { return m_view; }
    ReviewCanvas *canvas() const;
    /** The row of the page shown, or -1. */
    int currentRow() const;
    bool isPreviewRunning() const;
    /** The preview shown now, when it is up to date with the page's boxes. */
    std::optional<RasterPage> currentPreview() const;

public Q_SLOTS:
    /** Reads the pages and their reviews again. */
    void reload();
    void showRow(int row);
    void approveCurrent();

Q_SIGNALS:
    /** A preview of the current page is on screen (up to date or not). */
    void previewShown();
    void previewFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    using Mode = ReviewPreviewRunner::Mode;
    using Request = ReviewPreviewRunner::Request;
    using Preview = ReviewPreviewRunner::Preview;

    Mode mode() const;
    Request wanted() const;
    void requestPreview();
    void onArrived(const Preview &preview);
    void onFailed(const Request &request, const QString &message);
    /** Whether @p preview may be on screen for the page now: see the definition. */
    bool isStillTrue(const std::optional<Preview> &preview) const;
    void display(const Preview &preview);
    void loadRedactions();
    void refreshBoxes();
    void updateState();
    void selectRow(int row);
    void reloadPages();

    // Edits on the canvas, saved through the RedactionRepository.
    void drawBox(const QRectF &area);
    void removeBox(const ReviewBox &box);
    void changeBox(const ReviewBox &box, const QRectF &area);
    void afterEdit(const Status &status);

    Library *m_library;
    qint64 m_dossierId;
    ReviewPageModel *m_model = nullptr;
    ReviewPreviewRunner *m_runner = nullptr;

    qint64 m_itemId = 0;
    int m_page = 0;
    int m_edits = 0; ///< counts the edits of the page shown, so old previews are known
    QVector<Redaction> m_redactions; ///< the Rect and Keep redactions of the page shown
    Request m_displayed;             ///< what the canvas shows
    bool m_selecting = false;
    bool m_started = false; ///< the pages were read when the dialog was first shown

    QLabel *m_intro = nullptr;
    QTreeView *m_list = nullptr;
    QLabel *m_count = nullptr;
    ReviewPageView *m_view = nullptr;
    QPushButton *m_approve = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace amanat::ui
