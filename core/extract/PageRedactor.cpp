#include "PageRedactor.h"

#include "LayoutAnalysis.h"
#include "helper/OcrLanguages.h"
#include "text/TextNormalizer.h"

#include <QPainter>
#include <QtMath>

#include <algorithm>

namespace amanat {

namespace {

/** Type smaller than this (glyph height in pixels) is read enlarged. */
constexpr int kSmallGlyph = 24;
constexpr double kTargetGlyph = 32;
constexpr double kMaxScale = 3;
/** Margin around a box, as a share of its line's height. */
constexpr double kMargin = 0.15;

bool isCjkGlyph(const QString &text)
{
    const auto codePoints = text.toUcs4();
    for (char32_t c : codePoints)
        if (TextNormalizer::isSingleCharacterScript(c))
            return true;
    return false;
}

QRectF pageRect(const QRectF &frameRect, const QTransform &toPage)
{
    return toPage.map(QPolygonF(frameRect)).boundingRect();
}

bool sameLine(const QRectF &a, const QRectF &b)
{
    const double overlap = qMin(a.bottom(), b.bottom()) - qMax(a.top(), b.top());
    return overlap > 0.5 * qMin(a.height(), b.height());
}

} // namespace

PageRedactor::PageRedactor(const TermMatcher &matcher, OcrSession &ocr, QStringList languageGroups,
                           Strategies strategies)
    : m_matcher(matcher), m_ocr(ocr), m_groups(std::move(languageGroups)), m_strategies(strategies)
{}

int PageRedactor::dpiOf(const QImage &image)
{
    const int stated = qRound(image.dotsPerMeterX() * 0.0254);
    if (stated >= 100 && stated <= 1200)
        return stated;
    // As if the page were A4 or Letter: 11–11.7 inches on its long side.
    return qBound(72, qRound(qMax(image.width(), image.height()) / 11.5), 1200);
}

PageRedactor::Frame PageRedactor::frameOf(const QImage &page, bool enhanced) const
{
    Frame frame;
    QImage grey = LayoutAnalysis::greyOf(page);
    QTransform transform;
    if (m_orientation != 0)
        transform.rotate(-m_orientation);
    const double scale = enhanced ? m_scale : 1;
    if (enhanced && !qFuzzyIsNull(m_skew))
        transform.rotate(-m_skew);
    if (scale != 1)
        transform.scale(scale, scale);
    if (!transform.isIdentity())
        grey = LayoutAnalysis::transformedOnWhite(grey, transform);
    frame.grey = grey;
    frame.fromPage = transform;
    frame.dpi = qRound(dpiOf(page) * scale);
    return frame;
}

bool PageRedactor::enhances() const
{
    return !qFuzzyIsNull(m_skew) || m_scale != 1;
}

namespace {

/** The median height of the letters and digits of a match (0 if it has none). */
double typicalGlyphHeight(const OcrReading &reading, const TermMatcher::Match &match)
{
    QVector<int> heights;
    for (int g = match.first; g <= match.last; ++g) {
        const OcrGlyph &glyph = reading.glyphs.at(g);
        if (std::any_of(glyph.text.cbegin(), glyph.text.cend(),
                        [](QChar c) { return c.isLetterOrNumber(); }))
            heights.append(glyph.box.height());
    }
    if (heights.isEmpty())
        return 0;
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    return heights.at(heights.size() / 2);
}

} // namespace

/** A separator the matcher stepped over (a space, a dash, a dot between a phone number's
 *  digits) whose box OCR took from a table rule: thousands of pixels wide or tall. It holds
 *  no letter of the name, and its box would black out the whole table. A letter or digit
 *  is never dropped, whatever its box. */
bool PageRedactor::isStrayMark(const OcrGlyph &glyph, double typicalHeight)
{
    if (typicalHeight <= 0)
        return false;
    if (std::any_of(glyph.text.cbegin(), glyph.text.cend(),
                    [](QChar c) { return c.isLetterOrNumber(); }))
        return false;
    return glyph.box.height() > 2.5 * typicalHeight || glyph.box.width() > 4 * typicalHeight;
}

QVector<PageRedactor::Box> PageRedactor::boxesOver(const OcrReading &reading,
                                                   const TermMatcher &matcher,
                                                   const QTransform &toPage)
{
    QVector<Box> boxes;
    const QVector<TermMatcher::Match> matches = matcher.findInUnits(reading.units());
    if (matches.isEmpty())
        return boxes;
    // Each word's glyphs, to check that the word box OCR reports is plausible: a garbage
    // "word" across table columns must not become a box over half the page.
    QVector<QRectF> glyphsOfWord(reading.wordBoxes.size());
    for (const OcrGlyph &glyph : reading.glyphs)
        glyphsOfWord[glyph.word] = glyphsOfWord.at(glyph.word).united(QRectF(glyph.box));
    auto wordArea = [&](int word) {
        const QRectF glyphs = glyphsOfWord.at(word);
        const QRectF box(reading.wordBoxes.at(word));
        const bool plausible = box.height() <= 2 * glyphs.height() + 2 &&
                               box.width() <= glyphs.width() + 2 * glyphs.height() + 2;
        return plausible ? box.united(glyphs) : glyphs;
    };
    for (const TermMatcher::Match &match : matches) {
        // One box per line the occurrence is on.
        QMap<int, QRectF> perLine;
        QMap<int, bool> cjkLine;
        const double glyphHeight = typicalGlyphHeight(reading, match);
        for (int g = match.first; g <= match.last; ++g) {
            const OcrGlyph &glyph = reading.glyphs.at(g);
            if (isStrayMark(glyph, glyphHeight))
                continue;
            const bool cjk = isCjkGlyph(glyph.text);
            QRectF area;
            if (cjk) {
                // A Han glyph's box from OCR can be narrower than its ink (辶, 氵): take at
                // least a square as wide as the glyph is tall, centred on it.
                area = QRectF(glyph.box);
                const double side = qMax(area.width(), area.height());
                area = QRectF(area.center().x() - side / 2, area.top(), side, area.height());
            } else {
                // Alphabetic scripts: the whole word goes, so no fragment stays readable.
                area = wordArea(glyph.word);
            }
            perLine[glyph.line] = perLine.value(glyph.line).united(area);
            cjkLine[glyph.line] = cjkLine.value(glyph.line) || cjk;
        }
        for (auto it = perLine.cbegin(); it != perLine.cend(); ++it) {
            QRectF rect = it.value();
            // The full height of the line (ascenders, descenders, strokes of neighbouring
            // glyphs), but never more than half a glyph beyond the match itself.
            const QRect line = reading.lineBoxes.at(it.key());
            const double h = rect.height();
            rect.setTop(qMax(qMin(rect.top(), double(line.top())), rect.top() - 0.5 * h));
            rect.setBottom(
                qMin(qMax(rect.bottom(), double(line.bottom())), rect.bottom() + 0.5 * h));
            double margin = qMax(2.0, kMargin * rect.height());
            if (cjkLine.value(it.key()))
                margin = qMax(margin, 0.25 * rect.height());
            rect.adjust(-margin, -margin, margin, margin);
            boxes.append(Box{pageRect(rect, toPage), match.term});
        }
    }
    return boxes;
}

QVector<PageRedactor::Box> PageRedactor::readWhole(const Frame &frame,
                                                   const QVector<OcrSession::Layout> &layouts,
                                                   bool keepText, QString *error)
{
    QVector<Box> boxes;
    const QTransform toPage = frame.fromPage.inverted();
    for (const QString &languages : std::as_const(m_groups)) {
        for (OcrSession::Layout layout : layouts) {
            const OcrReading reading = m_ocr.read(frame.grey, languages, layout, frame.dpi, error);
            if (!error->isEmpty())
                return {};
            boxes += boxesOver(reading, matcherFor(languages), toPage);
            if (keepText && languages == m_groups.first()) {
                m_text = m_matcher.redact(reading.text(), QString());
                keepText = false;
            }
        }
    }
    return boxes;
}

QVector<PageRedactor::Box> PageRedactor::readLines(const Frame &frame, QString *error)
{
    // Line by line, rules taken out: text in the cells of forms and tables. Each language
    // of a group reads each line alone: on a short noisy crop the combined models often
    // take Han for Latin (it costs about what the combined reading does).
    QVector<Box> boxes;
    const QTransform toPage = frame.fromPage.inverted();
    const LayoutAnalysis layout(frame.grey);
    const QImage clean = layout.withoutRules();
    for (const QString &group : std::as_const(m_groups)) {
        const TermMatcher &matcher = matcherFor(group);
        for (const QString &languages : group.split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
            for (const QRect &line : layout.textLines()) {
                constexpr int kPad = 10;
                QImage crop(line.size() + QSize(2 * kPad, 2 * kPad), QImage::Format_Grayscale8);
                crop.fill(255);
                {
                    QPainter painter(&crop);
                    painter.drawImage(kPad, kPad, clean, line.x(), line.y(), line.width(),
                                      line.height());
                }
                const OcrReading reading =
                    m_ocr.read(crop, languages, OcrSession::Layout::SingleLine, frame.dpi, error);
                if (!error->isEmpty())
                    return {};
                const QTransform cropToFrame =
                    QTransform::fromTranslate(line.x() - kPad, line.y() - kPad);
                boxes += boxesOver(reading, matcher, cropToFrame * toPage);
            }
        }
    }
    return boxes;
}

const TermMatcher &PageRedactor::matcherFor(const QString &group) const
{
    const auto found = m_groupMatchers.constFind(group);
    return found == m_groupMatchers.constEnd() ? m_matcher : *found;
}

QVector<OcrSession::Layout> PageRedactor::wholeLayouts() const
{
    QVector<OcrSession::Layout> layouts;
    if (m_strategies.wholePage)
        layouts << OcrSession::Layout::Auto;
    if (m_strategies.sparse)
        layouts << OcrSession::Layout::Sparse;
    return layouts;
}

QVector<PageRedactor::Box> PageRedactor::find(const QImage &page, QString *error)
{
    error->clear();
    m_text.clear();
    if (m_matcher.isEmpty() || page.isNull())
        return {};
    const QImage grey = LayoutAnalysis::greyOf(page);
    const int dpi = dpiOf(page);
    m_orientation = m_ocr.orientation(grey, dpi);
    m_skew = 0;
    m_scale = 1;
    // The page as it is (only turned upright) is what any reader of the bundle's image
    // would OCR; a deskewed copy, enlarged when the type is small, reads what that misses
    // (and misses what it reads: an enlarged 150 dpi page can lose a whole line).
    const Frame native = frameOf(page, false);
    m_skew = LayoutAnalysis::skewDegrees(native.grey);
    {
        const Frame deskewed = frameOf(page, true);
        const int glyph = LayoutAnalysis(deskewed.grey).glyphHeight();
        if (glyph > 0 && glyph < kSmallGlyph)
            m_scale = qMin(kMaxScale, kTargetGlyph / glyph);
    }
    m_framed = true;
    const QVector<OcrSession::Layout> layouts = wholeLayouts();
    QVector<Box> boxes = readWhole(native, layouts, true, error);
    if (!error->isEmpty())
        return {};
    const Frame enhanced = enhances() ? frameOf(page, true) : native;
    if (enhances())
        boxes += readWhole(enhanced, layouts, false, error);
    if (error->isEmpty() && m_strategies.lines)
        boxes += readLines(enhanced, error);
    if (!error->isEmpty())
        return {};
    return grownToInk(page, merged(boxes));
}

QVector<PageRedactor::Box> PageRedactor::recheck(const QImage &burned, QString *error)
{
    error->clear();
    if (m_matcher.isEmpty() || burned.isNull())
        return {};
    if (!m_framed)
        return find(burned, error);
    // The burned page as a recipient's OCR would read it: as it is, three ways.
    QVector<OcrSession::Layout> layouts = wholeLayouts();
    if (!layouts.isEmpty())
        layouts << OcrSession::Layout::SingleBlock;
    QVector<Box> boxes = readWhole(frameOf(burned, false), layouts, true, error);
    if (error->isEmpty() && enhances() && m_strategies.wholePage)
        boxes += readWhole(frameOf(burned, true), {OcrSession::Layout::Auto}, false, error);
    if (!error->isEmpty())
        return {};
    return grownToInk(burned, merged(boxes));
}

namespace {

constexpr int kInk = 110; ///< grey level below which a pixel counts as ink

/** Rows [top, bottom] of column @p x of @p grey that are ink. */
QVector<bool> inkInColumn(const QImage &grey, int x, int top, int bottom)
{
    QVector<bool> ink(bottom - top + 1, false);
    if (x < 0 || x >= grey.width())
        return ink;
    for (int y = top; y <= bottom; ++y)
        ink[y - top] = grey.constScanLine(y)[x] < kInk;
    return ink;
}

/** How many columns beyond @p edge (stepping by @p step) the ink of a glyph that crosses
 *  the edge goes on, at most @p limit. A column counts when its ink touches the ink of the
 *  column before it; a column almost all ink is a table rule, where growth stops. */
int inkBeyond(const QImage &grey, int edge, int step, int top, int bottom, int limit)
{
    QVector<bool> previous = inkInColumn(grey, edge, top, bottom);
    int grown = 0;
    for (; grown < limit; ++grown) {
        const QVector<bool> next = inkInColumn(grey, edge + step * (grown + 1), top, bottom);
        int count = 0;
        bool touches = false;
        for (int i = 0; i < next.size(); ++i) {
            if (!next.at(i))
                continue;
            ++count;
            for (int j = qMax(0, i - 1); j <= qMin(int(next.size()) - 1, i + 1); ++j)
                touches = touches || previous.at(j);
        }
        if (!touches || count > 0.9 * next.size())
            break;
        previous = next;
    }
    return grown;
}

} // namespace

QVector<PageRedactor::Box> PageRedactor::grownToInk(const QImage &page, QVector<Box> boxes)
{
    if (boxes.isEmpty() || page.isNull())
        return boxes;
    const QImage grey = LayoutAnalysis::greyOf(page);
    const QRect bounds = grey.rect();
    for (Box &box : boxes) {
        const QRect rect = box.rect.toAlignedRect().intersected(bounds);
        if (rect.height() < 4 || rect.width() < 2)
            continue;
        // The middle of the box's height: a cell's horizontal rule along its top or bottom
        // edge is not a glyph, and must not drag the box along the row.
        const int top = rect.top() + rect.height() / 6;
        const int bottom = rect.bottom() - rect.height() / 6;
        const int limit = qMax(2, rect.height() / 2);
        const int right = inkBeyond(grey, rect.right(), 1, top, bottom, limit);
        const int left = inkBeyond(grey, rect.left(), -1, top, bottom, limit);
        if (right > 0 || left > 0)
            box.rect = QRectF(box.rect).adjusted(-left, 0, right, 0);
    }
    return boxes;
}

QVector<PageRedactor::Box> PageRedactor::merged(QVector<Box> boxes)
{
    bool changed = true;
    while (changed) {
        changed = false;
        for (int i = 0; i < boxes.size() && !changed; ++i) {
            for (int j = i + 1; j < boxes.size(); ++j) {
                const QRectF &a = boxes.at(i).rect;
                const QRectF &b = boxes.at(j).rect;
                const QRectF overlap = a.intersected(b);
                const double smaller = qMin(a.width() * a.height(), b.width() * b.height());
                const bool substantial =
                    !overlap.isEmpty() && overlap.width() * overlap.height() > 0.3 * smaller;
                const double gap = qMax(a.left(), b.left()) - qMin(a.right(), b.right());
                const bool adjacent = sameLine(a, b) && gap < 0.5 * qMin(a.height(), b.height());
                if (substantial || adjacent) {
                    boxes[i].rect = a.united(b);
                    boxes.removeAt(j);
                    changed = true;
                    break;
                }
            }
        }
    }
    return boxes;
}

void PageRedactor::burn(QImage &image, const QVector<Box> &boxes)
{
    if (boxes.isEmpty())
        return;
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (const Box &box : boxes)
        painter.drawRect(box.rect.toAlignedRect());
}

} // namespace amanat
