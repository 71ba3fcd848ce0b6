#pragma once

#include <QWidget>

class QCheckBox;
class QImage;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace amanat::ui {

class ReviewCanvas;

/** The page side of the redaction review: which page and why it needs a look, the zoom
 *  tools and the "Preview as exported" switch, the page itself on a ReviewCanvas (fitted to
 *  the window until the user zooms), a legend of the kinds of boxes, a summary and a hint.
 *  While the helper reads a page for the first time it says so where the page will be;
 *  while it reads it again after an edit, a small sign in the tool row says so and the page
 *  stays. A failure is shown in place of the page, with Try Again. It holds no state about
 *  the library: RedactionReviewDialog tells it what to show. */
class ReviewPageView : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPageView(QWidget *parent = nullptr);

    ReviewCanvas *canvas() const { return m_canvas; }
    bool isExportedPreview() const;
    void setExportedPreviewEnabled(bool enabled);

    void setHeading(const QString &title, const QString &reason);
    /** Empties the page (another one is coming): no image, no boxes, fitted again. */
    void reset();
    /** Shows @p image as the page (the boxes stay until the canvas is given others). */
    void showImage(const QImage &image);
    /** Says the helper is at work (true) or not; see the class comment. */
    void setBusy(bool busy);
    void showFailure(const QString &message);
    bool isShowingFailure() const;
    void setSummary(const QString &text);
    void setEditError(const QString &message);
    /** The hint under the page: what the selected box is, or how to edit. */
    void updateHelp();

public Q_SLOTS:
    void fitToWindow();
    void setZoom(double zoom);

Q_SIGNALS:
    void exportedPreviewToggled(bool exported);
    void retryRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateZoomLabel();

    bool m_fit = true;
    QLabel *m_title = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QCheckBox *m_exported = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QProgressBar *m_refresh = nullptr;
    QStackedWidget *m_stack = nullptr;
    QScrollArea *m_scroll = nullptr;
    ReviewCanvas *m_canvas = nullptr;
    QWidget *m_failure = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_loading = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_help = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace amanat::ui
