#include "DeleteItemsCommand.h"

#include "main/LibraryEditor.h"

#include <QCoreApplication>

namespace amanat::ui {

DeleteItemsCommand::DeleteItemsCommand(LibraryEditor *editor, QVector<qint64> itemIds)
    : m_editor(editor), m_itemIds(std::move(itemIds))
{
    setText(QCoreApplication::translate("amanat::ui::DeleteItemsCommand", "Delete %n item(s)",
                                        nullptr, int(m_itemIds.size())));
}

void DeleteItemsCommand::redo()
{
    const Status status = m_editor->applyDeletion(m_itemIds, true);
    if (!status.ok()) {
        m_editor->reportFailure(status.error().message);
        setObsolete(true);
    }
}

void DeleteItemsCommand::undo()
{
    const Status status = m_editor->applyDeletion(m_itemIds, false);
    if (!status.ok()) {
        m_editor->reportFailure(status.error().message);
        setObsolete(true);
    }
}

} // namespace amanat::ui
