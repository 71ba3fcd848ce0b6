#pragma once

#include "repository/TagRepository.h"
#include "search/SavedSearches.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace amanat::ui {

/** A dossier as the sidebar lists it (filled by whoever provides dossiers). */
struct SidebarDossier
{
    qint64 id = 0;
    QString name;
};

/** The sidebar's one tree: All items; the kinds with counts; the tag tree with counts and
 *  colours; saved searches; dossiers. Counts and tags are updated in place (setKindCounts(),
 *  setTags()) so selection and expansion survive. Tags accept drops: item ids (to tag the
 *  items) and other tags (to move them); the model only reports the request through a
 *  signal, the caller applies it. Renaming a tag in place works the same way. */
class SidebarModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum NodeType
    {
        AllItemsNode,
        KindGroupNode,
        KindNode,
        TagGroupNode,
        TagNode,
        SavedGroupNode,
        SavedSearchNode,
        DossierGroupNode,
        DossierNode
    };
    enum Role
    {
        NodeTypeRole = Qt::UserRole + 1,
        NodeIdRole,    ///< tag, saved search or dossier id
        KeyRole,       ///< kind name, tag path or saved query
        CountRole,     ///< qint64, -1 when not counted
        ColorRole,     ///< tag colour "#RRGGBB" or empty
        SubtreeIdsRole ///< a tag's id and its descendants' ids (QVariantList)
    };

    struct Node; ///< internal: one entry of the tree

    explicit SidebarModel(QObject *parent = nullptr);
    ~SidebarModel() override;

    void setKindCounts(const QHash<QString, qint64> &counts);
    void setTags(const QVector<Tag> &tags);
    void setSavedSearches(const QVector<SavedSearch> &searches);
    void setDossiers(const QVector<SidebarDossier> &dossiers);
    /** Empties counts, tags, searches and dossiers (on lock). */
    void clear();

    QModelIndex allItemsIndex() const;
    QModelIndex groupIndex(NodeType groupType) const;
    QModelIndex kindIndex(const QString &kind) const;
    QModelIndex tagIndex(const QString &path) const;
    QModelIndex savedSearchIndex(const QString &name) const;
    QStringList tagPaths() const;

    /** The tag paths that must not be a drop target for @p path (itself and its subtree). */
    static QString tagMimeType();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

Q_SIGNALS:
    void itemsDroppedOnTag(const QVector<qint64> &itemIds, const QString &tagPath);
    /** @p newParent is empty for the top level. */
    void tagMoveRequested(const QString &tagPath, const QString &newParent);
    void tagRenameRequested(const QString &tagPath, const QString &newName);

private:
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    Node *group(NodeType type) const;
    void replaceChildren(Node *parent, std::vector<std::unique_ptr<Node>> children);
    static bool sameTagShape(const Node *group, const QVector<Tag> &tags);
    QString dropTargetPath(const QModelIndex &parent) const;

    std::unique_ptr<Node> m_root;
};

} // namespace amanat::ui
