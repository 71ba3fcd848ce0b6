#include "SidebarModel.h"

#include "items/ItemListModel.h"
#include "items/ItemMimeData.h"
#include "model/ItemFields.h"

#include <QFont>
#include <QHash>
#include <QIcon>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace amanat::ui {

struct SidebarModel::Node
{
    NodeType type;
    qint64 id = 0;
    QString key;
    QString name;
    QString color;
    qint64 count = -1;
    qint64 subtree = -1; ///< distinct items in a tag's subtree (-1: sum the children)
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }
    int row() const
    {
        if (!parent)
            return 0;
        for (std::size_t i = 0; i < parent->children.size(); ++i)
            if (parent->children[i].get() == this)
                return int(i);
        return 0;
    }
};

namespace {

constexpr int kColumns = 2; // name, count

std::unique_ptr<SidebarModel::Node> makeNode(SidebarModel::NodeType type, QString name,
                                             QString key = {}, qint64 id = 0)
{
    auto node = std::make_unique<SidebarModel::Node>();
    node->type = type;
    node->name = std::move(name);
    node->key = std::move(key);
    node->id = id;
    return node;
}

QIcon colorDot(const QString &color)
{
    static QHash<QString, QIcon> cache;
    const auto found = cache.constFind(color);
    if (found != cache.constEnd())
        return *found;
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(color));
    painter.drawEllipse(QRectF(8, 8, 16, 16));
    painter.end();
    const QIcon icon(pixmap);
    cache.insert(color, icon);
    return icon;
}

bool isInSubtree(const QString &path, const QString &root)
{
    return path.compare(root, Qt::CaseInsensitive) == 0 ||
           path.startsWith(root + QLatin1Char('/'), Qt::CaseInsensitive);
}

QString parentPath(const QString &path)
{
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

void collectIds(const SidebarModel::Node *node, QVariantList &ids)
{
    ids << node->id;
    for (const auto &child : node->children)
        collectIds(child.get(), ids);
}

qint64 subtreeCount(const SidebarModel::Node *node)
{
    if (node->subtree >= 0)
        return node->subtree; // distinct items, counted by the core
    qint64 total = qMax<qint64>(node->count, 0);
    for (const auto &child : node->children)
        total += subtreeCount(child.get());
    return total;
}

void collectPaths(const SidebarModel::Node *node, QStringList &paths)
{
    for (const auto &child : node->children) {
        paths << child->key;
        collectPaths(child.get(), paths);
    }
}

/** True when @p a and @p b hold the same tag ids in the same places. */
bool sameShape(const SidebarModel::Node *a, const SidebarModel::Node *b)
{
    if (a->id != b->id || a->children.size() != b->children.size())
        return false;
    for (std::size_t i = 0; i < a->children.size(); ++i)
        if (!sameShape(a->children[i].get(), b->children[i].get()))
            return false;
    return true;
}

} // namespace

SidebarModel::SidebarModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_root = makeNode(AllItemsNode, QString());
    m_root->add(makeNode(AllItemsNode, tr("All items")));
    Node *kinds = m_root->add(makeNode(KindGroupNode, tr("Kinds")));
    for (const QString &kind : itemKinds())
        kinds->add(makeNode(KindNode, ItemListModel::kindLabel(kind), kind));
    m_root->add(makeNode(TagGroupNode, tr("Tags")));
    m_root->add(makeNode(SavedGroupNode, tr("Saved searches")));
    m_root->add(makeNode(DossierGroupNode, tr("Dossiers")));
}

SidebarModel::~SidebarModel() = default;

SidebarModel::Node *SidebarModel::group(NodeType type) const
{
    for (const auto &child : m_root->children)
        if (child->type == type)
            return child.get();
    return nullptr;
}

SidebarModel::Node *SidebarModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex SidebarModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

void SidebarModel::setKindCounts(const QHash<QString, qint64> &counts)
{
    qint64 total = 0;
    Node *kinds = group(KindGroupNode);
    for (const auto &kind : kinds->children) {
        const qint64 count = counts.value(kind->key);
        total += count;
        if (kind->count != count) {
            kind->count = count;
            const QModelIndex at = indexOf(kind.get());
            Q_EMIT dataChanged(at, at.siblingAtColumn(1));
        }
    }
    Node *all = m_root->children.front().get();
    if (all->count != total) {
        all->count = total;
        const QModelIndex at = indexOf(all);
        Q_EMIT dataChanged(at, at.siblingAtColumn(1));
    }
}

void SidebarModel::setTags(const QVector<Tag> &unsortedTags)
{
    // Build the new tree aside; sorted by path, parents come before their children.
    QVector<Tag> tags = unsortedTags;
    std::sort(tags.begin(), tags.end(), [](const Tag &a, const Tag &b) {
        return a.path.compare(b.path, Qt::CaseInsensitive) < 0;
    });
    auto fresh = makeNode(TagGroupNode, QString());
    QHash<qint64, Node *> byId;
    for (const Tag &tag : tags) {
        Node *parent = tag.parentId != 0 ? byId.value(tag.parentId, fresh.get()) : fresh.get();
        auto node = makeNode(TagNode, tag.name, tag.path, tag.id);
        node->color = tag.color;
        node->count = tag.itemCount;
        node->subtree = tag.subtreeItemCount;
        byId.insert(tag.id, parent->add(std::move(node)));
    }
    Node *current = group(TagGroupNode);
    fresh->id = current->id;
    if (!sameShape(current, fresh.get())) {
        replaceChildren(current, std::move(fresh->children));
        return;
    }
    // Same tags in the same places: update names, colours and counts in place.
    std::vector<std::pair<Node *, Node *>> pending{{current, fresh.get()}};
    while (!pending.empty()) {
        auto [old, now] = pending.back();
        pending.pop_back();
        for (std::size_t i = 0; i < old->children.size(); ++i) {
            Node *a = old->children[i].get();
            const Node *b = now->children[i].get();
            if (a->name != b->name || a->key != b->key || a->color != b->color ||
                a->count != b->count || a->subtree != b->subtree) {
                a->name = b->name;
                a->key = b->key;
                a->color = b->color;
                a->count = b->count;
                a->subtree = b->subtree;
                for (const Node *up = a; up && up->type == TagNode; up = up->parent) {
                    const QModelIndex at = indexOf(up);
                    Q_EMIT dataChanged(at, at.siblingAtColumn(1));
                }
            }
            pending.push_back({a, now->children[i].get()});
        }
    }
}

void SidebarModel::setSavedSearches(const QVector<SavedSearch> &searches)
{
    std::vector<std::unique_ptr<Node>> children;
    for (const SavedSearch &search : searches)
        children.push_back(makeNode(SavedSearchNode, search.name, search.query, search.id));
    replaceChildren(group(SavedGroupNode), std::move(children));
}

void SidebarModel::setDossiers(const QVector<SidebarDossier> &dossiers)
{
    std::vector<std::unique_ptr<Node>> children;
    for (const SidebarDossier &dossier : dossiers)
        children.push_back(makeNode(DossierNode, dossier.name, QString(), dossier.id));
    replaceChildren(group(DossierGroupNode), std::move(children));
}

void SidebarModel::clear()
{
    setKindCounts({});
    setTags({});
    setSavedSearches({});
    setDossiers({});
}

void SidebarModel::replaceChildren(Node *parent, std::vector<std::unique_ptr<Node>> children)
{
    const QModelIndex at = indexOf(parent);
    if (!parent->children.empty()) {
        beginRemoveRows(at, 0, int(parent->children.size()) - 1);
        parent->children.clear();
        endRemoveRows();
    }
    if (children.empty())
        return;
    beginInsertRows(at, 0, int(children.size()) - 1);
    for (auto &child : children)
        parent->add(std::move(child));
    endInsertRows();
}

QModelIndex SidebarModel::allItemsIndex() const
{
    return indexOf(m_root->children.front().get());
}

QModelIndex SidebarModel::groupIndex(NodeType groupType) const
{
    return indexOf(group(groupType));
}

QModelIndex SidebarModel::kindIndex(const QString &kind) const
{
    for (const auto &node : group(KindGroupNode)->children)
        if (node->key == kind)
            return indexOf(node.get());
    return {};
}

QModelIndex SidebarModel::tagIndex(const QString &path) const
{
    std::vector<const Node *> pending{group(TagGroupNode)};
    while (!pending.empty()) {
        const Node *node = pending.back();
        pending.pop_back();
        for (const auto &child : node->children) {
            if (child->key.compare(path, Qt::CaseInsensitive) == 0)
                return indexOf(child.get());
            if (isInSubtree(path, child->key))
                pending.push_back(child.get());
        }
    }
    return {};
}

QModelIndex SidebarModel::savedSearchIndex(const QString &name) const
{
    for (const auto &node : group(SavedGroupNode)->children)
        if (node->name.compare(name, Qt::CaseInsensitive) == 0)
            return indexOf(node.get());
    return {};
}

QStringList SidebarModel::tagPaths() const
{
    QStringList paths;
    collectPaths(group(TagGroupNode), paths);
    return paths;
}

QString SidebarModel::tagMimeType()
{
    return QStringLiteral("application/x-amanat-tag-path");
}

QModelIndex SidebarModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *node = nodeOf(parent);
    return createIndex(row, column, node->children[std::size_t(row)].get());
}

QModelIndex SidebarModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int SidebarModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int SidebarModel::columnCount(const QModelIndex &) const
{
    return kColumns;
}

QVariant SidebarModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    const bool isGroup = node->type == KindGroupNode || node->type == TagGroupNode ||
                         node->type == SavedGroupNode || node->type == DossierGroupNode;
    if (index.column() == 1) {
        // A tag shows the items tagged in its whole subtree (CountRole: exactly this tag).
        if (role == Qt::DisplayRole && node->count >= 0 && !isGroup)
            return QString::number(node->type == TagNode ? subtreeCount(node) : node->count);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        if (role == Qt::ForegroundRole)
            return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? node->name : QVariant();
    case Qt::EditRole:
        return node->name;
    case Qt::ToolTipRole:
        return node->type == TagNode || node->type == SavedSearchNode ? node->key : node->name;
    case Qt::DecorationRole:
        if (index.column() == 0 && node->type == TagNode && QColor::isValidColorName(node->color))
            return colorDot(node->color);
        return {};
    case Qt::FontRole:
        if (isGroup || node->type == AllItemsNode) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case NodeTypeRole:
        return int(node->type);
    case NodeIdRole:
        return node->id;
    case KeyRole:
        return node->key;
    case CountRole:
        return node->count;
    case ColorRole:
        return node->color;
    case SubtreeIdsRole:
        if (node->type == TagNode) {
            QVariantList ids;
            collectIds(node, ids);
            return ids;
        }
        return {};
    default:
        return {};
    }
}

bool SidebarModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != 0)
        return false;
    const Node *node = nodeOf(index);
    const QString name = value.toString().trimmed();
    if (node->type != TagNode || name.isEmpty() || name == node->name)
        return false;
    // The rename is applied by the caller; the refreshed tags then arrive through setTags().
    Q_EMIT tagRenameRequested(node->key, name);
    return true;
}

Qt::ItemFlags SidebarModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Node *node = nodeOf(index);
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node->type == TagNode) {
        flags |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
        if (index.column() == 0)
            flags |= Qt::ItemIsEditable;
    } else if (node->type == TagGroupNode) {
        flags |= Qt::ItemIsDropEnabled;
    }
    return flags;
}

QStringList SidebarModel::mimeTypes() const
{
    return {ItemMimeData::mimeType(), tagMimeType()};
}

QMimeData *SidebarModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        const Node *node = nodeOf(index);
        if (index.isValid() && node->type == TagNode) {
            auto *data = new QMimeData;
            data->setData(tagMimeType(), node->key.toUtf8());
            return data;
        }
    }
    return nullptr;
}

QString SidebarModel::dropTargetPath(const QModelIndex &parent) const
{
    return nodeOf(parent.siblingAtColumn(0))->key;
}

bool SidebarModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                   int column, const QModelIndex &parent) const
{
    Q_UNUSED(column);
    if (!data || !parent.isValid() || (action != Qt::CopyAction && action != Qt::MoveAction))
        return false;
    const Node *target = nodeOf(parent.siblingAtColumn(0));
    if (data->hasFormat(ItemMimeData::mimeType()))
        return row < 0 && target->type == TagNode && !ItemMimeData::ids(data).isEmpty();
    if (data->hasFormat(tagMimeType())) {
        const QString path = QString::fromUtf8(data->data(tagMimeType()));
        if (target->type == TagGroupNode)
            return path.contains(QLatin1Char('/'));
        return target->type == TagNode && !isInSubtree(target->key, path) &&
               parentPath(path).compare(target->key, Qt::CaseInsensitive) != 0;
    }
    return false;
}

bool SidebarModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString target = dropTargetPath(parent);
    if (data->hasFormat(ItemMimeData::mimeType())) {
        Q_EMIT itemsDroppedOnTag(ItemMimeData::ids(data), target);
        return true;
    }
    Q_EMIT tagMoveRequested(QString::fromUtf8(data->data(tagMimeType())), target);
    // Not a model-side move: the tree is rebuilt from the library when the move is done, so
    // the view must not remove the dragged row itself.
    return false;
}

Qt::DropActions SidebarModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

Qt::DropActions SidebarModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace amanat::ui
