#pragma once

#include <QImage>
#include <QRect>
#include <QTransform>
#include <QVector>

namespace amanat {

/** Page layout measured from the pixels, for the redactor: how much the text is skewed,
 *  how tall its glyphs are, where the ruling lines of forms and tables are (so they can be
 *  taken out before OCR) and where each line of text is (so each can be read alone). All
 *  input images are 8-bit grey; all results are in their pixels. */
class LayoutAnalysis
{
public:
    /** @p image as 8-bit grey, transparency flattened onto white. */
    static QImage greyOf(const QImage &image);
    /** @p grey drawn through @p transform onto white; @p transform is adjusted so that the
     *  result starts at (0, 0). */
    static QImage transformedOnWhite(const QImage &grey, QTransform &transform);

    /** The clockwise skew of the text lines in degrees, within ±3; 0 when unsure. */
    static double skewDegrees(const QImage &grey);

    /** Analyses @p grey (upright, deskewed). */
    explicit LayoutAnalysis(const QImage &grey);

    /** The median height of the glyph-sized ink shapes; 0 on a blank page. */
    int glyphHeight() const { return m_glyphHeight; }
    /** @p grey with the ruling lines of tables and forms painted over in paper colour. */
    QImage withoutRules() const { return m_withoutRules; }
    /** The bounding boxes of text lines (and of text in table cells), padded a little. */
    QVector<QRect> textLines() const { return m_lines; }
    /** The insides of the boxes ruling lines enclose (table cells, form fields), top to
     *  bottom, left to right; empty without rules. */
    QVector<QRect> cells() const { return m_cells; }

private:
    int m_glyphHeight = 0;
    QImage m_withoutRules;
    QVector<QRect> m_lines;
    QVector<QRect> m_cells;
};

} // namespace amanat
