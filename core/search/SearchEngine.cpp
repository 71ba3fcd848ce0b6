#include "SearchEngine.h"

#include "SnippetBuilder.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <limits>

namespace amanat {

namespace {

// Column weights of search_index(title, body, notes, citation).
constexpr const char *kRankExpression =
    "amanat_bm25(matchinfo(search_index, 'pcnalx'), 4.0, 1.0, 1.5, 1.0)";
constexpr int kTagFacetLimit = 50;

/** Escapes LIKE's wildcards (with ESCAPE '\\'). */
QString escapeLike(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    value.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return value;
}

QVector<FacetCount> sortedCounts(const QHash<QString, qint64> &counts, bool byValueDescending)
{
    QVector<FacetCount> out;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        out.append(FacetCount{it.key(), it.value()});
    std::sort(out.begin(), out.end(),
              [byValueDescending](const FacetCount &a, const FacetCount &b) {
                  if (byValueDescending)
                      return a.value > b.value;
                  return a.count != b.count ? a.count > b.count : a.value < b.value;
              });
    return out;
}

} // namespace

Result<SearchResult> SearchEngine::search(const QString &text, int limit)
{
    QElapsedTimer timer;
    timer.start();
    auto query = SearchQuery::parse(text);
    if (!query.ok())
        return query.error();
    auto result = search(*query, limit);
    if (result.ok())
        result->elapsedMs = timer.elapsed();
    return result;
}

Result<QHash<qint64, QString>> SearchEngine::tagPaths()
{
    auto stmt = m_db.prepare("SELECT id, ifnull(parent_id, 0), name FROM tags");
    if (!stmt.ok())
        return stmt.error();
    QHash<qint64, QPair<qint64, QString>> tags;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        tags.insert(stmt->integer(0), {stmt->integer(1), stmt->text(2)});
    }
    QHash<qint64, QString> paths;
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it) {
        QStringList levels{it->second};
        qint64 parent = it->first;
        // The depth guard stops at a cycle only a hand-edited database could hold.
        for (int depth = 0; parent != 0 && depth < 64; ++depth) {
            const auto up = tags.constFind(parent);
            if (up == tags.constEnd())
                break;
            levels.prepend(up->second);
            parent = up->first;
        }
        paths.insert(it.key(), levels.join(QLatin1Char('/')));
    }
    return paths;
}

Result<SearchEngine::Filter> SearchEngine::buildFilter(const SearchQuery &query)
{
    Filter filter;
    QStringList clauses;
    int firstTagClause = -1;
    if (query.hasNegativeTerms()) {
        clauses << QStringLiteral(
            "i.id NOT IN (SELECT docid FROM search_index WHERE search_index MATCH ?)");
        filter.binds << query.excludedMatch();
    }
    if (!query.tagPaths.isEmpty()) {
        // A tag includes its sub-tags: resolve each path to the ids of its subtree.
        auto paths = tagPaths();
        if (!paths.ok())
            return paths.error();
        for (const QString &wanted : query.tagPaths) {
            QStringList ids;
            for (auto it = paths->constBegin(); it != paths->constEnd(); ++it) {
                if (it->compare(wanted, Qt::CaseInsensitive) == 0 ||
                    it->startsWith(wanted + QLatin1Char('/'), Qt::CaseInsensitive))
                    ids << QString::number(it.key());
            }
            if (ids.isEmpty()) {
                filter.impossible = true;
                return filter;
            }
            if (filter.firstTagIds.isEmpty()) {
                filter.firstTagIds = ids.join(QLatin1Char(','));
                firstTagClause = int(clauses.size());
            }
            clauses << QStringLiteral(
                           "i.id IN (SELECT item_id FROM item_tags WHERE tag_id IN (%1))")
                           .arg(ids.join(QLatin1Char(',')));
        }
    }
    if (!query.kinds.isEmpty()) {
        QStringList marks;
        for (const QString &kind : query.kinds) {
            marks << QStringLiteral("?");
            filter.binds << kind;
        }
        clauses << QStringLiteral("i.kind IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!query.languages.isEmpty()) {
        QStringList alternatives;
        for (const QString &language : query.languages) {
            alternatives << QStringLiteral(
                "i.language = ? COLLATE NOCASE OR i.language LIKE ? ESCAPE '\\'");
            filter.binds << language << QString(escapeLike(language) + QStringLiteral("-%"));
        }
        clauses << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (query.before) {
        clauses << QStringLiteral("i.event_date_start IS NOT NULL AND i.event_date_start <= ?");
        filter.binds << query.before->toString(Qt::ISODate);
    }
    if (query.after) {
        clauses << QStringLiteral("i.event_date_end IS NOT NULL AND i.event_date_end >= ?");
        filter.binds << query.after->toString(Qt::ISODate);
    }
    if (query.importedFrom) {
        clauses << QStringLiteral("i.id IN (SELECT item_id FROM originals WHERE "
                                  "substr(imported_at, 1, 10) BETWEEN ? AND ?)");
        filter.binds << query.importedFrom->toString(Qt::ISODate)
                     << query.importedTo->toString(Qt::ISODate);
    }
    for (const QString &code : query.witnessCodes) {
        clauses << QStringLiteral("i.id IN (SELECT item_id FROM testimonies WHERE witness_code = ? "
                                  "COLLATE NOCASE)");
        filter.binds << code;
    }
    for (const QString &source : query.sources) {
        clauses << QStringLiteral("(i.source_author LIKE ?1 ESCAPE '\\' OR i.source_title LIKE ?1 "
                                  "ESCAPE '\\' OR i.source_url LIKE ?1 ESCAPE '\\')")
                       .replace(QStringLiteral("?1"), QStringLiteral("?"));
        const QString pattern = QLatin1Char('%') + escapeLike(source) + QLatin1Char('%');
        filter.binds << pattern << pattern << pattern;
    }
    const auto joined = [](const QStringList &parts) {
        return parts.isEmpty() ? QString()
                               : QStringLiteral(" AND ") + parts.join(QStringLiteral(" AND "));
    };
    filter.sql = joined(clauses);
    if (firstTagClause >= 0) {
        QStringList others = clauses;
        others.removeAt(firstTagClause); // the tag clause has no bound values: binds keep order
        filter.sqlWithoutFirstTag = joined(others);
    }
    return filter;
}

Result<QVector<qint64>> SearchEngine::matchingIds(const QString &text)
{
    auto query = SearchQuery::parse(text);
    if (!query.ok())
        return query.error();
    auto result = run(*query, std::numeric_limits<int>::max(), Snippets::None);
    if (!result.ok())
        return result.error();
    QVector<qint64> ids;
    ids.reserve(result->hits.size());
    for (const SearchHit &hit : result->hits)
        ids << hit.id;
    return ids;
}

Result<SearchResult> SearchEngine::search(const SearchQuery &query, int limit)
{
    return run(query, limit, Snippets::Build);
}

Result<SearchResult> SearchEngine::run(const SearchQuery &query, int limit, Snippets snippets)
{
    QElapsedTimer timer;
    timer.start();
    SearchResult result;
    result.query = query.text();

    auto filter = buildFilter(query);
    if (!filter.ok())
        return filter.error();
    if (filter->impossible) {
        result.elapsedMs = timer.elapsed();
        return result;
    }

    // 1. Every match with its score and facet columns; no snippets here. CROSS JOIN keeps the
    //    full-text match as the outer loop: otherwise SQLite may walk an items index and re-run
    //    the match for every candidate (5.8 s instead of 21 ms on 100,000 documents).
    QString sql;
    QVariantList binds;
    if (query.hasPositiveTerms()) {
        sql = QStringLiteral(
                  "SELECT m.id, m.score, i.kind, i.language, substr(i.event_date_start, 1, 4) "
                  "FROM (SELECT docid AS id, %1 AS score FROM search_index "
                  "WHERE search_index MATCH ?) m CROSS JOIN items i ON i.id = m.id WHERE 1")
                  .arg(QLatin1String(kRankExpression));
        binds << query.positiveMatch();
        sql += filter->sql;
    } else if (!filter->firstTagIds.isEmpty()) {
        // Without words, a tag's items are read through its index, not found by a scan of
        // every item (48 ms → a few on 100,000 items).
        sql = QStringLiteral("SELECT i.id, 0.0, i.kind, i.language, substr(i.event_date_start, "
                             "1, 4) FROM (SELECT DISTINCT item_id AS id FROM item_tags WHERE "
                             "tag_id IN (%1)) t CROSS JOIN items i ON i.id = t.id "
                             "WHERE i.deleted_at IS NULL")
                  .arg(filter->firstTagIds) +
              filter->sqlWithoutFirstTag;
    } else {
        sql =
            QStringLiteral("SELECT i.id, 0.0, i.kind, i.language, substr(i.event_date_start, 1, 4) "
                           "FROM items i WHERE i.deleted_at IS NULL") +
            filter->sql;
    }
    binds += filter->binds;
    auto stmt = m_db.prepare(sql.toUtf8().constData());
    if (!stmt.ok())
        return stmt.error();
    stmt->bindAll(binds);

    struct Row
    {
        qint64 id;
        double score;
    };
    QVector<Row> rows;
    QHash<QString, qint64> kinds;
    QHash<QString, qint64> languages;
    QHash<QString, qint64> years;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return makeError(row.error().code == ErrorCode::Internal ? ErrorCode::InvalidInput
                                                                     : row.error().code,
                             row.error().code == ErrorCode::Internal
                                 ? tr("The query could not be run; check its quotes and operators.")
                                 : row.error().message);
        if (!*row)
            break;
        rows.append(Row{stmt->integer(0), stmt->real(1)});
        ++kinds[stmt->text(2)];
        const QString language = stmt->text(3);
        if (!language.isEmpty())
            ++languages[language];
        const QString year = stmt->text(4);
        if (!year.isEmpty())
            ++years[year];
    }
    result.total = rows.size();
    result.facets.kinds = sortedCounts(kinds, false);
    result.facets.languages = sortedCounts(languages, false);
    result.facets.years = sortedCounts(years, true);

    // 2. Tag facet over the same set, counted from the ids already read (running the match
    //    again cost as much as the search itself).
    if (result.total > 0) {
        QVector<qint64> ids;
        ids.reserve(rows.size());
        for (const Row &row : std::as_const(rows))
            ids.append(row.id);
        auto counts =
            countTags(ids, query.hasPositiveTerms() && filter->sql.isEmpty() ? query.positiveMatch()
                                                                             : QString());
        if (!counts.ok())
            return counts.error();
        if (!counts->isEmpty()) {
            auto paths = tagPaths();
            if (!paths.ok())
                return paths.error();
            QHash<QString, qint64> byPath;
            for (auto it = counts->constBegin(); it != counts->constEnd(); ++it)
                byPath.insert(paths->value(it.key()), it.value());
            result.facets.tags = sortedCounts(byPath, false); // most items first
            if (result.facets.tags.size() > kTagFacetLimit)
                result.facets.tags.resize(kTagFacetLimit);
        }
    }

    // 3. Rank; newest first when there is nothing to rank by.
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.score != b.score ? a.score > b.score : a.id > b.id;
    });
    if (rows.size() > limit)
        rows.resize(limit);

    // 4. Titles and snippets for the returned hits only.
    for (const Row &row : rows) {
        SearchHit hit;
        hit.id = row.id;
        hit.score = row.score;
        if (snippets == Snippets::Build)
            AMANAT_TRY(fillSnippet(hit, query));
        result.hits.append(hit);
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

Result<QHash<qint64, qint64>> SearchEngine::countTags(const QVector<qint64> &ids,
                                                      const QString &unfilteredMatch)
{
    // Measured at 100,000 items (bench_search profile): the match again, without the join,
    // costs 1.3 ms for 1,000 hits and 9 ms for 10,000, but 150 ms for 95,000; a lookup a hit
    // ~3.5 µs; one pass over item_tags ~11–20 ms whatever the hits.
    constexpr int kMaxRematch = 20000;
    constexpr int kMaxLookups = 4000;
    QHash<qint64, qint64> counts;
    if (!unfilteredMatch.isEmpty() && ids.size() <= kMaxRematch) {
        auto stmt = m_db.prepare("SELECT tag_id, count(*) FROM item_tags WHERE item_id IN "
                                 "(SELECT docid FROM search_index WHERE search_index MATCH ?) "
                                 "GROUP BY tag_id");
        if (!stmt.ok())
            return stmt.error();
        stmt->bind(1, unfilteredMatch);
        for (;;) {
            auto row = stmt->step();
            if (!row.ok())
                return row.error();
            if (!*row)
                break;
            counts.insert(stmt->integer(0), stmt->integer(1));
        }
        return counts;
    }
    if (ids.size() <= kMaxLookups) {
        auto stmt = m_db.prepare("SELECT tag_id FROM item_tags WHERE item_id = ?");
        if (!stmt.ok())
            return stmt.error();
        for (qint64 id : ids) {
            stmt->reset();
            stmt->bind(1, id);
            for (;;) {
                auto row = stmt->step();
                if (!row.ok())
                    return row.error();
                if (!*row)
                    break;
                ++counts[stmt->integer(0)];
            }
        }
        return counts;
    }
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    auto stmt = m_db.prepare("SELECT item_id, tag_id FROM item_tags");
    if (!stmt.ok())
        return stmt.error();
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        if (wanted.contains(stmt->integer(0)))
            ++counts[stmt->integer(1)];
    }
    return counts;
}

Status SearchEngine::fillSnippet(SearchHit &hit, const SearchQuery &query)
{
    auto item = m_db.prepare("SELECT i.title, i.kind, i.description, i.notes, "
                             "ifnull(t.transcript, '') FROM items i LEFT JOIN testimonies t "
                             "ON t.item_id = i.id WHERE i.id = ?");
    if (!item.ok())
        return item.error();
    item->bind(1, hit.id);
    auto row = item->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return {};
    hit.title = item->text(0);
    hit.kind = item->text(1);
    QVector<SnippetBuilder::Segment> segments;
    auto pages = m_db.prepare("SELECT page, text FROM item_text WHERE item_id = ? ORDER BY page");
    if (!pages.ok())
        return pages.error();
    pages->bind(1, hit.id);
    for (;;) {
        auto page = pages->step();
        if (!page.ok())
            return page.error();
        if (!*page)
            break;
        segments.append({int(pages->integer(0)), pages->text(1)});
    }
    segments.append({0, item->text(4)}); // transcript
    segments.append({0, item->text(2)}); // description
    segments.append({0, item->text(3)}); // notes
    const auto snippet = SnippetBuilder(query.positiveTerms()).build(segments);
    hit.snippet = snippet.html;
    hit.page = snippet.page;
    return {};
}

} // namespace amanat
