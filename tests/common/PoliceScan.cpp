#include "PoliceScan.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtMath>

#include <algorithm>

namespace amanat::test {

namespace {

const QString kHanFont = QStringLiteral("Noto Serif CJK SC");
const QString kHanSansFont = QStringLiteral("Noto Sans CJK SC");
const QString kLatinFont = QStringLiteral("DejaVu Sans");
const QString kUyghurFont = QStringLiteral("Noto Naskh Arabic");

QStringList parts(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\x{00B7}\\-']+"));
    QStringList out;
    for (const QString &part : name.split(separators, Qt::SkipEmptyParts)) {
        bool han = false;
        for (QChar c : part)
            han = han || (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF);
        if ((han && part.size() >= 2) || (!han && part.size() >= 4))
            out << part;
    }
    return out;
}

/** Lays text out on the page in pixels and remembers where protected strings were drawn. */
class PageWriter
{
public:
    PageWriter(QImage &image, int dpi, QStringList protectedTexts)
        : m_painter(&image), m_dpi(dpi), m_protected(std::move(protectedTexts))
    {
        m_painter.setRenderHint(QPainter::TextAntialiasing);
        m_painter.setRenderHint(QPainter::Antialiasing);
        m_painter.setPen(QColor(25, 25, 30));
        // Longest first, so a full name is one occurrence and its parts are not counted
        // again inside it.
        std::sort(m_protected.begin(), m_protected.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
    }

    double px(double points) const { return points * m_dpi / 72.0; }

    QFont font(const QString &family, double points, bool bold = false) const
    {
        QFont f(family);
        f.setPixelSize(qMax(6, qRound(px(points))));
        f.setBold(bold);
        f.setStyleStrategy(QFont::PreferAntialias);
        return f;
    }

    /** Draws @p text with its baseline at @p x, @p y (points); returns the advance (pt). */
    double text(double x, double y, const QString &text, const QFont &font)
    {
        m_painter.setFont(font);
        const QPointF baseline(px(x), px(y));
        m_painter.drawText(baseline, text);
        record(baseline, text, font);
        return QFontMetricsF(font).horizontalAdvance(text) * 72.0 / m_dpi;
    }

    void centered(double centreX, double y, const QString &string, const QFont &font)
    {
        const double width = QFontMetricsF(font).horizontalAdvance(string) * 72.0 / m_dpi;
        text(centreX - width / 2, y, string, font);
    }

    /** A right-to-left string drawn as one piece, right edge at @p right. */
    void rtl(double right, double y, const QString &string, const QFont &font)
    {
        const double width = QFontMetricsF(font).horizontalAdvance(string) * 72.0 / m_dpi;
        m_painter.setFont(font);
        m_painter.setLayoutDirection(Qt::RightToLeft);
        const QPointF baseline(px(right - width), px(y));
        m_painter.drawText(baseline, string);
        m_painter.setLayoutDirection(Qt::LeftToRight);
        for (const QString &p : std::as_const(m_protected))
            if (string == p) {
                // The ink, not the font's line: what must be covered is what is drawn.
                const QRectF ink = QFontMetricsF(font).tightBoundingRect(string);
                addOccurrence(p, ink.translated(baseline));
                return;
            }
    }

    void line(double x1, double y1, double x2, double y2, double width = 0.8)
    {
        m_painter.setPen(QPen(QColor(30, 30, 35), qMax(1.0, px(width))));
        m_painter.drawLine(QPointF(px(x1), px(y1)), QPointF(px(x2), px(y2)));
        m_painter.setPen(QColor(25, 25, 30));
    }

    QVector<ScanOccurrence> occurrences;

private:
    void record(const QPointF &baseline, const QString &text, const QFont &font)
    {
        const QFontMetricsF fm(font);
        QVector<bool> used(text.size(), false);
        for (const QString &p : std::as_const(m_protected)) {
            for (int at = int(text.indexOf(p, 0, Qt::CaseInsensitive)); at >= 0;
                 at = int(text.indexOf(p, at + 1, Qt::CaseInsensitive))) {
                bool free = true;
                for (int i = at; i < at + p.size(); ++i)
                    free = free && !used[i];
                if (!free)
                    continue;
                for (int i = at; i < at + p.size(); ++i)
                    used[i] = true;
                const QString piece = text.mid(at, p.size());
                const double x = baseline.x() + fm.horizontalAdvance(text.left(at));
                const QRectF ink = fm.tightBoundingRect(piece);
                addOccurrence(p, QRectF(x + qMin(0.0, ink.left()), baseline.y() + ink.top(),
                                        qMax(ink.right(), fm.horizontalAdvance(piece)) -
                                            qMin(0.0, ink.left()),
                                        ink.height()));
            }
        }
    }

    void addOccurrence(const QString &text, const QRectF &rect)
    {
        ScanOccurrence occurrence;
        occurrence.text = text;
        occurrence.areas.append(QPolygonF(rect));
        occurrences.append(occurrence);
    }

    QPainter m_painter;
    int m_dpi;
    QStringList m_protected;
};

struct Layout
{
    double width = 595, height = 842; // points
    double margin = 60;
};

void registrationForm(PageWriter &w, const Layout &page, const ScanSpec &spec,
                      const ScanPerson &person, QRandomGenerator &random, QStringList &bystanders,
                      QStringList &cells)
{
    const double size = spec.pointSize;
    const ScanPerson officer = ScanPerson::bystanders().at(int(random.bounded(3)));
    bystanders << officer.han << officer.latin;
    double y = page.margin + size * 2;
    w.centered(page.width / 2, y, QStringLiteral("乌鲁木齐市公安局"),
               w.font(kHanFont, size * 1.6, true));
    y += size * 2.2;
    w.centered(page.width / 2, y, QStringLiteral("常住人口登记表  RESIDENT REGISTRATION FORM"),
               w.font(kHanSansFont, size * 1.1));
    y += size * 2;
    QVector<QPair<QString, QString>> rows = {
        {QStringLiteral("姓名 Name"), person.han},
        {QStringLiteral("拼音 Latin name"), person.latin.toUpper()},
        {QStringLiteral("性别 Sex"), QStringLiteral("男 M")},
        {QStringLiteral("民族 Ethnicity"), QStringLiteral("维吾尔族 Uyghur")},
        {QStringLiteral("出生日期 Born"), QStringLiteral("1984年3月12日")},
        {QStringLiteral("联系电话 Tel."), person.phone},
        {QStringLiteral("住址 Address"), QStringLiteral("乌鲁木齐市天山区幸福路12号")},
        {QStringLiteral("登记人 Officer"), officer.han + QStringLiteral("  ") + officer.latin},
    };
    if (spec.includeUyghur && !person.uyghur.isEmpty())
        rows.insert(2, {QStringLiteral("维文 Uyghur"), person.uyghur});
    const double rowHeight = size * 2.4;
    const double left = page.margin, right = page.width - page.margin;
    const double split = left + (right - left) * (0.30 + 0.06 * random.bounded(2));
    w.line(left, y, right, y);
    for (const auto &[label, value] : rows) {
        const double baseline = y + rowHeight * 0.68;
        w.text(left + size * 0.5, baseline, label, w.font(kHanSansFont, size));
        cells << label << value;
        if (label.startsWith(QStringLiteral("维文")))
            w.rtl(right - size * 0.6, baseline, value, w.font(kUyghurFont, size));
        else
            w.text(split + size * 0.6, baseline, value, w.font(kHanFont, size));
        y += rowHeight;
        w.line(left, y, right, y);
    }
    const double top = y - rowHeight * rows.size();
    w.line(left, top, left, y);
    w.line(split, top, split, y);
    w.line(right, top, right, y);
    y += size * 2.5;
    const QFont body = w.font(kHanFont, size);
    w.text(left, y,
           QStringLiteral("备注：经核查，%1于2017年4月被带至派出所问话，").arg(person.hanSurname),
           body);
    y += size * 1.8;
    w.text(left, y, QStringLiteral("由%1负责登记。").arg(officer.han), body);
    y += size * 2.2;
    const QFont latin = w.font(kLatinFont, size * 0.95);
    w.text(left, y,
           QStringLiteral("Remarks: %1 was questioned on 3 April 2017 by officer %2.")
               .arg(person.latinSurname, officer.latin),
           latin);
}

void interrogationRecord(PageWriter &w, const Layout &page, const ScanSpec &spec,
                         const ScanPerson &person, QRandomGenerator &random,
                         QStringList &bystanders)
{
    const double size = spec.pointSize;
    const QVector<ScanPerson> others = ScanPerson::bystanders();
    const ScanPerson asker = others.at(int(random.bounded(others.size())));
    bystanders << asker.han;
    const QFont body = w.font(kHanFont, size);
    const QFont latin = w.font(kLatinFont, size * 0.95);
    const double left = page.margin;
    double y = page.margin + size * 2;
    w.centered(page.width / 2, y, QStringLiteral("询问笔录"), w.font(kHanFont, size * 1.8, true));
    y += size * 2.6;
    const double lead = size * 1.9;
    w.text(left, y, QStringLiteral("时间：2017年5月3日 09时10分至11时40分"), body);
    y += lead;
    w.text(left, y, QStringLiteral("地点：乌鲁木齐市公安局天山分局"), body);
    y += lead;
    w.text(left, y, QStringLiteral("询问人：%1    记录人：王建国").arg(asker.han), body);
    y += lead;
    w.text(left, y, QStringLiteral("被询问人：%1   性别：男   民族：维吾尔族").arg(person.han),
           body);
    y += lead;
    w.text(
        left, y,
        QStringLiteral("Person questioned: %1, tel. %2").arg(person.latin.toUpper(), person.phone),
        latin);
    y += lead * 1.3;
    w.text(left, y, QStringLiteral("问：%1，你知道为什么叫你来吗？").arg(person.hanSurname), body);
    y += lead;
    w.text(left, y, QStringLiteral("答：不知道。"), body);
    y += lead;
    // The name split across a line break, after the middle dot.
    const QStringList han = person.han.split(QChar(0x00B7));
    w.text(left, y, QStringLiteral("问：经查，2016年被询问人%1·").arg(han.value(0)), body);
    y += lead;
    w.text(left, y, QStringLiteral("%1曾两次前往哈萨克斯坦，是否属实？").arg(han.value(1)), body);
    y += lead;
    w.text(left, y, QStringLiteral("答：我是去看亲戚。"), body);
    y += lead * 1.3;
    const QStringList latinParts = person.latin.split(QLatin1Char(' '));
    w.text(left, y, QStringLiteral("The record was read back to %1").arg(latinParts.value(0)),
           latin);
    y += lead;
    w.text(left, y, QStringLiteral("%1, who signed each page.").arg(latinParts.value(1)), latin);
    y += lead * 1.5;
    w.text(page.width - page.margin - size * 14, y,
           QStringLiteral("被询问人签名：%1").arg(person.hanSurname), body);
}

void surveillanceTable(PageWriter &w, const Layout &page, const ScanSpec &spec,
                       const ScanPerson &person, QRandomGenerator &random, QStringList &bystanders,
                       QStringList &cells)
{
    const double size = spec.pointSize;
    double y = page.margin + size * 2;
    w.centered(page.width / 2, y, QStringLiteral("重点人员监控表  SURVEILLANCE LIST"),
               w.font(kHanSansFont, size * 1.4, true));
    y += size * 2.4;
    const QStringList headers{QStringLiteral("序号"),       QStringLiteral("姓名"),
                              QStringLiteral("Name"),       QStringLiteral("电话 Tel."),
                              QStringLiteral("地点 Place"), QStringLiteral("备注 Note")};
    const QVector<double> widths{0.06, 0.2, 0.2, 0.17, 0.17, 0.2};
    const double left = page.margin, right = page.width - page.margin;
    QVector<double> xs{left};
    for (double share : widths)
        xs << xs.last() + share * (right - left);
    QVector<ScanPerson> rows = ScanPerson::bystanders();
    for (const ScanPerson &p : rows)
        bystanders << p.han << p.latin;
    const int at = int(random.bounded(rows.size() + 1));
    rows.insert(at, person);
    const double rowHeight = size * 2.3;
    const QFont cell = w.font(kHanFont, size);
    const QFont latin = w.font(kLatinFont, size * 0.9);
    w.line(left, y, right, y);
    for (int c = 0; c < headers.size(); ++c)
        w.text(xs[c] + size * 0.4, y + rowHeight * 0.68, headers[c], w.font(kHanSansFont, size));
    cells << headers;
    y += rowHeight;
    w.line(left, y, right, y);
    const QStringList places{QStringLiteral("喀什"), QStringLiteral("和田"), QStringLiteral("伊宁"),
                             QStringLiteral("阿克苏"), QStringLiteral("吐鲁番")};
    for (int r = 0; r < rows.size(); ++r) {
        const ScanPerson &p = rows.at(r);
        const double baseline = y + rowHeight * 0.68;
        w.text(xs[0] + size * 0.4, baseline, QString::number(r + 1), latin);
        w.text(xs[1] + size * 0.4, baseline, p.han, cell);
        w.text(xs[2] + size * 0.4, baseline, p.latin, latin);
        w.text(xs[3] + size * 0.4, baseline, p.phone, latin);
        w.text(xs[4] + size * 0.4, baseline, places.at(r % places.size()), cell);
        const bool isPerson = p.han == person.han;
        const QString note =
            isPerson ? QStringLiteral("%1之兄").arg(person.hanSurname) : QStringLiteral("—");
        w.text(xs[5] + size * 0.4, baseline, note, cell);
        cells << QString::number(r + 1) << p.han << p.latin << p.phone
              << places.at(r % places.size()) << note;
        y += rowHeight;
        w.line(left, y, right, y);
    }
    const double top = y - rowHeight * (rows.size() + 1);
    for (double x : xs)
        w.line(x, top, x, y);
}

void addNoise(QImage &image, int sigma, QRandomGenerator &random)
{
    for (int y = 0; y < image.height(); ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            // Box–Muller would be exact; a sum of three uniforms is close enough and cheap.
            const double n = (random.generateDouble() + random.generateDouble() +
                              random.generateDouble() - 1.5) *
                             2 * sigma;
            const int v = qBound(0, qGray(line[x]) + int(n), 255);
            line[x] = qRgb(v, v, v);
        }
    }
    // Specks of dust.
    const int specks = image.width() * image.height() / 40000;
    for (int i = 0; i < specks; ++i) {
        const int x = int(random.bounded(image.width()));
        const int y = int(random.bounded(image.height()));
        const int radius = 1 + int(random.bounded(2));
        for (int dy = -radius; dy <= radius; ++dy)
            for (int dx = -radius; dx <= radius; ++dx)
                if (image.valid(x + dx, y + dy))
                    image.setPixel(x + dx, y + dy, qRgb(60, 60, 60));
    }
}

} // namespace

QRectF ScanOccurrence::bounds() const
{
    QRectF out;
    for (const QPolygonF &area : areas)
        out = out.united(area.boundingRect());
    return out;
}

ScanPerson ScanPerson::protectedWitness()
{
    return ScanPerson{QStringLiteral("阿不都热依木·吐尔逊"), QStringLiteral("吐尔逊"),
                      QStringLiteral("Abdurehim Tursun"),    QStringLiteral("Tursun"),
                      QStringLiteral("ئابدۇرېھىم تۇرسۇن"),   QStringLiteral("+86 138 0013 4471")};
}

QVector<ScanPerson> ScanPerson::bystanders()
{
    return {
        ScanPerson{QStringLiteral("买买提·艾力"), QStringLiteral("艾力"),
                   QStringLiteral("Memet Eli"), QStringLiteral("Eli"), QString(),
                   QStringLiteral("139 9120 5566")},
        ScanPerson{QStringLiteral("李国强"), QStringLiteral("李"), QStringLiteral("Li Guoqiang"),
                   QStringLiteral("Li"), QString(), QStringLiteral("135 0991 2048")},
        ScanPerson{QStringLiteral("古丽娜尔·买买提"), QStringLiteral("买买提"),
                   QStringLiteral("Gulnar Memet"), QStringLiteral("Memet"), QString(),
                   QStringLiteral("186 0990 3317")},
    };
}

QStringList protectedStrings(const ScanPerson &person)
{
    QStringList out{person.han, person.latin, person.phone};
    out += parts(person.han);
    out += parts(person.latin);
    if (!person.uyghur.isEmpty()) {
        out << person.uyghur;
        out += parts(person.uyghur);
    }
    out.removeDuplicates();
    return out;
}

GeneratedScan generatePoliceScan(const ScanSpec &spec, const ScanPerson &person)
{
    QRandomGenerator random(spec.seed);
    Layout page;
    if (spec.layout == ScanSpec::Layout::SurveillanceTable)
        std::swap(page.width, page.height);
    page.margin = 50 + random.bounded(25);
    const QSize pixels(qRound(page.width * spec.dpi / 72.0), qRound(page.height * spec.dpi / 72.0));
    QImage image(pixels, QImage::Format_RGB32);
    image.fill(QColor(spec.paperGrey, spec.paperGrey, qMax(0, spec.paperGrey - 6)));
    GeneratedScan scan;
    QStringList strings = protectedStrings(person);
    {
        PageWriter writer(image, spec.dpi, strings);
        switch (spec.layout) {
        case ScanSpec::Layout::RegistrationForm:
            registrationForm(writer, page, spec, person, random, scan.bystanderTexts,
                             scan.cellTexts);
            break;
        case ScanSpec::Layout::InterrogationRecord:
            interrogationRecord(writer, page, spec, person, random, scan.bystanderTexts);
            break;
        case ScanSpec::Layout::SurveillanceTable:
            surveillanceTable(writer, page, spec, person, random, scan.bystanderTexts,
                              scan.cellTexts);
            break;
        }
        scan.occurrences = writer.occurrences;
    }
    if (!qFuzzyIsNull(spec.rotationDegrees)) {
        QTransform rotation;
        rotation.rotate(spec.rotationDegrees);
        const QTransform actual = QImage::trueMatrix(rotation, image.width(), image.height());
        QImage rotated = image.convertToFormat(QImage::Format_ARGB32)
                             .transformed(rotation, Qt::SmoothTransformation);
        QImage flat(rotated.size(), QImage::Format_RGB32);
        flat.fill(QColor(spec.paperGrey, spec.paperGrey, qMax(0, spec.paperGrey - 6)));
        QPainter painter(&flat);
        painter.drawImage(0, 0, rotated);
        painter.end();
        image = flat;
        for (ScanOccurrence &occurrence : scan.occurrences)
            for (QPolygonF &area : occurrence.areas)
                area = actual.map(area);
    }
    if (spec.noise > 0)
        addNoise(image, spec.noise, random);
    const int dotsPerMetre = qRound(spec.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    scan.image = image;
    return scan;
}

QStringList cellWords(const QStringList &cells)
{
    static const QRegularExpression word(
        QStringLiteral("\\p{Han}+|[\\p{Latin}\\p{N}]+|\\p{Arabic}+"));
    QStringList words;
    for (const QString &cell : cells)
        for (auto it = word.globalMatch(cell); it.hasNext();) {
            const QString found = it.next().captured();
            // A lone letter or digit is found anywhere; it would only flatter recall.
            if (found.size() > 1 || found.at(0).script() == QChar::Script_Han)
                words << found;
        }
    return words;
}

int wordsFound(const QStringList &words, const QString &text)
{
    int found = 0;
    for (const QString &w : words)
        found += text.contains(w, Qt::CaseInsensitive) ? 1 : 0;
    return found;
}

} // namespace amanat::test
