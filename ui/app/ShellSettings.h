#pragma once

#include <QString>
#include <QStringList>

namespace amanat::ui {

/** The desktop app's own preferences in QSettings: the auto-lock time, the theme, the
 *  interface language, and —
 *  only while the user allows it — the folders of recently opened libraries. Nothing of
 *  any archive's content is stored here. */
class ShellSettings
{
public:
    enum class Theme
    {
        System,
        Light,
        Dark
    };

    static constexpr int kDefaultAutoLockMinutes = 5;
    static constexpr int kMaxRecent = 8;

    /** Minutes of idle time before the library locks itself; 0: never. */
    static int autoLockMinutes();
    static void setAutoLockMinutes(int minutes);
    /** The idle time in milliseconds; AMANAT_AUTOLOCK_MS overrides it (for tests, demos). */
    static int autoLockMilliseconds();

    static Theme theme();
    static void setTheme(Theme theme);

    /** The interface language chosen in Settings ("ar", "zh_CN", …); empty: the system's.
     *  Read when the app starts. */
    static QString interfaceLanguage();
    static void setInterfaceLanguage(const QString &code);

    static bool rememberRecent();
    /** Switching it off erases the list at once. */
    static void setRememberRecent(bool remember);
    /** Most recent first; empty when remembering is off. */
    static QStringList recentLibraries();
    /** Puts @p path first (when remembering is on). */
    static void addRecentLibrary(const QString &path);
    static void removeRecentLibrary(const QString &path);
    static void clearRecentLibraries();
};

} // namespace amanat::ui
