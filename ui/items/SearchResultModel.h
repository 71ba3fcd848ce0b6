#pragma once

#include "search/SearchEngine.h"

#include <QAbstractTableModel>

namespace amanat::ui {

/** The hits of one search as a table (title, kind, snippet). A search returns a bounded
 *  number of hits, so the model holds them all; it owns no library state. The snippet
 *  column's SnippetRole holds the snippet's HTML (escaped text with <mark> around hits),
 *  which SnippetDelegate paints with the hits highlighted. */
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        KindColumn,
        SnippetColumn,
        ColumnCount
    };
    enum Role
    {
        ItemIdRole = Qt::UserRole + 1, ///< the same number as ItemListModel::ItemIdRole
        SnippetRole = Qt::UserRole + 10,
        PageRole
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setResult(const SearchResult &result);
    void clear();
    qint64 total() const { return m_total; }
    qint64 itemId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    struct Row
    {
        qint64 id;
        QString title;
        QString kind;
        QString snippetHtml;
        QString snippetText;
        int page;
    };
    QVector<Row> m_rows;
    qint64 m_total = 0;
};

} // namespace amanat::ui
