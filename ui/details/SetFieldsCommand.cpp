#include "SetFieldsCommand.h"

#include "main/LibraryEditor.h"

#include <QCoreApplication>
#include <QStringList>

namespace amanat::ui {

SetFieldsCommand::SetFieldsCommand(LibraryEditor *editor, qint64 itemId,
                                   QMap<QString, QString> before, QMap<QString, QString> after)
    : m_editor(editor), m_itemId(itemId), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("amanat::ui::SetFieldsCommand", "Edit %1")
                .arg(QStringList(m_after.keys()).join(QStringLiteral(", "))));
}

void SetFieldsCommand::redo()
{
    const Status status = m_editor->applyFields(m_itemId, m_after);
    if (!status.ok()) {
        m_editor->reportFailure(status.error().message);
        setObsolete(true);
    }
}

void SetFieldsCommand::undo()
{
    const Status status = m_editor->applyFields(m_itemId, m_before);
    if (!status.ok()) {
        m_editor->reportFailure(status.error().message);
        setObsolete(true);
    }
}

} // namespace amanat::ui
