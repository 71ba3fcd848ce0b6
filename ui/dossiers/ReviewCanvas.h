#pragma once

#include <QImage>
#include <QMetaType>
#include <QPixmap>
#include <QPoint>
#include <QRectF>
#include <QString>
#include <QVector>
#include <QWidget>

namespace amanat::ui {

/** A box on the page under review, in fractions of the page (top-left origin). */
struct ReviewBox
{
    enum class Kind
    {
        Proposed, ///< placed by the redactor (the machine's proposal)
        Drawn,    ///< a rect redaction the user drew: always burned
        Kept      ///< a keep area: automatic boxes there stay unburned (left visible)
    };
    Kind kind = Kind::Proposed;
    QRectF area;
    qint64 redactionId = 0; ///< Drawn and Kept: the redaction's id
    QString reason;         ///< Proposed: the protected person's code

    bool operator==(const ReviewBox &other) const
    {
        return kind == other.kind && area == other.area && redactionId == other.redactionId;
    }
};

/** One page image with the boxes of the redaction review drawn over it: the redactor's
 *  proposals (dark, red outline), the user's own boxes (dark, black outline, as the viewers
 *  draw them) and areas left visible (dashed green outline). Shows the image at a zoom
 *  factor; the scroll area around it decides the zoom.
 *
 *  While editable: dragging on the page draws a new box (drawn()); clicking a box selects
 *  it; dragging a selected box moves it and dragging one of its handles resizes it
 *  (changeRequested()); Delete, Backspace or the context menu removes it
 *  (removeRequested()). Tab and Shift+Tab step through the boxes before leaving the canvas.
 *  The canvas changes nothing by itself: whoever handles the signals saves the change and
 *  calls setBoxes(). */
class ReviewCanvas : public QWidget
{
    Q_OBJECT

public:
    /** Smaller drags (either side, in pixels) are clicks, not boxes or moves. */
    static constexpr int kMinDragPixels = 5;

    explicit ReviewCanvas(QWidget *parent = nullptr);

    /** Shows @p image (a null image shows nothing); the selection is cleared. */
    void setImage(const QImage &image);
    bool hasImage() const { return !m_image.isNull(); }
    QSize imageSize() const { return m_image.size(); }
    void setBoxes(const QVector<ReviewBox> &boxes);
    const QVector<ReviewBox> &boxes() const { return m_boxes; }
    /** False while the page is shown as exported, or while nothing may change. */
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    void setZoom(double zoom);
    double zoom() const { return m_zoom; }

    int selectedIndex() const { return m_selected; }
    void setSelectedIndex(int index);
    /** Where box @p index is drawn, in this widget's coordinates. */
    QRect boxRect(int index) const;
    /** Page fractions → widget coordinates, and back. */
    QRectF toWidget(const QRectF &area) const;
    QRectF toPage(const QRectF &rect) const;

    QSize sizeHint() const override;
    /** A sentence saying what @p box is and what removing it does. */
    static QString describe(const ReviewBox &box);

Q_SIGNALS:
    void drawn(const QRectF &area);
    void removeRequested(const amanat::ui::ReviewBox &box);
    void changeRequested(const amanat::ui::ReviewBox &box, const QRectF &area);
    void selectionChanged(int index);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    enum class Drag
    {
        None,
        Draw,
        Move,
        Resize
    };
    /** Which edges a handle moves: bits of Qt::Edge. */
    using Edges = int;

    int boxAt(const QPoint &pos) const;
    Edges handleAt(const QPoint &pos) const;
    QVector<QPair<Edges, QRect>> handles(const QRect &box) const;
    QRect draggedRect() const;
    void updateCursor(const QPoint &pos);
    void paintBox(QPainter &painter, const ReviewBox &box, const QRect &rect, bool tagged) const;
    QString removeText(const ReviewBox &box) const;

    QImage m_image;
    QPixmap m_scaled; ///< m_image at the current zoom
    QVector<ReviewBox> m_boxes;
    bool m_editable = true;
    double m_zoom = 1;
    int m_selected = -1;

    Drag m_drag = Drag::None;
    Edges m_edges = 0;
    QPoint m_dragStart;
    QPoint m_dragEnd;
    bool m_dragMoved = false;
};

} // namespace amanat::ui

Q_DECLARE_METATYPE(amanat::ui::ReviewBox)
