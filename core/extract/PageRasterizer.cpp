#include "PageRasterizer.h"

#include "ImageExtractor.h"
#include "OcrSession.h"
#include "PageRedactor.h"
#include "PdfInspector.h"
#include "PageReader.h"
#include "PdfTextLayer.h"
#include "TextLayerWords.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPainter>
#include <QSet>

#include <poppler-qt6.h>

#include <cstring>
#include <memory>

namespace amanat {

namespace {

/** The long side of a page image at most ~300 dpi on A4/Letter. */
constexpr int kMaxLongSide = 3508;
/** How often a burned page is read again for anything still legible. */
constexpr int kRecheckRounds = 2;
/** An automatic box at least this much inside a kept area is left out. */
constexpr double kKeptShare = 0.5;

bool isPdf(const RasterRequest &request, const QByteArray &data)
{
    return request.mime == QLatin1String("application/pdf") || data.startsWith("%PDF");
}

/** The pixels of @p image in a new image: no text keys, no colour space, nothing else of
 *  the file it came from. */
QImage pixelsOnly(const QImage &image)
{
    const QImage::Format format =
        image.allGray() ? QImage::Format_Grayscale8 : QImage::Format_RGB888;
    const QImage converted = image.convertToFormat(format);
    QImage clean(converted.width(), converted.height(), format);
    for (int y = 0; y < converted.height(); ++y)
        std::memcpy(clean.scanLine(y), converted.constScanLine(y),
                    std::size_t(qMin(clean.bytesPerLine(), converted.bytesPerLine())));
    return clean;
}

QByteArray jpegOf(const QImage &image)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(85);
    writer.write(pixelsOnly(image));
    return buffer.data();
}

QImage capped(const QImage &image)
{
    const int longSide = qMax(image.width(), image.height());
    if (longSide <= kMaxLongSide)
        return image;
    QImage scaled = image.scaled(image.size() * (double(kMaxLongSide) / longSide),
                                 Qt::KeepAspectRatio, Qt::SmoothTransformation);
    const double ratio = double(scaled.width()) / image.width();
    scaled.setDotsPerMeterX(qRound(image.dotsPerMeterX() * ratio));
    scaled.setDotsPerMeterY(qRound(image.dotsPerMeterY() * ratio));
    return scaled;
}

QVector<QRectF> areasOn(const QVector<PageArea> &areas, int page, const QSize &pixels)
{
    QVector<QRectF> rects;
    for (const PageArea &area : areas)
        if (area.page == page)
            rects.append(QRectF(area.rect.x() * pixels.width(), area.rect.y() * pixels.height(),
                                area.rect.width() * pixels.width(),
                                area.rect.height() * pixels.height()));
    return rects;
}

bool hasAreas(const QVector<PageArea> &areas, int page)
{
    for (const PageArea &area : areas)
        if (area.page == page)
            return true;
    return false;
}

QRectF fractionOf(const QRectF &rect, const QSize &pixels)
{
    const QRectF clipped = rect.intersected(QRectF(0, 0, pixels.width(), pixels.height()));
    return QRectF(clipped.x() / pixels.width(), clipped.y() / pixels.height(),
                  clipped.width() / pixels.width(), clipped.height() / pixels.height());
}

class Rasterizer
{
public:
    Rasterizer(const RasterRequest &request, const PageRasterizer::Sinks &sinks)
        : m_request(request), m_sinks(sinks),
          m_matcher(request.terms, TermMatcher::Tolerance::Redact)
    {
        m_groups = request.languageGroups;
        if (m_groups.isEmpty())
            m_groups << QStringLiteral("eng");
        m_strategies.wholePage = !request.skipStrategies.contains(QLatin1String("whole_page"));
        m_strategies.sparse = !request.skipStrategies.contains(QLatin1String("sparse"));
        m_strategies.lines = !request.skipStrategies.contains(QLatin1String("lines"));
    }

    QString runImage(const QByteArray &data)
    {
        int number = 0;
        QString error;
        const QString problem = ImageExtractor::decodePages(data, [&](const QImage &decoded) {
            ++number;
            if (!error.isEmpty() || number < m_request.firstPage ||
                (m_request.lastPage > 0 && number > m_request.lastPage))
                return;
            if (decoded.isNull()) {
                error = QStringLiteral("page %1 of the image could not be read").arg(number);
                return;
            }
            RasterPage out;
            error = finish(capped(decoded), number, QSizeF(), {}, true, nullptr, &out);
            if (error.isEmpty())
                m_sinks.page(out);
        });
        if (!error.isEmpty())
            return error;
        if (number == 0)
            return problem.isEmpty() ? QStringLiteral("the image could not be read") : problem;
        return QString();
    }

    QString runPdf(const QByteArray &data)
    {
        std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(data);
        if (!document)
            return QStringLiteral("the PDF is damaged or not a PDF");
        const QByteArray password = m_request.pdfPassword.toUtf8();
        if (document->isLocked() && !password.isEmpty())
            document->unlock(password, password);
        if (document->isLocked())
            return QStringLiteral("the PDF needs a password");
        document->setRenderHint(Poppler::Document::Antialiasing);
        document->setRenderHint(Poppler::Document::TextAntialiasing);
        const PdfInspector inspector(data, m_request.pdfPassword);
        const int count = document->numPages();
        const int last = m_request.lastPage > 0 ? qMin(m_request.lastPage, count) : count;
        QSet<QPair<int, int>> reencoded;
        for (int number = m_request.firstPage; number <= last; ++number) {
            const std::unique_ptr<Poppler::Page> page = document->page(number - 1);
            if (!page)
                return QStringLiteral("page %1 of the PDF is damaged").arg(number);
            PdfPageContent content;
            if (inspector.ok())
                content = inspector.page(number - 1);
            else
                content.needsPixels = true;
            const double scale = m_request.dpi / 72.0;
            // Poppler's text of the page, read only when something needs it: names to look
            // for, a page that becomes an image, or a scan that may need an OCR layer. A
            // text page of a library without protected people stays as it is, unread.
            const bool forced = m_request.allPages || hasAreas(m_request.areas, number);
            const bool readLayer =
                !m_matcher.isEmpty() || forced || (m_request.textLayer && content.needsPixels);
            const PdfTextLayer layer = readLayer ? PdfTextLayer::of(*page, scale) : PdfTextLayer();
            const QVector<PageRedactor::Box> textBoxes =
                PageRedactor::boxesOver(layer.reading, m_matcher, QTransform());
            const bool candidate =
                forced || !textBoxes.isEmpty() || (!m_matcher.isEmpty() && content.needsPixels);
            // A page that becomes an image is read as an image too: its text layer may not
            // say everything it shows (text as outlines, a word order Poppler got wrong).
            const bool readPixels = !m_matcher.isEmpty() && candidate;
            bool emitted = false;
            if (candidate) {
                const QImage image = page->renderToImage(m_request.dpi, m_request.dpi);
                if (image.isNull())
                    return QStringLiteral("page %1 of the PDF could not be rendered").arg(number);
                const QSizeF points(image.width() / scale, image.height() / scale);
                RasterPage out;
                const QString error = finish(image, number, points, textBoxes, readPixels,
                                             layer.words.isEmpty() ? nullptr : &layer, &out);
                if (!error.isEmpty())
                    return error;
                if (out.boxes() > 0 || m_request.allPages) {
                    m_sinks.page(out);
                    emitted = true;
                }
            }
            // A scanned page that stays vector gets an OCR text layer over it.
            if (!emitted && m_request.textLayer && layer.words.isEmpty() && content.needsPixels) {
                const QImage image = page->renderToImage(m_request.dpi, m_request.dpi);
                if (image.isNull())
                    return QStringLiteral("page %1 of the PDF could not be rendered").arg(number);
                RasterPage out;
                out.page = number;
                out.pointSize = QSizeF(image.width() / scale, image.height() / scale);
                out.pixelSize = image.size();
                QString error;
                out.words = wordsRead(image, {}, &error);
                if (!error.isEmpty())
                    return error;
                out.text = TextLayerWords::textOf(out.words);
                if (!out.words.isEmpty())
                    m_sinks.page(out);
            }
            if (!emitted && m_request.reencodeImages && inspector.ok()) {
                for (const QPair<int, int> &image : std::as_const(content.images)) {
                    if (reencoded.contains(image))
                        continue;
                    reencoded.insert(image);
                    ReencodedImage out;
                    if (inspector.reencode(image, &out))
                        m_sinks.image(out);
                }
            }
        }
        return QString();
    }

private:
    /** The words OCR reads on @p image for its text layer, without anything @p covered. */
    QVector<PlacedWord> wordsRead(const QImage &image, const QVector<QRectF> &covered,
                                  QString *error)
    {
        const QString languages =
            m_request.textLanguages.isEmpty() ? m_groups.first() : m_request.textLanguages;
        const PageReader::Page read =
            PageReader(m_ocr).read(image, languages, PageRedactor::dpiOf(image), error);
        if (!error->isEmpty())
            return {};
        return TextLayerWords::fromReading(read, image.size(), covered, m_matcher);
    }

    /** Covers what must go on @p image and fills @p out. @p textBoxes are in pixels. */
    QString finish(const QImage &image, int number, const QSizeF &points,
                   const QVector<PageRedactor::Box> &textBoxes, bool readPixels,
                   const PdfTextLayer *layer, RasterPage *out)
    {
        QImage page = pixelsOnly(image).convertToFormat(QImage::Format_RGB32);
        page.setDotsPerMeterX(image.dotsPerMeterX());
        page.setDotsPerMeterY(image.dotsPerMeterY());
        const QSize size = page.size();
        const QVector<QRectF> keeps = areasOn(m_request.keeps, number, size);
        QVector<PageRedactor::Box> autoBoxes;
        auto admit = [&](const QVector<PageRedactor::Box> &found) {
            for (const PageRedactor::Box &box : found) {
                bool kept = false;
                const double area = box.rect.width() * box.rect.height();
                for (const QRectF &keep : keeps) {
                    const QRectF inside = keep.intersected(box.rect);
                    kept =
                        kept || (area > 0 && inside.width() * inside.height() >= kKeptShare * area);
                }
                if (kept)
                    ++out->keptBoxes;
                else
                    autoBoxes.append(box);
            }
        };
        admit(textBoxes);
        QString error;
        PageRedactor redactor(m_matcher, m_ocr, m_groups, m_strategies);
        if (readPixels && !m_matcher.isEmpty()) {
            admit(redactor.find(page, &error));
            if (!error.isEmpty())
                return error;
        }
        QVector<PageRedactor::Box> manual;
        for (const QRectF &rect : areasOn(m_request.areas, number, size))
            manual.append(PageRedactor::Box{rect, -1});
        QImage burned = page;
        PageRedactor::burn(burned, PageRedactor::merged(autoBoxes) + manual);
        if (readPixels && !m_matcher.isEmpty()) {
            for (int round = 0; round < kRecheckRounds; ++round) {
                const int before = int(autoBoxes.size());
                admit(redactor.recheck(burned, &error));
                if (!error.isEmpty())
                    return error;
                if (autoBoxes.size() == before)
                    break;
                PageRedactor::burn(burned, autoBoxes.mid(before));
            }
        }
        autoBoxes = PageRedactor::merged(autoBoxes);
        // The text that goes with the page: its own text layer where it had one, else what
        // OCR reads on the burned page; never anything under a box.
        QVector<QRectF> covered;
        for (const PageRedactor::Box &box : autoBoxes + manual)
            covered.append(box.rect);
        if (layer) {
            out->words = TextLayerWords::fromLayer(*layer, size, covered, m_matcher);
            out->text = TextLayerWords::textOf(out->words);
            out->textLayer = true;
        } else if (m_request.textLayer) {
            out->words = wordsRead(burned, covered, &error);
            if (!error.isEmpty())
                return error;
            out->text = TextLayerWords::textOf(out->words);
        } else if (readPixels && !m_matcher.isEmpty()) {
            out->text = redactor.text();
        } else if (!autoBoxes.isEmpty() || !manual.isEmpty()) {
            const OcrReading reading =
                m_ocr.read(burned, m_groups.first(), OcrSession::Layout::Auto,
                           PageRedactor::dpiOf(page), &error);
            if (!error.isEmpty())
                return error;
            out->text = m_matcher.redact(reading.text(), QString());
        }
        out->page = number;
        out->pointSize = points;
        out->pixelSize = size;
        for (const PageRedactor::Box &box : std::as_const(autoBoxes)) {
            out->autoBoxes.append(fractionOf(box.rect, size));
            out->autoReasons.append(box.term >= 0 && box.term < m_matcher.terms().size()
                                        ? m_matcher.terms().at(box.term).source
                                        : QString());
        }
        out->manualBoxes = int(manual.size());
        const QImage &shown = m_request.propose ? page : burned;
        out->jpeg = jpegOf(shown);
        out->grey = shown.allGray();
        if (m_request.png) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QImageWriter writer(&buffer, "png");
            writer.write(pixelsOnly(shown));
            out->png = buffer.data();
        }
        return QString();
    }

    const RasterRequest &m_request;
    const PageRasterizer::Sinks &m_sinks;
    TermMatcher m_matcher;
    OcrSession m_ocr;
    QStringList m_groups;
    PageRedactor::Strategies m_strategies;
};

} // namespace

QString PageRasterizer::run(const RasterRequest &request, const QByteArray &data,
                            const Sinks &sinks)
{
    if (data.isEmpty())
        return QStringLiteral("the file is empty");
    Rasterizer rasterizer(request, sinks);
    return isPdf(request, data) ? rasterizer.runPdf(data) : rasterizer.runImage(data);
}

} // namespace amanat
