#pragma once

#include <QUndoCommand>
#include <QVector>

namespace amanat::ui {

class LibraryEditor;

/** Deletes items; undo brings them back. The core hides deleted items at once and erases
 *  them when the library is locked (see ItemRepository::markDeleted()), which is also when
 *  the undo stack is cleared: Undo never reaches an erased item. */
class DeleteItemsCommand : public QUndoCommand
{
public:
    DeleteItemsCommand(LibraryEditor *editor, QVector<qint64> itemIds);
    void redo() override;
    void undo() override;

private:
    LibraryEditor *m_editor;
    QVector<qint64> m_itemIds;
};

} // namespace amanat::ui
