#pragma once

#include <QPixmap>
#include <QRectF>
#include <QVector>
#include <QWidget>

namespace amanat::ui {

class RedactionOverlay;

/** One page of a paged document: its rendered pixmap (possibly at an older zoom, drawn
 *  scaled until the new render arrives), or a blank sheet while none is there, and the
 *  find highlights (rectangles as fractions of the page), and the redaction boxes of an
 *  overlay, drawn on top. */
class PdfPageWidget : public QWidget
{
    Q_OBJECT

public:
    PdfPageWidget(int page, QWidget *parent = nullptr);

    int page() const { return m_page; }
    /** The size the page takes on screen, in device-independent pixels. */
    void setDisplaySize(const QSize &size);
    QSize sizeHint() const override { return m_displaySize; }

    void setPixmap(const QPixmap &pixmap, double scale);
    void dropPixmap();
    bool hasPixmap() const { return !m_pixmap.isNull(); }
    QPixmap pixmap() const { return m_pixmap; }
    double pixmapScale() const { return m_scale; }

    void setHighlights(const QVector<QRectF> &rects, int current = -1);
    QVector<QRectF> highlights() const { return m_highlights; }
    /** The current match in widget coordinates, or a null rect. */
    QRect currentHighlightRect() const;
    /** Draws @p overlay's boxes over the page (not owned; may be null). */
    void setRedactionOverlay(const RedactionOverlay *overlay);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRect toWidget(const QRectF &fraction) const;

    int m_page;
    QSize m_displaySize;
    QPixmap m_pixmap;
    double m_scale = 0;
    QVector<QRectF> m_highlights;
    int m_current = -1;
    const RedactionOverlay *m_redactions = nullptr;
};

} // namespace amanat::ui
