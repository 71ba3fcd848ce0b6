#include "ShellSettings.h"

#include <QDir>
#include <QSettings>

namespace amanat::ui {

namespace {
const QString kAutoLock = QStringLiteral("lock/autoLockMinutes");
const QString kTheme = QStringLiteral("appearance/theme");
const QString kLanguage = QStringLiteral("appearance/language");
const QString kRemember = QStringLiteral("recent/remember");
const QString kRecent = QStringLiteral("recent/libraries");
} // namespace

int ShellSettings::autoLockMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(kAutoLock, kDefaultAutoLockMinutes).toInt(&ok);
    return ok && minutes >= 0 ? minutes : kDefaultAutoLockMinutes;
}

void ShellSettings::setAutoLockMinutes(int minutes)
{
    QSettings().setValue(kAutoLock, qMax(0, minutes));
}

int ShellSettings::autoLockMilliseconds()
{
    bool ok = false;
    const int override = qEnvironmentVariableIntValue("AMANAT_AUTOLOCK_MS", &ok);
    if (ok && override > 0)
        return override;
    return autoLockMinutes() * 60 * 1000;
}

ShellSettings::Theme ShellSettings::theme()
{
    const QString value = QSettings().value(kTheme).toString();
    if (value == QLatin1String("light"))
        return Theme::Light;
    if (value == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

QString ShellSettings::interfaceLanguage()
{
    return QSettings().value(kLanguage).toString();
}

void ShellSettings::setInterfaceLanguage(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(kLanguage);
    else
        QSettings().setValue(kLanguage, code);
}

void ShellSettings::setTheme(Theme theme)
{
    QString value = QStringLiteral("system");
    if (theme == Theme::Light)
        value = QStringLiteral("light");
    else if (theme == Theme::Dark)
        value = QStringLiteral("dark");
    QSettings().setValue(kTheme, value);
}

bool ShellSettings::rememberRecent()
{
    return QSettings().value(kRemember, true).toBool();
}

void ShellSettings::setRememberRecent(bool remember)
{
    QSettings settings;
    settings.setValue(kRemember, remember);
    if (!remember)
        settings.remove(kRecent);
    settings.sync();
}

QStringList ShellSettings::recentLibraries()
{
    if (!rememberRecent())
        return {};
    return QSettings().value(kRecent).toStringList();
}

void ShellSettings::addRecentLibrary(const QString &path)
{
    if (!rememberRecent() || path.isEmpty())
        return;
    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    QStringList list = recentLibraries();
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings settings;
    settings.setValue(kRecent, list);
    settings.sync();
}

void ShellSettings::removeRecentLibrary(const QString &path)
{
    QStringList list = recentLibraries();
    if (list.removeAll(QDir::cleanPath(path)) == 0)
        return;
    QSettings settings;
    if (list.isEmpty())
        settings.remove(kRecent);
    else
        settings.setValue(kRecent, list);
    settings.sync();
}

void ShellSettings::clearRecentLibraries()
{
    QSettings settings;
    settings.remove(kRecent);
    settings.sync();
}

} // namespace amanat::ui
