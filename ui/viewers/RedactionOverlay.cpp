#include "RedactionOverlay.h"

#include "common/LibraryWrites.h"
#include "library/Library.h"

#include <QContextMenuEvent>
#include <QIcon>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolButton>
#include <QToolTip>
#include <QWidget>

namespace amanat::ui {

namespace {

QPoint clampedTo(const QWidget *surface, const QPointF &pos)
{
    return QPoint(qBound(0, qRound(pos.x()), surface->width()),
                  qBound(0, qRound(pos.y()), surface->height()));
}

} // namespace

RedactionOverlay::RedactionOverlay(QObject *parent) : QObject(parent) {}

QTransform RedactionOverlay::pageToWidget(const QSizeF &size, int rotation)
{
    const qreal w = size.width();
    const qreal h = size.height();
    // x' = m11·x + m21·y + dx, y' = m12·x + m22·y + dy, with x, y fractions of the page.
    switch (((rotation % 360) + 360) % 360) {
    case 90: // the page's top edge is now on the right
        return QTransform(0, h, -w, 0, w, 0);
    case 180:
        return QTransform(-w, 0, 0, -h, w, h);
    case 270: // the page's top edge is now on the left
        return QTransform(0, -h, w, 0, 0, h);
    default:
        return QTransform(w, 0, 0, h, 0, 0);
    }
}

void RedactionOverlay::setItem(Library *library, qint64 itemId)
{
    m_library = itemId > 0 ? library : nullptr;
    m_itemId = m_library ? itemId : 0;
    m_dragSurface = nullptr;
    m_lastError.clear();
    reload();
}

void RedactionOverlay::clear()
{
    setDrawing(false);
    setItem(nullptr, 0);
}

void RedactionOverlay::reload()
{
    m_rects.clear();
    if (m_library) {
        auto all = m_library->redactions().forItem(m_itemId);
        if (all.ok()) {
            for (const Redaction &r : std::as_const(*all)) {
                if (r.kind == Redaction::Kind::Rect)
                    m_rects.append(r);
            }
        } else {
            m_lastError = all.error().message;
        }
    }
    repaintSurfaces();
    Q_EMIT redactionsChanged();
}

void RedactionOverlay::attach(QWidget *surface, PlacementFunction placement)
{
    if (!surface || !placement)
        return;
    m_surfaces.insert(surface, Surface{std::move(placement), false, false, QCursor()});
    surface->installEventFilter(this);
    connect(surface, &QObject::destroyed, this, [this, surface] {
        m_surfaces.remove(surface); // only the key: the widget is gone
    });
    applyCursors();
}

void RedactionOverlay::setDrawing(bool on)
{
    if (on == m_drawing)
        return;
    m_drawing = on;
    if (QWidget *surface = m_dragSurface) {
        m_dragSurface = nullptr;
        surface->update();
    }
    applyCursors();
    Q_EMIT drawingChanged(on);
}

QToolButton *RedactionOverlay::createToolButton(QWidget *parent, const QString &objectName)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setIcon(QIcon(QStringLiteral(":/icons/viewers/redact.svg")));
    button->setText(tr("Redact area"));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setToolTip(tr("Redact area: black out an area in exported bundles; the original "
                          "is not changed. Drag over the page to draw it; right-click a box "
                          "to remove it."));
    button->setEnabled(m_library != nullptr);
    connect(button, &QToolButton::toggled, this, &RedactionOverlay::setDrawing);
    connect(this, &RedactionOverlay::drawingChanged, button, &QToolButton::setChecked);
    connect(this, &RedactionOverlay::redactionsChanged, button,
            [this, button] { button->setEnabled(m_library != nullptr); });
    return button;
}

QTransform RedactionOverlay::transformFor(const QWidget *surface, const Placement &placement) const
{
    return pageToWidget(QSizeF(surface->size()), placement.rotation);
}

QVector<QRect> RedactionOverlay::boxesOn(const QWidget *surface) const
{
    QVector<QRect> boxes;
    const auto it = m_surfaces.constFind(const_cast<QWidget *>(surface));
    if (it == m_surfaces.constEnd())
        return boxes;
    const Placement placement = it->placement();
    if (placement.page <= 0)
        return boxes;
    const QTransform transform = transformFor(surface, placement);
    for (const Redaction &r : m_rects) {
        if (r.page == placement.page)
            boxes.append(transform.mapRect(r.area).toAlignedRect());
    }
    return boxes;
}

void RedactionOverlay::paint(QPainter &painter, const QWidget *surface) const
{
    const QVector<QRect> boxes = boxesOn(surface);
    const bool dragging = m_dragSurface == surface;
    if (boxes.isEmpty() && !dragging)
        return;
    for (const QRect &box : boxes)
        paintRedactedBox(painter, box);
    if (dragging)
        paintDragBand(painter, QRectF(QPointF(m_dragStart), QPointF(m_dragEnd)).normalized());
}

void RedactionOverlay::paintRedactedBox(QPainter &painter, const QRect &box)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    // Dark enough to read as "hidden", light enough to check what lies beneath.
    painter.fillRect(box, QColor(0, 0, 0, 150));
    painter.setPen(QPen(Qt::black, 2, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box.adjusted(1, 1, -1, -1));
    painter.restore();
}

void RedactionOverlay::paintDragBand(QPainter &painter, const QRectF &band)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    QColor fill(Qt::black);
    fill.setAlpha(60);
    painter.fillRect(band, fill);
    painter.setPen(QPen(Qt::black, 1, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(band);
    painter.restore();
}

bool RedactionOverlay::eventFilter(QObject *watched, QEvent *event)
{
    auto *surface = qobject_cast<QWidget *>(watched);
    if (!surface || !m_surfaces.contains(surface))
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (!m_drawing || !m_library || mouse->button() != Qt::LeftButton ||
            m_surfaces.value(surface).placement().page <= 0)
            break;
        m_dragSurface = surface;
        m_dragStart = m_dragEnd = clampedTo(surface, mouse->position());
        surface->update();
        return true; // not a pan, nor anything else the page does with a press
    }
    case QEvent::MouseMove:
        if (m_dragSurface != surface)
            break;
        m_dragEnd = clampedTo(surface, static_cast<QMouseEvent *>(event)->position());
        surface->update();
        return true;
    case QEvent::MouseButtonRelease: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (m_dragSurface != surface || mouse->button() != Qt::LeftButton)
            break;
        finishDrag(surface, clampedTo(surface, mouse->position()));
        return true;
    }
    case QEvent::ContextMenu: {
        auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        if (showContextMenu(surface, menuEvent->pos(), menuEvent->globalPos()))
            return true;
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void RedactionOverlay::finishDrag(QWidget *surface, const QPoint &end)
{
    m_dragEnd = end;
    const QRectF band =
        QRectF(QPointF(m_dragStart), QPointF(m_dragEnd)).normalized() & QRectF(surface->rect());
    m_dragSurface = nullptr;
    surface->update();
    if (!m_library || band.width() < kMinDragPixels || band.height() < kMinDragPixels)
        return;
    const Placement placement = m_surfaces.value(surface).placement();
    bool invertible = false;
    const QTransform toPage = transformFor(surface, placement).inverted(&invertible);
    if (placement.page <= 0 || !invertible)
        return;
    const QRectF area = toPage.mapRect(band) & QRectF(0, 0, 1, 1);
    if (area.isEmpty())
        return;
    const qint64 itemId = m_itemId;
    const int page = placement.page;
    auto added = writeNow(*m_library, [itemId, page, area](Library &writer) {
        return writer.redactions().addRect(itemId, page, area);
    });
    if (!added.ok()) {
        reportError(surface, added.error().message);
        return;
    }
    m_lastError.clear();
    reload();
}

bool RedactionOverlay::showContextMenu(QWidget *surface, const QPoint &pos, const QPoint &globalPos)
{
    if (!m_library)
        return false;
    const Placement placement = m_surfaces.value(surface).placement();
    if (placement.page <= 0)
        return false;
    const QTransform transform = transformFor(surface, placement);
    qint64 hit = 0;
    // The last drawn box is on top.
    for (auto it = m_rects.crbegin(); it != m_rects.crend() && hit == 0; ++it) {
        if (it->page == placement.page && transform.mapRect(it->area).contains(QPointF(pos)))
            hit = it->id;
    }
    if (hit == 0)
        return false;
    auto *menu = new QMenu(surface);
    menu->setObjectName(QStringLiteral("redactionContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *remove = menu->addAction(tr("Remove redaction"));
    remove->setObjectName(QStringLiteral("removeRedactionAction"));
    connect(remove, &QAction::triggered, this, [this, hit] { removeRedaction(hit); });
    menu->popup(globalPos);
    return true;
}

bool RedactionOverlay::removeRedaction(qint64 redactionId)
{
    if (!m_library)
        return false;
    const Status removed = writeNow(*m_library, [redactionId](Library &writer) {
        return writer.redactions().remove(redactionId);
    });
    if (!removed.ok())
        reportError(nullptr, removed.error().message);
    else
        m_lastError.clear();
    reload();
    return removed.ok();
}

void RedactionOverlay::applyCursors()
{
    for (auto it = m_surfaces.begin(); it != m_surfaces.end(); ++it) {
        QWidget *surface = it.key();
        Surface &state = it.value();
        if (m_drawing && !state.cursorSaved) {
            state.hadCursor = surface->testAttribute(Qt::WA_SetCursor);
            state.previousCursor = surface->cursor();
            state.cursorSaved = true;
            surface->setCursor(Qt::CrossCursor);
        } else if (!m_drawing && state.cursorSaved) {
            if (state.hadCursor)
                surface->setCursor(state.previousCursor);
            else
                surface->unsetCursor();
            state.cursorSaved = false;
        }
    }
}

void RedactionOverlay::reportError(QWidget *surface, const QString &message)
{
    m_lastError = message;
    if (surface)
        QToolTip::showText(QCursor::pos(), message, surface);
}

void RedactionOverlay::repaintSurfaces()
{
    for (auto it = m_surfaces.cbegin(); it != m_surfaces.cend(); ++it)
        it.key()->update();
}

} // namespace amanat::ui
