#include "TagCommands.h"

#include "main/LibraryEditor.h"

#include <QCoreApplication>

namespace amanat::ui {

namespace {

/** Reports a failed apply and takes the command off the stack. */
void fail(QUndoCommand *command, LibraryEditor *editor, const Status &status)
{
    editor->reportFailure(status.error().message);
    command->setObsolete(true);
}

} // namespace

TagItemsCommand::TagItemsCommand(LibraryEditor *editor, QVector<qint64> itemIds, QString path,
                                 bool add)
    : m_editor(editor), m_itemIds(std::move(itemIds)), m_path(std::move(path)), m_add(add)
{
    setText(
        add ? QCoreApplication::translate("amanat::ui::TagCommands", "Tag with %1").arg(m_path)
            : QCoreApplication::translate("amanat::ui::TagCommands", "Remove tag %1").arg(m_path));
}

void TagItemsCommand::redo()
{
    const Status status = m_editor->applyTagging(m_itemIds, m_path, m_add, &m_changed);
    if (!status.ok())
        fail(this, m_editor, status);
}

void TagItemsCommand::undo()
{
    const Status status = m_editor->applyTagging(m_changed, m_path, !m_add, nullptr);
    if (!status.ok())
        fail(this, m_editor, status);
}

RenameTagCommand::RenameTagCommand(LibraryEditor *editor, QString path, QString newName)
    : m_editor(editor), m_path(std::move(path)), m_newName(std::move(newName))
{
    setText(QCoreApplication::translate("amanat::ui::TagCommands", "Rename tag %1").arg(m_path));
}

void RenameTagCommand::redo()
{
    const Status status = m_editor->applyRename(m_path, m_newName);
    if (!status.ok())
        fail(this, m_editor, status);
}

void RenameTagCommand::undo()
{
    const QString oldName = m_path.mid(m_path.lastIndexOf(QLatin1Char('/')) + 1);
    const Status status = m_editor->applyRename(renamedTagPath(m_path, m_newName), oldName);
    if (!status.ok())
        fail(this, m_editor, status);
}

MoveTagCommand::MoveTagCommand(LibraryEditor *editor, QString path, QString newParent)
    : m_editor(editor), m_path(std::move(path)), m_newParent(std::move(newParent))
{
    setText(QCoreApplication::translate("amanat::ui::TagCommands", "Move tag %1").arg(m_path));
}

void MoveTagCommand::redo()
{
    const Status status = m_editor->applyMove(m_path, m_newParent);
    if (!status.ok())
        fail(this, m_editor, status);
}

void MoveTagCommand::undo()
{
    const Status status =
        m_editor->applyMove(movedTagPath(m_path, m_newParent), parentTagPath(m_path));
    if (!status.ok())
        fail(this, m_editor, status);
}

TagColorCommand::TagColorCommand(LibraryEditor *editor, QString path, QString oldColor,
                                 QString newColor)
    : m_editor(editor), m_path(std::move(path)), m_oldColor(std::move(oldColor)),
      m_newColor(std::move(newColor))
{
    setText(QCoreApplication::translate("amanat::ui::TagCommands", "Colour of tag %1").arg(m_path));
}

void TagColorCommand::redo()
{
    const Status status = m_editor->applyColor(m_path, m_newColor);
    if (!status.ok())
        fail(this, m_editor, status);
}

void TagColorCommand::undo()
{
    const Status status = m_editor->applyColor(m_path, m_oldColor);
    if (!status.ok())
        fail(this, m_editor, status);
}

} // namespace amanat::ui
