#pragma once

#include <QIcon>
#include <QString>
#include <QToolButton>

namespace amanat::ui {

/** An icon of the desktop theme when it has one, else the bundled SVG
 *  (resources/icons/viewers/<file>.svg), so the viewers look right outside a full desktop. */
inline QIcon viewerIcon(const char *themeName, const char *file)
{
    return QIcon::fromTheme(QString::fromLatin1(themeName),
                            QIcon(QStringLiteral(":/icons/viewers/") + QString::fromLatin1(file) +
                                  QStringLiteral(".svg")));
}

/** A flat tool button of the viewers' tool bars. */
inline QToolButton *viewerToolButton(QWidget *parent, const char *objectName, const QIcon &icon,
                                     const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setIcon(icon);
    button->setToolTip(tip);
    button->setAccessibleName(tip); // an icon alone says nothing to a screen reader
    button->setAutoRaise(true);
    return button;
}

} // namespace amanat::ui
