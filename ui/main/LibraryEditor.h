#pragma once

#include "common/Result.h"

#include <QMap>
#include <QObject>
#include <QString>
#include <QVector>

class QUndoCommand;
class QUndoStack;

namespace amanat {
class Library;
}

namespace amanat::ui {

/** Every edit the browsing views make to an open library, in one place: metadata and tag
 *  edits go through the undo stack as commands, and each command (and each undo) applies
 *  through the core, so the custody log records the change and its undo. The views learn
 *  of changes through itemsChanged()/tagsChanged() and of failures through failed().
 *  Merging and deleting tags cannot be undone (they lose which items had which tag). */
class LibraryEditor : public QObject
{
    Q_OBJECT

public:
    explicit LibraryEditor(QObject *parent = nullptr);

    /** Edits @p library (not owned); nullptr forgets it and clears the undo stack. */
    void setLibrary(Library *library);
    Library *library() const { return m_library; }
    QUndoStack *undoStack() const { return m_stack; }

    // Undoable edits: each pushes a command; false (and failed()) when it could not apply.
    bool setFields(qint64 itemId, const QMap<QString, QString> &values);
    bool tagItems(const QVector<qint64> &itemIds, const QString &path);
    bool untagItems(const QVector<qint64> &itemIds, const QString &path);
    bool renameTag(const QString &path, const QString &newName);
    bool moveTag(const QString &path, const QString &newParent);
    bool setTagColor(const QString &path, const QString &color);
    /** Deletes @p itemIds; undoable until the library is locked, when they are erased. */
    bool deleteItems(const QVector<qint64> &itemIds);

    // Not undoable.
    bool createTag(const QString &path);
    bool mergeTags(const QString &source, const QString &target);
    bool deleteTag(const QString &path);

    // What the commands call; each emits the change signals on success.
    Status applyFields(qint64 itemId, const QMap<QString, QString> &values);
    /** Tags (@p add) or untags @p itemIds in one transaction; @p changed receives the ids whose
     *  tags really changed. */
    Status applyTagging(const QVector<qint64> &itemIds, const QString &path, bool add,
                        QVector<qint64> *changed);
    Status applyRename(const QString &path, const QString &newName);
    Status applyMove(const QString &path, const QString &newParent);
    Status applyColor(const QString &path, const QString &color);
    /** Hides (@p deleted) or restores @p itemIds in one transaction. */
    Status applyDeletion(const QVector<qint64> &itemIds, bool deleted);
    /** The current colour of a tag, or empty. */
    QString tagColor(const QString &path) const;

    /** Reports a failed edit (from a command's undo or redo). */
    void reportFailure(const QString &message);

Q_SIGNALS:
    void itemsChanged(const QVector<qint64> &itemIds);
    /** Items were deleted or brought back: lists, searches and counts must be read again. */
    void itemSetChanged();
    /** Tags were created, renamed, moved, recoloured, merged or deleted, or counts changed. */
    void tagsChanged();
    void failed(const QString &message);

private:
    bool push(QUndoCommand *command);
    bool check(const Status &status);

    Library *m_library = nullptr;
    QUndoStack *m_stack = nullptr;
};

/** The path of a tag after renaming its last level to @p newName. */
QString renamedTagPath(const QString &path, const QString &newName);
/** The path of a tag after moving it under @p newParent (empty: top level). */
QString movedTagPath(const QString &path, const QString &newParent);
/** The parent path of a tag path, empty for a top-level tag. */
QString parentTagPath(const QString &path);

} // namespace amanat::ui
