#pragma once

#include "repository/RedactionRepository.h"

#include <QCursor>
#include <QHash>
#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QRect>
#include <QTransform>
#include <QVector>

#include <functional>

class QPainter;
class QToolButton;
class QWidget;

namespace amanat {
class Library;
}

namespace amanat::ui {

/** The page-area redactions of the item a viewer shows, drawn over its page widgets
 *  ("surfaces") as dark boxes, and the "Redact area" tool that adds them: while the tool is
 *  on, dragging on a surface draws a rectangle that is saved, in fractions of the unrotated
 *  page, through RedactionRepository::addRect (logged there). A box's context menu removes
 *  it. Only the screen is painted over; rendered pixmaps and originals are never touched.
 *  Text redactions are not drawn (the dossier editor's Redactions panel lists them).
 *
 *  A viewer attaches each page widget with a function saying which page (from 1; 0 for
 *  none) it shows and at what view rotation, and calls paint() at the end of its
 *  paintEvent(). One overlay per viewer. */
class RedactionOverlay : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool drawing READ isDrawing WRITE setDrawing NOTIFY drawingChanged)
    Q_PROPERTY(int rectCount READ rectCount NOTIFY redactionsChanged)

public:
    /** Smaller drags (either side, in pixels) are taken as clicks, not areas. */
    static constexpr int kMinDragPixels = 5;

    struct Placement
    {
        int page = 0;     ///< from 1; 0 when the surface shows no page
        int rotation = 0; ///< view rotation, clockwise: 0, 90, 180 or 270
    };
    using PlacementFunction = std::function<Placement()>;

    explicit RedactionOverlay(QObject *parent = nullptr);

    /** Shows the redactions of @p itemId in @p library (not owned; must outlive the
     *  overlay's use of it, or be cleared first). */
    void setItem(Library *library, qint64 itemId);
    /** Forgets the item and turns the tool off (called when the viewer clears). */
    void clear();
    void reload();

    /** Watches @p surface (mouse, context menu) and draws on it; forgotten when destroyed. */
    void attach(QWidget *surface, PlacementFunction placement);
    /** Draws the boxes (and the rectangle being dragged) belonging to @p surface. */
    void paint(QPainter &painter, const QWidget *surface) const;

    bool isDrawing() const { return m_drawing; }
    void setDrawing(bool on);
    /** A checkable "Redact area" tool button wired to setDrawing(), for a viewer's toolbar. */
    QToolButton *createToolButton(QWidget *parent, const QString &objectName);

    /** The rect redactions of the item, in the order they were made. */
    QVector<Redaction> rects() const { return m_rects; }
    int rectCount() const { return int(m_rects.size()); }
    /** The boxes drawn on @p surface now, in its coordinates. */
    QVector<QRect> boxesOn(const QWidget *surface) const;
    /** The last failure to save or remove, for the user; empty after a success. */
    QString lastError() const { return m_lastError; }

    /** Maps fractions of the unrotated page to the coordinates of a widget of @p size that
     *  shows the page turned clockwise by @p rotation degrees (a multiple of 90). */
    static QTransform pageToWidget(const QSizeF &size, int rotation);
    /** Draws a box redacted by hand: dark enough to read as hidden, light enough to check
     *  what lies beneath (also used by the redaction review). */
    static void paintRedactedBox(QPainter &painter, const QRect &box);
    /** Draws the rectangle being dragged out, @p band in widget coordinates. */
    static void paintDragBand(QPainter &painter, const QRectF &band);

public Q_SLOTS:
    bool removeRedaction(qint64 redactionId);

Q_SIGNALS:
    void drawingChanged(bool on);
    void redactionsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTransform transformFor(const QWidget *surface, const Placement &placement) const;
    void finishDrag(QWidget *surface, const QPoint &end);
    bool showContextMenu(QWidget *surface, const QPoint &pos, const QPoint &globalPos);
    void applyCursors();
    void reportError(QWidget *surface, const QString &message);
    void repaintSurfaces();

    struct Surface
    {
        PlacementFunction placement;
        bool cursorSaved = false;
        bool hadCursor = false;
        QCursor previousCursor;
    };

    Library *m_library = nullptr;
    qint64 m_itemId = 0;
    QVector<Redaction> m_rects;
    QHash<QWidget *, Surface> m_surfaces;
    bool m_drawing = false;
    QPointer<QWidget> m_dragSurface;
    QPoint m_dragStart;
    QPoint m_dragEnd;
    QString m_lastError;
};

} // namespace amanat::ui
