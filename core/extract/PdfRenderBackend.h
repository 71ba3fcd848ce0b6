#pragma once

#include "RenderBackend.h"

#include <memory>

namespace Poppler {
class Document;
}

namespace amanat {

/** Renders and searches a PDF through Poppler, for the viewer. A locked document is only
 *  ever asked isLocked() (anything more may crash Poppler) and is refused. */
class PdfRenderBackend : public RenderBackend
{
public:
    static std::unique_ptr<RenderBackend> open(const QByteArray &data, QString *error);
    ~PdfRenderBackend() override;

    QString type() const override { return QStringLiteral("pdf"); }
    QVector<QSizeF> pageSizes() const override { return m_sizes; }
    QImage render(int page, double scale, QString *error) override;
    QVector<SearchHit> find(const QString &text, int maxHits) override;
    QString text(int page) override;

private:
    PdfRenderBackend(QByteArray data, std::unique_ptr<Poppler::Document> document);

    QByteArray m_data; // Poppler reads from it while the document is open
    std::unique_ptr<Poppler::Document> m_document;
    QVector<QSizeF> m_sizes;
};

} // namespace amanat
