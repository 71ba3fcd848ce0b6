#pragma once

#include <QMap>
#include <QString>
#include <QUndoCommand>

namespace amanat::ui {

class LibraryEditor;

/** Sets metadata fields of one item; undo restores the values they had. */
class SetFieldsCommand : public QUndoCommand
{
public:
    SetFieldsCommand(LibraryEditor *editor, qint64 itemId, QMap<QString, QString> before,
                     QMap<QString, QString> after);
    void redo() override;
    void undo() override;

private:
    LibraryEditor *m_editor;
    qint64 m_itemId;
    QMap<QString, QString> m_before;
    QMap<QString, QString> m_after;
};

} // namespace amanat::ui
