#pragma once

#include "TagRepository.h"
#include "common/Result.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace amanat {

/** Which items a browsing list shows: all of them, one kind, and/or those carrying any of
 *  a set of tags (a tag and its sub-tags). */
struct BrowseFilter
{
    QString kind;           ///< empty: every kind
    QVector<qint64> tagIds; ///< empty: no tag filter

    bool operator==(const BrowseFilter &other) const
    {
        return kind == other.kind && tagIds == other.tagIds;
    }
};

/** The columns a browsing list can be sorted by; the id breaks ties. */
enum class BrowseSort
{
    Added, ///< item id: the order items entered the library
    Title,
    Kind,
    EventDate
};

/** One row of a browsing list: what a list shows of an item, never its protected fields. */
struct BrowseRow
{
    qint64 id = 0;
    QString kind;
    QString title;
    QString eventDate;
    QStringList tags; ///< full paths, sorted
    bool hasThumbnail = false;
    QString sortKey; ///< the value sorted by, for the next page's cursor
};

/** Read-only queries for browsing a library: sorted, filtered pages of items fetched by
 *  keyset (each page starts after the last row of the previous one, so page 500 costs what
 *  page 1 costs), counts by kind and by tag, and thumbnails. Owns no connection: give it the
 *  connection of the thread it runs on (see Library::openReadConnection()). */
class ItemBrowser
{
    Q_DECLARE_TR_FUNCTIONS(ItemBrowser)

public:
    explicit ItemBrowser(Database &db) : m_db(db) {}

    /** Up to @p limit rows after @p after (nullptr: from the start), sorted in SQL. */
    Result<QVector<BrowseRow>> page(const BrowseFilter &filter, BrowseSort sort,
                                    Qt::SortOrder order, const BrowseRow *after, int limit);
    /** The rows of @p ids that still exist, in no particular order (to refresh a list). */
    Result<QVector<BrowseRow>> rows(const QVector<qint64> &ids);
    Result<qint64> count(const BrowseFilter &filter);
    /** Items per kind; kinds without items are absent. */
    Result<QHash<QString, qint64>> kindCounts();
    /** Every tag with its full path and the number of items carrying exactly that tag,
     *  sorted by path (case-insensitive). One pass over the tag index. */
    Result<QVector<Tag>> tags();
    /** The stored thumbnail's encoded bytes (PNG), or empty when there is none. */
    Result<QByteArray> thumbnail(qint64 itemId);

private:
    Status fillTags(QVector<BrowseRow> &rows);
    Result<QHash<qint64, QString>> tagPaths();

    Database &m_db;
};

} // namespace amanat
