#include "ImageViewer.h"

#include "RedactionOverlay.h"
#include "ViewerIcons.h"
#include "library/Library.h"
#include "common/BidiText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTransform>
#include <QVBoxLayout>

namespace amanat::ui {

/** The image itself; dragging it pans the scroll area around it. Redaction boxes are drawn
 *  over it (the overlay takes the drags while its tool is on). */
class ImageCanvas : public QLabel
{
public:
    ImageCanvas(QScrollArea *scroll, const RedactionOverlay *redactions)
        : QLabel(scroll), m_scroll(scroll), m_redactions(redactions)
    {
        setObjectName(QStringLiteral("imageCanvas"));
        setAlignment(Qt::AlignCenter);
        setCursor(Qt::OpenHandCursor);
    }

protected:
    void mousePressEvent(QMouseEvent *event) override
    {
        m_last = event->globalPosition().toPoint();
        setCursor(Qt::ClosedHandCursor);
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        const QPoint now = event->globalPosition().toPoint();
        const QPoint delta = now - m_last;
        m_last = now;
        // Dragging right moves the picture right, whatever the layout direction.
        m_scroll->horizontalScrollBar()->setValue(m_scroll->horizontalScrollBar()->value() -
                                                  (isRightToLeft() ? -delta.x() : delta.x()));
        m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->value() - delta.y());
    }
    void mouseReleaseEvent(QMouseEvent *) override { setCursor(Qt::OpenHandCursor); }
    void paintEvent(QPaintEvent *event) override
    {
        QLabel::paintEvent(event);
        QPainter painter(this);
        m_redactions->paint(painter, this);
    }

private:
    QScrollArea *m_scroll;
    const RedactionOverlay *m_redactions;
    QPoint m_last;
};

ImageViewer::ImageViewer(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("imageViewer"));
    auto *zoomOut = viewerToolButton(this, "imageZoomOutButton", viewerIcon("zoom-out", "zoom-out"),
                                     tr("Zoom out (Ctrl+-)"));
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("imageZoomLabel"));
    m_zoomLabel->setMinimumWidth(
        m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("0000 %")));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    auto *zoomIn = viewerToolButton(this, "imageZoomInButton", viewerIcon("zoom-in", "zoom-in"),
                                    tr("Zoom in (Ctrl++)"));
    auto *fit = viewerToolButton(this, "imageFitButton", viewerIcon("zoom-fit-best", "fit-width"),
                                 tr("Fit to window"));
    auto *rotateLeft = viewerToolButton(this, "imageRotateLeftButton",
                                        viewerIcon("object-rotate-left", "rotate-left"),
                                        tr("Rotate left (view only)"));
    auto *rotateRight = viewerToolButton(this, "imageRotateRightButton",
                                         viewerIcon("object-rotate-right", "rotate-right"),
                                         tr("Rotate right (view only)"));
    m_pageLabel = new QLabel(tr("Page"), this);
    m_pageSpin = new QSpinBox(this);
    m_pageSpin->setObjectName(QStringLiteral("imagePageSpin"));
    m_pageSpin->setAccessibleName(tr("Page"));
    m_pageLabel->setBuddy(m_pageSpin);
    m_redactions = new RedactionOverlay(this);
    m_redactions->setObjectName(QStringLiteral("imageRedactionOverlay"));
    QToolButton *redact =
        m_redactions->createToolButton(this, QStringLiteral("imageRedactAreaButton"));

    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(zoomOut);
    tools->addWidget(m_zoomLabel);
    tools->addWidget(zoomIn);
    tools->addWidget(fit);
    tools->addSpacing(12);
    tools->addWidget(rotateLeft);
    tools->addWidget(rotateRight);
    tools->addSpacing(12);
    tools->addWidget(redact);
    tools->addSpacing(12);
    tools->addWidget(m_pageLabel);
    tools->addWidget(m_pageSpin);
    tools->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("imageScrollArea"));
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_canvas = new ImageCanvas(m_scroll, m_redactions);
    m_redactions->attach(m_canvas, [this] {
        return RedactionOverlay::Placement{m_sizes.isEmpty() ? 0 : m_page + 1, m_rotation};
    });
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("imageMessageLabel"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_message);

    auto *textPane = new QWidget(this);
    auto *textHeading = new QLabel(tr("Extracted text"), textPane);
    m_text = new QPlainTextEdit(textPane);
    followTextDirection(m_text);
    m_text->setObjectName(QStringLiteral("ocrTextEdit"));
    m_text->setReadOnly(true);
    m_text->setPlaceholderText(tr("No text was found in this image."));
    textHeading->setBuddy(m_text);
    auto *textLayout = new QVBoxLayout(textPane);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(textHeading);
    textLayout->addWidget(m_text, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_stack);
    splitter->addWidget(textPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setCollapsible(0, false);
    splitter->setSizes({600, 400}); // scaled to the real width when shown

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);

    connect(&m_client, &RenderClient::opened, this, &ImageViewer::onOpened);
    connect(&m_client, &RenderClient::rendered, this, &ImageViewer::onRendered);
    connect(&m_client, &RenderClient::failed, this, &ImageViewer::onFailed);
    connect(zoomIn, &QToolButton::clicked, this, [this] { setZoom(m_zoom * 1.25); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { setZoom(m_zoom / 1.25); });
    connect(fit, &QToolButton::clicked, this, &ImageViewer::fitToWindow);
    connect(rotateLeft, &QToolButton::clicked, this, [this] { rotateBy(-90); });
    connect(rotateRight, &QToolButton::clicked, this, [this] { rotateBy(90); });
    connect(m_pageSpin, &QSpinBox::valueChanged, this, &ImageViewer::setPage);
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::ZoomIn, [this] { setZoom(m_zoom * 1.25); });
    shortcut(QKeySequence::ZoomOut, [this] { setZoom(m_zoom / 1.25); });
    m_scroll->viewport()->installEventFilter(this);
    clear();
}

ImageViewer::~ImageViewer() = default;

void ImageViewer::open(Library &library, qint64 itemId, const QString &mime, const QString &name)
{
    clear();
    m_message->setText(tr("Opening the image…"));
    auto text = library.items().text(itemId);
    if (text.ok())
        m_pagesText = *text;
    showText();
    auto source = library.blobs().open(itemId);
    if (!source.ok()) {
        onFailed(source.error().message);
        return;
    }
    m_redactions->setItem(&library, itemId);
    m_client.open(std::move(*source), mime, name);
}

void ImageViewer::clear()
{
    m_client.stop();
    m_redactions->clear();
    m_sizes.clear();
    m_pagesText.clear();
    m_image = QImage();
    m_imageScale = 0;
    m_imagePage = -1;
    m_page = 0;
    m_rotation = 0;
    m_zoom = 1;
    m_fit = true;
    m_canvas->clear();
    m_canvas->resize(0, 0);
    m_text->clear();
    m_message->clear();
    m_stack->setCurrentWidget(m_message);
    m_pageLabel->setVisible(false);
    m_pageSpin->setVisible(false);
    m_zoomLabel->clear();
}

bool ImageViewer::hasFailed() const
{
    return m_client.hasFailed();
}

void ImageViewer::onFailed(const QString &)
{
    m_redactions->clear(); // nothing shown to draw on
    m_image = QImage();
    m_canvas->clear();
    m_message->setText(tr("This image could not be displayed."));
    m_stack->setCurrentWidget(m_message);
    Q_EMIT displayFailed();
}

void ImageViewer::onOpened()
{
    m_sizes = m_client.pageSizes();
    {
        const QSignalBlocker blocker(m_pageSpin);
        m_pageSpin->setRange(1, pageCount());
        m_pageSpin->setValue(1);
    }
    m_pageLabel->setVisible(pageCount() > 1);
    m_pageSpin->setVisible(pageCount() > 1);
    m_stack->setCurrentWidget(m_scroll);
    showText();
    // Fit once the scroll area has its size.
    QTimer::singleShot(0, this, [this] {
        m_fit = true;
        updateView();
        requestImage();
    });
}

void ImageViewer::setPage(int page)
{
    if (m_sizes.isEmpty() || page < 1 || page > pageCount() || page - 1 == m_page)
        return;
    m_page = page - 1;
    {
        const QSignalBlocker blocker(m_pageSpin);
        m_pageSpin->setValue(page);
    }
    m_image = QImage();
    m_imageScale = 0;
    m_imagePage = -1;
    m_fit = true;
    updateView();
    requestImage();
    showText();
}

QSizeF ImageViewer::rotatedSize() const
{
    const QSizeF size = m_sizes.value(m_page);
    return (m_rotation % 180) ? size.transposed() : size;
}

void ImageViewer::rotateBy(int degrees)
{
    m_rotation = ((m_rotation + degrees) % 360 + 360) % 360;
    updateView();
}

void ImageViewer::setZoom(double zoom)
{
    if (m_sizes.isEmpty())
        return;
    m_fit = false;
    m_zoom = qBound(0.02, zoom, 16.0);
    updateView();
    requestImage();
}

void ImageViewer::fitToWindow()
{
    m_fit = true;
    updateView();
    requestImage();
}

bool ImageViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_fit &&
        !m_sizes.isEmpty())
        QTimer::singleShot(0, this, [this] {
            updateView();
            requestImage();
        });
    return QWidget::eventFilter(watched, event);
}

void ImageViewer::requestImage()
{
    if (!m_client.isReady() || m_sizes.isEmpty())
        return;
    // Decode no finer than the original's pixels, and no finer than the screen needs.
    const double needed = qMin(1.0, m_zoom * devicePixelRatioF());
    if (m_imagePage == m_page && m_imageScale >= needed * 0.99)
        return;
    m_client.dropQueuedRenders();
    m_client.render(m_page, needed);
}

void ImageViewer::onRendered(int, int page, double scale, const QImage &image)
{
    if (page != m_page)
        return;
    if (m_imagePage == page && scale < m_imageScale)
        return;
    m_image = image;
    m_imageScale = scale;
    m_imagePage = page;
    updateView();
    Q_EMIT imageShown();
}

void ImageViewer::updateView()
{
    if (m_sizes.isEmpty())
        return;
    const QSizeF rotated = rotatedSize();
    if (m_fit) {
        const QSize available = m_scroll->viewport()->size() - QSize(8, 8);
        if (rotated.width() > 0 && rotated.height() > 0 && available.width() > 20 &&
            available.height() > 20)
            m_zoom = qMin(1.0, qMin(available.width() / rotated.width(),
                                    available.height() / rotated.height()));
    }
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_zoom * 100)));
    const QSize display = (rotated * m_zoom).toSize().expandedTo(QSize(1, 1));
    if (m_image.isNull()) {
        m_canvas->clear();
        m_canvas->resize(display);
        return;
    }
    const qreal dpr = devicePixelRatioF();
    QImage shown = m_rotation ? m_image.transformed(QTransform().rotate(m_rotation)) : m_image;
    shown = shown.scaled(display * dpr, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QPixmap pixmap = QPixmap::fromImage(shown);
    pixmap.setDevicePixelRatio(dpr);
    m_canvas->setPixmap(pixmap);
    m_canvas->resize(display);
}

void ImageViewer::showText()
{
    QStringList parts;
    bool paged = false;
    for (const auto &[page, text] : std::as_const(m_pagesText)) {
        if (page > 0)
            paged = true;
        if (page == 0 || pageCount() <= 1 || page == m_page + 1)
            parts << text;
    }
    if (paged && pageCount() <= 1) {
        parts.clear();
        for (const auto &entry : std::as_const(m_pagesText))
            parts << entry.second;
    }
    m_text->setPlainText(parts.join(QStringLiteral("\n\n")).trimmed());
}

} // namespace amanat::ui
