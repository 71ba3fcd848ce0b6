#include "SearchResultModel.h"

#include "ItemListModel.h"

#include <QTextDocumentFragment>

namespace amanat::ui {

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractTableModel(parent) {}

void SearchResultModel::setResult(const SearchResult &result)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(result.hits.size());
    for (const SearchHit &hit : result.hits)
        m_rows.append(Row{hit.id, hit.title, hit.kind, plainSnippet(hit.snippet)});
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
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return row.title;
    case KindColumn:
        return ItemListModel::kindLabel(row.kind);
    case SnippetColumn:
        return row.snippet;
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

QString SearchResultModel::plainSnippet(const QString &html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText().simplified();
}

} // namespace amanat::ui
