#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace amanat {

/** A parsed search: text terms for the full-text index plus filters on metadata.
 *
 *  Syntax: words (all must match), `"exact phrases"`, `a OR b`, `-excluded`, `prefix*`,
 *  and filters `tag:PATH` (with its sub-tags), `kind:`, `lang:`, `before:`/`after:`
 *  (event date), `imported:` (date or range), `witness:` (witness code), `source:`.
 *  Filter values may be quoted. A malformed query gives an error naming the problem. */
class SearchQuery
{
    Q_DECLARE_TR_FUNCTIONS(SearchQuery)

public:
    /** One searchable term: folded tokens (several make a phrase), maybe a prefix. */
    struct Term
    {
        QStringList tokens;
        bool prefix = false;
    };

    /** More words (or phrases) than this, or more characters, is refused as too long. */
    static constexpr int kMaxWords = 100;
    static constexpr int kMaxCharacters = 4000;

    static Result<SearchQuery> parse(const QString &text);
    /** The filter for the items of tag @p path and its sub-tags: tag:"path". */
    static QString tagFilter(const QString &path);

    QString text() const { return m_text; }
    bool hasPositiveTerms() const { return !m_groups.isEmpty(); }
    bool hasNegativeTerms() const { return !m_excluded.isEmpty(); }
    bool isEmpty() const;

    /** The FTS4 MATCH expression of the positive terms (empty when there are none). */
    QString positiveMatch() const;
    /** The FTS4 MATCH expression of the excluded terms, joined by OR. */
    QString excludedMatch() const;
    /** Every positive term, for highlighting. */
    QVector<Term> positiveTerms() const;

    QStringList tagPaths;
    QStringList kinds;
    QStringList languages;
    QStringList witnessCodes;
    QStringList sources;
    std::optional<QDate> before; ///< event starts on or before this day
    std::optional<QDate> after;  ///< event ends on or after this day
    std::optional<QDate> importedFrom;
    std::optional<QDate> importedTo;

private:
    static QString render(const Term &term);

    QString m_text;
    QVector<QVector<Term>> m_groups; ///< AND of ORs
    QVector<Term> m_excluded;
};

} // namespace amanat
