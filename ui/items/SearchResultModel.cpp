#include "SearchResultModel.h"

#include "ItemListModel.h"
#include "ItemMimeData.h"
#include "search/SnippetText.h"

namespace amanat::ui {

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractTableModel(parent) {}

void SearchResultModel::setResult(const SearchResult &result)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(result.hits.size());
    for (const SearchHit &hit : result.hits)
        m_rows.append(Row{hit.id, hit.title, hit.kind, hit.snippet,
                          SnippetText::parse(hit.snippet).text.simplified(), hit.page});
    m_total = result.total;
    endResetModel();
}

void SearchResultModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    endResetModel();
}

qint64 SearchResultModel::itemId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    if (role == ItemIdRole)
        return row.id;
    if (role == PageRole)
        return row.page;
    if (role == SnippetRole)
        return index.column() == SnippetColumn ? QVariant(row.snippetHtml) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return row.title;
    case KindColumn:
        return ItemListModel::kindLabel(row.kind);
    case SnippetColumn:
        if (role == Qt::ToolTipRole && row.page > 0)
            return tr("Page %1: %2").arg(row.page).arg(row.snippetText);
        return row.snippetText;
    default:
        return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Kind");
    case SnippetColumn:
        return tr("Match");
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList SearchResultModel::mimeTypes() const
{
    return {ItemMimeData::mimeType()};
}

QMimeData *SearchResultModel::mimeData(const QModelIndexList &indexes) const
{
    return ItemMimeData::forIndexes(indexes, ItemIdRole);
}

Qt::DropActions SearchResultModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace amanat::ui
