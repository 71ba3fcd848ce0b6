#pragma once

#include "repository/ItemBrowser.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QCache>
#include <QPixmap>
#include <QSet>
#include <QVector>

namespace amanat::ui {

class ReadThread;

/** The items of an open library as a table (title with its thumbnail, kind, event date, tags),
 *  filtered by kind or tags and sorted in SQL. Pages (kPageSize rows, more while a view keeps
 * asking) are loaded lazily (canFetchMore()/fetchMore()) on the read thread, so the GUI thread
 * never runs a query; thumbnails are decoded there too and cached in memory only. Never holds
 * protected fields. setReader(nullptr) empties the model and its caches (on lock). */
class ItemListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn, ///< with the thumbnail as its decoration
        KindColumn,
        EventDateColumn,
        TagsColumn,
        ColumnCount
    };
    enum Role
    {
        ItemIdRole = Qt::UserRole + 1,
        KindRole,
        TagsRole
    };
    /** The first page, and every page a view asks for after a pause. */
    static constexpr int kPageSize = 200;
    /** A view that asks for the next page as soon as one arrives is scrolling fast (or to
     *  the end): each such page is twice the last, up to this, so 100,000 rows arrive in
     *  a few dozen round trips instead of 500. */
    static constexpr int kMaxPageSize = 12800;
    /** How soon after a page arrives the next ask counts as "at once", by default. */
    static constexpr int kFastAskMs = 300;
    static constexpr int kThumbnailHeight = 32;

    explicit ItemListModel(QObject *parent = nullptr);

    /** Reads through @p reader (not owned) from the start; nullptr empties the model. */
    void setReader(ReadThread *reader);
    void setFilter(const BrowseFilter &filter);
    BrowseFilter filter() const { return m_filter; }
    /** Reloads from the start with the current filter and order. */
    void reload();
    /** Re-reads the rows of @p ids in place (after an edit); rows gone are kept until reload. */
    void refreshItems(const QVector<qint64> &ids);

    /** Sets how soon an ask counts as "at once" (0: never, every page is kPageSize rows). */
    void setFastAskMs(int ms) { m_fastAskMs = ms; }

    bool isLoading() const { return m_loading; }
    /** Items matching the filter, or -1 until counted. */
    qint64 totalCount() const { return m_total; }
    QString lastError() const { return m_lastError; }
    qint64 itemId(int row) const;
    int rowOf(qint64 itemId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    /** A kind's name for people ("testimony" → "Testimony", translated). */
    static QString kindLabel(const QString &kind);

Q_SIGNALS:
    void loadFailed(const QString &message);
    /** A page arrived (rows were appended, or the list turned out to be complete). */
    void pageLoaded();
    void totalCountChanged(qint64 total);

private:
    void resetRows();
    void requestThumbnails() const;
    void onThumbnails(const QVector<QPair<qint64, QImage>> &images);

    ReadThread *m_reader = nullptr;
    BrowseFilter m_filter;
    BrowseSort m_sort = BrowseSort::Added;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QVector<BrowseRow> m_rows;
    QHash<qint64, int> m_rowById;
    quint64 m_generation = 0; ///< bumped on every reset; older answers are dropped
    bool m_atEnd = true;
    bool m_loading = false;
    int m_pageSize = kPageSize; ///< rows asked for by the last fetchMore()
    int m_fastAskMs = kFastAskMs;
    QElapsedTimer m_sincePage; ///< since the last page arrived
    bool m_notifying = false;  ///< emitting a reset or an insert
    qint64 m_total = -1;
    QString m_lastError;

    mutable QCache<qint64, QPixmap> m_thumbnails;
    mutable QSet<qint64> m_thumbnailsWanted;  ///< painted, not yet asked for
    mutable QSet<qint64> m_thumbnailsPending; ///< asked for, not yet arrived
    QSet<qint64> m_thumbnailsFailed;          ///< undecodable: never asked for again
    mutable bool m_thumbnailRequestQueued = false;
};

} // namespace amanat::ui
