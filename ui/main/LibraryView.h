#pragma once

#include "repository/ItemBrowser.h"

#include <QWidget>

class QAbstractItemModel;
class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTableView;
class QTreeView;
class QUndoStack;

namespace amanat {
class Library;
struct SearchResult;
} // namespace amanat

namespace amanat::ui {

class DetailPane;
class ItemActions;
class ReextractRunner;
class FacetModel;
class ItemListModel;
class LibraryEditor;
class ReadThread;
class SearchController;
class SearchResultModel;
class SidebarView;

/** The main view of an open library: the sidebar (kinds, tags, saved searches, dossiers)
 *  with the search facets under it, the search field, the item table (the sidebar's
 *  selection, or the hits of the search) and the selected item's details. Queries run on a
 *  read thread with its own connection; edits go through the LibraryEditor's undo stack.
 *  Holds a non-owning pointer to the library; clear() stops the read thread and drops every
 *  row, cache and detail before the library is closed. */
class LibraryView : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryView(QWidget *parent = nullptr);
    ~LibraryView() override;

    /** Shows @p library (not owned); nullptr is the same as clear(). */
    void setLibrary(Library *library);
    /** Forgets the library: stops the read thread, empties the models, the details, the
     *  undo stack and the search field. */
    void clear();

    QUndoStack *undoStack() const;
    LibraryEditor *editor() const { return m_editor; }
    SidebarView *sidebar() const { return m_sidebar; }
    /** Delete, export, read again, add to dossier: for the Item menu. */
    ItemActions *itemActions() const { return m_itemActions; }
    /** Puts the keyboard focus in the search field. */
    void focusSearch();
    /** Asks for a tag and puts it on the selected items (Ctrl+T). */
    void tagSelection();
    /** Saves the current query under a name the user gives. */
    void saveCurrentSearch();
    /** Saves the current query as @p name; false (with the reason shown) when it cannot. */
    bool saveSearch(const QString &name);
    /** Re-reads the sidebar's counts, tags and saved searches (on the read thread). */
    void refreshSidebar();
    /** The items selected in the list, in the list's order. */
    QVector<qint64> selectedItemIds() const;
    /** Adds @p action to the item list's context menu (after the item actions). */
    void addSelectionAction(QAction *action);
    /** A sentence in the notice line above the list. */
    void notify(const QString &text) { showNotice(text); }

    // Import (ui/import)
public Q_SLOTS:
    /** Reloads the item list after items were added (an import finished). */
    void reloadItems();

private:
    void buildSidebar();
    void buildTable();
    void showAllItems();
    void showFiltered(const BrowseFilter &filter, const QString &label);
    void showModel(QAbstractItemModel *model);
    void showDetails(const QModelIndex &current);
    void showSearchResult(const amanat::SearchResult &result);
    void endSearch();
    void onItemsChanged(const QVector<qint64> &ids);
    void onItemSetChanged();
    void showNotice(const QString &text);
    void showSearchFailure(const QString &message);
    void updateFacetChips();
    void showError(const QString &text);
    void showTableMenu(const QPoint &position);
    void updateStatus();

    Library *m_library = nullptr;
    ReadThread *m_reader = nullptr;
    QList<QAction *> m_selectionActions; ///< added by other features (Share…)
    LibraryEditor *m_editor = nullptr;
    ReextractRunner *m_reextract = nullptr;
    ItemActions *m_itemActions = nullptr;
    SearchController *m_search = nullptr;
    SidebarView *m_sidebar = nullptr;
    QTreeView *m_facetView = nullptr;
    FacetModel *m_facetModel = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QPushButton *m_saveSearchButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QWidget *m_facetChips = nullptr; ///< the ticked facets, each removable
    bool m_refiningFacets = false;   ///< the running search differs only in ticked facets
    QTableView *m_table = nullptr;
    DetailPane *m_details = nullptr;
    ItemListModel *m_itemModel = nullptr;
    SearchResultModel *m_searchModel = nullptr;
    QString m_listLabel;
    quint64 m_sidebarGeneration = 0;
};

} // namespace amanat::ui
