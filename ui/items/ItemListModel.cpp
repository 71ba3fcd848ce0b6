#include "ItemListModel.h"

namespace amanat::ui {

ItemListModel::ItemListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ItemListModel::setRepository(ItemRepository *items)
{
    beginResetModel();
    m_repository = items;
    m_items.clear();
    m_items.squeeze();
    m_atEnd = items == nullptr;
    m_lastError.clear();
    // Slots on our change signals (QAbstractItemModelTester's, for one) may call fetchMore()
    // before every listener has seen the change end; inserting rows then would nest two
    // changes. So no fetching while we notify; views fetch again after their delayed layout.
    m_notifying = true;
    endResetModel();
    m_notifying = false;
}

int ItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
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
    const Item &item = m_items.at(index.row());
    if (role == ItemIdRole)
        return item.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return item.field("title");
    case KindColumn:
        return kindLabel(item.kind);
    case EventDateColumn:
        return item.field("event_date");
    case TagsColumn:
        return item.tags.join(QStringLiteral(", "));
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
    return !parent.isValid() && !m_atEnd && !m_notifying && m_repository != nullptr;
}

void ItemListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 after = m_items.isEmpty() ? 0 : m_items.last().id;
    auto page = m_repository->page(after, kPageSize);
    if (!page.ok()) {
        m_atEnd = true;
        m_lastError = page.error().message;
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    if (page->size() < kPageSize)
        m_atEnd = true;
    if (page->isEmpty())
        return;
    const int first = int(m_items.size());
    m_notifying = true;
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_items += *page;
    endInsertRows();
    m_notifying = false;
}

QString ItemListModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("testimony"))
        return tr("Testimony");
    if (kind == QLatin1String("scan"))
        return tr("Scan");
    if (kind == QLatin1String("video"))
        return tr("Video");
    if (kind == QLatin1String("audio"))
        return tr("Audio");
    if (kind == QLatin1String("image"))
        return tr("Image");
    if (kind == QLatin1String("report"))
        return tr("Report");
    if (kind == QLatin1String("document"))
        return tr("Document");
    return kind;
}

} // namespace amanat::ui
