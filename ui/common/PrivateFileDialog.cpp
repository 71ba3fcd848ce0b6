#include "PrivateFileDialog.h"

#include <QFileDialog>
#include <QSettings>

namespace amanat::ui::PrivateFileDialog {

namespace {

QStringList run(QWidget *parent, const QString &caption, const QString &startIn,
                QFileDialog::FileMode mode, QFileDialog::AcceptMode accept,
                const QString &nameFilter, const QString &suggestedName = {})
{
    QStringList selected;
    {
        QFileDialog dialog(parent, caption, startIn);
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setFileMode(mode);
        dialog.setAcceptMode(accept);
        if (mode == QFileDialog::Directory)
            dialog.setOption(QFileDialog::ShowDirsOnly);
        if (!nameFilter.isEmpty())
            dialog.setNameFilter(nameFilter);
        if (!suggestedName.isEmpty())
            dialog.selectFile(suggestedName);
        // Paths read left to right in every language: in a right-to-left window "/tmp/a"
        // would otherwise show as "tmp/a/". Qt's dialog names its parts.
        for (const char *part : {"lookInCombo", "fileNameEdit"})
            if (auto *widget = dialog.findChild<QWidget *>(QLatin1String(part)))
                widget->setLayoutDirection(Qt::LeftToRight);
        if (dialog.exec() == QDialog::Accepted)
            selected = dialog.selectedFiles();
    } // the dialog writes its settings when destroyed; erase them after
    forgetHistory();
    return selected;
}

} // namespace

void forgetHistory()
{
    QSettings qtSettings(QSettings::UserScope, QStringLiteral("QtProject"));
    qtSettings.remove(QStringLiteral("FileDialog"));
    qtSettings.sync();
}

QString existingDirectory(QWidget *parent, const QString &caption, const QString &startIn)
{
    return run(parent, caption, startIn, QFileDialog::Directory, QFileDialog::AcceptOpen, {})
        .value(0);
}

QStringList openFiles(QWidget *parent, const QString &caption, const QString &nameFilter)
{
    return run(parent, caption, {}, QFileDialog::ExistingFiles, QFileDialog::AcceptOpen,
               nameFilter);
}

QString saveFile(QWidget *parent, const QString &caption, const QString &suggestedName,
                 const QString &nameFilter)
{
    return run(parent, caption, {}, QFileDialog::AnyFile, QFileDialog::AcceptSave, nameFilter,
               suggestedName)
        .value(0);
}

} // namespace amanat::ui::PrivateFileDialog
