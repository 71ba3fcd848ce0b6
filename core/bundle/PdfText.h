#pragma once

#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;
class QPaintDevice;

namespace amanat {

/** Text on generated bundle pages that reads back correctly with pdftotext.
 *
 *  Two measured problems of QPdfWriter are worked around here. Han characters set in Noto
 *  Sans CJK come back as Kangxi radicals (人 → ⼈), so the font list puts Droid Sans
 *  Fallback first for Han. Arabic-script text (Uyghur, Arabic) is shaped, and the shaped
 *  glyphs map back to presentation forms or to the wrong letter (Uyghur ە as Arabic ه);
 *  such lines are drawn as outlines, and an invisible copy with a zero-width non-joiner
 *  after every letter (so each maps back from its isolated form, which is the letter
 *  itself) carries the text layer. */
class PdfText
{
public:
    /** The font for generated pages at @p pointSize (fallbacks for Han and Arabic script). */
    static QFont font(double pointSize, bool bold = false);

    /** Splits @p text into lines no wider than @p width (words, or characters where a
     *  script has no spaces); keeps empty lines for blank lines in the text. */
    static QStringList wrap(const QString &text, const QFont &font, double width,
                            QPaintDevice *device);
    /** @p text cut to @p width with an ellipsis. */
    static QString elide(const QString &text, const QFont &font, double width,
                         QPaintDevice *device);

    /** Draws one line in @p box (left or right aligned by the line's direction). */
    static void drawLine(QPainter &painter, const QRectF &box, const QString &text,
                         Qt::Alignment horizontal = Qt::AlignLeading);
    /** Draws text that is searchable but not seen (an OCR layer over a page image). */
    static void drawInvisibleLine(QPainter &painter, const QPointF &baseline, const QString &text);

    static bool hasArabicScript(const QString &text);
};

} // namespace amanat
