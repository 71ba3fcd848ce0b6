#include "SnippetText.h"

namespace amanat::ui {

namespace {

struct Entity
{
    const char *name;
    QChar value;
};

constexpr Entity kEntities[] = {{"&amp;", QChar(u'&')},  {"&lt;", QChar(u'<')},
                                {"&gt;", QChar(u'>')},   {"&quot;", QChar(u'"')},
                                {"&#39;", QChar(u'\'')}, {"&#x27;", QChar(u'\'')}};

} // namespace

SnippetText SnippetText::parse(const QString &html)
{
    SnippetText out;
    out.text.reserve(html.size());
    int markStart = -1;
    for (int i = 0; i < html.size();) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('<')) {
            const int close = html.indexOf(QLatin1Char('>'), i);
            if (close < 0)
                break;
            const QStringView tag = QStringView(html).mid(i + 1, close - i - 1).trimmed();
            if (tag.compare(QLatin1String("mark"), Qt::CaseInsensitive) == 0) {
                markStart = int(out.text.size());
            } else if (tag.compare(QLatin1String("/mark"), Qt::CaseInsensitive) == 0 &&
                       markStart >= 0) {
                if (out.text.size() > markStart)
                    out.marks.append({markStart, int(out.text.size()) - markStart});
                markStart = -1;
            }
            i = close + 1;
            continue;
        }
        if (c == QLatin1Char('&')) {
            bool matched = false;
            for (const Entity &entity : kEntities) {
                const QLatin1String name(entity.name);
                if (QStringView(html).mid(i).startsWith(name)) {
                    out.text += entity.value;
                    i += int(name.size());
                    matched = true;
                    break;
                }
            }
            if (matched)
                continue;
        }
        out.text += c;
        ++i;
    }
    return out;
}

} // namespace amanat::ui
