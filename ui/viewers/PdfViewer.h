#pragma once

#include "render/RenderClient.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QVector>
#include <QWidget>

class QLabel;
class QListWidget;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace amanat {
class Library;
}

namespace amanat::ui {

class FindBar;
class PdfPageWidget;
class RedactionOverlay;

/** Pages of a PDF, rendered by the long-lived render helper (`amanat-extract --render`) so
 *  a hostile file cannot take the window down: continuous scrolling, zoom, fit width, a
 *  strip of page thumbnails, find with highlights, and opening at a given page. Only the
 *  visible pages (and their neighbours) are rendered; a few are kept in memory. If the
 *  helper fails, the viewer says the document cannot be displayed. */
class PdfViewer : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kCachedPages = 8;
    static constexpr double kMinZoom = 0.1;
    static constexpr double kMaxZoom = 6.0;

    explicit PdfViewer(QWidget *parent = nullptr);
    ~PdfViewer() override;

    /** Streams item @p itemId's original to a new helper and shows it at @p page (from 1;
     *  0 for the first page). */
    void open(Library &library, qint64 itemId, const QString &mime, const QString &name,
              int page = 0);
    /** Stops the helper and drops every page, thumbnail and highlight. */
    void clear();

    int pageCount() const { return int(m_pages.size()); }
    int currentPage() const; ///< from 1; 0 when nothing is shown
    void goToPage(int page); ///< from 1
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void fitWidth();
    bool hasFailed() const;
    /** The page-area redactions drawn over the pages, and the "Redact area" tool. */
    RedactionOverlay *redactionOverlay() const { return m_redactions; }

Q_SIGNALS:
    void documentOpened(int pages);
    void displayFailed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildPages();
    void layoutPages();
    void scheduleRenders();
    void renderVisible();
    void onRendered(int requestId, int page, double scale, const QImage &image);
    void onFound(int requestId, const QString &text, const QVector<amanat::RenderHit> &hits);
    void onFailed(const QString &reason);
    void startFind();
    void stepHit(int delta);
    void showHit();
    void updatePageControls();
    double renderScale() const;
    QPair<int, int> visibleRange() const;

    RenderClient m_client;
    QStackedWidget *m_stack = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_container = nullptr;
    QVBoxLayout *m_pagesLayout = nullptr;
    QListWidget *m_thumbnails = nullptr;
    QLabel *m_message = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QSpinBox *m_pageSpin = nullptr;
    QLabel *m_pageTotal = nullptr;
    QLabel *m_zoomLabel = nullptr;
    FindBar *m_findBar = nullptr;
    QTimer *m_renderTimer = nullptr;
    QTimer *m_findTimer = nullptr;
    RedactionOverlay *m_redactions = nullptr;

    QVector<PdfPageWidget *> m_pages;
    QList<int> m_recent; ///< pages holding a pixmap, most recently rendered last
    QSet<int> m_thumbnailRequests;
    QSet<int> m_thumbnailsDone;
    double m_zoom = 1.0;
    bool m_fitWidth = true;
    int m_initialPage = 0;
    int m_pendingScroll = -1; ///< scroll target beyond the current range, applied when it grows

    struct Hit
    {
        int page;
        int rect;
    };
    QVector<Hit> m_hits;
    QVector<QVector<QRectF>> m_pageHits;
    int m_currentHit = -1;
    int m_findRequest = 0;
    QString m_searchedText;
    bool m_stepAfterFind = false;
};

} // namespace amanat::ui
