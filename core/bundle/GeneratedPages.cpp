#include "GeneratedPages.h"

#include "PdfText.h"

#include <QFontMetricsF>
#include <QPainter>

namespace amanat {

namespace {

constexpr double kHeadingBlock = 60.0;
const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kRule(0xbb, 0xbb, 0xbb);

double drawWrapped(QPainter &painter, const QRectF &area, double y, const QString &text,
                   double size, bool bold, Qt::Alignment align = Qt::AlignLeading,
                   int maxLines = 1000)
{
    painter.setFont(PdfText::font(size, bold));
    const double lineHeight = size * 1.35;
    QStringList lines = PdfText::wrap(text, painter.font(), area.width(), painter.device());
    if (lines.size() > maxLines) {
        lines = lines.mid(0, maxLines);
        lines.last() = PdfText::elide(lines.last() + QStringLiteral("…"), painter.font(),
                                      area.width(), painter.device());
    }
    for (const QString &line : lines) {
        PdfText::drawLine(painter, QRectF(area.left(), y, area.width(), lineHeight), line, align);
        y += lineHeight;
    }
    return y;
}

void rule(QPainter &painter, double left, double right, double y)
{
    painter.save();
    painter.setPen(QPen(kRule, 0.75));
    painter.drawLine(QPointF(left, y), QPointF(right, y));
    painter.restore();
}

double drawRows(QPainter &painter, const QRectF &area, double y,
                const QVector<QPair<QString, QString>> &rows)
{
    const double labelWidth = 140;
    const QRectF labelArea(area.left(), area.top(), labelWidth - 10, area.height());
    const QRectF valueArea(area.left() + labelWidth, area.top(), area.width() - labelWidth,
                           area.height());
    for (const auto &[label, value] : rows) {
        if (value.trimmed().isEmpty())
            continue;
        if (y > area.bottom() - PageGeometry::kLineHeight)
            break;
        // A label longer than its column wraps rather than running into the value.
        painter.setPen(kMuted);
        const double labelEnd =
            drawWrapped(painter, labelArea, y, label, PageGeometry::kBodySize, false);
        painter.setPen(kInk);
        const int room = qMax(1, int((area.bottom() - y) / PageGeometry::kLineHeight));
        const double valueEnd = drawWrapped(painter, valueArea, y, value, PageGeometry::kBodySize,
                                            false, Qt::AlignLeading, qMin(room, 6));
        y = qMax(labelEnd, valueEnd) + 4;
    }
    return y;
}

/** Each word set so that its glyphs fill its slot: the line's height from ascent to
 *  descent, the word's width by stretching, turned as the page shows it (as OCRmyPDF's
 *  hOCR renderer does), so a PDF reader finds and highlights it where it is seen. */
void drawPlacedWords(QPainter &painter, const QRectF &area, const QVector<PlacedWord> &words)
{
    constexpr double kReference = 10;
    const QFont reference = PdfText::font(kReference);
    const QFontMetricsF referenceMetrics(reference, painter.device());
    const double height = referenceMetrics.ascent() + referenceMetrics.descent();
    for (const PlacedWord &word : words) {
        const QRectF slot(area.left() + word.rect.left() * area.width(),
                          area.top() + word.rect.top() * area.height(),
                          word.rect.width() * area.width(), word.rect.height() * area.height());
        const bool across = word.rotation == 90 || word.rotation == 270;
        const double along = across ? slot.height() : slot.width();
        const double thick = across ? slot.width() : slot.height();
        if (along <= 0 || thick <= 0 || word.text.isEmpty())
            continue;
        const double size = qMax(0.5, kReference * thick / height);
        const QFont font = PdfText::font(size);
        const QFontMetricsF metrics(font, painter.device());
        const double advance = metrics.horizontalAdvance(word.text);
        if (advance <= 0)
            continue;
        painter.save();
        painter.setFont(font);
        painter.translate(slot.center());
        painter.rotate(word.rotation);
        painter.translate(-along / 2, -thick / 2);
        painter.scale(along / advance, 1);
        PdfText::drawInvisibleLine(painter, QPointF(0, metrics.ascent()), word.text);
        painter.restore();
    }
}

} // namespace

QRectF PageGeometry::contentArea(const QSizeF &size)
{
    return QRectF(0, 0, size.width(), size.height() - kStampZone);
}

QRectF PageGeometry::textArea(const QSizeF &size)
{
    return QRectF(kMargin, kMargin, size.width() - 2 * kMargin,
                  size.height() - kMargin - qMax(kMargin, kStampZone + 20));
}

void GeneratedPages::drawCover(QPainter &painter, const QSizeF &size, const CoverText &cover,
                               int part)
{
    const QRectF area = PageGeometry::textArea(size);
    painter.setPen(kInk);
    double y = area.top() + 40;
    if (!cover.court.isEmpty())
        y = drawWrapped(painter, area, y, cover.court, 16, false, Qt::AlignHCenter, 3) + 6;
    if (!cover.caseNumber.isEmpty())
        y = drawWrapped(painter, area, y, tr("Case number: %1").arg(cover.caseNumber), 14, false,
                        Qt::AlignHCenter, 2) +
            (cover.aNumber.isEmpty() ? 18 : 2);
    if (!cover.aNumber.isEmpty())
        y = drawWrapped(painter, area, y, tr("A-Number: %1").arg(cover.aNumber), 14, true,
                        Qt::AlignHCenter, 1) +
            18;
    if (!cover.parties.isEmpty())
        y = drawWrapped(painter, area, y, cover.parties, 14, true, Qt::AlignHCenter, 6) + 24;
    y = drawWrapped(painter, area, y, cover.name, 22, true, Qt::AlignHCenter, 4) + 12;
    if (part > 0 && !cover.parts.isEmpty())
        y = drawWrapped(painter, area, y, tr("Part %1 of %2").arg(part).arg(cover.parts.size()), 16,
                        true, Qt::AlignHCenter) +
            8;
    if (!cover.hearingDate.isEmpty())
        y = drawWrapped(painter, area, y, tr("Hearing: %1").arg(cover.hearingDate), 13, false,
                        Qt::AlignHCenter) +
            4;
    if (!cover.counsel.isEmpty())
        y = drawWrapped(painter, area, y, tr("Counsel: %1").arg(cover.counsel), 13, false,
                        Qt::AlignHCenter, 3) +
            4;
    y += 24;
    rule(painter, area.left(), area.right(), y);
    y += 18;
    QStringList summary;
    summary << tr("%n exhibit(s) in %1 section(s).", nullptr, cover.exhibits).arg(cover.sections)
            << tr("%n page(s), numbered %1 to %2 in the lower margin of every page.", nullptr,
                  cover.pages)
                   .arg(cover.firstBates, cover.lastBates);
    for (const QString &line : summary)
        y = drawWrapped(painter, area, y, line, PageGeometry::kBodySize, false) + 2;
    if (!cover.parts.isEmpty()) {
        y = drawWrapped(painter, area, y + 6,
                        tr("This bundle is filed in %n parts. Each begins with this cover and "
                           "the full index:",
                           nullptr, int(cover.parts.size())),
                        PageGeometry::kBodySize, false) +
            2;
        for (const QString &part : cover.parts)
            y = drawWrapped(painter, area.adjusted(18, 0, 0, 0), y, part, PageGeometry::kBodySize,
                            false) +
                1;
    }
    if (!cover.redaction.isEmpty())
        y = drawWrapped(painter, area, y + 12, cover.redaction, PageGeometry::kBodySize, false) + 2;
    y += 18;
    y = drawWrapped(painter, area, y,
                    tr("Integrity: manifest.json, filed beside this PDF, lists the SHA-256 of "
                       "every exhibit's original as collected, its chain of custody, and the "
                       "SHA-256 of every file of this bundle. It is signed (manifest.sig, "
                       "Ed25519) with the key of the library that produced it, whose "
                       "fingerprint is:"),
                    PageGeometry::kBodySize, false) +
        4;
    painter.setPen(kInk);
    y = drawWrapped(painter, area, y, cover.fingerprint, PageGeometry::kBodySize, true,
                    Qt::AlignHCenter, 3) +
        18;
    painter.setPen(kMuted);
    drawWrapped(painter, area, y, cover.prepared, PageGeometry::kBodySize, false);
}

namespace {

// Index columns (points); the document's title takes what is left.
constexpr double kTabWidth = 56, kDateWidth = 84, kPagesWidth = 96, kColumnGap = 8;

QRectF titleColumn(const QRectF &area)
{
    return QRectF(area.left() + kTabWidth, area.top(),
                  area.width() - kTabWidth - kDateWidth - kPagesWidth - kColumnGap, area.height());
}

} // namespace

QVector<IndexPageRows> GeneratedPages::layOutIndex(const QSizeF &size, QVector<IndexRow> &rows,
                                                   QPaintDevice *device)
{
    const QRectF area = PageGeometry::textArea(size);
    const double line = PageGeometry::kLineHeight;
    const QFont body = PdfText::font(PageGeometry::kBodySize);
    const QFont bold = PdfText::font(PageGeometry::kBodySize, true);
    QVector<IndexPageRows> pages(1);
    double y = area.top() + kHeadingBlock;
    for (int r = 0; r < rows.size(); ++r) {
        IndexRow &row = rows[r];
        row.titleLines = row.isSection
                             ? PdfText::wrap(row.title, bold, area.width() - kPagesWidth, device)
                             : PdfText::wrap(row.title, body, titleColumn(area).width(), device);
        if (row.titleLines.isEmpty())
            row.titleLines << QString();
        // Under an exhibit's title: its type (and its part, when split, in the pages column).
        row.typeLines = row.isSection
                            ? QStringList()
                            : PdfText::wrap(row.type, body, titleColumn(area).width(), device);
        if (!row.isSection && row.typeLines.isEmpty())
            row.typeLines << QString();
        const int lines = int(row.titleLines.size() + row.typeLines.size());
        const double height = qMin(lines * line + 6, area.bottom() - area.top() - kHeadingBlock);
        if (y + height > area.bottom() && pages.last().count > 0) {
            pages.append(IndexPageRows{r, 0, {}});
            y = area.top() + kHeadingBlock;
        }
        pages.last().rects.append(QRectF(area.left(), y, area.width(), height));
        ++pages.last().count;
        y += height;
    }
    return pages;
}

void GeneratedPages::drawIndexPage(QPainter &painter, const QSizeF &size, const QString &title,
                                   const QVector<IndexRow> &rows, const QVector<QRectF> &rects,
                                   bool continued, const QString &documentColumn)
{
    const QRectF area = PageGeometry::textArea(size);
    const double line = PageGeometry::kLineHeight;
    const QRectF column = titleColumn(area);
    const double dateLeft = area.right() - kDateWidth - kPagesWidth;
    const double pagesLeft = area.right() - kPagesWidth;
    painter.setPen(kInk);
    drawWrapped(painter, area, area.top(), continued ? tr("%1 (continued)").arg(title) : title, 18,
                true);
    double y = area.top() + 34;
    painter.setPen(kMuted);
    painter.setFont(PdfText::font(PageGeometry::kBodySize, true));
    PdfText::drawLine(painter, QRectF(area.left(), y, kTabWidth, line), tr("Tab"));
    PdfText::drawLine(painter, QRectF(column.left(), y, column.width(), line),
                      documentColumn.isEmpty() ? tr("Document") : documentColumn);
    PdfText::drawLine(painter, QRectF(dateLeft, y, kDateWidth, line), tr("Date"));
    PdfText::drawLine(painter, QRectF(pagesLeft, y, kPagesWidth, line), tr("Pages"),
                      Qt::AlignRight);
    rule(painter, area.left(), area.right(), y + 20);
    for (int r = 0; r < rows.size() && r < rects.size(); ++r) {
        const IndexRow &row = rows.at(r);
        y = rects.at(r).top() + 3;
        painter.setPen(kInk);
        const QString pages = !row.pages.isEmpty() ? row.pages
                              : row.firstPage == row.lastPage
                                  ? QString::number(row.firstPage)
                                  : QStringLiteral("%1–%2").arg(row.firstPage).arg(row.lastPage);
        painter.setFont(PdfText::font(PageGeometry::kBodySize, row.isSection));
        const double titleLeft = row.isSection ? area.left() : column.left();
        const double titleWidth = row.isSection ? area.width() - kPagesWidth : column.width();
        for (int k = 0; k < row.titleLines.size(); ++k)
            PdfText::drawLine(painter, QRectF(titleLeft, y + k * line, titleWidth, line),
                              row.titleLines.at(k));
        painter.setFont(PdfText::font(PageGeometry::kBodySize));
        PdfText::drawLine(painter, QRectF(pagesLeft, y, kPagesWidth, line), pages, Qt::AlignRight);
        if (row.isSection)
            continue;
        PdfText::drawLine(painter, QRectF(area.left(), y, kTabWidth - 6, line), row.label);
        PdfText::drawLine(
            painter, QRectF(dateLeft, y, kDateWidth, line),
            PdfText::elide(row.date, painter.font(), kDateWidth - 4, painter.device()));
        painter.setPen(kMuted);
        const double below = y + row.titleLines.size() * line;
        for (int k = 0; k < row.typeLines.size(); ++k)
            PdfText::drawLine(painter,
                              QRectF(column.left(), below + k * line, column.width(), line),
                              row.typeLines.at(k));
        PdfText::drawLine(painter, QRectF(pagesLeft, y + line, kPagesWidth, line), row.part,
                          Qt::AlignRight);
    }
}

void GeneratedPages::drawExhibitSheet(QPainter &painter, const QSizeF &size,
                                      const ExhibitSheet &sheet)
{
    const QRectF area = PageGeometry::textArea(size);
    painter.setPen(kInk);
    double y = drawWrapped(painter, area, area.top(), sheet.heading, 24, true) + 6;
    y = drawWrapped(painter, area, y, sheet.title, 15, true, Qt::AlignLeading, 3) + 10;
    rule(painter, area.left(), area.right(), y);
    drawRows(painter, QRectF(area.left(), area.top(), area.width(), area.height()), y + 12,
             sheet.rows);
}

void GeneratedPages::drawProofOfService(QPainter &painter, const QSizeF &size,
                                        const ProofOfService &proof)
{
    const QRectF area = PageGeometry::textArea(size);
    const double body = PageGeometry::kBodySize;
    const QString blank = QStringLiteral("________________________");
    painter.setPen(kInk);
    double y = drawWrapped(painter, area, area.top(), tr("Proof of Service"), 20, true) + 10;
    y = drawWrapped(painter, area, y, proof.caseLine, body, true) + 2;
    if (!proof.aNumber.isEmpty())
        y = drawWrapped(painter, area, y, tr("A-Number: %1").arg(proof.aNumber), body, false) + 2;
    y += 16;
    y = drawWrapped(painter, area, y,
                    tr("On %1 (date), I, %2, served a copy of %3 and any attached pages on the "
                       "Department of Homeland Security (DHS), Office of the Principal Legal "
                       "Advisor, at the following address:")
                        .arg(blank, proof.server.isEmpty() ? blank : proof.server, proof.document),
                    body, false) +
        28;
    for (int line = 0; line < 2; ++line) {
        rule(painter, area.left(), area.right(), y);
        y += 28;
    }
    y = drawWrapped(painter, area, y, tr("by (tick one):"), body, false) + 4;
    for (const QString &way : {tr("[  ] first-class mail"), tr("[  ] personal service"),
                               tr("[  ] electronic service (ECAS)")})
        y = drawWrapped(painter, area.adjusted(18, 0, 0, 0), y, way, body, false) + 2;
    y += 56;
    painter.setPen(kInk);
    rule(painter, area.left(), area.left() + area.width() * 0.55, y);
    rule(painter, area.left() + area.width() * 0.65, area.right(), y);
    painter.setPen(kMuted);
    drawWrapped(painter, QRectF(area.left(), area.top(), area.width() * 0.55, area.height()), y + 4,
                tr("Signature"), body, false);
    drawWrapped(
        painter,
        QRectF(area.left() + area.width() * 0.65, area.top(), area.width() * 0.35, area.height()),
        y + 4, tr("Date"), body, false);
}

void GeneratedPages::drawCertificate(QPainter &painter, const QSizeF &size,
                                     const TranslationCertificate &certificate)
{
    const QRectF area = PageGeometry::textArea(size);
    painter.setPen(kInk);
    double y =
        drawWrapped(painter, area, area.top(), tr("Certificate of translation"), 20, true) + 14;
    y = drawWrapped(painter, area, y, certificate.statement, PageGeometry::kBodySize, false) + 12;
    rule(painter, area.left(), area.right(), y);
    y = drawRows(painter, area, y + 12, certificate.rows) + 48;
    painter.setPen(kInk);
    rule(painter, area.left(), area.left() + area.width() * 0.55, y);
    painter.setPen(kMuted);
    drawWrapped(painter, area, y + 4, tr("Signature of the translator"), PageGeometry::kBodySize,
                false);
}

int GeneratedPages::typesetLinesPerPage(const QSizeF &size, bool withHeading)
{
    const QRectF area = PageGeometry::textArea(size);
    return qMax(1, int((area.height() - (withHeading ? 40 : 0)) / PageGeometry::kLineHeight));
}

void GeneratedPages::drawTypesetPage(QPainter &painter, const QSizeF &size, const QString &heading,
                                     const QStringList &lines)
{
    const QRectF area = PageGeometry::textArea(size);
    double y = area.top();
    painter.setPen(kInk);
    if (!heading.isEmpty()) {
        drawWrapped(painter, area, y, heading, 15, true, Qt::AlignLeading, 1);
        y += 40;
    }
    painter.setFont(PdfText::font(PageGeometry::kBodySize));
    for (const QString &line : lines) {
        PdfText::drawLine(painter, QRectF(area.left(), y, area.width(), PageGeometry::kLineHeight),
                          line);
        y += PageGeometry::kLineHeight;
    }
}

namespace {

/** Where a recording's transcript begins on its placeholder page (a share of the text
 *  area; the heading, poster and rows above stay within it). */
constexpr double kTranscriptAt = 0.55;

} // namespace

int GeneratedPages::mediaTranscriptLines(const QSizeF &size)
{
    const QRectF area = PageGeometry::textArea(size);
    return qMax(1, int((area.height() * (1 - kTranscriptAt) - 30) / PageGeometry::kLineHeight));
}

void GeneratedPages::drawMediaPage(QPainter &painter, const QSizeF &size, const QString &heading,
                                   const QImage &poster,
                                   const QVector<QPair<QString, QString>> &rows,
                                   const QString &transcriptHeading,
                                   const QStringList &transcriptLines)
{
    const QRectF area = PageGeometry::textArea(size);
    painter.setPen(kInk);
    double y = drawWrapped(painter, area, area.top(), heading, 18, true, Qt::AlignLeading, 2) + 12;
    if (!poster.isNull()) {
        // Smaller when the transcript shares the page.
        const double posterHeight = transcriptLines.isEmpty() ? 280 : 150;
        QSizeF shown =
            QSizeF(poster.size()).scaled(QSizeF(area.width(), posterHeight), Qt::KeepAspectRatio);
        const QRectF target(area.left() + (area.width() - shown.width()) / 2, y, shown.width(),
                            shown.height());
        painter.drawImage(target, poster);
        painter.setPen(QPen(kRule, 0.75));
        painter.drawRect(target);
        y += shown.height() + 16;
    }
    drawRows(painter, area, y, rows);
    if (transcriptLines.isEmpty())
        return;
    y = area.top() + area.height() * kTranscriptAt;
    painter.setPen(kInk);
    drawWrapped(painter, area, y, transcriptHeading, 13, true, Qt::AlignLeading, 1);
    y += 30;
    painter.setFont(PdfText::font(PageGeometry::kBodySize));
    for (const QString &line : transcriptLines) {
        PdfText::drawLine(painter, QRectF(area.left(), y, area.width(), PageGeometry::kLineHeight),
                          line);
        y += PageGeometry::kLineHeight;
    }
}

void GeneratedPages::drawTextLayer(QPainter &painter, const QRectF &area,
                                   const QVector<PlacedWord> &words, const QString &text)
{
    if (!words.isEmpty()) {
        drawPlacedWords(painter, area, words);
        return;
    }
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return;
    const double lineHeight = area.height() / lines.size();
    const double fontSize = qBound(4.0, lineHeight * 0.7, 12.0);
    QFont font = PdfText::font(fontSize);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    double y = area.top();
    for (const QString &line : lines) {
        PdfText::drawInvisibleLine(painter, QPointF(area.left() + 2, y + metrics.ascent()),
                                   line.trimmed());
        y += lineHeight;
    }
}

void GeneratedPages::drawStamp(QPainter &painter, const QSizeF &size, const QString &left,
                               const QString &pageOf, const QString &bates)
{
    // 12 pt like every generated text, inside the band kept free below the content.
    const QRectF band(28, size.height() - 30, size.width() - 56, 17);
    painter.setPen(kInk);
    painter.setFont(PdfText::font(PageGeometry::kBodySize));
    PdfText::drawLine(painter, band, left, Qt::AlignLeft);
    PdfText::drawLine(painter, band, pageOf, Qt::AlignHCenter);
    painter.setFont(PdfText::font(PageGeometry::kBodySize, true));
    PdfText::drawLine(painter, band, bates, Qt::AlignRight);
}

} // namespace amanat
