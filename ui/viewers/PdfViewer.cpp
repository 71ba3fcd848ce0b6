#include "PdfViewer.h"

#include "FindBar.h"
#include "PdfPageWidget.h"
#include "RedactionOverlay.h"
#include "ViewerIcons.h"
#include "library/Library.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace amanat::ui {

namespace {

constexpr int kPageSpacing = 12;
constexpr int kThumbnailWidth = 96;

} // namespace

PdfViewer::PdfViewer(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pdfViewer"));

    m_previous = viewerToolButton(this, "pdfPreviousPageButton", viewerIcon("go-up", "go-up"),
                                  tr("Previous page"));
    m_next = viewerToolButton(this, "pdfNextPageButton", viewerIcon("go-down", "go-down"),
                              tr("Next page"));
    m_pageSpin = new QSpinBox(this);
    m_pageSpin->setObjectName(QStringLiteral("pdfPageSpin"));
    m_pageSpin->setAccessibleName(tr("Page"));
    m_pageSpin->setKeyboardTracking(false);
    m_pageTotal = new QLabel(this);
    auto *zoomOut = viewerToolButton(this, "pdfZoomOutButton", viewerIcon("zoom-out", "zoom-out"),
                                     tr("Zoom out (Ctrl+-)"));
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("pdfZoomLabel"));
    m_zoomLabel->setMinimumWidth(
        m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("0000 %")));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    auto *zoomIn = viewerToolButton(this, "pdfZoomInButton", viewerIcon("zoom-in", "zoom-in"),
                                    tr("Zoom in (Ctrl++)"));
    auto *fit = viewerToolButton(this, "pdfFitWidthButton",
                                 viewerIcon("zoom-fit-width", "fit-width"), tr("Fit width"));
    m_findBar = new FindBar(this);
    m_redactions = new RedactionOverlay(this);
    m_redactions->setObjectName(QStringLiteral("pdfRedactionOverlay"));
    QToolButton *redact =
        m_redactions->createToolButton(this, QStringLiteral("pdfRedactAreaButton"));

    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(m_previous);
    tools->addWidget(m_next);
    tools->addWidget(m_pageSpin);
    tools->addWidget(m_pageTotal);
    tools->addSpacing(12);
    tools->addWidget(zoomOut);
    tools->addWidget(m_zoomLabel);
    tools->addWidget(zoomIn);
    tools->addWidget(fit);
    tools->addSpacing(12);
    tools->addWidget(redact);
    tools->addSpacing(12);
    tools->addWidget(m_findBar, 1);

    m_thumbnails = new QListWidget(this);
    m_thumbnails->setObjectName(QStringLiteral("pdfThumbnailList"));
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setUniformItemSizes(true);
    m_thumbnails->setIconSize(QSize(kThumbnailWidth, kThumbnailWidth * 4 / 3));
    m_thumbnails->setSpacing(4);
    m_thumbnails->setMinimumWidth(kThumbnailWidth + 32);
    m_thumbnails->setMaximumWidth(kThumbnailWidth + 60);

    m_container = new QWidget;
    m_container->setObjectName(QStringLiteral("pdfPagesContainer"));
    m_container->setBackgroundRole(QPalette::Dark);
    m_container->setAutoFillBackground(true);
    m_pagesLayout = new QVBoxLayout(m_container);
    m_pagesLayout->setSpacing(kPageSpacing);
    m_pagesLayout->setContentsMargins(kPageSpacing, kPageSpacing, kPageSpacing, kPageSpacing);
    m_pagesLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_pagesLayout->setSizeConstraint(QLayout::SetMinAndMaxSize);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("pdfScrollArea"));
    m_scroll->setWidget(m_container);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignHCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pdfMessageLabel"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_message);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_thumbnails);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);

    m_renderTimer = new QTimer(this);
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(30);
    connect(m_renderTimer, &QTimer::timeout, this, &PdfViewer::renderVisible);
    m_findTimer = new QTimer(this);
    m_findTimer->setSingleShot(true);
    m_findTimer->setInterval(400);
    connect(m_findTimer, &QTimer::timeout, this, &PdfViewer::startFind);

    connect(&m_client, &RenderClient::opened, this, &PdfViewer::buildPages);
    connect(&m_client, &RenderClient::rendered, this, &PdfViewer::onRendered);
    connect(&m_client, &RenderClient::found, this, &PdfViewer::onFound);
    connect(&m_client, &RenderClient::failed, this, &PdfViewer::onFailed);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        updatePageControls();
        scheduleRenders();
    });
    connect(m_scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            [this](int, int maximum) {
                if (m_pendingScroll < 0)
                    return;
                m_scroll->verticalScrollBar()->setValue(m_pendingScroll);
                if (maximum >= m_pendingScroll)
                    m_pendingScroll = -1;
            });
    connect(m_scroll->horizontalScrollBar(), &QScrollBar::valueChanged, this,
            &PdfViewer::scheduleRenders);
    connect(m_thumbnails->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &PdfViewer::scheduleRenders);
    connect(m_thumbnails, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { goToPage(m_thumbnails->row(item) + 1); });
    connect(m_previous, &QToolButton::clicked, this, [this] { goToPage(currentPage() - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { goToPage(currentPage() + 1); });
    connect(m_pageSpin, &QSpinBox::valueChanged, this, [this](int page) {
        if (page != currentPage())
            goToPage(page);
    });
    connect(zoomIn, &QToolButton::clicked, this, [this] { setZoom(m_zoom * 1.25); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { setZoom(m_zoom / 1.25); });
    connect(fit, &QToolButton::clicked, this, &PdfViewer::fitWidth);
    connect(m_findBar, &FindBar::textEdited, this, [this] { m_findTimer->start(); });
    connect(m_findBar, &FindBar::findNext, this, [this] { stepHit(+1); });
    connect(m_findBar, &FindBar::findPrevious, this, [this] { stepHit(-1); });

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Find, [this] { m_findBar->focusField(); });
    shortcut(QKeySequence::ZoomIn, [this] { setZoom(m_zoom * 1.25); });
    shortcut(QKeySequence::ZoomOut, [this] { setZoom(m_zoom / 1.25); });

    m_scroll->viewport()->installEventFilter(this);
    m_container->installEventFilter(this);
    clear();
}

PdfViewer::~PdfViewer() = default;

bool PdfViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_container &&
        (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        scheduleRenders();
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_fitWidth &&
        !m_pages.isEmpty()) {
        // Keep the same place in the document: the same fraction of its height.
        const QScrollBar *bar = m_scroll->verticalScrollBar();
        const double fraction = bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0;
        QTimer::singleShot(0, this, [this, fraction] {
            if (!m_fitWidth || m_pages.isEmpty())
                return;
            const double before = m_zoom;
            layoutPages();
            if (qFuzzyCompare(before, m_zoom))
                return; // e.g. only the scroll bar appeared: the pages did not change
            m_pagesLayout->activate();
            QScrollBar *bar = m_scroll->verticalScrollBar();
            bar->setValue(qRound(fraction * bar->maximum()));
        });
    }
    return QWidget::eventFilter(watched, event);
}

void PdfViewer::open(Library &library, qint64 itemId, const QString &mime, const QString &name,
                     int page)
{
    clear();
    m_initialPage = page;
    m_message->setText(tr("Opening the document…"));
    m_stack->setCurrentWidget(m_message);
    auto source = library.blobs().open(itemId);
    if (!source.ok()) {
        onFailed(source.error().message);
        return;
    }
    m_redactions->setItem(&library, itemId);
    m_client.open(std::move(*source), mime, name);
}

void PdfViewer::clear()
{
    m_client.stop();
    m_redactions->clear();
    m_renderTimer->stop();
    m_findTimer->stop();
    qDeleteAll(m_pages);
    m_pages.clear();
    m_recent.clear();
    m_thumbnails->clear();
    m_thumbnailRequests.clear();
    m_thumbnailsDone.clear();
    m_hits.clear();
    m_pageHits.clear();
    m_currentHit = -1;
    m_searchedText.clear();
    m_findBar->clear();
    m_fitWidth = true;
    m_zoom = 1.0;
    m_initialPage = 0;
    m_pendingScroll = -1;
    m_message->clear();
    m_stack->setCurrentWidget(m_message);
    updatePageControls();
}

bool PdfViewer::hasFailed() const
{
    return m_client.hasFailed();
}

void PdfViewer::onFailed(const QString &reason)
{
    m_redactions->clear(); // no pages left to draw on
    qDeleteAll(m_pages);
    m_pages.clear();
    m_recent.clear();
    m_thumbnails->clear();
    m_message->setText(reason.contains(QLatin1String("password"))
                           ? tr("This document is protected by a password and cannot be "
                                "displayed.")
                           : tr("This document could not be displayed."));
    m_stack->setCurrentWidget(m_message);
    updatePageControls();
    Q_EMIT displayFailed();
}

void PdfViewer::buildPages()
{
    const QVector<QSizeF> sizes = m_client.pageSizes();
    QPixmap blank(m_thumbnails->iconSize());
    blank.fill(Qt::white);
    for (int i = 0; i < sizes.size(); ++i) {
        auto *page = new PdfPageWidget(i, m_container);
        page->setAccessibleName(tr("Page %1").arg(i + 1));
        page->setRedactionOverlay(m_redactions);
        m_redactions->attach(page, [i] { return RedactionOverlay::Placement{i + 1, 0}; });
        m_pagesLayout->addWidget(page, 0, Qt::AlignHCenter);
        page->show(); // now, not on a later turn of the loop: the layout must place it at once
        m_pages.append(page);
        auto *item = new QListWidgetItem(QIcon(blank), QString::number(i + 1), m_thumbnails);
        item->setTextAlignment(Qt::AlignHCenter);
    }
    m_pageHits = QVector<QVector<QRectF>>(sizes.size());
    m_stack->setCurrentWidget(m_scroll);
    m_fitWidth = true;
    layoutPages();
    m_container->adjustSize();
    updatePageControls();
    // The scroll area learns its final size on the next turn of the event loop.
    QTimer::singleShot(0, this, [this] {
        layoutPages();
        if (m_initialPage > 0)
            goToPage(m_initialPage);
        renderVisible();
        Q_EMIT documentOpened(pageCount());
    });
}

void PdfViewer::layoutPages()
{
    const QVector<QSizeF> sizes = m_client.pageSizes();
    if (sizes.isEmpty())
        return;
    if (m_fitWidth) {
        double widest = 0;
        for (const QSizeF &size : sizes)
            widest = qMax(widest, size.width());
        const int available = m_scroll->viewport()->width() - 2 * kPageSpacing -
                              m_scroll->verticalScrollBar()->sizeHint().width();
        if (widest > 0 && available > 50)
            m_zoom = qBound(kMinZoom, available / widest, kMaxZoom);
    }
    for (int i = 0; i < m_pages.size() && i < sizes.size(); ++i)
        m_pages[i]->setDisplaySize((sizes.at(i) * m_zoom).toSize().expandedTo(QSize(1, 1)));
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_zoom * 100)));
    m_pagesLayout->activate();
    scheduleRenders();
}

void PdfViewer::setZoom(double zoom)
{
    if (m_pages.isEmpty())
        return;
    const int page = currentPage();
    m_fitWidth = false;
    m_zoom = qBound(kMinZoom, zoom, kMaxZoom);
    layoutPages();
    goToPage(page);
}

void PdfViewer::fitWidth()
{
    if (m_pages.isEmpty())
        return;
    const int page = currentPage();
    m_fitWidth = true;
    layoutPages();
    goToPage(page);
}

double PdfViewer::renderScale() const
{
    return m_zoom * devicePixelRatioF();
}

int PdfViewer::currentPage() const
{
    if (m_pages.isEmpty())
        return 0;
    const int probe = m_scroll->verticalScrollBar()->value() + m_scroll->viewport()->height() / 3;
    for (PdfPageWidget *page : m_pages) {
        if (page->geometry().bottom() + kPageSpacing >= probe)
            return page->page() + 1;
    }
    return pageCount();
}

void PdfViewer::goToPage(int page)
{
    if (m_pages.isEmpty())
        return;
    page = qBound(1, page, pageCount());
    m_pagesLayout->activate();
    QScrollBar *bar = m_scroll->verticalScrollBar();
    const int target = m_pages.at(page - 1)->y() - kPageSpacing / 2;
    // The scroll area learns the container's new height on a later event: finish then.
    m_pendingScroll = target > bar->maximum() ? target : -1;
    bar->setValue(target);
    updatePageControls();
    scheduleRenders();
}

void PdfViewer::updatePageControls()
{
    const int count = pageCount();
    const int current = currentPage();
    {
        const QSignalBlocker blocker(m_pageSpin);
        m_pageSpin->setRange(count > 0 ? 1 : 0, count);
        m_pageSpin->setValue(current);
    }
    m_pageSpin->setEnabled(count > 0);
    m_pageTotal->setText(count > 0 ? tr("of %1").arg(count) : QString());
    m_previous->setEnabled(current > 1);
    m_next->setEnabled(current > 0 && current < count);
    if (count > 0 && current > 0) {
        const QSignalBlocker blocker(m_thumbnails);
        m_thumbnails->setCurrentRow(current - 1);
    }
}

QPair<int, int> PdfViewer::visibleRange() const
{
    const int top = m_scroll->verticalScrollBar()->value();
    const int bottom = top + m_scroll->viewport()->height();
    int first = -1;
    int last = -1;
    for (PdfPageWidget *page : m_pages) {
        const QRect g = page->geometry();
        if (g.bottom() < top)
            continue;
        if (g.top() > bottom)
            break;
        if (first < 0)
            first = page->page();
        last = page->page();
    }
    return {first, last};
}

void PdfViewer::scheduleRenders()
{
    if (!m_pages.isEmpty())
        m_renderTimer->start();
}

void PdfViewer::renderVisible()
{
    if (m_pages.isEmpty() || !m_client.isReady())
        return;
    m_client.dropQueuedRenders();
    m_thumbnailRequests.clear();
    const double scale = renderScale();
    auto [first, last] = visibleRange();
    if (first < 0)
        return;
    // The visible pages first, then one neighbour each side.
    QVector<int> wanted;
    for (int i = first; i <= last; ++i)
        wanted << i;
    if (first > 0)
        wanted << first - 1;
    if (last + 1 < pageCount())
        wanted << last + 1;
    for (int page : std::as_const(wanted)) {
        if (!qFuzzyCompare(m_pages.at(page)->pixmapScale(), scale))
            m_client.render(page, scale);
    }
    // Then the thumbnails in view.
    const QSizeF firstSize = m_client.pageSizes().value(0);
    const QRect view = m_thumbnails->viewport()->rect();
    const QModelIndex top = m_thumbnails->indexAt(view.topLeft() + QPoint(4, 4));
    const QModelIndex bottom = m_thumbnails->indexAt(view.bottomLeft() + QPoint(4, -4));
    const int from = top.isValid() ? top.row() : 0;
    const int to = bottom.isValid() ? bottom.row() : qMin(pageCount() - 1, from + 8);
    for (int row = from; row <= to && row < pageCount(); ++row) {
        if (m_thumbnailsDone.contains(row))
            continue;
        const QSizeF size = m_client.pageSizes().value(row, firstSize);
        const double thumbScale =
            qMin(kThumbnailWidth / size.width(), kThumbnailWidth * 4.0 / 3.0 / size.height()) *
            devicePixelRatioF();
        m_thumbnailRequests.insert(m_client.render(row, thumbScale));
    }
}

void PdfViewer::onRendered(int requestId, int page, double scale, const QImage &image)
{
    if (page < 0 || page >= m_pages.size())
        return;
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    if (m_thumbnailRequests.remove(requestId)) {
        if (QListWidgetItem *item = m_thumbnails->item(page)) {
            // Centre the page in a fixed-size icon so every row lines up.
            QPixmap icon(m_thumbnails->iconSize() * devicePixelRatioF());
            icon.setDevicePixelRatio(devicePixelRatioF());
            icon.fill(Qt::transparent);
            QPainter painter(&icon);
            const QSizeF logical = QSizeF(pixmap.size()) / devicePixelRatioF();
            const QSizeF box = m_thumbnails->iconSize();
            painter.drawPixmap(
                QPointF((box.width() - logical.width()) / 2, (box.height() - logical.height()) / 2),
                pixmap);
            painter.end();
            item->setIcon(QIcon(icon));
        }
        m_thumbnailsDone.insert(page);
        return;
    }
    if (!qFuzzyCompare(scale, renderScale()))
        return; // zoom changed since; a new render is on its way
    m_pages[page]->setPixmap(pixmap, scale);
    m_recent.removeAll(page);
    m_recent.append(page);
    auto [first, last] = visibleRange();
    while (m_recent.size() > kCachedPages) {
        int victim = -1;
        for (int candidate : std::as_const(m_recent)) {
            if (candidate < first - 1 || candidate > last + 1) {
                victim = candidate;
                break;
            }
        }
        if (victim < 0)
            break;
        m_recent.removeAll(victim);
        m_pages[victim]->dropPixmap();
    }
}

void PdfViewer::startFind()
{
    const QString text = m_findBar->text().trimmed();
    m_searchedText = text;
    m_hits.clear();
    m_currentHit = -1;
    for (int i = 0; i < m_pages.size(); ++i) {
        m_pageHits[i].clear();
        m_pages[i]->setHighlights({});
    }
    if (text.isEmpty() || !m_client.isReady()) {
        m_findBar->setStatus(QString());
        return;
    }
    m_findBar->setStatus(tr("Searching…"));
    m_findRequest = m_client.find(text);
}

void PdfViewer::onFound(int requestId, const QString &, const QVector<amanat::RenderHit> &hits)
{
    if (requestId != m_findRequest)
        return;
    for (const RenderHit &hit : hits) {
        for (int r = 0; r < hit.rects.size(); ++r)
            m_hits.append(Hit{hit.page, int(m_pageHits[hit.page].size()) + r});
        m_pageHits[hit.page] += hit.rects;
    }
    for (int i = 0; i < m_pages.size(); ++i)
        m_pages[i]->setHighlights(m_pageHits.at(i));
    if (m_hits.isEmpty()) {
        m_findBar->setStatus(tr("Not found"));
        return;
    }
    // The first match on or after the page in view.
    const int current = currentPage() - 1;
    m_currentHit = 0;
    for (int i = 0; i < m_hits.size(); ++i) {
        if (m_hits.at(i).page >= current) {
            m_currentHit = i;
            break;
        }
    }
    showHit();
}

void PdfViewer::stepHit(int delta)
{
    if (m_findBar->text().trimmed() != m_searchedText || m_findTimer->isActive()) {
        m_findTimer->stop();
        startFind();
        return;
    }
    if (m_hits.isEmpty())
        return;
    m_currentHit = (m_currentHit + delta + int(m_hits.size())) % int(m_hits.size());
    showHit();
}

void PdfViewer::showHit()
{
    if (m_currentHit < 0 || m_currentHit >= m_hits.size())
        return;
    const Hit hit = m_hits.at(m_currentHit);
    for (int i = 0; i < m_pages.size(); ++i)
        m_pages[i]->setHighlights(m_pageHits.at(i), i == hit.page ? hit.rect : -1);
    PdfPageWidget *page = m_pages.at(hit.page);
    m_pagesLayout->activate();
    const QRect rect = page->currentHighlightRect().translated(page->pos());
    // The match a quarter down the view, where the eye looks first.
    m_scroll->ensureVisible(rect.center().x(), rect.center().y(), rect.width() / 2 + 40, 0);
    m_scroll->verticalScrollBar()->setValue(rect.top() - m_scroll->viewport()->height() / 4);
    m_findBar->setStatus(tr("%1 of %2").arg(m_currentHit + 1).arg(m_hits.size()));
    updatePageControls();
    scheduleRenders();
}

} // namespace amanat::ui
