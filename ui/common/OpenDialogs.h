#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

namespace amanat::ui {

/** The dialogs a feature has open over the window, so that they can all be closed when the
 *  library locks: no file name, sender or count stays on the lock screen. Each is deleted
 *  when it closes. */
class OpenDialogs
{
public:
    /** Shows @p dialog with @p modality and keeps track of it. */
    void show(QWidget *dialog, Qt::WindowModality modality = Qt::WindowModal)
    {
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(modality);
        m_dialogs.removeAll(nullptr);
        m_dialogs << dialog;
        dialog->show();
    }
    /** Closes (and so deletes) every dialog still open. */
    void closeAll()
    {
        for (const QPointer<QWidget> &dialog : std::exchange(m_dialogs, {}))
            if (dialog)
                dialog->close();
    }

private:
    QList<QPointer<QWidget>> m_dialogs;
};

} // namespace amanat::ui
