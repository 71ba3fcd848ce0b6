#pragma once

#include "SearchQuery.h"

#include <QString>
#include <QVector>

namespace amanat {

/** Builds a result snippet from the original text: finds the window with the most
 *  query terms, and marks the hits with <mark>…</mark> around the original characters
 *  (so CJK text keeps its spacing). The rest of the snippet is HTML-escaped. */
class SnippetBuilder
{
public:
    struct Segment
    {
        int page = 0; ///< page number, 0 when the text is not paged
        QString text;
    };
    struct Snippet
    {
        QString html;
        int page = 0;
        int hits = 0; ///< matched term occurrences in the window
    };

    explicit SnippetBuilder(QVector<SearchQuery::Term> terms, int windowTokens = 24)
        : m_terms(std::move(terms)), m_window(windowTokens)
    {}

    /** The best snippet over all segments; the first segment's opening if none matches. */
    Snippet build(const QVector<Segment> &segments) const;

    /** Plain text version of a snippet's HTML (for terminals): marks become «…». */
    static QString toPlainText(const QString &html);

private:
    QVector<SearchQuery::Term> m_terms;
    int m_window;
};

} // namespace amanat
