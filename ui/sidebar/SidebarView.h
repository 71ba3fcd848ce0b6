#pragma once

#include "SidebarModel.h"

#include <QTreeView>

#include <functional>

namespace amanat::ui {

class LibraryEditor;

/** The sidebar tree: selecting a node filters the item list (through the signals below);
 *  the context menu of the tag tree creates, renames, merges, recolours and deletes tags;
 *  tags are moved by dragging one onto another, items tagged by dropping them on a tag. */
class SidebarView : public QTreeView
{
    Q_OBJECT

public:
    using DossierProvider = std::function<QVector<SidebarDossier>()>;

    SidebarView(LibraryEditor *editor, QWidget *parent = nullptr);

    SidebarModel *sidebarModel() const { return m_model; }
    /** Dossiers are listed through @p provider, called on every refresh (the GUI thread). */
    void setDossierProvider(DossierProvider provider) { m_dossierProvider = std::move(provider); }
    void refreshDossiers();
    /** Sets the tags, keeping the expanded tags expanded. */
    void setTags(const QVector<Tag> &tags);

Q_SIGNALS:
    void allItemsSelected();
    void kindSelected(const QString &kind);
    void tagSelected(const QString &path, const QVector<qint64> &tagIds);
    void savedSearchSelected(const QString &name, const QString &query);
    void dossierActivated(qint64 dossierId);
    /** A saved search was deleted here. */
    void savedSearchesChanged();
    /** Share… on a tag (with its sub-tags) or a dossier. */
    void tagShareRequested(const QString &path);
    void dossierShareRequested(qint64 dossierId, const QString &name);

private:
    void onCurrentChanged(const QModelIndex &current);
    void showContextMenu(const QPoint &position);
    void newTag(const QString &parentPath);
    void mergeTag(const QString &path);
    void deleteTag(const QString &path);
    void deleteSavedSearch(const QString &name);

    LibraryEditor *m_editor;
    SidebarModel *m_model;
    DossierProvider m_dossierProvider;
};

} // namespace amanat::ui
