#include "LibraryView.h"

#include "items/ItemDetailsWidget.h"
#include "items/ItemListModel.h"
#include "items/SearchResultModel.h"
#include "library/Library.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace amanat::ui {

namespace {

constexpr int kSearchLimit = 200;

} // namespace

LibraryView::LibraryView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("libraryView"));
    m_itemModel = new ItemListModel(this);
    m_searchModel = new SearchResultModel(this);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search the library and press Enter"));
    m_searchEdit->setClearButtonEnabled(true);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("searchStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(m_statusLabel);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("itemTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows it has not drawn.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_details = new ItemDetailsWidget(this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("librarySplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(splitter, 1);

    connect(m_searchEdit, &QLineEdit::returnPressed, this, &LibraryView::runSearch);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && m_table->model() == m_searchModel)
            showAllItems();
    });
    connect(m_itemModel, &ItemListModel::loadFailed, this,
            [this](const QString &message) { m_statusLabel->setText(message); });
    showModel(m_itemModel);
}

void LibraryView::setLibrary(Library *library)
{
    clear();
    m_library = library;
    if (!library)
        return;
    m_itemModel->setRepository(&library->items());
    showAllItems();
}

void LibraryView::clear()
{
    m_searchEdit->clear();
    m_statusLabel->clear();
    showModel(m_itemModel);
    m_searchModel->clear();
    m_itemModel->setRepository(nullptr);
    m_details->clear();
    m_library = nullptr;
}

void LibraryView::runSearch()
{
    if (!m_library)
        return;
    const QString text = m_searchEdit->text().trimmed();
    if (text.isEmpty()) {
        showAllItems();
        return;
    }
    auto result = m_library->search().search(text, kSearchLimit);
    if (!result.ok()) {
        m_statusLabel->setText(result.error().message);
        return;
    }
    m_searchModel->setResult(*result);
    showModel(m_searchModel);
    if (result->total > result->hits.size())
        m_statusLabel->setText(
            tr("Showing %1 of %2 results").arg(result->hits.size()).arg(result->total));
    else
        m_statusLabel->setText(tr("%n result(s)", nullptr, int(result->total)));
}

void LibraryView::showAllItems()
{
    m_searchModel->clear();
    showModel(m_itemModel);
    m_statusLabel->setText(m_library ? tr("All items") : QString());
}

void LibraryView::showModel(QAbstractItemModel *model)
{
    m_details->clear();
    if (m_table->model() == model)
        return;
    QItemSelectionModel *old = m_table->selectionModel();
    m_table->setModel(model);
    delete old; // setModel() leaves the old selection model to its owner
    // Room for a typical title; the other columns fit their header, the last one stretches.
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    m_table->setColumnWidth(0, 36 * charWidth);
    m_table->setColumnWidth(1, 12 * charWidth);
    m_table->setColumnWidth(2, 16 * charWidth);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LibraryView::showDetails);
}

void LibraryView::showDetails(const QModelIndex &current)
{
    if (!m_library || !current.isValid()) {
        m_details->clear();
        return;
    }
    // Both models answer ItemListModel::ItemIdRole (the same role number).
    const qint64 id = current.data(ItemListModel::ItemIdRole).toLongLong();
    auto item = m_library->items().get(id);
    if (!item.ok()) {
        m_details->showMessage(item.error().message);
        return;
    }
    m_details->showItem(*item);
}

} // namespace amanat::ui
