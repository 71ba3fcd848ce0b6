#include "PdfText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextBoundaryFinder>

namespace amanat {

namespace {

QString withNonJoiners(const QString &text)
{
    QString out;
    out.reserve(text.size() * 2);
    for (const QChar c : text) {
        out += c;
        if (c.script() == QChar::Script_Arabic && c.isLetter())
            out += QChar(0x200C);
    }
    return out;
}

} // namespace

QFont PdfText::font(double pointSize, bool bold)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
                      QStringLiteral("Droid Sans Fallback"), QStringLiteral("Noto Sans Arabic"),
                      QStringLiteral("Noto Naskh Arabic")});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // Kerning and hinting would make the outlines and the invisible copy drift apart.
    font.setKerning(false);
    font.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures where a script does not need them: "ﬁle" would not be found as "file".
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

bool PdfText::hasArabicScript(const QString &text)
{
    for (const QChar c : text)
        if (c.script() == QChar::Script_Arabic)
            return true;
    return false;
}

QStringList PdfText::wrap(const QString &text, const QFont &font, double width,
                          QPaintDevice *device)
{
    const QFontMetricsF metrics(font, device);
    QStringList lines;
    const QStringList paragraphs =
        QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n")).split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        if (paragraph.trimmed().isEmpty()) {
            lines << QString();
            continue;
        }
        // Break opportunities per Unicode line breaking: spaces, and between Han characters.
        QTextBoundaryFinder finder(QTextBoundaryFinder::Line, paragraph);
        QString line;
        int start = 0;
        while (start < paragraph.size()) {
            finder.setPosition(start);
            int end = finder.toNextBoundary();
            if (end < 0)
                end = paragraph.size();
            QString piece = paragraph.mid(start, end - start);
            start = end;
            if (metrics.horizontalAdvance(line + piece) <= width || line.isEmpty()) {
                line += piece;
                // A single piece wider than the line (a long URL, a hash) is cut by characters.
                while (metrics.horizontalAdvance(line) > width && line.size() > 1) {
                    int fit = line.size() - 1;
                    while (fit > 1 && metrics.horizontalAdvance(line.left(fit)) > width)
                        --fit;
                    lines << line.left(fit);
                    line = line.mid(fit);
                }
                continue;
            }
            lines << line.trimmed();
            line = piece;
        }
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QString PdfText::elide(const QString &text, const QFont &font, double width, QPaintDevice *device)
{
    const QFontMetricsF metrics(font, device);
    return metrics.elidedText(QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')),
                              Qt::ElideRight, width);
}

void PdfText::drawLine(QPainter &painter, const QRectF &box, const QString &text,
                       Qt::Alignment horizontal)
{
    if (text.isEmpty())
        return;
    const QFont font = painter.font();
    const QFontMetricsF metrics(font, painter.device());
    const double width = metrics.horizontalAdvance(text);
    const bool rightToLeft = text.isRightToLeft();
    double x = box.left();
    if ((horizontal & Qt::AlignRight) || ((horizontal & Qt::AlignLeading) && rightToLeft))
        x = box.right() - width;
    else if (horizontal & Qt::AlignHCenter)
        x = box.left() + (box.width() - width) / 2;
    const QPointF baseline(x, box.top() + metrics.ascent());
    if (!hasArabicScript(text)) {
        painter.drawText(baseline, text);
        return;
    }
    QPainterPath outlines;
    outlines.addText(baseline, font, text);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillPath(outlines, painter.pen().color());
    painter.restore();
    drawInvisibleLine(painter, baseline, text);
}

void PdfText::drawInvisibleLine(QPainter &painter, const QPointF &baseline, const QString &text)
{
    painter.save();
    // Fully transparent text is still written to the content stream, so it is searchable.
    painter.setPen(QColor(0, 0, 0, 0));
    painter.drawText(baseline, hasArabicScript(text) ? withNonJoiners(text) : text);
    painter.restore();
}

} // namespace amanat
