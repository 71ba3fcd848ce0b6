#include "SidebarView.h"

#include "common/IsolatingDelegate.h"
#include "common/LibraryWrites.h"
#include "library/Library.h"
#include "main/LibraryEditor.h"
#include "tags/TagPalette.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSet>

namespace amanat::ui {

namespace {

QIcon swatch(const QString &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(color));
    painter.drawEllipse(QRectF(2, 2, 12, 12));
    return QIcon(pixmap);
}

} // namespace

SidebarView::SidebarView(LibraryEditor *editor, QWidget *parent)
    : QTreeView(parent), m_editor(editor), m_model(new SidebarModel(this))
{
    setObjectName(QStringLiteral("sidebarTree"));
    setAccessibleName(tr("Library contents: kinds, tags, saved searches, dossiers"));
    setModel(m_model);
    setItemDelegate(new IsolatingDelegate(this));
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::CopyAction);
    setDropIndicatorShown(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (auto group : {SidebarModel::KindGroupNode, SidebarModel::TagGroupNode,
                       SidebarModel::SavedGroupNode, SidebarModel::DossierGroupNode})
        expand(m_model->groupIndex(group));

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SidebarView::onCurrentChanged);
    connect(this, &QWidget::customContextMenuRequested, this, &SidebarView::showContextMenu);
    connect(m_model, &SidebarModel::itemsDroppedOnTag, m_editor, &LibraryEditor::tagItems);
    connect(m_model, &SidebarModel::tagMoveRequested, m_editor, &LibraryEditor::moveTag);
    connect(m_model, &SidebarModel::tagRenameRequested, m_editor, &LibraryEditor::renameTag);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.parent().isValid()) // a group received rows: show them
            expand(parent);
    });
    connect(this, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.data(SidebarModel::NodeTypeRole).toInt() == SidebarModel::DossierNode)
            Q_EMIT dossierActivated(index.data(SidebarModel::NodeIdRole).toLongLong());
    });
}

void SidebarView::refreshDossiers()
{
    m_model->setDossiers(m_dossierProvider ? m_dossierProvider() : QVector<SidebarDossier>());
}

void SidebarView::setTags(const QVector<Tag> &tags)
{
    const QString current = currentIndex().data(SidebarModel::KeyRole).toString();
    const bool currentIsTag =
        currentIndex().data(SidebarModel::NodeTypeRole).toInt() == SidebarModel::TagNode;
    QSet<qint64> expanded;
    const QModelIndex group = m_model->groupIndex(SidebarModel::TagGroupNode);
    std::vector<QModelIndex> pending{group};
    while (!pending.empty()) {
        const QModelIndex parent = pending.back();
        pending.pop_back();
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex child = m_model->index(row, 0, parent);
            if (isExpanded(child))
                expanded.insert(child.data(SidebarModel::NodeIdRole).toLongLong());
            pending.push_back(child);
        }
    }
    m_model->setTags(tags);
    for (const Tag &tag : tags)
        if (expanded.contains(tag.id))
            expand(m_model->tagIndex(tag.path));
    if (currentIsTag && !currentIndex().isValid()) {
        // The tree was rebuilt: select the same tag again (by path) without re-filtering.
        const QModelIndex again = m_model->tagIndex(current);
        if (again.isValid()) {
            QSignalBlocker blocker(selectionModel());
            setCurrentIndex(again);
        }
    }
}

void SidebarView::onCurrentChanged(const QModelIndex &current)
{
    const QModelIndex index = current.siblingAtColumn(0);
    switch (index.data(SidebarModel::NodeTypeRole).toInt()) {
    case SidebarModel::AllItemsNode:
        Q_EMIT allItemsSelected();
        break;
    case SidebarModel::KindNode:
        Q_EMIT kindSelected(index.data(SidebarModel::KeyRole).toString());
        break;
    case SidebarModel::TagNode: {
        QVector<qint64> ids;
        const QVariantList subtree = index.data(SidebarModel::SubtreeIdsRole).toList();
        for (const QVariant &id : subtree)
            ids << id.toLongLong();
        Q_EMIT tagSelected(index.data(SidebarModel::KeyRole).toString(), ids);
        break;
    }
    case SidebarModel::SavedSearchNode:
        Q_EMIT savedSearchSelected(index.data(Qt::DisplayRole).toString(),
                                   index.data(SidebarModel::KeyRole).toString());
        break;
    case SidebarModel::DossierNode:
        Q_EMIT dossierActivated(index.data(SidebarModel::NodeIdRole).toLongLong());
        break;
    default:
        break;
    }
}

void SidebarView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = indexAt(position).siblingAtColumn(0);
    const int type = index.data(SidebarModel::NodeTypeRole).toInt();
    const QString key = index.data(SidebarModel::KeyRole).toString();
    if (!m_editor->library() || !index.isValid())
        return;
    QMenu menu(this);
    if (type == SidebarModel::TagGroupNode) {
        menu.addAction(tr("New Tag…"), this, [this] { newTag(QString()); });
    } else if (type == SidebarModel::TagNode) {
        menu.addAction(tr("New Sub-tag…"), this, [this, key] { newTag(key); });
        menu.addAction(tr("Rename"), this, [this, index] { edit(index); });
        menu.addAction(tr("Merge Into…"), this, [this, key] { mergeTag(key); });
        QMenu *colors = menu.addMenu(tr("Colour"));
        for (const TagPalette::Entry &entry : TagPalette::colors())
            colors->addAction(
                swatch(entry.color), entry.name, this,
                [this, key, color = entry.color] { m_editor->setTagColor(key, color); });
        colors->addSeparator();
        colors->addAction(tr("No Colour"), this,
                          [this, key] { m_editor->setTagColor(key, QString()); });
        if (key.contains(QLatin1Char('/')))
            menu.addAction(tr("Move to Top Level"), this,
                           [this, key] { m_editor->moveTag(key, QString()); });
        menu.addSeparator();
        menu.addAction(tr("Share…"), this, [this, key] { Q_EMIT tagShareRequested(key); });
        menu.addSeparator();
        menu.addAction(tr("Delete…"), this, [this, key] { deleteTag(key); });
    } else if (type == SidebarModel::DossierNode) {
        const qint64 id = index.data(SidebarModel::NodeIdRole).toLongLong();
        const QString name = index.data(Qt::DisplayRole).toString();
        menu.addAction(tr("Share…"), this,
                       [this, id, name] { Q_EMIT dossierShareRequested(id, name); });
    } else if (type == SidebarModel::SavedSearchNode) {
        const QString name = index.data(Qt::DisplayRole).toString();
        menu.addAction(tr("Delete Saved Search"), this, [this, name] { deleteSavedSearch(name); });
    } else {
        return;
    }
    menu.exec(viewport()->mapToGlobal(position));
}

void SidebarView::newTag(const QString &parentPath)
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New Tag"),
                              parentPath.isEmpty()
                                  ? tr("Name of the new tag:")
                                  : tr("Name of the new tag under %1:").arg(parentPath),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    m_editor->createTag(parentPath.isEmpty() ? name : parentPath + QLatin1Char('/') + name);
}

void SidebarView::mergeTag(const QString &path)
{
    QStringList targets;
    const QStringList paths = m_model->tagPaths();
    for (const QString &candidate : paths)
        if (candidate.compare(path, Qt::CaseInsensitive) != 0 &&
            !candidate.startsWith(path + QLatin1Char('/'), Qt::CaseInsensitive))
            targets << candidate;
    bool ok = false;
    const QString target = QInputDialog::getItem(
        this, tr("Merge Tag"), tr("Move the items and sub-tags of %1 onto:").arg(path), targets, 0,
        false, &ok);
    if (!ok || target.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Merge Tag"),
                              tr("Merge %1 into %2? This cannot be undone.").arg(path, target)) ==
        QMessageBox::Yes)
        m_editor->mergeTags(path, target);
}

void SidebarView::deleteTag(const QString &path)
{
    if (QMessageBox::question(this, tr("Delete Tag"),
                              tr("Delete the tag %1 and its sub-tags? The items stay in the "
                                 "library. This cannot be undone.")
                                  .arg(path)) == QMessageBox::Yes)
        m_editor->deleteTag(path);
}

void SidebarView::deleteSavedSearch(const QString &name)
{
    Library *library = m_editor->library();
    if (!library)
        return;
    const Status removed =
        writeNow(*library, [name](Library &writer) { return writer.savedSearches().remove(name); });
    if (!removed.ok())
        m_editor->reportFailure(removed.error().message);
    Q_EMIT savedSearchesChanged();
}

} // namespace amanat::ui
