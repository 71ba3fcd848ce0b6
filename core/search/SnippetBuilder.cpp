#include "SnippetBuilder.h"

#include "text/TextNormalizer.h"

#include <algorithm>

namespace amanat {

namespace {

struct Match
{
    int first; ///< token index
    int last;  ///< token index, inclusive
    int term;
};

bool tokenMatches(const QString &token, const QString &wanted, bool prefix)
{
    return prefix ? token.startsWith(wanted) : token == wanted;
}

QVector<Match> findMatches(const QVector<TextNormalizer::Token> &tokens,
                           const QVector<SearchQuery::Term> &terms)
{
    QVector<Match> matches;
    for (int t = 0; t < terms.size(); ++t) {
        const QStringList &want = terms.at(t).tokens;
        const int n = int(want.size());
        for (int i = 0; i + n <= tokens.size(); ++i) {
            bool ok = true;
            for (int k = 0; k < n && ok; ++k)
                ok = tokenMatches(tokens.at(i + k).text, want.at(k),
                                  terms.at(t).prefix && k == n - 1);
            if (ok)
                matches.append(Match{i, i + n - 1, t});
        }
    }
    std::sort(matches.begin(), matches.end(),
              [](const Match &a, const Match &b) { return a.first < b.first; });
    return matches;
}

QString collapseSpaces(QString text)
{
    for (QChar &c : text) {
        if (c.isSpace())
            c = QLatin1Char(' ');
    }
    return text;
}

} // namespace

SnippetBuilder::Snippet SnippetBuilder::build(const QVector<Segment> &segments) const
{
    Snippet best;
    int bestScore = -1;
    for (const Segment &segment : segments) {
        if (segment.text.trimmed().isEmpty())
            continue;
        const auto tokens = TextNormalizer::tokenize(segment.text);
        if (tokens.isEmpty())
            continue;
        const auto matches = findMatches(tokens, m_terms);

        // Choose the window: start at a match (or at the beginning if there is none).
        int windowStart = 0;
        int score = 0;
        int hits = 0;
        for (int m = 0; m < matches.size(); ++m) {
            const int start = std::max(0, matches.at(m).first - 3);
            QVector<bool> seen(m_terms.size(), false);
            int count = 0;
            int distinct = 0;
            for (int k = m; k < matches.size() && matches.at(k).last < start + m_window; ++k) {
                ++count;
                if (!seen[matches.at(k).term]) {
                    seen[matches.at(k).term] = true;
                    ++distinct;
                }
            }
            const int candidate = distinct * 100 + count;
            if (candidate > score) {
                score = candidate;
                windowStart = start;
                hits = count;
            }
        }
        if (score <= bestScore)
            continue;
        bestScore = score;

        const int windowEnd = std::min<int>(int(tokens.size()) - 1, windowStart + m_window - 1);
        const int from = windowStart == 0 ? 0 : tokens.at(windowStart).start;
        const int to =
            windowEnd == tokens.size() - 1 ? int(segment.text.size()) : tokens.at(windowEnd).end;
        QString html;
        if (from > 0)
            html += QStringLiteral("… ");
        int cursor = from;
        for (const Match &match : matches) {
            if (match.first < windowStart || match.last > windowEnd)
                continue;
            const int markStart = tokens.at(match.first).start;
            const int markEnd = tokens.at(match.last).end;
            if (markStart < cursor)
                continue; // overlapping match already marked
            html += collapseSpaces(segment.text.mid(cursor, markStart - cursor)).toHtmlEscaped();
            html +=
                QStringLiteral("<mark>") +
                collapseSpaces(segment.text.mid(markStart, markEnd - markStart)).toHtmlEscaped() +
                QStringLiteral("</mark>");
            cursor = markEnd;
        }
        html += collapseSpaces(segment.text.mid(cursor, to - cursor)).toHtmlEscaped();
        if (to < segment.text.size())
            html += QStringLiteral(" …");
        best.html = html.simplified();
        best.page = segment.page;
        best.hits = hits;
    }
    return best;
}

QString SnippetBuilder::toPlainText(const QString &html)
{
    QString text = html;
    text.replace(QStringLiteral("<mark>"), QStringLiteral("«"));
    text.replace(QStringLiteral("</mark>"), QStringLiteral("»"));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

} // namespace amanat
