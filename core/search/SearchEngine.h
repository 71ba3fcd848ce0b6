#pragma once

#include "SearchQuery.h"
#include "common/Result.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

namespace amanat {

struct SearchHit
{
    qint64 id = 0;
    QString title;
    QString kind;
    double score = 0;
    QString snippet; ///< HTML-escaped text with <mark> around hits
    int page = 0;    ///< page of the snippet in a paged document, 0 otherwise
};

struct FacetCount
{
    QString value;
    qint64 count = 0;
};

/** Counts over the whole result set, not just the returned page of hits. */
struct SearchFacets
{
    QVector<FacetCount> kinds;
    QVector<FacetCount> tags; ///< full tag paths, items carrying exactly that tag
    QVector<FacetCount> languages;
    QVector<FacetCount> years; ///< year the event started
};

struct SearchResult
{
    QString query;
    qint64 total = 0;
    qint64 elapsedMs = 0;
    SearchFacets facets;
    QVector<SearchHit> hits;
};

/** Runs queries against the full-text index and the metadata: ranks by BM25 (title
 *  weighted up), counts facets over every match, and builds snippets for the top hits
 *  only (building them for every hit is what makes naive FTS4 queries slow). */
class SearchEngine
{
    Q_DECLARE_TR_FUNCTIONS(SearchEngine)

public:
    explicit SearchEngine(Database &db) : m_db(db) {}

    Result<SearchResult> search(const QString &text, int limit = 20);
    Result<SearchResult> search(const SearchQuery &query, int limit = 20);
    /** Every item the query finds, best first, without titles or snippets: what an export
     *  of a query's items needs. */
    Result<QVector<qint64>> matchingIds(const QString &text);

private:
    enum class Snippets
    {
        Build,
        None
    };
    Result<SearchResult> run(const SearchQuery &query, int limit, Snippets snippets);

    struct Filter
    {
        QString sql;
        QVariantList binds;
        bool impossible = false; ///< e.g. a tag that does not exist
        /** The first tag filter's subtree ids ("1,4,7"), and sql without that filter: a query
         *  without words reads that tag's items first rather than scan every item. */
        QString firstTagIds;
        QString sqlWithoutFirstTag;
    };
    Result<Filter> buildFilter(const SearchQuery &query);
    /** Full path of every tag, by id. */
    Result<QHash<qint64, QString>> tagPaths();
    Status fillSnippet(SearchHit &hit, const SearchQuery &query);
    /** Tag id → how many of @p ids (the hits) carry it. @p unfilteredMatch: the MATCH of a
     *  query without filters, whose hits the index finds again cheaply when they are few;
     *  otherwise a lookup per hit for a few thousand, or one pass over item_tags. */
    Result<QHash<qint64, qint64>> countTags(const QVector<qint64> &ids,
                                            const QString &unfilteredMatch);

    Database &m_db;
};

} // namespace amanat
