#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QPdfWriter>
#include <QSizeF>

#include <functional>
#include <memory>
#include <vector>

class QPainter;

namespace amanat {

/** Generated bundle pages (cover, index, exhibit sheets, transcripts, text layers) drawn
 *  with QPdfWriter into memory, in points (72 dpi), origin top-left.
 *
 *  Pages are first only declared with their size and a drawing function, so that every
 *  page number is known before anything is drawn (an index names pages that come after
 *  it); render() then draws them all in order. */
class PageComposer
{
public:
    using Draw = std::function<void(QPainter &, const QSizeF &pageSize)>;

    PageComposer();
    ~PageComposer();

    /** A device with the output's metrics, for measuring text before rendering. */
    QPaintDevice *measuringDevice();

    /** Declares a page; returns its index in the generated document. */
    int add(const QSizeF &size, Draw draw);
    int count() const { return int(m_pages.size()); }

    /** Draws every declared page; returns the PDF bytes. */
    QByteArray render(const QString &title);

private:
    struct Page
    {
        QSizeF size;
        Draw draw;
    };
    std::vector<Page> m_pages;
    QByteArray m_bytes;
    std::unique_ptr<QBuffer> m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
};

} // namespace amanat
