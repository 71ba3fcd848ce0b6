#include "PdfRenderBackend.h"

#include "helper/RenderProtocol.h"

#include <QVariant>
#include <QtMath>

#include <poppler-qt6.h>

namespace amanat {

namespace {
void ignorePopplerMessage(const QString &, const QVariant &) {}
} // namespace

std::unique_ptr<RenderBackend> PdfRenderBackend::open(const QByteArray &data, QString *error)
{
    Poppler::setDebugErrorFunction(&ignorePopplerMessage, QVariant());
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(data);
    if (!document) {
        *error = QStringLiteral("the PDF is damaged or not a PDF");
        return nullptr;
    }
    if (document->isLocked()) {
        *error = QStringLiteral("the PDF is protected by a password");
        return nullptr;
    }
    document->setRenderHint(Poppler::Document::Antialiasing, true);
    document->setRenderHint(Poppler::Document::TextAntialiasing, true);
    std::unique_ptr<PdfRenderBackend> backend(new PdfRenderBackend(data, std::move(document)));
    if (backend->m_sizes.isEmpty()) {
        *error = QStringLiteral("the PDF has no pages that can be shown");
        return nullptr;
    }
    return backend;
}

PdfRenderBackend::PdfRenderBackend(QByteArray data, std::unique_ptr<Poppler::Document> document)
    : m_data(std::move(data)), m_document(std::move(document))
{
    const int count = qMin(m_document->numPages(), render::kMaxPages);
    for (int i = 0; i < count; ++i) {
        std::unique_ptr<Poppler::Page> page = m_document->page(i);
        QSizeF size = page ? page->pageSizeF() : QSizeF();
        if (!qIsFinite(size.width()) || !qIsFinite(size.height()) || size.width() <= 0 ||
            size.height() <= 0 || size.width() > 1e5 || size.height() > 1e5)
            size = QSizeF(612, 792); // a damaged page gets a placeholder of US Letter size
        m_sizes.append(size);
    }
}

PdfRenderBackend::~PdfRenderBackend() = default;

QImage PdfRenderBackend::render(int pageIndex, double scale, QString *error)
{
    std::unique_ptr<Poppler::Page> page = m_document->page(pageIndex);
    if (!page) {
        *error = QStringLiteral("this page is damaged");
        return QImage();
    }
    const double dpi = 72.0 * scale;
    QImage image = page->renderToImage(dpi, dpi);
    if (image.isNull())
        *error = QStringLiteral("this page could not be rendered");
    return image;
}

QVector<RenderBackend::SearchHit> PdfRenderBackend::find(const QString &text, int maxHits)
{
    QVector<SearchHit> hits;
    int total = 0;
    for (int i = 0; i < m_sizes.size() && total < maxHits; ++i) {
        std::unique_ptr<Poppler::Page> page = m_document->page(i);
        if (!page)
            continue;
        const QList<QRectF> rects = page->search(text, Poppler::Page::IgnoreCase);
        if (rects.isEmpty())
            continue;
        SearchHit hit;
        hit.page = i;
        const QSizeF size = m_sizes.at(i);
        for (const QRectF &rect : rects) {
            if (total >= maxHits)
                break;
            hit.rects.append(QRectF(rect.x() / size.width(), rect.y() / size.height(),
                                    rect.width() / size.width(), rect.height() / size.height()));
            ++total;
        }
        hits.append(hit);
    }
    return hits;
}

QString PdfRenderBackend::text(int pageIndex)
{
    std::unique_ptr<Poppler::Page> page = m_document->page(pageIndex);
    return page ? page->text(QRectF()) : QString();
}

} // namespace amanat
