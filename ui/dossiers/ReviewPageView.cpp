#include "ReviewPageView.h"

#include "ReviewCanvas.h"
#include "common/ErrorLabel.h"
#include "viewers/ViewerIcons.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace amanat::ui {

namespace {

/** A legend entry: a swatch drawn the way the canvas draws that kind of box, and its words. */
QWidget *legendEntry(QWidget *parent, const ReviewBox::Kind kind, const QString &text)
{
    QPixmap swatch(28, 16);
    swatch.fill(Qt::white);
    {
        QPainter painter(&swatch);
        const QRect box(1, 1, 26, 14);
        switch (kind) {
        case ReviewBox::Kind::Proposed:
            painter.fillRect(box, QColor(0, 0, 0, 140));
            painter.setPen(QPen(QColor(0xd6, 0x28, 0x28), 2));
            break;
        case ReviewBox::Kind::Drawn:
            painter.fillRect(box, QColor(0, 0, 0, 150));
            painter.setPen(QPen(Qt::black, 2));
            break;
        case ReviewBox::Kind::Kept:
            painter.setPen(QPen(QColor(0x1b, 0x8a, 0x3a), 2, Qt::DashLine));
            break;
        }
        painter.drawRect(box.adjusted(1, 1, -1, -1));
    }
    auto *entry = new QWidget(parent);
    auto *icon = new QLabel(entry);
    icon->setPixmap(swatch);
    auto *layout = new QHBoxLayout(entry);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(icon);
    layout->addWidget(new QLabel(text, entry));
    return entry;
}

QLabel *wrappedLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QProgressBar *busyBar(QWidget *parent, const char *objectName, int width)
{
    auto *bar = new QProgressBar(parent);
    bar->setObjectName(QString::fromLatin1(objectName));
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMaximumWidth(width);
    return bar;
}

} // namespace

ReviewPageView::ReviewPageView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewPageView"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("reviewPageTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_reason = wrappedLabel(this, "reviewReasonLabel");

    auto *zoomOut = viewerToolButton(this, "reviewZoomOutButton",
                                     viewerIcon("zoom-out", "zoom-out"), tr("Zoom out (Ctrl+-)"));
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("reviewZoomLabel"));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_zoomLabel->setMinimumWidth(
        m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("0000 %")));
    auto *zoomIn = viewerToolButton(this, "reviewZoomInButton", viewerIcon("zoom-in", "zoom-in"),
                                    tr("Zoom in (Ctrl++)"));
    auto *fit = viewerToolButton(this, "reviewFitButton", viewerIcon("zoom-fit-best", "fit-width"),
                                 tr("Fit the page in the window (Ctrl+0)"));
    m_exported = new QCheckBox(tr("Preview as e&xported"), this);
    m_exported->setObjectName(QStringLiteral("exportedPreviewCheck"));
    m_exported->setToolTip(tr("Show the page as the bundle will have it, every box burned in. "
                              "Boxes cannot be changed in this view."));
    // Reading the page again after an edit: a small sign in the tool row, no layout jump.
    m_refreshLabel = new QLabel(tr("Reading the page again with your changes…"), this);
    m_refreshLabel->setObjectName(QStringLiteral("previewRefreshLabel"));
    m_refresh = busyBar(this, "previewRefreshBar", 120);
    m_refresh->setMaximumHeight(m_refresh->fontMetrics().height() / 2 + 4);
    m_refreshLabel->hide();
    m_refresh->hide();
    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(zoomOut);
    tools->addWidget(m_zoomLabel);
    tools->addWidget(zoomIn);
    tools->addWidget(fit);
    tools->addSpacing(12);
    tools->addWidget(m_exported);
    tools->addStretch(1);
    tools->addWidget(m_refreshLabel);
    tools->addWidget(m_refresh);

    m_canvas = new ReviewCanvas(this);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("reviewScrollArea"));
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false);
    m_scroll->viewport()->installEventFilter(this);

    m_failure = new QWidget(this);
    m_message = wrappedLabel(m_failure, "previewMessageLabel");
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *retry = new QPushButton(tr("&Try Again"), m_failure);
    retry->setObjectName(QStringLiteral("retryPreviewButton"));
    retry->setAutoDefault(false);
    auto *failureLayout = new QVBoxLayout(m_failure);
    failureLayout->addStretch(1);
    failureLayout->addWidget(m_message);
    failureLayout->addWidget(retry, 0, Qt::AlignHCenter);
    failureLayout->addStretch(1);
    // Reading a page for the first time: what is happening, where the page will be.
    m_loading = new QWidget(this);
    auto *loadingLabel = wrappedLabel(m_loading, "previewBusyLabel");
    loadingLabel->setAlignment(Qt::AlignCenter);
    loadingLabel->setText(tr("The redactor is reading the page for protected names and "
                             "contacts. OCR takes a few seconds…"));
    auto *loadingLayout = new QVBoxLayout(m_loading);
    loadingLayout->addStretch(1);
    loadingLayout->addWidget(loadingLabel);
    loadingLayout->addWidget(busyBar(m_loading, "previewBusyBar", 240), 0, Qt::AlignHCenter);
    loadingLayout->addStretch(1);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("reviewPreviewStack"));
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_failure);
    m_stack->addWidget(m_loading);

    auto *legend = new QHBoxLayout;
    legend->setContentsMargins(0, 0, 0, 0);
    legend->addWidget(legendEntry(this, ReviewBox::Kind::Proposed, tr("Proposed by the redactor")));
    legend->addWidget(legendEntry(this, ReviewBox::Kind::Drawn, tr("Drawn by you")));
    legend->addWidget(legendEntry(this, ReviewBox::Kind::Kept, tr("Left visible by you")));
    legend->addStretch(1);
    m_summary = wrappedLabel(this, "reviewBoxesLabel");
    m_help = wrappedLabel(this, "reviewHelpLabel");
    m_help->setEnabled(false); // greyed: a hint, not content
    m_error = ErrorLabel::create(this, QStringLiteral("reviewErrorLabel"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_reason);
    layout->addLayout(tools);
    layout->addWidget(m_stack, 1);
    layout->addLayout(legend);
    layout->addWidget(m_summary);
    layout->addWidget(m_help);
    layout->addWidget(m_error);

    connect(m_exported, &QCheckBox::toggled, this, &ReviewPageView::exportedPreviewToggled);
    connect(retry, &QPushButton::clicked, this, &ReviewPageView::retryRequested);
    connect(zoomIn, &QToolButton::clicked, this, [this] { setZoom(m_canvas->zoom() * 1.25); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { setZoom(m_canvas->zoom() / 1.25); });
    connect(fit, &QToolButton::clicked, this, &ReviewPageView::fitToWindow);
    connect(m_canvas, &ReviewCanvas::selectionChanged, this, &ReviewPageView::updateHelp);
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::ZoomIn, [this] { setZoom(m_canvas->zoom() * 1.25); });
    shortcut(QKeySequence::ZoomOut, [this] { setZoom(m_canvas->zoom() / 1.25); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_0), [this] { fitToWindow(); });
}

bool ReviewPageView::isExportedPreview() const
{
    return m_exported->isChecked();
}

void ReviewPageView::setExportedPreviewEnabled(bool enabled)
{
    m_exported->setEnabled(enabled);
}

void ReviewPageView::setHeading(const QString &title, const QString &reason)
{
    m_title->setText(title);
    m_reason->setText(reason);
}

void ReviewPageView::reset()
{
    m_fit = true;
    m_canvas->setImage(QImage());
    m_canvas->setBoxes({});
    m_stack->setCurrentWidget(m_scroll);
    setEditError(QString());
    updateZoomLabel();
}

void ReviewPageView::showImage(const QImage &image)
{
    m_stack->setCurrentWidget(m_scroll);
    m_canvas->setImage(image);
    if (m_fit)
        fitToWindow();
    updateZoomLabel();
}

void ReviewPageView::setBusy(bool busy)
{
    const bool first = busy && !m_canvas->hasImage();
    if (first && m_stack->currentWidget() == m_scroll)
        m_stack->setCurrentWidget(m_loading);
    else if (!first && m_stack->currentWidget() == m_loading)
        m_stack->setCurrentWidget(m_scroll);
    m_refresh->setVisible(busy && !first);
    m_refreshLabel->setVisible(busy && !first);
}

void ReviewPageView::showFailure(const QString &message)
{
    m_message->setText(tr("The page could not be prepared for review, so it cannot be approved "
                          "here yet.\n\n%1")
                           .arg(message));
    m_stack->setCurrentWidget(m_failure);
}

bool ReviewPageView::isShowingFailure() const
{
    return m_stack->currentWidget() == m_failure;
}

void ReviewPageView::setSummary(const QString &text)
{
    m_summary->setText(text);
}

void ReviewPageView::setEditError(const QString &message)
{
    ErrorLabel::show(m_error, message);
}

void ReviewPageView::updateHelp()
{
    if (isExportedPreview()) {
        m_help->setText(tr("Clear \"Preview as exported\" to change the boxes."));
        return;
    }
    const int selected = m_canvas->selectedIndex();
    if (selected >= 0)
        m_help->setText(ReviewCanvas::describe(m_canvas->boxes().at(selected)) + QLatin1Char(' ') +
                        tr("Drag the box to move it, or its handles to resize it."));
    else
        m_help->setText(tr("Drag on the page to black out what the redactor missed. Click a box "
                           "to select it, drag it to move it or its handles to resize it, and "
                           "press Delete to remove it. Tab steps through the boxes."));
}

void ReviewPageView::fitToWindow()
{
    m_fit = true;
    const QSize available = m_scroll->viewport()->size() - QSize(8, 8);
    const QSize image = m_canvas->imageSize();
    if (!m_canvas->hasImage() || available.width() < 20 || available.height() < 20)
        return;
    m_canvas->setZoom(qMin(double(available.width()) / image.width(),
                           double(available.height()) / image.height()));
    updateZoomLabel();
}

void ReviewPageView::setZoom(double zoom)
{
    if (!m_canvas->hasImage())
        return;
    m_fit = false;
    m_canvas->setZoom(qBound(0.05, zoom, 4.0));
    updateZoomLabel();
}

void ReviewPageView::updateZoomLabel()
{
    m_zoomLabel->setText(m_canvas->hasImage() ? tr("%1 %").arg(qRound(m_canvas->zoom() * 100))
                                              : QString());
}

bool ReviewPageView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_fit)
        QTimer::singleShot(0, this, [this] {
            if (m_fit)
                fitToWindow();
        });
    return QWidget::eventFilter(watched, event);
}

} // namespace amanat::ui
