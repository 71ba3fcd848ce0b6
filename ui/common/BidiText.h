#pragma once

#include <QGuiApplication>
#include <QString>

namespace amanat::ui {

/** A value that must read left to right whatever the surrounding text (a hash, an ISO time,
 *  a path): wrapped in a Unicode left-to-right isolate, so that in an Arabic or Uyghur
 *  sentence "2026-12-06T21:14:08Z" is not reordered into "06T21:14:08Z-12-2026". */
inline QString leftToRight(const QString &value)
{
    return QChar(0x2066) + value + QChar(0x2069);
}

/** A value of unknown direction (a file name, a title) kept apart from the sentence around
 *  it: a first-strong isolate, so its own script decides how it reads. */
inline QString isolated(const QString &value)
{
    return QChar(0x2068) + value + QChar(0x2069);
}

/** @p line as a paragraph of the interface's direction, whatever its first letter: in an
 *  Arabic interface "SHA-256: …" is aligned right like the lines around it. */
inline QString inInterfaceDirection(const QString &line)
{
    const QChar mark(QGuiApplication::layoutDirection() == Qt::RightToLeft ? 0x200F : 0x200E);
    return mark + line;
}

} // namespace amanat::ui
