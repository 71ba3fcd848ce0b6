#pragma once

#include "library/ItemRepository.h"

#include <QAbstractTableModel>
#include <QVector>

namespace amanat::ui {

/** The items of an open library as a table (title, kind, event date, tags), loaded lazily
 *  in pages of kPageSize rows through canFetchMore()/fetchMore(). Never holds protected
 *  fields. Reads through the repository it is given, which must outlive it or be replaced
 *  with setRepository(nullptr) before it goes away. */
class ItemListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        KindColumn,
        EventDateColumn,
        TagsColumn,
        ColumnCount
    };
    enum Role
    {
        ItemIdRole = Qt::UserRole + 1
    };
    static constexpr int kPageSize = 200;

    explicit ItemListModel(QObject *parent = nullptr);

    /** Shows the items of @p items from the start; nullptr empties the model. */
    void setRepository(ItemRepository *items);
    /** The message of the last failed page load, or empty. */
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /** A kind's name for people ("testimony" → "Testimony", translated). */
    static QString kindLabel(const QString &kind);

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    ItemRepository *m_repository = nullptr;
    QVector<Item> m_items;
    bool m_atEnd = true;
    bool m_notifying = false; ///< emitting a reset or an insert
    QString m_lastError;
};

} // namespace amanat::ui
