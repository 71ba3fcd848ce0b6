#include "PageRasterizer.h"

#include "ImageExtractor.h"
#include "OcrEngine.h"

#include <QBuffer>
#include <QPainter>

#include <poppler-qt6.h>

#include <memory>

namespace amanat {

namespace {

/** The long side of a page image at most ~300 dpi on A4/Letter. */
constexpr int kMaxLongSide = 3508;

bool isPdf(const RasterRequest &request, const QByteArray &data)
{
    return request.mime == QLatin1String("application/pdf") || data.startsWith("%PDF");
}

QImage capped(const QImage &image)
{
    const int longSide = qMax(image.width(), image.height());
    if (longSide <= kMaxLongSide)
        return image;
    return image.scaled(image.size() * (double(kMaxLongSide) / longSide), Qt::KeepAspectRatio,
                        Qt::SmoothTransformation);
}

QByteArray jpegOf(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.convertToFormat(QImage::Format_RGB888).save(&buffer, "JPEG", 85);
    return bytes;
}

void burn(QImage &image, const QVector<QRectF> &boxes)
{
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (const QRectF &box : boxes)
        painter.drawRect(box.adjusted(-2, -2, 2, 2));
}

/** Words whose concatenated match keys contain a redacted string's key. */
QVector<int> matchingWords(const QVector<OcrEngine::Word> &words, const QStringList &keys)
{
    QString joined;
    QVector<int> owner; // joined[i] belongs to words[owner[i]]
    for (int w = 0; w < words.size(); ++w) {
        const QString key = PageRasterizer::matchKey(words.at(w).text);
        joined += key;
        for (int i = 0; i < key.size(); ++i)
            owner.append(w);
    }
    QVector<int> hits;
    for (const QString &needle : keys) {
        if (needle.isEmpty())
            continue;
        for (int at = joined.indexOf(needle); at >= 0; at = joined.indexOf(needle, at + 1))
            for (int i = at; i < at + needle.size(); ++i)
                if (!hits.contains(owner.at(i)))
                    hits.append(owner.at(i));
    }
    return hits;
}

QString removeAll(QString text, const QStringList &strings)
{
    for (const QString &s : strings)
        if (!s.isEmpty())
            text.replace(s, QString(), Qt::CaseInsensitive);
    return text;
}

/** Burns boxes for OCR words that spell a redacted string (repeating until OCR finds none)
 *  and returns the page's remaining text. */
QString burnOcrMatches(QImage &image, const RasterRequest &request, int *boxes, QString *error)
{
    QStringList keys;
    for (const QString &text : request.texts)
        keys << PageRasterizer::matchKey(text);
    QVector<OcrEngine::Word> words;
    for (int round = 0; round < 3; ++round) {
        words = OcrEngine::words(image, request.ocrLanguages, error);
        if (!error->isEmpty())
            return QString();
        const QVector<int> hits = matchingWords(words, keys);
        if (hits.isEmpty())
            break;
        QVector<QRectF> rects;
        for (int index : hits)
            rects.append(QRectF(words.at(index).box));
        burn(image, rects);
        *boxes += int(rects.size());
    }
    QString text;
    for (const OcrEngine::Word &word : words) {
        text += word.text;
        text += word.endsLine ? QLatin1Char('\n') : QLatin1Char(' ');
    }
    return removeAll(text.trimmed(), request.texts);
}

QVector<QRectF> areasOf(const RasterRequest &request, int page, const QSize &pixels)
{
    QVector<QRectF> rects;
    for (const RasterRequest::Area &area : request.areas)
        if (area.page == page)
            rects.append(QRectF(area.rect.x() * pixels.width(), area.rect.y() * pixels.height(),
                                area.rect.width() * pixels.width(),
                                area.rect.height() * pixels.height()));
    return rects;
}

bool hasAreas(const RasterRequest &request, int page)
{
    for (const RasterRequest::Area &area : request.areas)
        if (area.page == page)
            return true;
    return false;
}

/** Burns areas and text matches into @p image and fills the page record. */
QString finishPage(QImage image, int page, const QSizeF &points, const RasterRequest &request,
                   QVector<QRectF> extraBoxes, bool checkText, RasterPage *out)
{
    QVector<QRectF> boxes = areasOf(request, page, image.size()) + extraBoxes;
    burn(image, boxes);
    out->page = page;
    out->pointSize = points;
    out->boxes = int(boxes.size());
    QString error;
    if (checkText && !request.texts.isEmpty())
        out->text = burnOcrMatches(image, request, &out->boxes, &error);
    else if (out->boxes > 0)
        out->text = removeAll(OcrEngine::recognize(image, request.ocrLanguages, &error).text,
                              request.texts);
    out->pixelSize = image.size();
    out->jpeg = jpegOf(image);
    return error;
}

QString rasterPdf(const RasterRequest &request, const QByteArray &data,
                  const PageRasterizer::Sink &sink)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(data);
    if (!document)
        return QStringLiteral("the PDF is damaged or not a PDF");
    if (document->isLocked() && !request.pdfPassword.isEmpty())
        document->unlock(request.pdfPassword.toUtf8(), request.pdfPassword.toUtf8());
    if (document->isLocked())
        return QStringLiteral("the PDF needs a password");
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    const int count = document->numPages();
    const int last = request.lastPage > 0 ? qMin(request.lastPage, count) : count;
    for (int number = request.firstPage; number <= last; ++number) {
        const std::unique_ptr<Poppler::Page> page = document->page(number - 1);
        if (!page)
            return QStringLiteral("page %1 of the PDF is damaged").arg(number);
        // Where the text layer has a redacted string, Poppler says where it is drawn.
        QVector<QRectF> found;
        const QString pageText = page->text(QRectF());
        for (const QString &text : request.texts)
            for (const QRectF &rect : page->search(text, Poppler::Page::IgnoreCase))
                found.append(rect);
        bool textHit = false;
        for (const QString &text : request.texts)
            textHit = textHit || pageText.contains(text, Qt::CaseInsensitive);
        const bool candidate = request.allPages || hasAreas(request, number) || textHit ||
                               !found.isEmpty() || request.pages.contains(number);
        if (!candidate)
            continue;
        QImage image = page->renderToImage(request.dpi, request.dpi);
        if (image.isNull())
            return QStringLiteral("page %1 of the PDF could not be rendered").arg(number);
        const double scale = request.dpi / 72.0;
        for (QRectF &rect : found)
            rect = QRectF(rect.topLeft() * scale, rect.size() * scale);
        const QSizeF points(image.width() / scale, image.height() / scale);
        RasterPage out;
        const QString error = finishPage(image, number, points, request, found, true, &out);
        if (!error.isEmpty())
            return error;
        sink(out);
    }
    return QString();
}

QString rasterImage(const RasterRequest &request, const QByteArray &data,
                    const PageRasterizer::Sink &sink)
{
    int number = 0;
    QString error;
    const QString problem = ImageExtractor::decodePages(data, [&](const QImage &decoded) {
        ++number;
        if (!error.isEmpty() || number < request.firstPage ||
            (request.lastPage > 0 && number > request.lastPage))
            return;
        if (decoded.isNull()) {
            error = QStringLiteral("page %1 of the image could not be read").arg(number);
            return;
        }
        RasterPage out;
        const bool checkText = request.pages.contains(number);
        error = finishPage(capped(decoded), number, QSizeF(), request, {}, checkText, &out);
        if (error.isEmpty())
            sink(out);
    });
    if (!error.isEmpty())
        return error;
    if (number == 0)
        return problem.isEmpty() ? QStringLiteral("the image could not be read") : problem;
    return QString();
}

} // namespace

QString PageRasterizer::matchKey(const QString &text)
{
    return RasterRequest::matchKey(text);
}

QString PageRasterizer::run(const RasterRequest &request, const QByteArray &data, const Sink &sink)
{
    if (data.isEmpty())
        return QStringLiteral("the file is empty");
    return isPdf(request, data) ? rasterPdf(request, data, sink) : rasterImage(request, data, sink);
}

} // namespace amanat
