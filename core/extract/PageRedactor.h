#pragma once

#include "OcrSession.h"
#include "redaction/TermMatcher.h"

#include <QImage>
#include <QMap>
#include <QRectF>
#include <QStringList>
#include <QTransform>
#include <QVector>

namespace amanat {

/** Finds every place a page image shows a protected string, for the redactor in
 *  amanat-extract (see REDACTION.md, "In the pixels").
 *
 *  The page is first turned upright (Tesseract's orientation detection); then it is read
 *  several ways, because each misses text the others find: as it is, whole-page with
 *  automatic layout and as sparse text; the same on a deskewed copy, enlarged when its
 *  type is small; and that copy line by line after the ruling lines of forms and tables
 *  are taken out (so text in table cells is read). A burned page is read again as it is,
 *  whole-page, sparse and as one block. Each reading is matched with the tolerant TermMatcher, in
 * every language group the terms need. A box covers the matched glyphs' whole word (for alphabetic
 * scripts), the full height of their line and a margin of 15 % of it; boxes of one occurrence are
 *  merged. Boxes are in the pixels of the page as given (as it will be embedded). */
class PageRedactor
{
public:
    /** Which readings to make; all by default. Turning one off exists for tests that must
     *  show the leak check catches what the redactor missed. */
    struct Strategies
    {
        bool wholePage = true;
        bool sparse = true;
        bool lines = true;
    };

    struct Box
    {
        QRectF rect;
        int term = -1;
    };

    PageRedactor(const TermMatcher &matcher, OcrSession &ocr, QStringList languageGroups,
                 Strategies strategies);

    /** Boxes over every occurrence found on @p page, each over whole glyphs (grownToInk). */
    QVector<Box> find(const QImage &page, QString *error);
    /** Reads @p burned (the page with boxes burned in) again, whole-page and sparse, and
     *  returns boxes for anything still readable; also refreshes text(). */
    QVector<Box> recheck(const QImage &burned, QString *error);
    /** The page's text as last read whole-page, with every protected string removed. */
    QString text() const { return m_text; }

    /** Boxes over the matches of @p matcher in @p reading, mapped through @p toPage (see
     *  the class comment for their shape). */
    static QVector<Box> boxesOver(const OcrReading &reading, const TermMatcher &matcher,
                                  const QTransform &toPage);
    /** Whether @p glyph, a mark with no letter or digit, has a box far larger than the
     *  match's letters (@p typicalHeight): a table rule OCR read as a separator. */
    static bool isStrayMark(const OcrGlyph &glyph, double typicalHeight);
    /** @p boxes, each widened to the end of any glyph its left or right edge cuts through
     *  on @p page (OCR's box for a Han glyph can be narrower than its ink: the tail of 辶
     *  stayed visible). Growth follows connected ink, at most half the box's height, and
     *  stops at a table rule. */
    static QVector<Box> grownToInk(const QImage &page, QVector<Box> boxes);
    /** Paints @p boxes black onto @p image. */
    static void burn(QImage &image, const QVector<Box> &boxes);
    /** Unites boxes of one occurrence and overlapping boxes on one line. */
    static QVector<Box> merged(QVector<Box> boxes);
    /** The resolution @p image was made at: its own when plausible, else from its size. */
    static int dpiOf(const QImage &image);

private:
    struct Frame
    {
        QImage grey;         ///< upright, deskewed, possibly enlarged
        QTransform fromPage; ///< page pixels → frame pixels
        int dpi = 300;
    };
    Frame frameOf(const QImage &page, bool enhanced) const;
    bool enhances() const;
    QVector<OcrSession::Layout> wholeLayouts() const;
    QVector<Box> readWhole(const Frame &frame, const QVector<OcrSession::Layout> &layouts,
                           bool keepText, QString *error);
    QVector<Box> readLines(const Frame &frame, QString *error);
    const TermMatcher &matcherFor(const QString &group) const;

    const TermMatcher &m_matcher;
    QMap<QString, TermMatcher> m_groupMatchers; ///< per language group: the terms it can read
    OcrSession &m_ocr;
    QStringList m_groups;
    Strategies m_strategies;
    int m_orientation = 0;
    double m_skew = 0;
    double m_scale = 1;
    bool m_framed = false;
    QString m_text;
};

} // namespace amanat
