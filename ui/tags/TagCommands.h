#pragma once

#include <QString>
#include <QUndoCommand>
#include <QVector>

namespace amanat::ui {

class LibraryEditor;

/** Tags or untags items; undo does the opposite for the items that really changed. */
class TagItemsCommand : public QUndoCommand
{
public:
    TagItemsCommand(LibraryEditor *editor, QVector<qint64> itemIds, QString path, bool add);
    void redo() override;
    void undo() override;

private:
    LibraryEditor *m_editor;
    QVector<qint64> m_itemIds;
    QVector<qint64> m_changed;
    QString m_path;
    bool m_add;
};

class RenameTagCommand : public QUndoCommand
{
public:
    RenameTagCommand(LibraryEditor *editor, QString path, QString newName);
    void redo() override;
    void undo() override;

private:
    LibraryEditor *m_editor;
    QString m_path;
    QString m_newName;
};

class MoveTagCommand : public QUndoCommand
{
public:
    MoveTagCommand(LibraryEditor *editor, QString path, QString newParent);
    void redo() override;
    void undo() override;

private:
    LibraryEditor *m_editor;
    QString m_path;
    QString m_newParent;
};

class TagColorCommand : public QUndoCommand
{
public:
    TagColorCommand(LibraryEditor *editor, QString path, QString oldColor, QString newColor);
    void redo() override;
    void undo() override;

private:
    LibraryEditor *m_editor;
    QString m_path;
    QString m_oldColor;
    QString m_newColor;
};

} // namespace amanat::ui
