#pragma once

#include "search/SearchEngine.h"

#include <QAbstractTableModel>

namespace amanat::ui {

/** The hits of one search as a table (title, kind, snippet as plain text). A search returns
 *  a bounded number of hits, so the model holds them all; it owns no library state. */
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
        ItemIdRole = Qt::UserRole + 1
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setResult(const SearchResult &result);
    void clear();
    qint64 total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /** The snippet without its <mark> tags and HTML escapes. */
    static QString plainSnippet(const QString &html);

private:
    struct Row
    {
        qint64 id;
        QString title;
        QString kind;
        QString snippet;
    };
    QVector<Row> m_rows;
    qint64 m_total = 0;
};

} // namespace amanat::ui
