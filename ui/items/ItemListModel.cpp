#include "ItemListModel.h"

#include "ItemMimeData.h"
#include "main/ReadThread.h"
#include "model/ItemFields.h"

#include <QBuffer>
#include <QHash>
#include <QImageReader>
#include <QTimer>

#include <optional>

namespace amanat::ui {

namespace {

constexpr int kThumbnailCacheKiB = 16 * 1024;
constexpr int kThumbnailBatch = 40;
constexpr int kMaxThumbnailSide = 1024; // stored thumbnails are far smaller; refuse bombs

/** Decodes a stored thumbnail (PNG or JPEG only) scaled to @p height; null when unusable. */
QImage decodeThumbnail(const QByteArray &bytes, int height)
{
    if (bytes.isEmpty())
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    if (format != "png" && format != "jpeg")
        return {};
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > kMaxThumbnailSide || size.height() > kMaxThumbnailSide)
        return {};
    reader.setScaledSize(size.scaled(QSize(height * 2, height), Qt::KeepAspectRatio));
    return reader.read();
}

const QPixmap &blankThumbnail()
{
    static const QPixmap blank = [] {
        QPixmap pixmap(ItemListModel::kThumbnailHeight * 2, ItemListModel::kThumbnailHeight);
        pixmap.fill(Qt::transparent);
        return pixmap;
    }();
    return blank;
}

BrowseSort sortFor(int column)
{
    switch (column) {
    case ItemListModel::TitleColumn:
        return BrowseSort::Title;
    case ItemListModel::KindColumn:
        return BrowseSort::Kind;
    case ItemListModel::EventDateColumn:
        return BrowseSort::EventDate;
    default:
        return BrowseSort::Added;
    }
}

} // namespace

ItemListModel::ItemListModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_thumbnails.setMaxCost(kThumbnailCacheKiB);
}

void ItemListModel::setReader(ReadThread *reader)
{
    m_reader = reader;
    m_filter = {};
    m_thumbnails.clear();
    resetRows();
}

void ItemListModel::setFilter(const BrowseFilter &filter)
{
    m_filter = filter;
    resetRows();
}

void ItemListModel::reload()
{
    resetRows();
}

void ItemListModel::resetRows()
{
    beginResetModel();
    ++m_generation;
    m_rows.clear();
    m_rows.squeeze();
    m_rowById.clear();
    m_atEnd = m_reader == nullptr;
    m_loading = false;
    m_pageSize = kPageSize;
    m_sincePage.invalidate();
    m_total = -1;
    m_lastError.clear();
    m_thumbnailsWanted.clear();
    m_thumbnailsPending.clear();
    m_thumbnailsFailed.clear();
    // Slots on our change signals (QAbstractItemModelTester's, for one) may call fetchMore()
    // before every listener has seen the change end; inserting rows then would nest two
    // changes. So no fetching while we notify; views fetch again after their delayed layout.
    m_notifying = true;
    endResetModel();
    m_notifying = false;
    if (!m_reader)
        return;
    const quint64 generation = m_generation;
    const BrowseFilter filter = m_filter;
    m_reader->post(
        this, [filter](Database &db) { return ItemBrowser(db).count(filter); },
        [this, generation](Result<qint64> count) {
            if (generation != m_generation || !count.ok())
                return;
            m_total = *count;
            Q_EMIT totalCountChanged(m_total);
        });
    // The first page is wanted whether or not a view asks.
    fetchMore({});
}

qint64 ItemListModel::itemId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ItemListModel::rowOf(qint64 itemId) const
{
    return m_rowById.value(itemId, -1);
}

int ItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ItemListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const BrowseRow &row = m_rows.at(index.row());
    switch (role) {
    case ItemIdRole:
        return row.id;
    case KindRole:
        return row.kind;
    case TagsRole:
        return row.tags;
    case Qt::DecorationRole:
        if (index.column() != TitleColumn)
            return {};
        if (row.hasThumbnail) {
            if (QPixmap *pixmap = m_thumbnails.object(row.id))
                return *pixmap;
            if (!m_thumbnailsPending.contains(row.id) && !m_thumbnailsFailed.contains(row.id)) {
                m_thumbnailsWanted.insert(row.id);
                requestThumbnails();
            }
        }
        return blankThumbnail(); // keeps titles aligned while thumbnails load
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn:
            return row.title;
        case KindColumn:
            return kindLabel(row.kind);
        case EventDateColumn:
            return row.eventDate;
        case TagsColumn:
            return row.tags.join(QStringLiteral(", "));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ItemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Kind");
    case EventDateColumn:
        return tr("Event date");
    case TagsColumn:
        return tr("Tags");
    default:
        return {};
    }
}

bool ItemListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading && !m_notifying && m_reader != nullptr;
}

void ItemListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    const bool askedAtOnce = m_sincePage.isValid() && m_sincePage.elapsed() < m_fastAskMs;
    m_pageSize = askedAtOnce ? qMin(m_pageSize * 2, kMaxPageSize) : kPageSize;
    const int pageSize = m_pageSize;
    const quint64 generation = m_generation;
    const BrowseFilter filter = m_filter;
    const BrowseSort sort = m_sort;
    const Qt::SortOrder order = m_order;
    std::optional<BrowseRow> after;
    if (!m_rows.isEmpty())
        after = m_rows.last();
    m_reader->post(
        this,
        [filter, sort, order, after, pageSize](Database &db) {
            return ItemBrowser(db).page(filter, sort, order, after ? &*after : nullptr, pageSize);
        },
        [this, generation, pageSize](Result<QVector<BrowseRow>> page) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_sincePage.start();
            if (!page.ok()) {
                m_atEnd = true;
                m_lastError = page.error().message;
                Q_EMIT loadFailed(m_lastError);
                return;
            }
            if (page->size() < pageSize)
                m_atEnd = true;
            if (!page->isEmpty()) {
                const int first = int(m_rows.size());
                m_notifying = true;
                beginInsertRows({}, first, first + int(page->size()) - 1);
                for (const BrowseRow &row : std::as_const(*page)) {
                    m_rowById.insert(row.id, int(m_rows.size()));
                    m_rows.append(row);
                }
                endInsertRows();
                m_notifying = false;
            }
            Q_EMIT pageLoaded();
        });
}

void ItemListModel::refreshItems(const QVector<qint64> &ids)
{
    if (!m_reader || ids.isEmpty())
        return;
    const quint64 generation = m_generation;
    m_reader->post(
        this, [ids](Database &db) { return ItemBrowser(db).rows(ids); },
        [this, generation](Result<QVector<BrowseRow>> rows) {
            if (generation != m_generation || !rows.ok())
                return;
            for (const BrowseRow &fresh : std::as_const(*rows)) {
                const int row = rowOf(fresh.id);
                if (row < 0)
                    continue;
                BrowseRow &current = m_rows[row];
                const QString sortKey = current.sortKey; // keeps the cursor of the next page
                current = fresh;
                current.sortKey = sortKey;
                m_thumbnails.remove(fresh.id);
                m_thumbnailsFailed.remove(fresh.id);
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        });
}

void ItemListModel::sort(int column, Qt::SortOrder order)
{
    const BrowseSort sort = sortFor(column);
    if (sort == m_sort && order == m_order)
        return;
    m_sort = sort;
    m_order = order;
    resetRows();
}

Qt::ItemFlags ItemListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList ItemListModel::mimeTypes() const
{
    return {ItemMimeData::mimeType()};
}

QMimeData *ItemListModel::mimeData(const QModelIndexList &indexes) const
{
    return ItemMimeData::forIndexes(indexes, ItemIdRole);
}

Qt::DropActions ItemListModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

void ItemListModel::requestThumbnails() const
{
    if (m_thumbnailRequestQueued || !m_reader)
        return;
    m_thumbnailRequestQueued = true;
    // Batch the rows painted in one pass into one job.
    QTimer::singleShot(0, this, [self = const_cast<ItemListModel *>(this)] {
        self->m_thumbnailRequestQueued = false;
        if (!self->m_reader || self->m_thumbnailsWanted.isEmpty())
            return;
        QVector<qint64> ids;
        for (qint64 id : std::as_const(self->m_thumbnailsWanted)) {
            ids << id;
            self->m_thumbnailsPending.insert(id);
            if (ids.size() == kThumbnailBatch)
                break;
        }
        for (qint64 id : std::as_const(ids))
            self->m_thumbnailsWanted.remove(id);
        const quint64 generation = self->m_generation;
        self->m_reader->post(
            self,
            [ids](Database &db) {
                QVector<QPair<qint64, QImage>> images;
                ItemBrowser browser(db);
                for (qint64 id : ids) {
                    auto bytes = browser.thumbnail(id);
                    images.append(
                        {id, bytes.ok() ? decodeThumbnail(*bytes, kThumbnailHeight) : QImage()});
                }
                return images;
            },
            [self, generation](const QVector<QPair<qint64, QImage>> &images) {
                if (generation == self->m_generation)
                    self->onThumbnails(images);
            });
        if (!self->m_thumbnailsWanted.isEmpty())
            self->requestThumbnails();
    });
}

void ItemListModel::onThumbnails(const QVector<QPair<qint64, QImage>> &images)
{
    for (const auto &image : images) {
        m_thumbnailsPending.remove(image.first);
        if (image.second.isNull()) {
            m_thumbnailsFailed.insert(image.first); // no retry loop on a bad thumbnail
            continue;
        }
        auto *pixmap = new QPixmap(QPixmap::fromImage(image.second));
        m_thumbnails.insert(image.first, pixmap, qMax(1, int(image.second.sizeInBytes() / 1024)));
        const int row = rowOf(image.first);
        if (row >= 0) {
            const QModelIndex cell = index(row, TitleColumn);
            Q_EMIT dataChanged(cell, cell, {Qt::DecorationRole});
        }
    }
}

QString ItemListModel::kindLabel(const QString &kind)
{
    return ItemFields::kindLabel(kind);
}

} // namespace amanat::ui
