#include "InterfaceLanguage.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>
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

/** A family for an interface in the Arabic script whose own glyphs draw all of @p letters,
 *  or empty when the interface font's own family already does. The usual interface fonts
 *  (Noto Sans, DejaVu Sans) leave Arabic to a fallback font, and Qt then measures wrapped
 *  labels with one font's advances and draws them with another's: the ends of Arabic and
 *  Uyghur lines fell outside their labels. */
QString arabicScriptFontFamily(const QString &letters)
{
    auto drawsAll = [&letters](const QString &family) {
        if (!QFontDatabase::writingSystems(family).contains(QFontDatabase::Arabic))
            return false;
        QFont font = QApplication::font();
        font.setFamilies({family});
        const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::Arabic);
        if (!raw.isValid() || raw.familyName() != family)
            return false;
        for (const QChar c : letters)
            if (!raw.supportsCharacter(c))
                return false;
        return true;
    };
    if (drawsAll(QFontInfo(QApplication::font()).family()))
        return {};
    // UI variants and DejaVu Sans first: their lines are as tall as Latin ones, where Noto
    // Sans Arabic's tall lines left the dossier editor's tree two rows high.
    for (const QString &family :
         {QStringLiteral("Noto Sans Arabic UI"), QStringLiteral("DejaVu Sans"),
          QStringLiteral("Noto Naskh Arabic UI"), QStringLiteral("Noto Sans Arabic"),
          QStringLiteral("Noto Naskh Arabic"), QStringLiteral("UKIJ Tuz")}) {
        if (QFontDatabase::hasFamily(family) && drawsAll(family))
            return family;
    }
    return {};
}

} // namespace

bool InterfaceLanguage::apply(const QLocale &locale, QTranslator &translator)
{
    QLocale::setDefault(locale);
    QApplication::setLayoutDirection(locale.textDirection());
    if (locale.script() == QLocale::ArabicScript) {
        // Uyghur's own vowels (ۆ ۇ ۈ ې ى) are missing from many Arabic fonts.
        const QString family = arabicScriptFontFamily(locale.language() == QLocale::Uyghur
                                                          ? QStringLiteral("ۆۇۈېىئا")
                                                          : QStringLiteral("ابتجدرسعفقكلمنهوي"));
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
