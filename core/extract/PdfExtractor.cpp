#include "PdfExtractor.h"

#include "OcrEngine.h"

#include <QDateTime>
#include <QStringList>
#include <QVariant>
#include <QtMath>

#include <poppler-qt6.h>

#include <memory>

namespace amanat {

namespace {

/** Collects Poppler's complaints while one document is read, so that a failure can say
 *  what was wrong ("the PDF is damaged or not a PDF (Couldn't find trailer dictionary)").
 *  Poppler's error hook is global; the helper reads one file at a time. */
class PopplerErrors
{
public:
    PopplerErrors()
    {
        Poppler::setDebugErrorFunction(&PopplerErrors::collect,
                                       QVariant::fromValue(quintptr(this)));
    }
    ~PopplerErrors() { Poppler::setDebugErrorFunction(&PopplerErrors::ignore, QVariant()); }
    PopplerErrors(const PopplerErrors &) = delete;
    PopplerErrors &operator=(const PopplerErrors &) = delete;

    /** The first complaint about the whole file. */
    QString first() const { return m_first; }
    /** Starts a new section (a page): sectionFirst() is then its first complaint. */
    void beginSection() { m_sectionFirst.clear(); }
    QString sectionFirst() const { return m_sectionFirst; }

private:
    static void collect(const QString &message, const QVariant &closure)
    {
        auto *self = reinterpret_cast<PopplerErrors *>(closure.value<quintptr>());
        if (!self)
            return;
        if (!self->m_first.isEmpty() && !self->m_sectionFirst.isEmpty())
            return;
        QString text = message.trimmed();
        // "Error (1234): Couldn't find trailer dictionary" → "Couldn't find trailer dictionary"
        const int colon = text.indexOf(QLatin1String("): "));
        if (text.startsWith(QLatin1String("Error")) && colon > 0 && colon < 24)
            text = text.mid(colon + 3);
        else if (text.startsWith(QLatin1String("Error: ")))
            text = text.mid(7);
        text = text.left(200);
        if (self->m_first.isEmpty())
            self->m_first = text;
        if (self->m_sectionFirst.isEmpty())
            self->m_sectionFirst = text;
    }
    static void ignore(const QString &, const QVariant &) {}

    QString m_first;
    QString m_sectionFirst;
};

bool isWhitespaceOnly(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar::Null)
            return false;
    }
    return true;
}

/** @p wantedDpi lowered so the page renders to at most kMaxRenderPixels and to sides
 *  Tesseract accepts; 0 for a page without a usable size. */
double renderDpi(const QSizeF &sizePt, double wantedDpi)
{
    const double width = sizePt.width();
    const double height = sizePt.height();
    if (!qIsFinite(width) || !qIsFinite(height) || width <= 0 || height <= 0)
        return 0;
    double dpi = wantedDpi;
    const double pixels = (width / 72 * dpi) * (height / 72 * dpi);
    if (pixels > PdfExtractor::kMaxRenderPixels)
        dpi *= qSqrt(PdfExtractor::kMaxRenderPixels / pixels);
    const double longSide = qMax(width, height) / 72 * dpi;
    constexpr double kMaxSide = 30000;
    if (longSide > kMaxSide)
        dpi *= kMaxSide / longSide;
    return dpi;
}

QImage renderPage(const Poppler::Page &page, double wantedDpi)
{
    const double dpi = renderDpi(page.pageSizeF(), wantedDpi);
    if (dpi <= 0)
        return QImage();
    QImage image = page.renderToImage(dpi, dpi);
    if (!image.isNull()) {
        const int dotsPerMeter = qRound(dpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
    }
    return image;
}

QImage thumbnailOf(const Poppler::Page &page)
{
    const QSizeF size = page.pageSizeF();
    const double longSide = qMax(size.width(), size.height());
    if (!qIsFinite(longSide) || longSide <= 0)
        return QImage();
    const int target = ExtractionResult::kThumbnailSize;
    QImage image = renderPage(page, target * 72.0 / longSide);
    if (image.width() > target || image.height() > target)
        image = image.scaled(target, target, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

void readDocumentInfo(const Poppler::Document &document, QVariantMap &metadata)
{
    const QString title = document.title().trimmed();
    if (!title.isEmpty())
        metadata.insert(QStringLiteral("title"), title);
    const QString author = document.author().trimmed();
    if (!author.isEmpty())
        metadata.insert(QStringLiteral("author"), author);
    const QDateTime created = document.creationDate();
    if (created.isValid())
        metadata.insert(QStringLiteral("created"), created.toUTC().toString(Qt::ISODate));
}

} // namespace

bool PdfExtractor::looksLikePdf(const QByteArray &data)
{
    return data.left(1024).contains("%PDF-");
}

bool PdfExtractor::accepts(const QString &mime, const QString &name) const
{
    return mime == QLatin1String("application/pdf") || mime == QLatin1String("application/x-pdf") ||
           name.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
}

ExtractionResult PdfExtractor::extract(const ExtractionInput &input)
{
    if (input.data.isEmpty())
        return ExtractionResult::failure(QStringLiteral("the file is empty"));

    PopplerErrors errors;
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(input.data);
    if (!document) {
        const QString detail = errors.first();
        return ExtractionResult::failure(
            detail.isEmpty() ? QStringLiteral("the PDF is damaged or not a PDF")
                             : QStringLiteral("the PDF is damaged or not a PDF (%1)").arg(detail));
    }
    // On a locked document Poppler allows nothing but isLocked() and unlock().
    if (document->isLocked() && !input.pdfPassword.isEmpty())
        document->unlock(input.pdfPassword, input.pdfPassword);
    if (document->isLocked()) {
        ExtractionResult result;
        result.status = ExtractionResult::Status::NeedsPassword;
        result.error = input.pdfPassword.isEmpty()
                           ? QStringLiteral("the PDF needs a password")
                           : QStringLiteral("the PDF needs a password; the one given is wrong");
        return result;
    }

    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);

    ExtractionResult result;
    result.paged = true;
    const int pageCount = qMax(0, document->numPages());
    result.metadata.insert(QStringLiteral("page_count"), pageCount);
    readDocumentInfo(*document, result.metadata);
    if (pageCount == 0) {
        result.status = ExtractionResult::Status::Failed;
        result.error = QStringLiteral("the PDF has no pages");
        return result;
    }

    const QString languages =
        input.ocrLanguages.trimmed().isEmpty() ? QStringLiteral("eng") : input.ocrLanguages;
    const int pagesToRead = qMin(pageCount, kMaxPages);
    int missingPages = 0; // Poppler returned no page at all
    int damagedPages = 0; // missing, unrenderable, or content lost to errors
    QString damage;       // the first complaint about a damaged page
    int ocrPages = 0;
    bool anyTextLayer = false;
    QString ocrError;
    result.pages.reserve(pagesToRead);
    for (int index = 0; index < pagesToRead; ++index) {
        PageText pageText;
        errors.beginSection();
        const std::unique_ptr<Poppler::Page> page = document->page(index);
        bool damaged = !page;
        if (!page) {
            ++missingPages; // damaged page tree: keep the numbering, go on
        } else {
            if (index == 0) {
                const QSizeF size = page->pageSizeF();
                result.metadata.insert(QStringLiteral("page_width_pt"), size.width());
                result.metadata.insert(QStringLiteral("page_height_pt"), size.height());
                result.thumbnail = thumbnailOf(*page);
            }
            pageText.text = page->text(QRectF());
            if (!isWhitespaceOnly(pageText.text)) {
                anyTextLayer = true;
            } else {
                // No text: a scan, or a page whose content Poppler could not decode.
                damaged = !errors.sectionFirst().isEmpty();
                if (ocrError.isEmpty()) {
                    const QImage image = renderPage(*page, kOcrDpi);
                    damaged = damaged || image.isNull();
                    QString error;
                    const PageText recognized =
                        image.isNull() ? PageText{}
                                       : OcrEngine::recognize(image, languages, &error);
                    if (!image.isNull() && error.isEmpty()) {
                        pageText = recognized;
                        ++ocrPages;
                    } else if (!error.isEmpty()) {
                        ocrError = error; // e.g. a missing language: every page would fail alike
                    }
                }
            }
        }
        if (damaged) {
            ++damagedPages;
            if (damage.isEmpty())
                damage = errors.sectionFirst();
        }
        result.pages.push_back(pageText);
    }

    result.kindHint = anyTextLayer ? QStringLiteral("report") : QStringLiteral("scan");
    if (ocrPages > 0)
        result.ocrLanguages = OcrEngine::splitLanguages(languages);

    if (missingPages == pagesToRead) {
        result.status = ExtractionResult::Status::Failed;
        const QString detail = errors.first();
        result.error =
            detail.isEmpty()
                ? QStringLiteral("the PDF is damaged: no page could be read")
                : QStringLiteral("the PDF is damaged: no page could be read (%1)").arg(detail);
        return result;
    }
    QStringList problems;
    if (damagedPages > 0) {
        QString problem = QStringLiteral("the PDF is damaged: %1 of %2 pages could not be read")
                              .arg(damagedPages)
                              .arg(pagesToRead);
        if (!damage.isEmpty())
            problem += QStringLiteral(" (%1)").arg(damage);
        problems << problem;
    }
    if (pageCount > pagesToRead)
        problems << QStringLiteral("only the first %1 of %2 pages were read")
                        .arg(pagesToRead)
                        .arg(pageCount);
    if (!ocrError.isEmpty())
        problems << QStringLiteral("pages without a text layer were not OCRed: %1").arg(ocrError);
    if (!problems.isEmpty()) {
        result.status = ExtractionResult::Status::Partial;
        result.error = problems.join(QStringLiteral("; "));
    }
    return result;
}

} // namespace amanat
