#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace amanat::ui {

/** File dialogs that leave no trace of what the user picked.
 *
 *  Native dialogs may add the choice to the desktop's recent files, and Qt's own dialog
 *  remembers the last folder and its history in QtProject.conf. Every dialog here is Qt's
 *  own, and its remembered state is erased when it closes, so no path reaches disk. */
namespace PrivateFileDialog {

QString existingDirectory(QWidget *parent, const QString &caption, const QString &startIn = {});
/** Existing files to open. */
QStringList openFiles(QWidget *parent, const QString &caption, const QString &nameFilter = {});
QString saveFile(QWidget *parent, const QString &caption, const QString &suggestedName,
                 const QString &nameFilter = {});

/** Erases what Qt's file dialog stores in QtProject.conf (last folder, history). */
void forgetHistory();

} // namespace PrivateFileDialog
} // namespace amanat::ui
