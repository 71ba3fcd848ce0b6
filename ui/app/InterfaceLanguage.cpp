#include "InterfaceLanguage.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QRawFont>
#include <QLibraryInfo>
#include <QTranslator>

namespace amanat::ui {

QStringList InterfaceLanguage::codes()
{
    return {QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("zh_CN"),
            QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("ug")};
}

QString InterfaceLanguage::nativeName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("中文（简体）");
    if (code == QLatin1String("ug"))
        return QStringLiteral("ئۇيغۇرچە");
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty() && locale.language() != QLocale::Arabic)
        name[0] = name.at(0).toUpper(); // "français" → "Français"
    return name;
}

QLocale InterfaceLanguage::localeFor(const QString &chosen)
{
    if (codes().contains(chosen))
        return QLocale(chosen);
    return QLocale::system();
}

namespace {

/** A font family that draws Uyghur's own letters (ۆ, ۇ, ۈ, ې, ى), or empty when the
 *  interface font already does. */
QString uyghurFontFamily()
{
    const QString letters = QStringLiteral("ۆۇۈېى");
    auto drawsAll = [&letters](const QFont &font) {
        const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::Arabic);
        for (const QChar c : letters)
            if (!raw.supportsCharacter(c))
                return false;
        return true;
    };
    if (drawsAll(QApplication::font()))
        return {};
    for (const QString &family :
         {QStringLiteral("Noto Sans Arabic UI"), QStringLiteral("Noto Sans Arabic"),
          QStringLiteral("Noto Naskh Arabic UI"), QStringLiteral("Noto Naskh Arabic"),
          QStringLiteral("UKIJ Tuz"), QStringLiteral("DejaVu Sans")}) {
        if (!QFontDatabase::hasFamily(family))
            continue;
        QFont font = QApplication::font();
        font.setFamily(family);
        if (drawsAll(font))
            return family;
    }
    return {};
}

} // namespace

bool InterfaceLanguage::apply(const QLocale &locale, QTranslator &translator)
{
    QLocale::setDefault(locale);
    QApplication::setLayoutDirection(locale.textDirection());
    if (locale.language() == QLocale::Uyghur) {
        const QString family = uyghurFontFamily();
        if (!family.isEmpty()) {
            QFont font = QApplication::font();
            font.setFamilies({family, QApplication::font().family()});
            QApplication::setFont(font);
        }
    }
    // Qt's own words (OK, Cancel, the file dialog's labels) come from Qt's translations,
    // where Qt has the language (Debian: qt6-translations-l10n), else from ours (Uyghur:
    // translations/qtbase_ug.ts).
    static QTranslator qtWords;
    QApplication::removeTranslator(&qtWords);
    if (qtWords.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
        qtWords.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QStringLiteral(":/i18n")))
        QApplication::installTranslator(&qtWords);
    if (!translator.load(locale, QStringLiteral("amanat"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        return false;
    QApplication::installTranslator(&translator);
    return true;
}

} // namespace amanat::ui
