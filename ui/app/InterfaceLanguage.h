#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QTranslator;

namespace amanat::ui {

/** The languages the interface ships in, and putting one in place when the app starts: its
 *  translation, its locale for dates, numbers and sizes, its direction, and for Uyghur a font
 *  that has every Uyghur letter. */
class InterfaceLanguage
{
public:
    /** The shipped languages' codes, as the translations are named ("ar", "zh_CN", …). */
    static QStringList codes();
    /** A language's name in that language ("العربية", "中文（简体）"), for a chooser. */
    static QString nativeName(const QString &code);
    /** The language to use: @p chosen when it is shipped, else the system's. */
    static QLocale localeFor(const QString &chosen);

    /** Loads @p locale's translation into @p translator and installs it, makes @p locale the
     *  default (so QLocale() formats in it) and sets the direction and, where needed, the
     *  font. False when there is no translation (English is the source). */
    static bool apply(const QLocale &locale, QTranslator &translator);
};

} // namespace amanat::ui
