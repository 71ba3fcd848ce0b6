#include "LanguageNames.h"

#include <QHash>
#include <QLocale>

namespace amanat {

namespace {

/** The languages of the material Amanat is made for, and their neighbours. */
const QHash<QLocale::Language, const char *> &names()
{
    static const QHash<QLocale::Language, const char *> table{
        {QLocale::English, QT_TRANSLATE_NOOP("LanguageNames", "English")},
        {QLocale::Arabic, QT_TRANSLATE_NOOP("LanguageNames", "Arabic")},
        {QLocale::Uyghur, QT_TRANSLATE_NOOP("LanguageNames", "Uyghur")},
        {QLocale::Chinese, QT_TRANSLATE_NOOP("LanguageNames", "Chinese")},
        {QLocale::Russian, QT_TRANSLATE_NOOP("LanguageNames", "Russian")},
        {QLocale::French, QT_TRANSLATE_NOOP("LanguageNames", "French")},
        {QLocale::Spanish, QT_TRANSLATE_NOOP("LanguageNames", "Spanish")},
        {QLocale::German, QT_TRANSLATE_NOOP("LanguageNames", "German")},
        {QLocale::Italian, QT_TRANSLATE_NOOP("LanguageNames", "Italian")},
        {QLocale::Portuguese, QT_TRANSLATE_NOOP("LanguageNames", "Portuguese")},
        {QLocale::Turkish, QT_TRANSLATE_NOOP("LanguageNames", "Turkish")},
        {QLocale::Kazakh, QT_TRANSLATE_NOOP("LanguageNames", "Kazakh")},
        {QLocale::Kyrgyz, QT_TRANSLATE_NOOP("LanguageNames", "Kyrgyz")},
        {QLocale::Uzbek, QT_TRANSLATE_NOOP("LanguageNames", "Uzbek")},
        {QLocale::Persian, QT_TRANSLATE_NOOP("LanguageNames", "Persian")},
        {QLocale::Pashto, QT_TRANSLATE_NOOP("LanguageNames", "Pashto")},
        {QLocale::Urdu, QT_TRANSLATE_NOOP("LanguageNames", "Urdu")},
        {QLocale::Tibetan, QT_TRANSLATE_NOOP("LanguageNames", "Tibetan")},
        {QLocale::Mongolian, QT_TRANSLATE_NOOP("LanguageNames", "Mongolian")},
        {QLocale::Kurdish, QT_TRANSLATE_NOOP("LanguageNames", "Kurdish")},
        {QLocale::Hebrew, QT_TRANSLATE_NOOP("LanguageNames", "Hebrew")},
        {QLocale::Ukrainian, QT_TRANSLATE_NOOP("LanguageNames", "Ukrainian")},
        {QLocale::Burmese, QT_TRANSLATE_NOOP("LanguageNames", "Burmese")},
        {QLocale::Tigrinya, QT_TRANSLATE_NOOP("LanguageNames", "Tigrinya")},
        {QLocale::Amharic, QT_TRANSLATE_NOOP("LanguageNames", "Amharic")},
        {QLocale::Somali, QT_TRANSLATE_NOOP("LanguageNames", "Somali")},
    };
    return table;
}

} // namespace

QString LanguageNames::of(const QString &code)
{
    if (code == QLatin1String("chi_sim"))
        return tr("Chinese (Simplified)");
    if (code == QLatin1String("chi_tra"))
        return tr("Chinese (Traditional)");
    // "ug-CN", "zh_CN", "uzb_cyrl": the language is the part before the region or script.
    const QString base = code.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
    const QLocale::Language language =
        base.isEmpty() ? QLocale::AnyLanguage : QLocale::codeToLanguage(base.toLower());
    if (language == QLocale::AnyLanguage || language == QLocale::C)
        return code;
    if (const char *name = names().value(language))
        return QCoreApplication::translate("LanguageNames", name);
    return QLocale::languageToString(language);
}

QString LanguageNames::inSentence(const QString &code)
{
    QString name = of(code);
    const QLocale::Language uiLanguage = QLocale().language();
    if (!name.isEmpty() && name != code &&
        (uiLanguage == QLocale::French || uiLanguage == QLocale::Spanish))
        name[0] = name.at(0).toLower();
    return name;
}

} // namespace amanat
