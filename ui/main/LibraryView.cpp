#include "LibraryView.h"

#include "common/IsolatingDelegate.h"
#include "LibraryEditor.h"
#include "ReadThread.h"
#include "details/DetailPane.h"
#include "import/ReextractRunner.h"
#include "items/ItemActions.h"
#include "items/ItemListModel.h"
#include "common/LibraryWrites.h"
#include "library/Library.h"
#include "search/FacetModel.h"
#include "search/SearchController.h"
#include "items/SearchResultModel.h"
#include "search/SnippetDelegate.h"
#include "sidebar/SidebarView.h"
#include "tags/FlowLayout.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace amanat::ui {

namespace {

/** Toggles the current facet on Space or Enter (the facet view's keyboard path). */
class FacetKeys : public QObject
{
public:
    FacetKeys(QTreeView *view, FacetModel *model) : QObject(view), m_view(view), m_model(model) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_model->toggle(m_view->currentIndex());
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTreeView *m_view;
    FacetModel *m_model;
};

struct SidebarData
{
    Result<QHash<QString, qint64>> kinds = QHash<QString, qint64>();
    Result<QVector<Tag>> tags = QVector<Tag>();
};

} // namespace

LibraryView::LibraryView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("libraryView"));
    m_reader = new ReadThread(this);
    m_editor = new LibraryEditor(this);
    m_reextract = new ReextractRunner(this);
    m_itemActions = new ItemActions(this, m_editor, m_reextract);
    m_itemActions->setSelectionSource([this] { return selectedItemIds(); });
    m_search = new SearchController(this);
    m_itemModel = new ItemListModel(this);
    m_searchModel = new SearchResultModel(this);
    m_facetModel = new FacetModel(this);

    buildSidebar();

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setAccessibleName(tr("Search"));
    m_searchEdit->setPlaceholderText(
        tr("Search: words, \"phrases\", tag:…, kind:…, after:…  (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_saveSearchButton = new QPushButton(tr("Save Search…"), this);
    m_saveSearchButton->setObjectName(QStringLiteral("saveSearchButton"));
    m_saveSearchButton->setEnabled(false);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("searchStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(m_saveSearchButton);
    searchRow->addWidget(m_statusLabel);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("editErrorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->setTextFormat(Qt::PlainText);
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->hide();

    m_facetChips = new QWidget(this);
    m_facetChips->setObjectName(QStringLiteral("facetChips"));
    new FlowLayout(m_facetChips);
    m_facetChips->hide();

    buildTable();
    m_details = new DetailPane(m_editor, this);

    auto *content = new QSplitter(Qt::Horizontal, this);
    content->setObjectName(QStringLiteral("librarySplitter"));
    content->addWidget(m_table);
    content->addWidget(m_details);
    content->setStretchFactor(0, 3);
    content->setStretchFactor(1, 2);
    content->setChildrenCollapsible(false);
    content->setSizes({720, 420});

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(searchRow);
    rightLayout->addWidget(m_facetChips);
    rightLayout->addWidget(m_errorLabel);
    rightLayout->addWidget(m_noticeLabel);
    rightLayout->addWidget(content, 1);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("sidebarSplitter"));
    left->addWidget(m_sidebar);
    left->addWidget(m_facetView);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);

    auto *outer = new QSplitter(Qt::Horizontal, this);
    outer->setObjectName(QStringLiteral("outerSplitter"));
    outer->addWidget(left);
    outer->addWidget(right);
    outer->setStretchFactor(0, 1);
    outer->setStretchFactor(1, 4);
    outer->setSizes({260, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(outer);

    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_refiningFacets = false;
        m_errorLabel->hide();
        if (text.trimmed().isEmpty()) { // the ticked facets go with the query
            m_facetModel->clear();      // a reset the facet view follows; no filtersChanged
            m_search->setFilters(QString());
            updateFacetChips();
        }
        m_search->setText(text);
    });
    connect(m_searchEdit, &QLineEdit::returnPressed, m_search, [this] {
        m_search->setText(m_searchEdit->text());
        m_search->runNow();
    });
    connect(m_saveSearchButton, &QPushButton::clicked, this, &LibraryView::saveCurrentSearch);
    connect(m_search, &SearchController::resultReady, this, &LibraryView::showSearchResult);
    connect(m_search, &SearchController::searchFailed, this, &LibraryView::showSearchFailure);
    connect(m_search, &SearchController::searchEnded, this, &LibraryView::endSearch);
    connect(m_facetModel, &FacetModel::filtersChanged, this, [this] {
        m_refiningFacets = true;
        updateFacetChips();
        m_search->setFilters(m_facetModel->filterQuery());
    });
    connect(m_itemModel, &ItemListModel::loadFailed, this,
            [this](const QString &message) { m_statusLabel->setText(message); });
    connect(m_itemModel, &ItemListModel::totalCountChanged, this, &LibraryView::updateStatus);
    connect(m_editor, &LibraryEditor::itemsChanged, this, &LibraryView::onItemsChanged);
    connect(m_editor, &LibraryEditor::tagsChanged, this, &LibraryView::refreshSidebar);
    connect(m_editor, &LibraryEditor::failed, this, &LibraryView::showError);
    connect(m_editor, &LibraryEditor::itemSetChanged, this, &LibraryView::onItemSetChanged);
    connect(m_editor->undoStack(), &QUndoStack::indexChanged, m_errorLabel, &QWidget::hide);
    connect(m_editor->undoStack(), &QUndoStack::indexChanged, m_noticeLabel, &QWidget::hide);
    connect(m_itemActions, &ItemActions::message, this, &LibraryView::showNotice);
    connect(m_itemActions, &ItemActions::failed, this, &LibraryView::showError);
    connect(m_itemActions, &ItemActions::itemCreated, this, [this](qint64 itemId) {
        reloadItems();
        // The new item opens in the details at once, to go on with its transcript.
        auto item = m_library->items().get(itemId); // one row by its key
        if (item.ok())
            m_details->showItem(m_library, *item);
    });
    connect(m_reextract, &ReextractRunner::itemFinished, this,
            [this](qint64 itemId) { onItemsChanged({itemId}); });
    m_details->setItemActions(
        {m_itemActions->addToDossierAction(), m_itemActions->readAgainAction()});
    showModel(m_itemModel);
}

LibraryView::~LibraryView()
{
    m_reader->stop();
}

void LibraryView::buildSidebar()
{
    m_sidebar = new SidebarView(m_editor, this);
    m_facetView = new QTreeView(this);
    m_facetView->setObjectName(QStringLiteral("facetTree"));
    m_facetView->setAccessibleName(tr("Narrow the search"));
    m_facetView->setModel(m_facetModel);
    m_facetView->setItemDelegate(new IsolatingDelegate(m_facetView));
    m_facetView->setHeaderHidden(true);
    m_facetView->setUniformRowHeights(true);
    m_facetView->setExpandsOnDoubleClick(false);
    m_facetView->installEventFilter(new FacetKeys(m_facetView, m_facetModel));
    m_facetView->hide(); // shown while a search is active
    connect(m_facetView, &QTreeView::clicked, m_facetModel, &FacetModel::toggle);
    connect(m_facetModel, &QAbstractItemModel::modelReset, m_facetView, &QTreeView::expandAll);

    connect(m_sidebar, &SidebarView::allItemsSelected, this, &LibraryView::showAllItems);
    connect(m_sidebar, &SidebarView::kindSelected, this, [this](const QString &kind) {
        BrowseFilter filter;
        filter.kind = kind;
        showFiltered(filter, ItemListModel::kindLabel(kind));
    });
    connect(m_sidebar, &SidebarView::tagSelected, this,
            [this](const QString &path, const QVector<qint64> &ids) {
                BrowseFilter filter;
                filter.tagIds = ids;
                showFiltered(filter, path);
            });
    connect(m_sidebar, &SidebarView::savedSearchSelected, this,
            [this](const QString &, const QString &query) {
                m_searchEdit->setText(query);
                m_search->runNow();
            });
    connect(m_sidebar, &SidebarView::savedSearchesChanged, this, &LibraryView::refreshSidebar);
}

void LibraryView::buildTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("itemTable"));
    m_table->setAccessibleName(tr("Items"));
    m_table->setItemDelegate(new IsolatingDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->setDefaultDropAction(Qt::CopyAction);
    m_table->setIconSize(
        QSize(ItemListModel::kThumbnailHeight * 2, ItemListModel::kThumbnailHeight));
    m_table->setTabKeyNavigation(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows it has not drawn.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(
        qMax(ItemListModel::kThumbnailHeight + 4, m_table->fontMetrics().height() + 8));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setItemDelegateForColumn(SearchResultModel::SnippetColumn,
                                      new SnippetDelegate(m_table));
    connect(m_table, &QWidget::customContextMenuRequested, this, &LibraryView::showTableMenu);

    // Delete, export, read again, add to dossier; Delete acts while the list has the focus.
    m_table->addActions(m_itemActions->actions());
    auto *tagAction = new QAction(tr("Add Tag to Selection…"), m_table);
    tagAction->setObjectName(QStringLiteral("tagSelectionAction"));
    // Ctrl+T lives on Edit → Tag Selected Items in the main window.
    connect(tagAction, &QAction::triggered, this, &LibraryView::tagSelection);
    m_table->addAction(tagAction);
}

QUndoStack *LibraryView::undoStack() const
{
    return m_editor->undoStack();
}

void LibraryView::setLibrary(Library *library)
{
    clear();
    if (!library)
        return;
    auto connection = library->openReadConnection();
    if (!connection.ok()) {
        m_details->showMessage(connection.error().message);
        return;
    }
    m_library = library;
    m_reader->start(std::move(*connection));
    m_editor->setLibrary(library);
    m_reextract->setLibrary(library);
    m_itemActions->setLibrary(library);
    m_search->setReader(m_reader);
    m_itemModel->setReader(m_reader);
    refreshSidebar();
    {
        QSignalBlocker blocker(m_sidebar->selectionModel());
        m_sidebar->setCurrentIndex(m_sidebar->sidebarModel()->allItemsIndex());
    }
    showAllItems();
}

void LibraryView::clear()
{
    {
        QSignalBlocker blocker(m_searchEdit);
        m_searchEdit->clear();
    }
    m_search->setReader(nullptr);
    m_reader->stop(); // waits for a running query, closes the read connection
    ++m_sidebarGeneration;
    m_statusLabel->clear();
    m_errorLabel->hide();
    m_noticeLabel->hide();
    m_itemActions->setLibrary(nullptr);
    m_reextract->setLibrary(nullptr); // cancels a running read; its items stay pending
    m_facetModel->clear();
    updateFacetChips();
    m_facetView->hide();
    m_saveSearchButton->setEnabled(false);
    showModel(m_itemModel);
    m_searchModel->clear();
    m_itemModel->setReader(nullptr); // drops the rows and the thumbnail cache
    m_sidebar->sidebarModel()->clear();
    m_details->clear();
    m_editor->setLibrary(nullptr);
    m_library = nullptr;
}

void LibraryView::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void LibraryView::refreshSidebar()
{
    if (!m_library)
        return;
    const quint64 generation = ++m_sidebarGeneration;
    m_reader->post(
        this,
        [](Database &db) {
            ItemBrowser browser(db);
            SidebarData data;
            data.kinds = browser.kindCounts();
            data.tags = browser.tags();
            return data;
        },
        [this, generation](SidebarData data) {
            if (generation != m_sidebarGeneration)
                return;
            SidebarModel *model = m_sidebar->sidebarModel();
            if (data.kinds.ok())
                model->setKindCounts(*data.kinds);
            if (data.tags.ok()) {
                m_sidebar->setTags(*data.tags);
                m_details->setKnownTags(model->tagPaths());
            }
        });
    auto searches = m_library->savedSearches().all(); // a handful of rows
    if (searches.ok())
        m_sidebar->sidebarModel()->setSavedSearches(*searches);
    m_sidebar->refreshDossiers();
}

void LibraryView::showAllItems()
{
    showFiltered(BrowseFilter(), tr("All items"));
}

void LibraryView::showFiltered(const BrowseFilter &filter, const QString &label)
{
    if (!m_library)
        return;
    m_listLabel = label;
    if (m_search->isActive()) {
        QSignalBlocker blocker(m_searchEdit);
        m_searchEdit->clear();
        m_search->clear();
        m_facetModel->clear();
        updateFacetChips();
        m_facetView->hide();
        m_saveSearchButton->setEnabled(false);
        m_searchModel->clear();
    }
    showModel(m_itemModel);
    if (!(m_itemModel->filter() == filter) || m_itemModel->rowCount() == 0)
        m_itemModel->setFilter(filter);
    updateStatus();
}

void LibraryView::updateStatus()
{
    if (!m_library || m_table->model() != m_itemModel)
        return;
    const qint64 total = m_itemModel->totalCount();
    m_statusLabel->setText(total < 0 ? m_listLabel
                                     : tr("%1: %n item(s)", nullptr, int(total)).arg(m_listLabel));
}

void LibraryView::showSearchResult(const SearchResult &result)
{
    m_errorLabel->hide();
    m_searchModel->setResult(result);
    m_facetModel->setFacets(result.facets, m_refiningFacets ? FacetModel::Refresh::KeepCheckedGroups
                                                            : FacetModel::Refresh::Replace);
    m_facetView->show();
    m_saveSearchButton->setEnabled(true);
    showModel(m_searchModel);
    if (result.total > result.hits.size())
        m_statusLabel->setText(
            tr("Showing %1 of %2 results").arg(result.hits.size()).arg(result.total));
    else
        m_statusLabel->setText(tr("%n result(s)", nullptr, int(result.total)));
}

void LibraryView::showSearchFailure(const QString &message)
{
    // A query that cannot run shows no results at all, rather than the last ones, and
    // says why where the results would be.
    m_searchModel->clear();
    showModel(m_searchModel);
    m_statusLabel->setText(tr("No results"));
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void LibraryView::updateFacetChips()
{
    auto *layout = static_cast<FlowLayout *>(m_facetChips->layout());
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    bool any = false;
    for (int group = 0; group < FacetModel::GroupCount; ++group) {
        const auto which = FacetModel::Group(group);
        const QString value = m_facetModel->checkedValue(which);
        if (value.isEmpty())
            continue;
        any = true;
        auto *chip = new QToolButton(m_facetChips);
        chip->setObjectName(QStringLiteral("facetChip"));
        chip->setText(m_facetModel->chipLabel(which) + QStringLiteral("  ×"));
        chip->setToolTip(tr("Remove this filter"));
        chip->setAccessibleName(tr("Remove the filter %1").arg(m_facetModel->chipLabel(which)));
        chip->setAutoRaise(false);
        connect(chip, &QToolButton::clicked, m_facetModel,
                [this, which, value] { m_facetModel->setChecked(which, value, false); });
        layout->addWidget(chip);
    }
    m_facetChips->setVisible(any);
}

void LibraryView::endSearch()
{
    m_searchModel->clear();
    m_facetModel->clear();
    updateFacetChips();
    m_facetView->hide();
    m_saveSearchButton->setEnabled(false);
    showModel(m_itemModel);
    updateStatus();
}

void LibraryView::showModel(QAbstractItemModel *model)
{
    if (m_table->model() == model)
        return;
    m_details->clear();
    QItemSelectionModel *old = m_table->selectionModel();
    m_table->setSortingEnabled(false);
    m_table->setModel(model);
    delete old; // setModel() leaves the old selection model to its owner
    // Sorting runs in SQL over the whole list; search hits stay in rank order.
    m_table->setSortingEnabled(model == m_itemModel);
    // Room for a typical title; the other columns fit their header, the last one stretches.
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    m_table->setColumnWidth(0, 30 * charWidth + ItemListModel::kThumbnailHeight * 2);
    m_table->setColumnWidth(1, 12 * charWidth);
    m_table->setColumnWidth(2, 16 * charWidth);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LibraryView::showDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, m_itemActions,
            &ItemActions::updateEnabled);
    m_itemActions->updateEnabled();
}

void LibraryView::showDetails(const QModelIndex &current)
{
    if (!m_library || !current.isValid()) {
        m_details->clear();
        return;
    }
    // Both models answer ItemListModel::ItemIdRole (the same role number).
    const qint64 id = current.data(ItemListModel::ItemIdRole).toLongLong();
    auto item = m_library->items().get(id); // one row by primary key
    if (!item.ok()) {
        m_details->showMessage(item.error().message);
        return;
    }
    // A search hit opens its document at the page of the hit, a recording at the passage.
    const bool hit = m_table->model() == m_searchModel;
    m_details->showItem(m_library, *item, current.data(SearchResultModel::PageRole).toInt(),
                        hit ? m_search->text() : QString());
}

void LibraryView::onItemsChanged(const QVector<qint64> &ids)
{
    if (!m_library)
        return;
    QVector<qint64> rows = ids;
    if (rows.isEmpty()) // tags renamed, moved or merged: any loaded row may show them
        for (int row = 0; row < m_itemModel->rowCount(); ++row)
            rows << m_itemModel->itemId(row);
    m_itemModel->refreshItems(rows);
    const qint64 shown = m_details->itemId();
    if (shown != 0 && (ids.isEmpty() || ids.contains(shown))) {
        auto item = m_library->items().get(shown);
        if (item.ok())
            m_details->updateItem(m_library, *item);
    }
    refreshSidebar();
}

void LibraryView::onItemSetChanged()
{
    if (!m_library)
        return;
    // Deleted or restored items: every list and count is read again.
    const qint64 shown = m_details->itemId();
    if (shown != 0) {
        auto hidden = m_library->items().isMarkedDeleted(shown);
        if (!hidden.ok() || *hidden)
            m_details->clear();
    }
    if (m_search->isActive())
        m_search->runNow();
    m_itemModel->reload();
    refreshSidebar();
    m_itemActions->updateEnabled();
}

void LibraryView::showNotice(const QString &text)
{
    m_errorLabel->hide();
    m_noticeLabel->setText(text);
    m_noticeLabel->show();
}

void LibraryView::showError(const QString &text)
{
    m_noticeLabel->hide();
    m_errorLabel->setText(text);
    m_errorLabel->show();
}

QVector<qint64> LibraryView::selectedItemIds() const
{
    QVector<qint64> ids;
    if (!m_table->selectionModel())
        return ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(ItemListModel::ItemIdRole).toLongLong();
    return ids;
}

void LibraryView::tagSelection()
{
    const QVector<qint64> ids = selectedItemIds();
    if (ids.isEmpty() || !m_library)
        return;
    bool ok = false;
    const QString path = QInputDialog::getItem(
        this, tr("Add Tag"), tr("Tag the %n selected item(s) with:", nullptr, int(ids.size())),
        m_sidebar->sidebarModel()->tagPaths(), -1, true, &ok);
    if (ok && !path.trimmed().isEmpty())
        m_editor->tagItems(ids, path.trimmed());
}

void LibraryView::showTableMenu(const QPoint &position)
{
    const QVector<qint64> ids = selectedItemIds();
    if (ids.isEmpty() || !m_library)
        return;
    QMenu menu(this);
    menu.addAction(m_table->findChild<QAction *>(QStringLiteral("tagSelectionAction")));
    QStringList tags;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        for (const QString &tag : row.data(ItemListModel::TagsRole).toStringList())
            if (!tags.contains(tag))
                tags << tag;
    if (!tags.isEmpty()) {
        tags.sort(Qt::CaseInsensitive);
        QMenu *remove = menu.addMenu(tr("Remove Tag from Selection"));
        for (const QString &tag : std::as_const(tags))
            remove->addAction(tag, this, [this, ids, tag] { m_editor->untagItems(ids, tag); });
    }
    menu.addSeparator();
    menu.addActions(m_itemActions->actions());
    if (!m_selectionActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_selectionActions);
    }
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void LibraryView::addSelectionAction(QAction *action)
{
    m_selectionActions << action;
    m_table->addAction(action);
}

void LibraryView::saveCurrentSearch()
{
    if (!m_library || !m_search->isActive())
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save Search"),
                              tr("Name for the search “%1”:").arg(m_search->fullQuery()),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (ok && !name.isEmpty())
        saveSearch(name);
}

bool LibraryView::saveSearch(const QString &name)
{
    if (!m_library || !m_search->isActive())
        return false;
    const QString query = m_search->fullQuery();
    const Status saved = writeNow(*m_library, [name, query](Library &writer) {
        return writer.savedSearches().save(name, query, false);
    });
    if (!saved.ok()) {
        showError(saved.error().message);
        return false;
    }
    refreshSidebar();
    return true;
}

// Import (ui/import)
void LibraryView::reloadItems()
{
    if (m_library) {
        m_itemModel->reload();
        refreshSidebar(); // counts follow imports too
    }
}

} // namespace amanat::ui
