#pragma once

#include "ReviewCanvas.h"
#include "bundle/RedactionPreview.h"
#include "library/RedactionRepository.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTreeView;
template <typename T> class QFutureWatcher;

namespace amanat {
class Library;
}

namespace amanat::ui {

class ReviewPageModel;

/** The redaction review of one dossier: the machine proposes, a person decides.
 *
 *  Left, the pages that need a look (RedactionReview::pages) with their status. Right, the
 *  chosen page as the redactor sees it (RedactionPreview, Mode::Proposed: the clean page
 *  and the boxes it proposes over protected names), with the user's own boxes and the
 *  areas left visible. The user removes a wrong proposal (a keep area), draws what the
 *  redactor missed (a rect redaction), moves or resizes boxes (remove, then add), and marks
 *  the page reviewed (RedactionReview::approve, logged); "Preview as exported" shows the
 *  page burned (Mode::Burned).
 *
 *  The library is read and written on the GUI thread; only the helper runs on a worker
 *  thread (5–15 s of OCR), on a job read from the library beforehand, so the dialog stays
 *  responsive and the library is never shared. A result that arrives for a page or rules
 *  no longer shown is dropped (after an edit, the page is read again). A page can be
 *  approved only once its preview for the rules now in force has been shown. */
class RedactionReviewDialog : public QDialog
{
    Q_OBJECT

public:
    RedactionReviewDialog(Library *library, qint64 dossierId, QWidget *parent = nullptr);
    ~RedactionReviewDialog() override;

    /** The amanat-extract helper (empty: the default); set it before showing the dialog,
     *  which is when the pages are read and the first one is sent to the helper. */
    void setHelperPath(const QString &path) { m_helperPath = path; }
    /** Opened on the way to an export: says so, and offers to go on to it (accept()). */
    void setBeforeExport(bool beforeExport);

    ReviewPageModel *model() const { return m_model; }
    ReviewCanvas *canvas() const { return m_canvas; }
    /** The row of the page shown, or -1. */
    int currentRow() const;
    bool isPreviewRunning() const { return m_running; }
    /** The preview shown now, when it is up to date with the page's redactions. */
    std::optional<RasterPage> currentPreview() const;

public Q_SLOTS:
    /** Reads the pages and their reviews again. */
    void reload();
    void showRow(int row);
    void approveCurrent();
    void setExportedPreview(bool exported);
    void fitToWindow();
    void setZoom(double zoom);

Q_SIGNALS:
    /** A preview of the current page is on screen (up to date or not). */
    void previewShown();
    void previewFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using Mode = RedactionPreview::Mode;
    /** What a preview was made for: a page, a mode and the page's redactions at the time. */
    struct Request
    {
        qint64 itemId = 0;
        int page = 0;
        Mode mode = Mode::Proposed;
        int edits = 0;
        bool operator==(const Request &o) const
        {
            return itemId == o.itemId && page == o.page && mode == o.mode && edits == o.edits;
        }
    };
    struct Outcome
    {
        std::optional<RasterPage> page;
        Error error;
    };
    struct Shown
    {
        Request request;
        RasterPage page;
        QImage image;
    };

    Request wanted() const;
    Mode mode() const;
    void requestPreview();
    void startRun(const Request &request);
    void onRunFinished();
    /** Whether @p shown may be on screen for the page now: see the definition. */
    bool isStillTrue(const std::optional<Shown> &shown) const;
    void display(const Shown &shown);
    void showPreviewError(const QString &message);
    void loadRedactions();
    void refreshBoxes();
    void updateState();
    void updateHelp();
    void updateZoomLabel();
    void selectRow(int row);
    void reloadPages();
    void showEditError(const QString &message);

    // Edits on the canvas, saved through the RedactionRepository.
    void drawBox(const QRectF &area);
    void removeBox(const ReviewBox &box);
    void changeBox(const ReviewBox &box, const QRectF &area);
    void afterEdit(const Status &status);

    Library *m_library;
    qint64 m_dossierId;
    QString m_helperPath;
    ReviewPageModel *m_model = nullptr;

    qint64 m_itemId = 0;
    int m_page = 0;
    int m_edits = 0; ///< counts the edits of the page shown, so old previews are known
    QVector<Redaction> m_redactions; ///< the Rect and Keep redactions of the page shown
    std::optional<Shown> m_proposed;
    std::optional<Shown> m_burned;
    Request m_displayed; ///< what the canvas shows
    bool m_running = false;
    Request m_runningRequest;
    QFutureWatcher<Outcome> *m_watcher = nullptr;
    bool m_fit = true;
    bool m_selecting = false;
    bool m_started = false; ///< the pages were read when the dialog was first shown

    QLabel *m_intro = nullptr;
    QTreeView *m_list = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QCheckBox *m_exported = nullptr;
    QProgressBar *m_refresh = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QWidget *m_loading = nullptr;
    QProgressBar *m_busy = nullptr;
    QStackedWidget *m_stack = nullptr;
    QScrollArea *m_scroll = nullptr;
    ReviewCanvas *m_canvas = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_boxes = nullptr;
    QLabel *m_help = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_approve = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace amanat::ui
