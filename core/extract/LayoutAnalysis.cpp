#include "LayoutAnalysis.h"

#include <QPainter>
#include <QtMath>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace amanat {

namespace {

/** 1 where there is ink. */
struct InkMap
{
    int width = 0, height = 0;
    std::vector<std::uint8_t> ink;

    std::uint8_t &at(int x, int y) { return ink[std::size_t(y) * width + x]; }
    std::uint8_t at(int x, int y) const { return ink[std::size_t(y) * width + x]; }
};

/** Otsu's threshold: the grey level that best separates ink from paper. */
int otsuThreshold(const QImage &grey)
{
    std::vector<double> histogram(256, 0);
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            histogram[line[x]] += 1;
    }
    const double total = double(grey.width()) * grey.height();
    double sum = 0;
    for (int i = 0; i < 256; ++i)
        sum += i * histogram[i];
    double sumBelow = 0, weightBelow = 0, best = -1;
    int threshold = 128;
    for (int t = 0; t < 256; ++t) {
        weightBelow += histogram[t];
        if (weightBelow == 0)
            continue;
        const double weightAbove = total - weightBelow;
        if (weightAbove == 0)
            break;
        sumBelow += t * histogram[t];
        const double meanBelow = sumBelow / weightBelow;
        const double meanAbove = (sum - sumBelow) / weightAbove;
        const double between =
            weightBelow * weightAbove * (meanBelow - meanAbove) * (meanBelow - meanAbove);
        if (between > best) {
            best = between;
            threshold = t;
        }
    }
    // A blank page has no ink: keep the threshold dark so noise does not become text.
    return qMin(threshold, 200);
}

InkMap binarize(const QImage &grey)
{
    InkMap map;
    map.width = grey.width();
    map.height = grey.height();
    map.ink.assign(std::size_t(map.width) * map.height, 0);
    const int threshold = otsuThreshold(grey);
    for (int y = 0; y < map.height; ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x < map.width; ++x)
            map.at(x, y) = line[x] <= threshold ? 1 : 0;
    }
    return map;
}

/** Bounding boxes of 8-connected ink shapes; @p pixels receives each one's ink count. */
QVector<QRect> components(const InkMap &source, QVector<int> *pixels = nullptr)
{
    InkMap map = source;
    QVector<QRect> boxes;
    std::vector<std::pair<int, int>> stack;
    for (int y = 0; y < map.height; ++y) {
        for (int x = 0; x < map.width; ++x) {
            if (!map.at(x, y))
                continue;
            int left = x, right = x, top = y, bottom = y, count = 0;
            map.at(x, y) = 0;
            stack.push_back({x, y});
            while (!stack.empty()) {
                const auto [cx, cy] = stack.back();
                stack.pop_back();
                ++count;
                left = qMin(left, cx);
                right = qMax(right, cx);
                top = qMin(top, cy);
                bottom = qMax(bottom, cy);
                for (int dy = -1; dy <= 1; ++dy) {
                    const int ny = cy + dy;
                    if (ny < 0 || ny >= map.height)
                        continue;
                    for (int dx = -1; dx <= 1; ++dx) {
                        const int nx = cx + dx;
                        if (nx < 0 || nx >= map.width || !map.at(nx, ny))
                            continue;
                        map.at(nx, ny) = 0;
                        stack.push_back({nx, ny});
                    }
                }
            }
            boxes.append(QRect(QPoint(left, top), QPoint(right, bottom)));
            if (pixels)
                pixels->append(count);
        }
    }
    return boxes;
}

/** Removes horizontal ink runs of at least @p horizontal pixels and vertical runs of at
 *  least @p vertical pixels: the ruling lines of forms and tables. Returns what was removed. */
InkMap removeRules(InkMap &map, int horizontal, int vertical)
{
    InkMap rules;
    rules.width = map.width;
    rules.height = map.height;
    rules.ink.assign(map.ink.size(), 0);
    for (int y = 0; y < map.height; ++y) {
        int run = 0;
        for (int x = 0; x <= map.width; ++x) {
            if (x < map.width && map.at(x, y)) {
                ++run;
                continue;
            }
            if (run >= horizontal)
                for (int k = x - run; k < x; ++k)
                    rules.at(k, y) = 1;
            run = 0;
        }
    }
    for (int x = 0; x < map.width; ++x) {
        int run = 0;
        for (int y = 0; y <= map.height; ++y) {
            if (y < map.height && map.at(x, y)) {
                ++run;
                continue;
            }
            if (run >= vertical)
                for (int k = y - run; k < y; ++k)
                    rules.at(x, k) = 1;
            run = 0;
        }
    }
    for (std::size_t i = 0; i < map.ink.size(); ++i)
        if (rules.ink[i])
            map.ink[i] = 0;
    return rules;
}

/** Run-length smearing: fills gaps of at most @p gap pixels along rows (or columns). */
void smear(InkMap &map, int gap, bool alongRows)
{
    const int outer = alongRows ? map.height : map.width;
    const int inner = alongRows ? map.width : map.height;
    for (int o = 0; o < outer; ++o) {
        int lastInk = -1;
        for (int i = 0; i < inner; ++i) {
            std::uint8_t &cell = alongRows ? map.at(i, o) : map.at(o, i);
            if (!cell)
                continue;
            if (lastInk >= 0 && i - lastInk - 1 <= gap)
                for (int k = lastInk + 1; k < i; ++k)
                    (alongRows ? map.at(k, o) : map.at(o, k)) = 1;
            lastInk = i;
        }
    }
}

int medianGlyphHeight(const InkMap &map)
{
    QVector<int> pixels;
    const QVector<QRect> shapes = components(map, &pixels);
    std::vector<int> heights;
    for (int i = 0; i < shapes.size(); ++i) {
        const QRect &r = shapes.at(i);
        if (pixels.at(i) >= 6 && r.height() >= 4 && r.width() <= 8 * r.height() &&
            r.height() <= map.height / 8)
            heights.push_back(r.height());
    }
    if (heights.empty())
        return 0;
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    return heights[heights.size() / 2];
}

/** The insides of the boxes @p rules enclose, for type @p glyph pixels high. */
QVector<QRect> enclosedCells(const InkMap &rules, int glyph)
{
    QVector<QRect> cells;
    // The paper the rules enclose: each enclosed region of the page without its rules.
    InkMap paper = rules;
    bool anyRule = false;
    for (std::uint8_t &cell : paper.ink) {
        anyRule = anyRule || cell;
        cell = cell ? 0 : 1;
    }
    if (!anyRule)
        return cells;
    QVector<int> pixels;
    const QVector<QRect> regions = components(paper, &pixels);
    for (int i = 0; i < regions.size(); ++i) {
        const QRect &r = regions.at(i);
        const bool enclosed = r.left() > 0 && r.top() > 0 && r.right() < rules.width - 1 &&
                              r.bottom() < rules.height - 1;
        // A cell is a rectangle (its region fills its box), holds a line of type, and is
        // not most of the page.
        if (enclosed && pixels.at(i) >= 0.85 * r.width() * r.height() &&
            r.height() >= 1.2 * glyph && r.width() >= 1.5 * glyph && r.height() <= rules.height / 2)
            cells.append(r);
    }
    std::sort(cells.begin(), cells.end(), [](const QRect &a, const QRect &b) {
        return a.top() != b.top() ? a.top() < b.top() : a.left() < b.left();
    });
    return cells;
}

} // namespace

double LayoutAnalysis::skewDegrees(const QImage &grey)
{
    // Ink points of a page about 1,000 pixels wide are enough to see the slope of lines.
    const double factor = qMin(1.0, 1000.0 / qMax(1, grey.width()));
    const QImage small = factor < 1 ? grey.scaled(grey.size() * factor, Qt::KeepAspectRatio,
                                                  Qt::SmoothTransformation)
                                    : grey;
    const InkMap map = binarize(small);
    std::vector<std::pair<int, int>> points;
    for (int y = 0; y < map.height; ++y)
        for (int x = 0; x < map.width; ++x)
            if (map.at(x, y))
                points.push_back({x, y});
    if (points.size() < 200 || points.size() > std::size_t(map.width) * map.height / 3)
        return 0;
    const std::size_t step = qMax<std::size_t>(1, points.size() / 150000);
    auto sharpness = [&](double degrees) {
        const double radians = qDegreesToRadians(degrees);
        const double s = std::sin(radians), c = std::cos(radians);
        const int bins = map.height + map.width;
        std::vector<int> histogram(std::size_t(bins) * 2 + 2, 0);
        for (std::size_t i = 0; i < points.size(); i += step) {
            const double projected = points[i].second * c - points[i].first * s;
            const int bin = int(projected) + bins;
            if (bin >= 0 && bin < int(histogram.size()))
                ++histogram[std::size_t(bin)];
        }
        double score = 0;
        for (std::size_t i = 1; i < histogram.size(); ++i) {
            const double d = histogram[i] - histogram[i - 1];
            score += d * d;
        }
        return score;
    };
    double best = 0, bestScore = sharpness(0);
    for (double a = -3; a <= 3.0001; a += 0.2) {
        const double score = sharpness(a);
        if (score > bestScore) {
            bestScore = score;
            best = a;
        }
    }
    const double coarse = best;
    for (double a = coarse - 0.2; a <= coarse + 0.2001; a += 0.04) {
        const double score = sharpness(a);
        if (score > bestScore) {
            bestScore = score;
            best = a;
        }
    }
    return std::abs(best) < 0.05 ? 0 : best;
}

QImage LayoutAnalysis::greyOf(const QImage &image)
{
    if (image.format() == QImage::Format_Grayscale8)
        return image;
    if (image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        return flat.convertToFormat(QImage::Format_Grayscale8);
    }
    return image.convertToFormat(QImage::Format_Grayscale8);
}

QImage LayoutAnalysis::transformedOnWhite(const QImage &grey, QTransform &transform)
{
    const QRectF bounds = transform.mapRect(QRectF(grey.rect()));
    transform *= QTransform::fromTranslate(-bounds.left(), -bounds.top());
    QImage target(bounds.size().toSize(), QImage::Format_RGB32);
    target.fill(Qt::white);
    QPainter painter(&target);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setTransform(transform);
    painter.drawImage(0, 0, grey);
    painter.end();
    return target.convertToFormat(QImage::Format_Grayscale8);
}

LayoutAnalysis::LayoutAnalysis(const QImage &grey)
{
    InkMap map = binarize(grey);
    m_glyphHeight = medianGlyphHeight(map);
    const int glyph = qMax(m_glyphHeight, 6);
    // A ruling line is far longer than any glyph stroke; a glyph never is.
    const InkMap rules =
        removeRules(map, qMax(4 * glyph, map.width / 30), qMax(4 * glyph, map.height / 40));
    m_cells = enclosedCells(rules, glyph);
    m_withoutRules = grey.copy();
    for (int y = 0; y < map.height; ++y) {
        uchar *line = m_withoutRules.scanLine(y);
        for (int x = 0; x < map.width; ++x)
            if (rules.at(x, y))
                line[x] = 255;
    }
    if (m_glyphHeight == 0)
        return;
    InkMap smeared = map;
    smear(smeared, qMax(3, glyph), true);
    smear(smeared, qMax(1, glyph / 6), false);
    const QVector<QRect> blobs = components(smeared);
    for (const QRect &blob : blobs) {
        if (blob.height() < qMax(5, glyph / 2) || blob.height() > 5 * glyph ||
            blob.width() < qMax(5, glyph / 2))
            continue;
        const int pad = qMax(2, blob.height() / 4);
        m_lines.append(blob.adjusted(-pad, -pad, pad, pad).intersected(grey.rect()));
    }
}

} // namespace amanat
