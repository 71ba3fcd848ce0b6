#include "RedactionReviewDialog.h"

#include "ReviewPageModel.h"
#include "bundle/RedactionReview.h"
#include "common/ErrorLabel.h"
#include "library/Library.h"
#include "viewers/ViewerIcons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace amanat::ui {

namespace {

/** The helper's time limit here: a person is waiting, and a stuck helper must not hold a
 *  worker thread for long after the dialog has gone. */
constexpr int kPreviewTimeoutSeconds = 180;
/** The redactor drops an automatic box when at least this share of it lies in a kept area
 *  (PageRasterizer); the dialog hides it at once, before the page is read again. */
constexpr double kKeptShare = 0.5;

bool mostlyInside(const QRectF &box, const QVector<Redaction> &redactions)
{
    const double area = box.width() * box.height();
    for (const Redaction &r : redactions) {
        if (r.kind != Redaction::Kind::Keep)
            continue;
        const QRectF inside = r.area.intersected(box);
        if (area > 0 && inside.width() * inside.height() >= kKeptShare * area)
            return true;
    }
    return false;
}

/** A legend entry: a swatch drawn as the canvas draws that kind of box, and its words. */
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
    auto *label = new QLabel(text, entry);
    label->setBuddy(nullptr);
    auto *layout = new QHBoxLayout(entry);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(icon);
    layout->addWidget(label);
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

} // namespace

RedactionReviewDialog::RedactionReviewDialog(Library *library, qint64 dossierId, QWidget *parent)
    : QDialog(parent), m_library(library), m_dossierId(dossierId)
{
    setObjectName(QStringLiteral("redactionReviewDialog"));
    setWindowTitle(tr("Redaction Review"));
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);
    setSizeGripEnabled(true);
    m_model = new ReviewPageModel(this);

    m_intro = wrappedLabel(this, "reviewIntroLabel");

    // Left: the pages.
    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("reviewPageList"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(ReviewPageModel::ExhibitColumn,
                                           QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ReviewPageModel::PageColumn,
                                           QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ReviewPageModel::StatusColumn,
                                           QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Pages to review"));
    auto *listLabel = new QLabel(tr("&Pages to review:"), this);
    listLabel->setBuddy(m_list);
    m_count = wrappedLabel(this, "reviewCountLabel");
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_count);

    // Right: the page.
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
    // Reading the page again after an edit: a small sign in the tool row (no layout jump).
    m_refreshLabel = new QLabel(tr("Reading the page again with your changes…"), this);
    m_refreshLabel->setObjectName(QStringLiteral("previewRefreshLabel"));
    m_refresh = new QProgressBar(this);
    m_refresh->setObjectName(QStringLiteral("previewRefreshBar"));
    m_refresh->setRange(0, 0);
    m_refresh->setTextVisible(false);
    m_refresh->setMaximumWidth(120);
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

    auto *messagePage = new QWidget(this);
    m_message = wrappedLabel(messagePage, "previewMessageLabel");
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(tr("&Try Again"), messagePage);
    m_retry->setObjectName(QStringLiteral("retryPreviewButton"));
    auto *messageLayout = new QVBoxLayout(messagePage);
    messageLayout->addStretch(1);
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    messageLayout->addStretch(1);
    // Reading a page for the first time: what is happening, where the page will be.
    m_loading = new QWidget(this);
    auto *loadingLabel = wrappedLabel(m_loading, "previewBusyLabel");
    loadingLabel->setAlignment(Qt::AlignCenter);
    loadingLabel->setText(tr("The redactor is reading the page for protected names and "
                             "contacts. OCR takes a few seconds…"));
    m_busy = new QProgressBar(m_loading);
    m_busy->setObjectName(QStringLiteral("previewBusyBar"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(240);
    auto *loadingLayout = new QVBoxLayout(m_loading);
    loadingLayout->addStretch(1);
    loadingLayout->addWidget(loadingLabel);
    loadingLayout->addWidget(m_busy, 0, Qt::AlignHCenter);
    loadingLayout->addStretch(1);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("reviewPreviewStack"));
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(messagePage);
    m_stack->addWidget(m_loading);

    auto *legend = new QHBoxLayout;
    legend->setContentsMargins(0, 0, 0, 0);
    legend->addWidget(legendEntry(this, ReviewBox::Kind::Proposed, tr("Proposed by the redactor")));
    legend->addWidget(legendEntry(this, ReviewBox::Kind::Drawn, tr("Drawn by you")));
    legend->addWidget(legendEntry(this, ReviewBox::Kind::Kept, tr("Left visible by you")));
    legend->addStretch(1);
    m_boxes = wrappedLabel(this, "reviewBoxesLabel");
    m_help = wrappedLabel(this, "reviewHelpLabel");
    m_help->setEnabled(false); // greyed: a hint, not content
    m_error = ErrorLabel::create(this, QStringLiteral("reviewErrorLabel"));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_reason);
    rightLayout->addLayout(tools);
    rightLayout->addWidget(m_stack, 1);
    rightLayout->addLayout(legend);
    rightLayout->addWidget(m_boxes);
    rightLayout->addWidget(m_help);
    rightLayout->addWidget(m_error);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({420, 780}); // room for the status and the start of the reason

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_approve = m_buttons->addButton(tr("&Mark Page Reviewed"), QDialogButtonBox::ActionRole);
    m_approve->setObjectName(QStringLiteral("approvePageButton"));
    m_approve->setToolTip(tr("Records you as the reviewer of this page in the custody log "
                             "(Ctrl+Return). The exhibit sheet names who reviewed it."));
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_approve, &QPushButton::clicked, this, &RedactionReviewDialog::approveCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
    for (QPushButton *button : m_buttons->findChildren<QPushButton *>())
        button->setAutoDefault(false); // Return in the list must not close the dialog

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selecting)
                    showRow(current.row());
            });
    connect(m_exported, &QCheckBox::toggled, this, &RedactionReviewDialog::setExportedPreview);
    connect(m_retry, &QPushButton::clicked, this, &RedactionReviewDialog::requestPreview);
    connect(zoomIn, &QToolButton::clicked, this, [this] { setZoom(m_canvas->zoom() * 1.25); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { setZoom(m_canvas->zoom() / 1.25); });
    connect(fit, &QToolButton::clicked, this, &RedactionReviewDialog::fitToWindow);
    connect(m_canvas, &ReviewCanvas::drawn, this, &RedactionReviewDialog::drawBox);
    connect(m_canvas, &ReviewCanvas::removeRequested, this, &RedactionReviewDialog::removeBox);
    connect(m_canvas, &ReviewCanvas::changeRequested, this, &RedactionReviewDialog::changeBox);
    connect(m_canvas, &ReviewCanvas::selectionChanged, this, &RedactionReviewDialog::updateHelp);
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::ZoomIn, [this] { setZoom(m_canvas->zoom() * 1.25); });
    shortcut(QKeySequence::ZoomOut, [this] { setZoom(m_canvas->zoom() / 1.25); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_0), [this] { fitToWindow(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] {
        if (m_approve->isEnabled())
            approveCurrent();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] { selectRow(currentRow() + 1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] { selectRow(currentRow() - 1); });

    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this,
            &RedactionReviewDialog::onRunFinished);

    setBeforeExport(false);
    resize(1200, 820);
}

RedactionReviewDialog::~RedactionReviewDialog()
{
    // A running helper is not waited for: its job is a copy and it touches no library.
    // Its result goes nowhere once the watcher is gone.
    m_watcher->disconnect(this);
}

void RedactionReviewDialog::setBeforeExport(bool beforeExport)
{
    QString intro =
        tr("The redactor proposes, you decide. It read each page listed here and proposed "
           "boxes (red outline) over the protected names and contacts it found. Look at every "
           "page: remove a box over something that is not protected, draw a box over anything "
           "it missed, then mark the page reviewed. Your decisions go to the custody log, and "
           "the exhibit sheets say who reviewed each page.");
    if (beforeExport)
        intro = tr("Pages of this dossier await redaction review before it can be exported.") +
                QLatin1Char(' ') + intro;
    m_intro->setText(intro);
    m_buttons->setStandardButtons(beforeExport ? QDialogButtonBox::Cancel
                                               : QDialogButtonBox::Close);
    if (beforeExport) {
        QPushButton *go =
            m_buttons->addButton(tr("Continue to &Export…"), QDialogButtonBox::AcceptRole);
        go->setObjectName(QStringLiteral("continueExportButton"));
        go->setAutoDefault(false);
        m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("closeButton"));
    } else {
        m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    }
    for (QPushButton *button : m_buttons->findChildren<QPushButton *>())
        button->setAutoDefault(false);
}

int RedactionReviewDialog::currentRow() const
{
    return m_model->rowOf(m_itemId, m_page);
}

std::optional<RasterPage> RedactionReviewDialog::currentPreview() const
{
    const std::optional<Shown> &shown = mode() == Mode::Burned ? m_burned : m_proposed;
    if (shown && shown->request == wanted())
        return shown->page;
    return std::nullopt;
}

RedactionReviewDialog::Mode RedactionReviewDialog::mode() const
{
    return m_exported->isChecked() ? Mode::Burned : Mode::Proposed;
}

RedactionReviewDialog::Request RedactionReviewDialog::wanted() const
{
    return Request{m_itemId, m_page, mode(), m_edits};
}

void RedactionReviewDialog::reload()
{
    reloadPages();
    const int pending = m_model->unreviewedCount();
    int row = currentRow();
    if (row < 0)
        row = pending > 0 ? m_model->nextUnreviewed(-1) : (m_model->rowCount() > 0 ? 0 : -1);
    selectRow(row);
    if (row < 0)
        showRow(-1);
}

void RedactionReviewDialog::reloadPages()
{
    if (!m_library)
        return;
    auto pages = RedactionReview::pages(*m_library, m_dossierId);
    if (!pages.ok()) {
        showEditError(pages.error().message);
        return;
    }
    m_selecting = true; // a reset clears the view's selection: put it back quietly
    m_model->setPages(*pages);
    const int row = currentRow();
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
    m_selecting = false;
    const int pending = m_model->unreviewedCount();
    if (m_model->rowCount() == 0)
        m_count->setText(tr("No page of this dossier needs a review: no scans or photos, and no "
                            "protected name in the text of its pages."));
    else if (pending == 0)
        m_count->setText(tr("Every page has been reviewed."));
    else
        m_count->setText(
            tr("%n of %1 page(s) await review.", nullptr, pending).arg(m_model->rowCount()));
}

void RedactionReviewDialog::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_list->setCurrentIndex(m_model->index(row, 0));
    m_list->scrollTo(m_model->index(row, 0));
}

void RedactionReviewDialog::showRow(int row)
{
    const ReviewPage *page = m_model->pageAt(row);
    const qint64 itemId = page ? page->itemId : 0;
    const int number = page ? page->page : 0;
    if (itemId == m_itemId && number == m_page && itemId != 0) {
        updateState();
        return;
    }
    m_itemId = itemId;
    m_page = number;
    m_edits = 0;
    m_proposed.reset();
    m_burned.reset();
    m_fit = true;
    m_canvas->setImage(QImage());
    m_canvas->setBoxes({});
    m_displayed = Request();
    showEditError(QString());
    m_stack->setCurrentWidget(m_scroll);
    if (!page) {
        m_title->setText(m_model->rowCount() == 0 ? tr("Nothing to review") : QString());
        m_reason->clear();
        updateState();
        return;
    }
    m_title->setText(tr("Exhibit %1, page %2").arg(page->exhibitLabel).arg(page->page));
    m_reason->setText(tr("Needs a look because: %1.").arg(page->reason));
    loadRedactions();
    refreshBoxes();
    requestPreview();
    updateState();
}

void RedactionReviewDialog::loadRedactions()
{
    m_redactions.clear();
    if (!m_library || m_itemId <= 0)
        return;
    auto all = m_library->redactions().forItem(m_itemId);
    if (!all.ok()) {
        showEditError(all.error().message);
        return;
    }
    for (const Redaction &r : std::as_const(*all))
        if (r.kind != Redaction::Kind::Text && r.page == m_page)
            m_redactions.append(r);
}

void RedactionReviewDialog::refreshBoxes()
{
    const bool exported = mode() == Mode::Burned;
    m_canvas->setEditable(!exported && m_itemId > 0);
    QVector<ReviewBox> boxes;
    int proposed = 0, drawn = 0, kept = 0;
    QStringList codes;
    if (!exported) {
        for (const Redaction &r : std::as_const(m_redactions))
            if (r.kind == Redaction::Kind::Keep) {
                boxes.append(ReviewBox{ReviewBox::Kind::Kept, r.area, r.id, QString()});
                ++kept;
            }
        if (m_proposed) {
            const RasterPage &page = m_proposed->page;
            for (int i = 0; i < page.autoBoxes.size(); ++i) {
                if (mostlyInside(page.autoBoxes.at(i), m_redactions))
                    continue;
                const QString code = page.autoReasons.value(i);
                boxes.append(ReviewBox{ReviewBox::Kind::Proposed, page.autoBoxes.at(i), 0, code});
                ++proposed;
                if (!code.isEmpty() && !codes.contains(code))
                    codes << code;
            }
        }
        for (const Redaction &r : std::as_const(m_redactions))
            if (r.kind == Redaction::Kind::Rect) {
                boxes.append(ReviewBox{ReviewBox::Kind::Drawn, r.area, r.id, QString()});
                ++drawn;
            }
    }
    m_canvas->setBoxes(boxes);

    if (m_itemId <= 0) {
        m_boxes->clear();
        m_help->clear();
        return;
    }
    if (exported) {
        m_boxes->setText(tr("As exported: every box is burned in, and nothing under it can be "
                            "recovered from the bundle."));
        m_help->setText(tr("Clear \"Preview as exported\" to change the boxes."));
        return;
    }
    QStringList parts;
    if (!m_proposed)
        parts << tr("The redactor has not finished reading this page.");
    else if (proposed == 0)
        parts << tr("The redactor proposes no box on this page.");
    else if (codes.isEmpty())
        parts << tr("The redactor proposes %n box(es).", nullptr, proposed);
    else
        parts << tr("The redactor proposes %n box(es), for %1.", nullptr, proposed)
                     .arg(codes.join(QStringLiteral(", ")));
    if (drawn > 0)
        parts << tr("You drew %n box(es).", nullptr, drawn);
    if (kept > 0)
        parts << tr("You left %n area(s) visible.", nullptr, kept);
    m_boxes->setText(parts.join(QLatin1Char(' ')));
    updateHelp();
}

void RedactionReviewDialog::updateHelp()
{
    const int selected = m_canvas->selectedIndex();
    if (m_itemId <= 0 || mode() == Mode::Burned)
        return;
    if (selected >= 0)
        m_help->setText(ReviewCanvas::describe(m_canvas->boxes().at(selected)) + QLatin1Char(' ') +
                        tr("Drag the box to move it, or its handles to resize it."));
    else
        m_help->setText(tr("Drag on the page to black out what the redactor missed. Click a box "
                           "to select it, drag it to move it or its handles to resize it, and "
                           "press Delete to remove it. Tab steps through the boxes."));
}

void RedactionReviewDialog::requestPreview()
{
    if (m_itemId <= 0)
        return;
    const Request request = wanted();
    const std::optional<Shown> &cached = request.mode == Mode::Burned ? m_burned : m_proposed;
    if (cached && cached->request == request) {
        display(*cached);
        updateState();
        return;
    }
    if (isStillTrue(cached)) {
        display(*cached); // the page itself, its boxes filtered by the areas kept since
    } else {
        m_canvas->setImage(QImage()); // never an old burned page as if it were the export
        m_displayed = Request();
        refreshBoxes();
    }
    if (!m_running)
        startRun(request);
    updateState();
}

void RedactionReviewDialog::startRun(const Request &request)
{
    auto job = RedactionPreview::prepare(*m_library, request.itemId, request.page, m_dossierId,
                                         request.mode);
    if (!job.ok()) {
        showPreviewError(job.error().message);
        return;
    }
    m_running = true;
    m_runningRequest = request;
    const QString helper = m_helperPath;
    // The job is moved into the worker: it holds the original's bytes and touches no library.
    m_watcher->setFuture(QtConcurrent::run([job = std::move(*job), helper]() -> Outcome {
        auto page = RedactionPreview::run(job, helper, kPreviewTimeoutSeconds);
        Outcome outcome;
        if (page.ok())
            outcome.page = std::move(*page);
        else
            outcome.error = page.error();
        return outcome;
    }));
    updateState();
}

void RedactionReviewDialog::onRunFinished()
{
    m_running = false;
    const Outcome outcome = m_watcher->result();
    const Request done = m_runningRequest;
    const Request now = wanted();
    const bool samePage = done.itemId == now.itemId && done.page == now.page;
    if (samePage && outcome.page) {
        Shown shown{done, *outcome.page, QImage::fromData(outcome.page->png, "PNG")};
        if (shown.image.isNull()) {
            if (done == now)
                showPreviewError(tr("The helper returned a page image that cannot be shown."));
        } else {
            std::optional<Shown> &cached = done.mode == Mode::Burned ? m_burned : m_proposed;
            cached = shown;
            if (done.mode == now.mode && isStillTrue(cached))
                display(shown);
        }
    } else if (samePage && done == now) {
        showPreviewError(outcome.error.message);
    }
    if (m_itemId > 0 && !(done == now))
        requestPreview(); // another page, mode or set of boxes was asked for meanwhile
    updateState();
}

bool RedactionReviewDialog::isStillTrue(const std::optional<Shown> &shown) const
{
    if (!shown || shown->request.itemId != m_itemId || shown->request.page != m_page)
        return false;
    // A proposal made before the last edits still shows the page as it is (its boxes are
    // filtered by the areas kept since, and the user's boxes come from the library); a
    // burned page made before them does not show what the export will be.
    return shown->request.mode == Mode::Proposed || shown->request.edits == m_edits;
}

void RedactionReviewDialog::display(const Shown &shown)
{
    m_stack->setCurrentWidget(m_scroll);
    // The proposal shows the page as it is, the same picture after every edit: keep it (and
    // the selection on it). The page as exported changes with every box.
    const Request &r = shown.request;
    if (r.itemId != m_displayed.itemId || r.page != m_displayed.page ||
        r.mode != m_displayed.mode || r.mode == Mode::Burned || !m_canvas->hasImage()) {
        m_canvas->setImage(shown.image);
        if (m_fit)
            fitToWindow();
    }
    m_displayed = r;
    refreshBoxes();
    Q_EMIT previewShown();
}

void RedactionReviewDialog::showPreviewError(const QString &message)
{
    m_message->setText(tr("The page could not be prepared for review, so it cannot be approved "
                          "here yet.\n\n%1")
                           .arg(message));
    m_stack->setCurrentWidget(m_message->parentWidget());
    updateState();
    Q_EMIT previewFailed(message);
}

void RedactionReviewDialog::updateState()
{
    const ReviewPage *page = m_model->pageAt(currentRow());
    const bool busy =
        m_running && m_runningRequest.itemId == m_itemId && m_runningRequest.page == m_page;
    const bool first = busy && !m_canvas->hasImage();
    if (first && m_stack->currentWidget() == m_scroll)
        m_stack->setCurrentWidget(m_loading);
    else if (!first && m_stack->currentWidget() == m_loading)
        m_stack->setCurrentWidget(m_scroll);
    m_refresh->setVisible(busy && !first);
    m_refreshLabel->setVisible(busy && !first);
    const bool upToDate = currentPreview().has_value();
    m_approve->setEnabled(page && !page->approved() && upToDate);
    if (!page)
        m_approve->setToolTip(QString());
    else if (page->approved())
        m_approve->setToolTip(ReviewPageModel::statusText(*page));
    else if (!upToDate)
        m_approve->setToolTip(tr("Wait for the page to be shown with the boxes now in force."));
    else
        m_approve->setToolTip(tr("Records you as the reviewer of this page in the custody log "
                                 "(Ctrl+Return). The exhibit sheet names who reviewed it."));
    m_exported->setEnabled(m_itemId > 0);
    updateZoomLabel();
}

void RedactionReviewDialog::updateZoomLabel()
{
    m_zoomLabel->setText(m_canvas->hasImage() ? tr("%1 %").arg(qRound(m_canvas->zoom() * 100))
                                              : QString());
}

void RedactionReviewDialog::setExportedPreview(bool exported)
{
    if (m_exported->isChecked() != exported) {
        m_exported->setChecked(exported); // comes back here through toggled()
        return;
    }
    refreshBoxes();
    requestPreview();
}

void RedactionReviewDialog::fitToWindow()
{
    m_fit = true;
    if (!m_canvas->hasImage())
        return;
    const QSize available = m_scroll->viewport()->size() - QSize(8, 8);
    const QSize image = m_canvas->imageSize();
    if (available.width() < 20 || available.height() < 20 || image.isEmpty())
        return;
    m_canvas->setZoom(qMin(double(available.width()) / image.width(),
                           double(available.height()) / image.height()));
    updateZoomLabel();
}

void RedactionReviewDialog::setZoom(double zoom)
{
    if (!m_canvas->hasImage())
        return;
    m_fit = false;
    m_canvas->setZoom(qBound(0.05, zoom, 4.0));
    updateZoomLabel();
}

void RedactionReviewDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The pages are read, and the first one sent to the helper, once the dialog is on
    // screen: whoever opens it has set the helper by then.
    if (!m_started) {
        m_started = true;
        reload();
    }
}

bool RedactionReviewDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_fit)
        QTimer::singleShot(0, this, [this] {
            if (m_fit)
                fitToWindow();
        });
    return QDialog::eventFilter(watched, event);
}

void RedactionReviewDialog::approveCurrent()
{
    const ReviewPage *page = m_model->pageAt(currentRow());
    if (!m_library || !page || !currentPreview())
        return;
    const Status approved = RedactionReview::approve(*m_library, m_dossierId, m_itemId, m_page);
    if (!approved.ok()) {
        showEditError(approved.error().message);
        return;
    }
    showEditError(QString());
    const int row = currentRow();
    reloadPages();
    const int next = m_model->nextUnreviewed(row);
    if (next >= 0)
        selectRow(next);
    updateState();
}

void RedactionReviewDialog::showEditError(const QString &message)
{
    ErrorLabel::show(m_error, message);
}

void RedactionReviewDialog::drawBox(const QRectF &area)
{
    if (!m_library || m_itemId <= 0 || area.isEmpty())
        return;
    auto added = m_library->redactions().addRect(m_itemId, m_page, area);
    afterEdit(added.ok() ? Status() : Status(added.error()));
}

void RedactionReviewDialog::removeBox(const ReviewBox &box)
{
    if (!m_library || m_itemId <= 0)
        return;
    if (box.kind == ReviewBox::Kind::Proposed) {
        // Not a protected name: keep the area, so the redactor's box there is not burned.
        auto kept = m_library->redactions().addKeep(m_itemId, m_page, box.area);
        afterEdit(kept.ok() ? Status() : Status(kept.error()));
        return;
    }
    afterEdit(m_library->redactions().remove(box.redactionId));
}

void RedactionReviewDialog::changeBox(const ReviewBox &box, const QRectF &area)
{
    if (!m_library || m_itemId <= 0 || area.isEmpty())
        return;
    RedactionRepository &repository = m_library->redactions();
    Status status;
    switch (box.kind) {
    case ReviewBox::Kind::Proposed: {
        // The redactor's box is left out where it was and the user's box goes where it is now.
        auto kept = repository.addKeep(m_itemId, m_page, box.area);
        if (!kept.ok()) {
            status = kept.error();
            break;
        }
        auto added = repository.addRect(m_itemId, m_page, area);
        if (!added.ok())
            status = added.error();
        break;
    }
    case ReviewBox::Kind::Drawn:
    case ReviewBox::Kind::Kept: {
        status = repository.remove(box.redactionId);
        if (!status.ok())
            break;
        auto added = box.kind == ReviewBox::Kind::Drawn
                         ? repository.addRect(m_itemId, m_page, area)
                         : repository.addKeep(m_itemId, m_page, area);
        if (!added.ok())
            status = added.error();
        break;
    }
    }
    afterEdit(status);
}

void RedactionReviewDialog::afterEdit(const Status &status)
{
    showEditError(status.ok() ? QString() : status.error().message);
    // Even a failed second step may have changed something: read the page's state again.
    ++m_edits;
    loadRedactions();
    refreshBoxes();
    reloadPages(); // the rules changed: an approval of this page no longer holds
    requestPreview();
}

} // namespace amanat::ui
