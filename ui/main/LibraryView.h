#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;

namespace amanat {
class Library;
}

namespace amanat::ui {

class ItemDetailsWidget;
class ItemListModel;
class SearchResultModel;

/** The main view of an open library: a search field, the item table (every item, or the
 *  hits of the last search) and the selected item's details. Holds a non-owning pointer to
 *  the library; clear() drops every row and detail before the library is closed. */
class LibraryView : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryView(QWidget *parent = nullptr);

    /** Shows @p library (not owned); nullptr is the same as clear(). */
    void setLibrary(Library *library);
    /** Forgets the library: empties the models, the details and the search field. */
    void clear();

private:
    void runSearch();
    void showAllItems();
    void showModel(QAbstractItemModel *model);
    void showDetails(const QModelIndex &current);

    Library *m_library = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTableView *m_table = nullptr;
    ItemDetailsWidget *m_details = nullptr;
    ItemListModel *m_itemModel = nullptr;
    SearchResultModel *m_searchModel = nullptr;
};

} // namespace amanat::ui
