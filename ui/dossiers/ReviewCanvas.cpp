#include "ReviewCanvas.h"

#include "viewers/RedactionOverlay.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace amanat::ui {

namespace {

constexpr int kHandle = 8; ///< side of a resize handle, in pixels

const QColor kProposedOutline(0xd6, 0x28, 0x28);
const QColor kKeptOutline(0x1b, 0x8a, 0x3a);

QPoint clamped(const QWidget *widget, const QPoint &pos)
{
    return QPoint(qBound(0, pos.x(), widget->width() - 1),
                  qBound(0, pos.y(), widget->height() - 1));
}

} // namespace

ReviewCanvas::ReviewCanvas(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewCanvas"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Page under review"));
    setAccessibleDescription(tr("Drag to black out an area. Tab selects the boxes one by one; "
                                "Delete removes the selected box."));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void ReviewCanvas::setImage(const QImage &image)
{
    m_image = image;
    m_drag = Drag::None;
    setSelectedIndex(-1);
    setZoom(m_zoom); // rescales and resizes
}

void ReviewCanvas::setBoxes(const QVector<ReviewBox> &boxes)
{
    const ReviewBox selected = m_boxes.value(m_selected);
    const bool hadSelection = m_selected >= 0;
    m_boxes = boxes;
    m_drag = Drag::None;
    const int again = hadSelection ? int(m_boxes.indexOf(selected)) : -1;
    if (again != m_selected) {
        m_selected = again;
        Q_EMIT selectionChanged(m_selected);
    }
    update();
}

void ReviewCanvas::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    m_drag = Drag::None;
    if (!editable)
        setSelectedIndex(-1);
    unsetCursor();
    update();
}

void ReviewCanvas::setZoom(double zoom)
{
    m_zoom = zoom > 0 ? zoom : 1;
    const QSize shown = m_image.isNull()
                            ? QSize(0, 0)
                            : (QSizeF(m_image.size()) * m_zoom).toSize().expandedTo({1, 1});
    const qreal dpr = devicePixelRatioF();
    if (m_image.isNull()) {
        m_scaled = QPixmap();
    } else {
        m_scaled = QPixmap::fromImage(
            m_image.scaled(shown * dpr, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        m_scaled.setDevicePixelRatio(dpr);
    }
    setFixedSize(shown);
    update();
}

void ReviewCanvas::setSelectedIndex(int index)
{
    if (index < -1 || index >= m_boxes.size())
        index = -1;
    if (index == m_selected)
        return;
    m_selected = index;
    update();
    Q_EMIT selectionChanged(index);
}

QSize ReviewCanvas::sizeHint() const
{
    return m_image.isNull() ? QSize(0, 0) : (QSizeF(m_image.size()) * m_zoom).toSize();
}

QRectF ReviewCanvas::toWidget(const QRectF &area) const
{
    return RedactionOverlay::pageToWidget(QSizeF(size()), 0).mapRect(area);
}

QRectF ReviewCanvas::toPage(const QRectF &rect) const
{
    if (width() <= 0 || height() <= 0)
        return QRectF();
    return RedactionOverlay::pageToWidget(QSizeF(size()), 0).inverted().mapRect(rect) &
           QRectF(0, 0, 1, 1);
}

QRect ReviewCanvas::boxRect(int index) const
{
    if (index < 0 || index >= m_boxes.size())
        return QRect();
    return toWidget(m_boxes.at(index).area).toAlignedRect();
}

int ReviewCanvas::boxAt(const QPoint &pos) const
{
    // Drawn boxes lie on top, then the proposals, then the kept areas; the last one of a
    // kind is drawn last. Among boxes that hold the point the topmost wins.
    for (const ReviewBox::Kind kind :
         {ReviewBox::Kind::Drawn, ReviewBox::Kind::Proposed, ReviewBox::Kind::Kept})
        for (int i = int(m_boxes.size()) - 1; i >= 0; --i)
            if (m_boxes.at(i).kind == kind && boxRect(i).contains(pos))
                return i;
    return -1;
}

QVector<QPair<ReviewCanvas::Edges, QRect>> ReviewCanvas::handles(const QRect &box) const
{
    const auto at = [](int x, int y) {
        return QRect(x - kHandle / 2, y - kHandle / 2, kHandle, kHandle);
    };
    const int l = box.left(), r = box.right(), t = box.top(), b = box.bottom();
    const int cx = box.center().x(), cy = box.center().y();
    return {{Qt::TopEdge | Qt::LeftEdge, at(l, t)},
            {Qt::TopEdge | Qt::RightEdge, at(r, t)},
            {Qt::BottomEdge | Qt::LeftEdge, at(l, b)},
            {Qt::BottomEdge | Qt::RightEdge, at(r, b)},
            {Qt::TopEdge, at(cx, t)},
            {Qt::BottomEdge, at(cx, b)},
            {Qt::LeftEdge, at(l, cy)},
            {Qt::RightEdge, at(r, cy)}};
}

ReviewCanvas::Edges ReviewCanvas::handleAt(const QPoint &pos) const
{
    if (m_selected < 0)
        return 0;
    const auto list = handles(boxRect(m_selected));
    for (const auto &[edges, rect] : list)
        if (rect.adjusted(-2, -2, 2, 2).contains(pos))
            return edges;
    return 0;
}

QRect ReviewCanvas::draggedRect() const
{
    const QRect bounds = rect();
    const QPoint delta = m_dragEnd - m_dragStart;
    switch (m_drag) {
    case Drag::Draw:
        return QRect(m_dragStart, m_dragEnd).normalized() & bounds;
    case Drag::Move: {
        QRect moved = boxRect(m_selected).translated(delta);
        // Stays on the page: slide back inside rather than shrink.
        moved.moveLeft(qBound(0, moved.left(), qMax(0, bounds.width() - moved.width())));
        moved.moveTop(qBound(0, moved.top(), qMax(0, bounds.height() - moved.height())));
        return moved;
    }
    case Drag::Resize: {
        QRect box = boxRect(m_selected);
        if (m_edges & Qt::LeftEdge)
            box.setLeft(box.left() + delta.x());
        if (m_edges & Qt::RightEdge)
            box.setRight(box.right() + delta.x());
        if (m_edges & Qt::TopEdge)
            box.setTop(box.top() + delta.y());
        if (m_edges & Qt::BottomEdge)
            box.setBottom(box.bottom() + delta.y());
        return box.normalized() & bounds;
    }
    case Drag::None:
        break;
    }
    return QRect();
}

void ReviewCanvas::paintBox(QPainter &painter, const ReviewBox &box, const QRect &rect,
                            bool tagged) const
{
    QFont small = font();
    small.setPointSizeF(qMax(7.0, small.pointSizeF() * 0.85));
    const QFontMetrics metrics(small);
    // A small tag at the box's top-left corner, above it where there is room.
    // Only the selected box is tagged: a tag would hide the page around every box.
    const auto tag = [&](const QString &text, const QColor &colour) {
        if (text.isEmpty() || !tagged)
            return;
        const QSize size(metrics.horizontalAdvance(text) + 8, metrics.height() + 2);
        const int top = rect.top() - size.height() >= 0 ? rect.top() - size.height() : rect.top();
        const QRect where(QPoint(rect.left(), top), size);
        painter.fillRect(where, QColor(255, 255, 255, 225));
        painter.setPen(colour);
        painter.setFont(small);
        painter.drawText(where, Qt::AlignCenter, text);
    };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    switch (box.kind) {
    case ReviewBox::Kind::Proposed:
        painter.fillRect(rect, QColor(0, 0, 0, 140));
        painter.setPen(QPen(kProposedOutline, 2, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(1, 1, -1, -1));
        tag(box.reason.isEmpty() ? tr("proposed") : tr("proposed for %1").arg(box.reason),
            kProposedOutline.darker(120));
        break;
    case ReviewBox::Kind::Drawn:
        RedactionOverlay::paintRedactedBox(painter, rect);
        tag(tr("yours"), Qt::black);
        break;
    case ReviewBox::Kind::Kept:
        painter.fillRect(rect, QColor(0x1b, 0x8a, 0x3a, 28));
        painter.setPen(QPen(kKeptOutline, 2, Qt::DashLine, Qt::SquareCap, Qt::MiterJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(1, 1, -1, -1));
        tag(tr("left visible"), kKeptOutline.darker(130));
        break;
    }
    painter.restore();
}

void ReviewCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (!m_scaled.isNull())
        painter.drawPixmap(0, 0, m_scaled);
    // Kept areas first, then the proposals, then the user's boxes on top (as boxAt() finds them).
    for (const ReviewBox::Kind kind :
         {ReviewBox::Kind::Kept, ReviewBox::Kind::Proposed, ReviewBox::Kind::Drawn})
        for (int i = 0; i < m_boxes.size(); ++i)
            if (m_boxes.at(i).kind == kind &&
                !(m_drag != Drag::Draw && m_drag != Drag::None && i == m_selected && m_dragMoved))
                paintBox(painter, m_boxes.at(i), boxRect(i), i == m_selected);
    const QColor highlight = palette().color(QPalette::Highlight);
    if (m_drag == Drag::Draw && m_dragMoved) {
        RedactionOverlay::paintDragBand(painter, draggedRect());
    } else if ((m_drag == Drag::Move || m_drag == Drag::Resize) && m_dragMoved) {
        ReviewBox moved = m_boxes.value(m_selected);
        if (moved.kind == ReviewBox::Kind::Proposed)
            moved.kind = ReviewBox::Kind::Drawn; // a moved proposal becomes the user's box
        paintBox(painter, moved, draggedRect(), false);
    }
    if (m_selected >= 0 && !(m_drag != Drag::None && m_dragMoved)) {
        const QRect box = boxRect(m_selected);
        painter.setPen(QPen(highlight, 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box.adjusted(-3, -3, 2, 2));
        if (m_editable) {
            painter.setPen(QPen(highlight.darker(150), 1));
            painter.setBrush(Qt::white);
            for (const auto &entry : handles(box))
                painter.drawRect(entry.second.adjusted(0, 0, -1, -1));
        }
    }
    if (hasFocus()) {
        painter.setPen(QPen(highlight, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void ReviewCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_image.isNull())
        return QWidget::mousePressEvent(event);
    const QPoint pos = clamped(this, event->position().toPoint());
    m_dragStart = m_dragEnd = pos;
    m_dragMoved = false;
    if (const Edges edges = m_editable ? handleAt(pos) : 0) {
        m_drag = Drag::Resize;
        m_edges = edges;
        return;
    }
    const int hit = boxAt(pos);
    setSelectedIndex(hit);
    if (!m_editable)
        m_drag = Drag::None;
    else
        m_drag = hit >= 0 ? Drag::Move : Drag::Draw;
}

void ReviewCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = clamped(this, event->position().toPoint());
    if (m_drag == Drag::None) {
        updateCursor(pos);
        return;
    }
    m_dragEnd = pos;
    const QPoint delta = m_dragEnd - m_dragStart;
    if (qAbs(delta.x()) >= kMinDragPixels || qAbs(delta.y()) >= kMinDragPixels)
        m_dragMoved = true;
    update();
}

void ReviewCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None)
        return QWidget::mouseReleaseEvent(event);
    m_dragEnd = clamped(this, event->position().toPoint());
    const Drag drag = m_drag;
    const QRect result = draggedRect();
    const bool moved = m_dragMoved;
    m_drag = Drag::None;
    m_dragMoved = false;
    update();
    if (!moved)
        return;
    if (drag == Drag::Draw) {
        if (result.width() >= kMinDragPixels && result.height() >= kMinDragPixels)
            Q_EMIT drawn(toPage(QRectF(result)));
    } else if (m_selected >= 0 && result.width() >= kMinDragPixels &&
               result.height() >= kMinDragPixels && result != boxRect(m_selected)) {
        Q_EMIT changeRequested(m_boxes.at(m_selected), toPage(QRectF(result)));
    }
}

void ReviewCanvas::updateCursor(const QPoint &pos)
{
    if (!m_editable || m_image.isNull()) {
        unsetCursor();
        return;
    }
    switch (handleAt(pos)) {
    case Qt::TopEdge | Qt::LeftEdge:
    case Qt::BottomEdge | Qt::RightEdge:
        setCursor(Qt::SizeFDiagCursor);
        return;
    case Qt::TopEdge | Qt::RightEdge:
    case Qt::BottomEdge | Qt::LeftEdge:
        setCursor(Qt::SizeBDiagCursor);
        return;
    case Qt::TopEdge:
    case Qt::BottomEdge:
        setCursor(Qt::SizeVerCursor);
        return;
    case Qt::LeftEdge:
    case Qt::RightEdge:
        setCursor(Qt::SizeHorCursor);
        return;
    default:
        break;
    }
    setCursor(boxAt(pos) >= 0 ? Qt::SizeAllCursor : Qt::CrossCursor);
}

void ReviewCanvas::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && m_editable &&
        m_selected >= 0) {
        Q_EMIT removeRequested(m_boxes.at(m_selected));
        return;
    }
    if (event->key() == Qt::Key_Escape && m_drag != Drag::None) {
        m_drag = Drag::None;
        update();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_selected >= 0) {
        setSelectedIndex(-1);
        return;
    }
    QWidget::keyPressEvent(event);
}

bool ReviewCanvas::focusNextPrevChild(bool next)
{
    // Tab walks through the boxes, then on to the next widget: never a trap.
    if (hasFocus() && !m_boxes.isEmpty()) {
        if (next && m_selected < m_boxes.size() - 1) {
            setSelectedIndex(m_selected + 1);
            return true;
        }
        if (!next && m_selected > 0) {
            setSelectedIndex(m_selected - 1);
            return true;
        }
        setSelectedIndex(-1);
    }
    return QWidget::focusNextPrevChild(next);
}

QString ReviewCanvas::describe(const ReviewBox &box)
{
    switch (box.kind) {
    case ReviewBox::Kind::Proposed:
        return box.reason.isEmpty()
                   ? tr("Proposed by the redactor. Delete leaves this area visible.")
                   : tr("Proposed by the redactor for %1. Delete leaves this area visible.")
                         .arg(box.reason);
    case ReviewBox::Kind::Drawn:
        return tr("Drawn by you: always blacked out. Delete removes it.");
    case ReviewBox::Kind::Kept:
        return tr("Left visible by you: the redactor's boxes here are not burned. Delete "
                  "blacks them out again.");
    }
    return QString();
}

bool ReviewCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int hit = boxAt(help->pos());
        if (hit >= 0)
            QToolTip::showText(help->globalPos(), describe(m_boxes.at(hit)), this, boxRect(hit));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

QString ReviewCanvas::removeText(const ReviewBox &box) const
{
    switch (box.kind) {
    case ReviewBox::Kind::Proposed:
        return tr("Leave Visible (Not a Protected Name)");
    case ReviewBox::Kind::Drawn:
        return tr("Remove My Box");
    case ReviewBox::Kind::Kept:
        return tr("Black Out Again");
    }
    return QString();
}

void ReviewCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    const int hit = boxAt(event->pos());
    if (!m_editable || hit < 0)
        return QWidget::contextMenuEvent(event);
    setSelectedIndex(hit);
    const ReviewBox box = m_boxes.at(hit);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("reviewBoxContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *remove = menu->addAction(removeText(box));
    remove->setObjectName(QStringLiteral("removeBoxAction"));
    remove->setShortcut(QKeySequence::Delete);
    connect(remove, &QAction::triggered, this, [this, box] { Q_EMIT removeRequested(box); });
    menu->popup(event->globalPos());
}

} // namespace amanat::ui
