#include "RedactionReviewDialog.h"

#include "ReviewPageModel.h"
#include "ReviewPageView.h"
#include "bundle/RedactionReview.h"
#include "common/LibraryWrites.h"
#include "library/Library.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace amanat::ui {

namespace {

/** The redactor drops an automatic box when at least this share of it lies in a kept area
 *  (PageRasterizer); the dialog hides it at once, before the page is read again. */
constexpr double kKeptShare = 0.5;

bool mostlyKept(const QRectF &box, const QVector<Redaction> &redactions)
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

} // namespace

RedactionReviewDialog::RedactionReviewDialog(Library *library, qint64 dossierId, QWidget *parent)
    : QDialog(parent), m_library(library), m_dossierId(dossierId)
{
    setObjectName(QStringLiteral("redactionReviewDialog"));
    setWindowTitle(tr("Redaction Review"));
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);
    setSizeGripEnabled(true);
    m_model = new ReviewPageModel(this);
    m_runner = new ReviewPreviewRunner(library, dossierId, this);

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("reviewIntroLabel"));
    m_intro->setWordWrap(true);

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
    for (int column : {ReviewPageModel::ExhibitColumn, ReviewPageModel::PageColumn,
                       ReviewPageModel::StatusColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Pages to review"));
    auto *listLabel = new QLabel(tr("&Pages to review:"), this);
    listLabel->setBuddy(m_list);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("reviewCountLabel"));
    m_count->setWordWrap(true);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_count);

    // Right: the page.
    m_view = new ReviewPageView(this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({420, 780}); // room for the status and the start of the reason

    m_buttons = new QDialogButtonBox(this);
    m_approve = m_buttons->addButton(tr("&Mark Page Reviewed"), QDialogButtonBox::ActionRole);
    m_approve->setObjectName(QStringLiteral("approvePageButton"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_approve, &QPushButton::clicked, this, &RedactionReviewDialog::approveCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selecting)
                    showRow(current.row());
            });
    connect(m_view, &ReviewPageView::exportedPreviewToggled, this, [this] {
        refreshBoxes();
        requestPreview();
    });
    connect(m_view, &ReviewPageView::retryRequested, this, [this] {
        m_view->reset();
        m_displayed = Request();
        refreshBoxes();
        requestPreview();
    });
    ReviewCanvas *canvas = m_view->canvas();
    connect(canvas, &ReviewCanvas::drawn, this, &RedactionReviewDialog::drawBox);
    connect(canvas, &ReviewCanvas::removeRequested, this, &RedactionReviewDialog::removeBox);
    connect(canvas, &ReviewCanvas::changeRequested, this, &RedactionReviewDialog::changeBox);
    connect(m_runner, &ReviewPreviewRunner::arrived, this, &RedactionReviewDialog::onArrived);
    connect(m_runner, &ReviewPreviewRunner::failed, this, &RedactionReviewDialog::onFailed);
    connect(m_runner, &ReviewPreviewRunner::runningChanged, this,
            &RedactionReviewDialog::updateState);
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] {
        if (m_approve->isEnabled())
            approveCurrent();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] { selectRow(currentRow() + 1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] { selectRow(currentRow() - 1); });

    setBeforeExport(false);
    resize(1200, 820);
}

RedactionReviewDialog::~RedactionReviewDialog() = default;

void RedactionReviewDialog::setHelperPath(const QString &path)
{
    m_runner->setHelperPath(path);
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
    m_buttons->button(beforeExport ? QDialogButtonBox::Cancel : QDialogButtonBox::Close)
        ->setObjectName(QStringLiteral("closeButton"));
    if (beforeExport) {
        QPushButton *go =
            m_buttons->addButton(tr("Continue to &Export…"), QDialogButtonBox::AcceptRole);
        go->setObjectName(QStringLiteral("continueExportButton"));
    }
    const QList<QPushButton *> buttons = m_buttons->findChildren<QPushButton *>();
    for (QPushButton *button : buttons)
        button->setAutoDefault(false); // Return in the list must not close the dialog
}

ReviewCanvas *RedactionReviewDialog::canvas() const
{
    return m_view->canvas();
}

int RedactionReviewDialog::currentRow() const
{
    return m_model->rowOf(m_itemId, m_page);
}

bool RedactionReviewDialog::isPreviewRunning() const
{
    return m_runner->isRunning();
}

std::optional<RasterPage> RedactionReviewDialog::currentPreview() const
{
    const std::optional<Preview> &kept = m_runner->kept(mode());
    if (kept && kept->request == wanted())
        return kept->page;
    return std::nullopt;
}

RedactionReviewDialog::Mode RedactionReviewDialog::mode() const
{
    return m_view->isExportedPreview() ? Mode::Burned : Mode::Proposed;
}

RedactionReviewDialog::Request RedactionReviewDialog::wanted() const
{
    return Request{m_itemId, m_page, mode(), m_edits};
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

void RedactionReviewDialog::reload()
{
    reloadPages();
    int row = currentRow();
    if (row < 0)
        row = m_model->unreviewedCount() > 0 ? m_model->nextUnreviewed(-1)
                                             : (m_model->rowCount() > 0 ? 0 : -1);
    if (row >= 0)
        selectRow(row);
    else
        showRow(-1);
}

void RedactionReviewDialog::reloadPages()
{
    if (!m_library)
        return;
    auto pages = RedactionReview::pages(*m_library, m_dossierId);
    if (!pages.ok()) {
        m_view->setEditError(pages.error().message);
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
    m_displayed = Request();
    m_runner->forget();
    m_view->reset();
    if (!page) {
        m_view->setHeading(m_model->rowCount() == 0 ? tr("Nothing to review") : QString(),
                           QString());
        m_redactions.clear();
        refreshBoxes();
        updateState();
        return;
    }
    m_view->setHeading(tr("Exhibit %1, page %2").arg(page->exhibitLabel).arg(page->page),
                       tr("Needs a look because: %1.").arg(page->reason));
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
        m_view->setEditError(all.error().message);
        return;
    }
    for (const Redaction &r : std::as_const(*all))
        if (r.kind != Redaction::Kind::Text && r.page == m_page)
            m_redactions.append(r);
}

void RedactionReviewDialog::refreshBoxes()
{
    const bool exported = mode() == Mode::Burned;
    ReviewCanvas *canvas = m_view->canvas();
    canvas->setEditable(!exported && m_itemId > 0);
    QVector<ReviewBox> boxes;
    int proposed = 0, drawn = 0, kept = 0;
    QStringList codes;
    const std::optional<Preview> &proposal = m_runner->kept(Mode::Proposed);
    if (!exported) {
        for (const Redaction &r : std::as_const(m_redactions))
            if (r.kind == Redaction::Kind::Keep) {
                boxes.append(ReviewBox{ReviewBox::Kind::Kept, r.area, r.id, QString()});
                ++kept;
            }
        if (proposal) {
            const RasterPage &page = proposal->page;
            for (int i = 0; i < page.autoBoxes.size(); ++i) {
                if (mostlyKept(page.autoBoxes.at(i), m_redactions))
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
    canvas->setBoxes(boxes);

    QStringList parts;
    if (m_itemId <= 0) {
        // nothing to say
    } else if (exported) {
        parts << tr("As exported: every box is burned in, and nothing under it can be "
                    "recovered from the bundle.");
    } else {
        if (!proposal)
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
    }
    m_view->setSummary(parts.join(QLatin1Char(' ')));
    m_view->updateHelp();
}

void RedactionReviewDialog::requestPreview()
{
    if (m_itemId <= 0)
        return;
    const Request request = wanted();
    const std::optional<Preview> &kept = m_runner->kept(request.mode);
    if (kept && kept->request == request) {
        display(*kept);
        updateState();
        return;
    }
    if (isStillTrue(kept)) {
        display(*kept); // the page itself, its boxes filtered by the areas kept since
    } else if (m_view->canvas()->hasImage()) {
        m_view->reset(); // never an old burned page as if it were the export
        m_displayed = Request();
        refreshBoxes();
    }
    m_runner->request(request);
    updateState();
}

void RedactionReviewDialog::onArrived(const Preview &preview)
{
    const Request now = wanted();
    if (preview.request.samePage(now) && preview.request.mode == now.mode &&
        isStillTrue(std::optional<Preview>(preview)))
        display(preview);
    updateState();
}

void RedactionReviewDialog::onFailed(const Request &request, const QString &message)
{
    if (request != wanted())
        return; // the page or its boxes changed meanwhile: it is being read again
    m_view->showFailure(message);
    updateState();
    Q_EMIT previewFailed(message);
}

bool RedactionReviewDialog::isStillTrue(const std::optional<Preview> &preview) const
{
    if (!preview || !preview->request.samePage(wanted()))
        return false;
    // A proposal made before the last edits still shows the page as it is (its boxes are
    // filtered by the areas kept since, and the user's boxes come from the library); a
    // burned page made before them does not show what the export will be.
    return preview->request.mode == Mode::Proposed || preview->request.edits == m_edits;
}

void RedactionReviewDialog::display(const Preview &preview)
{
    // The proposal shows the page as it is, the same picture after every edit: keep it (and
    // the zoom and selection on it). The page as exported changes with every box.
    const Request &r = preview.request;
    if (!r.samePage(m_displayed) || r.mode != m_displayed.mode || r.mode == Mode::Burned ||
        !m_view->canvas()->hasImage())
        m_view->showImage(preview.image);
    m_displayed = r;
    refreshBoxes();
    Q_EMIT previewShown();
}

void RedactionReviewDialog::updateState()
{
    const ReviewPage *page = m_model->pageAt(currentRow());
    m_view->setBusy(m_runner->isRunning() && m_runner->running().samePage(wanted()));
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
    m_view->setExportedPreviewEnabled(m_itemId > 0);
}

void RedactionReviewDialog::approveCurrent()
{
    const ReviewPage *page = m_model->pageAt(currentRow());
    if (!m_library || !page || !currentPreview())
        return;
    const qint64 dossierId = m_dossierId, itemId = m_itemId;
    const int pageNumber = m_page;
    const Status approved = writeNow(*m_library, [=](Library &writer) {
        return RedactionReview::approve(writer, dossierId, itemId, pageNumber);
    });
    if (!approved.ok()) {
        m_view->setEditError(approved.error().message);
        return;
    }
    m_view->setEditError(QString());
    const int row = currentRow();
    reloadPages();
    const int next = m_model->nextUnreviewed(row);
    if (next >= 0)
        selectRow(next);
    updateState();
}

void RedactionReviewDialog::drawBox(const QRectF &area)
{
    if (!m_library || m_itemId <= 0 || area.isEmpty())
        return;
    const qint64 itemId = m_itemId;
    const int page = m_page;
    afterEdit(writeNow(*m_library, [itemId, page, area](Library &writer) -> Status {
        auto added = writer.redactions().addRect(itemId, page, area);
        return added.ok() ? Status() : Status(added.error());
    }));
}

void RedactionReviewDialog::removeBox(const ReviewBox &box)
{
    if (!m_library || m_itemId <= 0)
        return;
    const qint64 itemId = m_itemId;
    const int page = m_page;
    afterEdit(writeNow(*m_library, [itemId, page, box](Library &writer) -> Status {
        if (box.kind == ReviewBox::Kind::Proposed) {
            // Not a protected name: keep the area, so the redactor's box there is not burned.
            auto kept = writer.redactions().addKeep(itemId, page, box.area);
            return kept.ok() ? Status() : Status(kept.error());
        }
        return writer.redactions().remove(box.redactionId);
    }));
}

void RedactionReviewDialog::changeBox(const ReviewBox &box, const QRectF &area)
{
    if (!m_library || m_itemId <= 0 || area.isEmpty())
        return;
    const qint64 itemId = m_itemId;
    const int page = m_page;
    afterEdit(writeNow(*m_library, [itemId, page, box, area](Library &writer) -> Status {
        RedactionRepository &repository = writer.redactions();
        if (box.kind == ReviewBox::Kind::Proposed) {
            // The redactor's box is left out where it was; the user's goes where it is now.
            auto kept = repository.addKeep(itemId, page, box.area);
            if (!kept.ok())
                return kept.error();
        } else {
            AMANAT_TRY(repository.remove(box.redactionId));
        }
        auto added = box.kind == ReviewBox::Kind::Kept ? repository.addKeep(itemId, page, area)
                                                       : repository.addRect(itemId, page, area);
        return added.ok() ? Status() : Status(added.error());
    }));
}

void RedactionReviewDialog::afterEdit(const Status &status)
{
    m_view->setEditError(status.ok() ? QString() : status.error().message);
    // Even a failed second step may have changed something: read the page's state again.
    ++m_edits;
    loadRedactions();
    refreshBoxes();
    reloadPages(); // the rules changed: an approval of this page no longer holds
    requestPreview();
}

} // namespace amanat::ui
