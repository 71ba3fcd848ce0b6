#include "PdfPageWidget.h"

#include "RedactionOverlay.h"

#include <QPainter>

namespace amanat::ui {

PdfPageWidget::PdfPageWidget(int page, QWidget *parent) : QWidget(parent), m_page(page)
{
    setObjectName(QStringLiteral("pdfPageWidget"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void PdfPageWidget::setDisplaySize(const QSize &size)
{
    if (size == m_displaySize)
        return;
    m_displaySize = size;
    setFixedSize(size);
    update();
}

void PdfPageWidget::setPixmap(const QPixmap &pixmap, double scale)
{
    m_pixmap = pixmap;
    m_scale = scale;
    update();
}

void PdfPageWidget::dropPixmap()
{
    m_pixmap = QPixmap();
    m_scale = 0;
    update();
}

void PdfPageWidget::setHighlights(const QVector<QRectF> &rects, int current)
{
    m_highlights = rects;
    m_current = current;
    update();
}

void PdfPageWidget::setRedactionOverlay(const RedactionOverlay *overlay)
{
    m_redactions = overlay;
    update();
}

QRect PdfPageWidget::toWidget(const QRectF &f) const
{
    return QRectF(f.x() * width(), f.y() * height(), f.width() * width(), f.height() * height())
        .toAlignedRect();
}

QRect PdfPageWidget::currentHighlightRect() const
{
    if (m_current < 0 || m_current >= m_highlights.size())
        return QRect();
    return toWidget(m_highlights.at(m_current));
}

void PdfPageWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    // A page is paper: white in dark palettes too, as the document was made.
    painter.fillRect(rect(), Qt::white);
    if (!m_pixmap.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawPixmap(rect(), m_pixmap);
    }
    for (int i = 0; i < m_highlights.size(); ++i) {
        const QColor color = i == m_current ? QColor(255, 140, 0, 110) : QColor(255, 220, 0, 90);
        painter.fillRect(toWidget(m_highlights.at(i)).adjusted(-1, -1, 1, 1), color);
    }
    if (m_redactions)
        m_redactions->paint(painter, this);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

} // namespace amanat::ui
