#include "PageComposer.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>

namespace amanat {

namespace {

QPageLayout layoutFor(const QSizeF &size)
{
    // Always "portrait" with the exact size: a landscape page is simply wider than tall.
    return QPageLayout(QPageSize(size, QPageSize::Point, QString(), QPageSize::ExactMatch),
                       QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point,
                       QMarginsF(0, 0, 0, 0));
}

} // namespace

PageComposer::PageComposer()
    : m_buffer(std::make_unique<QBuffer>(&m_bytes)),
      m_writer(std::make_unique<QPdfWriter>(m_buffer.get()))
{
    m_buffer->open(QIODevice::WriteOnly);
    m_writer->setResolution(72);
    m_writer->setPageLayout(layoutFor(QSizeF(595.276, 841.89)));
    m_writer->setCreator(QStringLiteral("Amanat"));
}

PageComposer::~PageComposer() = default;

QPaintDevice *PageComposer::measuringDevice()
{
    return m_writer.get();
}

int PageComposer::add(const QSizeF &size, Draw draw)
{
    m_pages.push_back(Page{size, std::move(draw)});
    return int(m_pages.size() - 1);
}

QByteArray PageComposer::render(const QString &title)
{
    m_writer->setTitle(title);
    if (m_pages.empty())
        m_pages.push_back(Page{QSizeF(595.276, 841.89), [](QPainter &, const QSizeF &) {
                               }});
    m_writer->setPageLayout(layoutFor(m_pages.front().size));
    QPainter painter(m_writer.get());
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        if (i > 0) {
            m_writer->setPageLayout(layoutFor(m_pages[i].size));
            m_writer->newPage();
        }
        painter.save();
        m_pages[i].draw(painter, m_pages[i].size);
        painter.restore();
    }
    painter.end();
    m_buffer->close();
    return m_bytes;
}

} // namespace amanat
