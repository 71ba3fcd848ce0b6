#pragma once

#include "render/RenderClient.h"

#include <QImage>
#include <QVector>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QSpinBox;
class QStackedWidget;

namespace amanat {
class Library;
}

namespace amanat::ui {

class ImageCanvas;
class RedactionOverlay;

/** An image or scan: zoom, pan (drag), rotation for viewing (90° steps; the original is
 *  never changed), a page chooser for multi-page TIFFs, the extracted (OCR) text beside
 *  it, and page-area redactions drawn over it (in any rotation: areas are stored in
 *  fractions of the unrotated page). The image is decoded by the render helper, not in this
 * process. */
class ImageViewer : public QWidget
{
    Q_OBJECT

public:
    explicit ImageViewer(QWidget *parent = nullptr);
    ~ImageViewer() override;

    void open(Library &library, qint64 itemId, const QString &mime, const QString &name);
    void clear();

    int pageCount() const { return int(m_sizes.size()); }
    int currentPage() const { return m_page + 1; } ///< from 1
    void setPage(int page);                        ///< from 1
    int rotation() const { return m_rotation; }    ///< 0, 90, 180 or 270
    void rotateBy(int degrees);
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void fitToWindow();
    bool hasFailed() const;
    /** The page-area redactions drawn over the image, and the "Redact area" tool. */
    RedactionOverlay *redactionOverlay() const { return m_redactions; }

Q_SIGNALS:
    void imageShown();
    void displayFailed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onOpened();
    void onRendered(int requestId, int page, double scale, const QImage &image);
    void onFailed(const QString &reason);
    void requestImage();
    void updateView();
    void showText();
    QSizeF rotatedSize() const;

    RenderClient m_client;
    QStackedWidget *m_stack = nullptr;
    QScrollArea *m_scroll = nullptr;
    ImageCanvas *m_canvas = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_pageLabel = nullptr;
    QSpinBox *m_pageSpin = nullptr;
    QPlainTextEdit *m_text = nullptr;
    RedactionOverlay *m_redactions = nullptr;

    QVector<QSizeF> m_sizes;
    QVector<QPair<int, QString>> m_pagesText;
    QImage m_image;
    double m_imageScale = 0;
    int m_imagePage = -1;
    int m_page = 0;
    int m_rotation = 0;
    double m_zoom = 1;
    bool m_fit = true;
};

} // namespace amanat::ui
