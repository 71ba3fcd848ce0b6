#pragma once

#include <QIcon>
#include <QString>

namespace amanat::ui {

/** An icon of the desktop theme when it has one, else the bundled SVG
 *  (resources/icons/viewers/<file>.svg), so the viewers look right outside a full desktop. */
inline QIcon viewerIcon(const char *themeName, const char *file)
{
    return QIcon::fromTheme(QString::fromLatin1(themeName),
                            QIcon(QStringLiteral(":/icons/viewers/") + QString::fromLatin1(file) +
                                  QStringLiteral(".svg")));
}

} // namespace amanat::ui
