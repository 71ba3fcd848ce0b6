#include "LeakScanner.h"

#include "OcrSession.h"
#include "PageRedactor.h"
#include "PdfInspector.h"
#include "PdfTextLayer.h"
#include "helper/OcrLanguages.h"
#include "redaction/TermMatcher.h"

#include <poppler-qt6.h>

#include <memory>

namespace amanat {

namespace {

QRectF fractionOf(const QRectF &rect, const QSizeF &size)
{
    return QRectF(rect.x() / size.width(), rect.y() / size.height(), rect.width() / size.width(),
                  rect.height() / size.height());
}

void report(const QVector<PageRedactor::Box> &boxes, const TermMatcher &matcher,
            const QVector<RedactionTerm> &all, int page, LeakFinding::Where where,
            const QSizeF &size, const LeakScanner::Sinks &sinks)
{
    for (const PageRedactor::Box &box : boxes) {
        // The matcher's term index → the request's.
        int term = -1;
        if (box.term >= 0 && box.term < matcher.terms().size())
            term = int(all.indexOf(matcher.terms().at(box.term)));
        sinks.finding(LeakFinding{page, where, term, fractionOf(box.rect, size)});
    }
}

} // namespace

QString LeakScanner::run(const LeakCheckRequest &request, const QByteArray &pdf, const Sinks &sinks)
{
    const TermMatcher matcher(request.terms, TermMatcher::Tolerance::Check);
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document || document->isLocked())
        return QStringLiteral("the bundle PDF cannot be read back");
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    const PdfInspector inspector(pdf, QString());
    QStringList groups = request.languageGroups;
    if (groups.isEmpty())
        groups << QStringLiteral("eng");
    // Each language group reads only the terms of its script (see PageRedactor).
    QMap<QString, TermMatcher> matchers;
    for (const QString &group : std::as_const(groups)) {
        const bool arabic = OcrLanguages::isArabicScriptGroup(group);
        QVector<RedactionTerm> terms;
        for (const RedactionTerm &term : request.terms)
            if (RedactionTerms::isArabicScript(term.text) == arabic)
                terms.append(term);
        matchers.insert(group, TermMatcher(terms, TermMatcher::Tolerance::Check));
    }
    OcrSession ocr;
    const int count = document->numPages();
    const int last = request.lastPage > 0 ? qMin(request.lastPage, count) : count;
    const double scale = request.dpi / 72.0;
    for (int number = request.firstPage; number <= last; ++number) {
        const std::unique_ptr<Poppler::Page> page = document->page(number - 1);
        if (!page)
            return QStringLiteral("page %1 of the bundle cannot be read back").arg(number);
        const QSizeF pixels = page->pageSizeF() * scale;
        if (!matcher.isEmpty()) {
            const PdfTextLayer layer = PdfTextLayer::of(*page, scale);
            report(PageRedactor::boxesOver(layer.reading, matcher, QTransform()), matcher,
                   request.terms, number, LeakFinding::Where::TextLayer, pixels, sinks);
        }
        const bool readPixels =
            !matcher.isEmpty() && (!inspector.ok() || inspector.page(number - 1).needsPixels);
        if (readPixels) {
            const QImage image = page->renderToImage(request.dpi, request.dpi);
            if (image.isNull())
                return QStringLiteral("page %1 of the bundle cannot be rendered").arg(number);
            for (const QString &languages : std::as_const(groups)) {
                const TermMatcher &groupMatcher = matchers[languages];
                // As one block, as one column, and as sparse text.
                for (OcrSession::Layout layout :
                     {OcrSession::Layout::SingleBlock, OcrSession::Layout::SingleColumn,
                      OcrSession::Layout::Sparse}) {
                    QString error;
                    const OcrReading reading =
                        ocr.read(image, languages, layout, request.dpi, &error);
                    if (!error.isEmpty())
                        return error;
                    report(PageRedactor::boxesOver(reading, groupMatcher, QTransform()),
                           groupMatcher, request.terms, number, LeakFinding::Where::Pixels,
                           QSizeF(image.size()), sinks);
                }
            }
        }
        sinks.checked(LeakPageChecked{number, readPixels});
    }
    return QString();
}

} // namespace amanat
