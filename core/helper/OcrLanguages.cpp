#include "OcrLanguages.h"

#include <QDir>

namespace amanat {

namespace {

/** Models that read Han must come first in a group, or Han comes out space-separated. */
int orderOf(const QString &language)
{
    if (language.startsWith(QLatin1String("chi_")) || language == QLatin1String("jpn") ||
        language == QLatin1String("kor"))
        return 0;
    if (language == QLatin1String("eng"))
        return 2;
    return 1;
}

} // namespace

bool OcrLanguages::isArabicScriptLanguage(const QString &language)
{
    static const QStringList arabic{QStringLiteral("uig"),    QStringLiteral("ara"),
                                    QStringLiteral("fas"),    QStringLiteral("urd"),
                                    QStringLiteral("pus"),    QStringLiteral("snd"),
                                    QStringLiteral("kur_ara")};
    return arabic.contains(language);
}

bool OcrLanguages::isArabicScriptGroup(const QString &group)
{
    const QStringList languages = group.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    for (const QString &language : languages)
        if (!isArabicScriptLanguage(language))
            return false;
    return !languages.isEmpty();
}

QStringList OcrLanguages::installed()
{
    QStringList directories;
    const QString prefix = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!prefix.isEmpty())
        directories << prefix << prefix + QStringLiteral("/tessdata");
    directories << QStringLiteral("/usr/share/tesseract-ocr/5/tessdata")
                << QStringLiteral("/usr/share/tesseract-ocr/4.00/tessdata")
                << QStringLiteral("/usr/share/tessdata")
                << QStringLiteral("/usr/local/share/tessdata");
    QStringList languages;
    for (const QString &directory : std::as_const(directories)) {
        const QStringList files =
            QDir(directory).entryList({QStringLiteral("*.traineddata")}, QDir::Files);
        for (const QString &file : files)
            languages << file.chopped(int(sizeof(".traineddata") - 1));
        if (!languages.isEmpty())
            break;
    }
    languages.removeAll(QStringLiteral("osd"));
    languages.removeDuplicates();
    languages.sort();
    return languages;
}

QStringList OcrLanguages::groupsFor(const QVector<RedactionTerm> &terms,
                                    const QStringList &materialLanguages,
                                    const QStringList &installed, QStringList *missingScripts)
{
    QStringList main, arabic;
    const QStringList needed = RedactionTerms::ocrLanguagesFor(terms, installed, missingScripts);
    bool arabicNeeded = false;
    for (const QString &language : needed)
        arabicNeeded = arabicNeeded || isArabicScriptLanguage(language);
    auto add = [&](const QString &language) {
        if (!installed.contains(language))
            return;
        const bool isArabic = isArabicScriptLanguage(language);
        // An Arabic-script pass can only find Arabic-script terms: none, no pass.
        if (isArabic && !arabicNeeded)
            return;
        QStringList &group = isArabic ? arabic : main;
        if (!group.contains(language))
            group << language;
    };
    for (const QString &language : materialLanguages)
        add(language);
    for (const QString &language : needed)
        add(language);
    add(QStringLiteral("eng"));
    std::stable_sort(main.begin(), main.end(),
                     [](const QString &a, const QString &b) { return orderOf(a) < orderOf(b); });
    QStringList groups;
    if (!main.isEmpty())
        groups << main.join(QLatin1Char('+'));
    if (!arabic.isEmpty())
        groups << arabic.join(QLatin1Char('+'));
    return groups;
}

QString OcrLanguages::packageFor(const QString &script)
{
    if (script == QLatin1String("Han"))
        return QStringLiteral("tesseract-ocr-chi-sim");
    if (script == QLatin1String("Arabic"))
        return QStringLiteral("tesseract-ocr-uig");
    if (script == QLatin1String("Cyrillic"))
        return QStringLiteral("tesseract-ocr-rus");
    if (script == QLatin1String("Japanese"))
        return QStringLiteral("tesseract-ocr-jpn");
    if (script == QLatin1String("Hangul"))
        return QStringLiteral("tesseract-ocr-kor");
    return QStringLiteral("tesseract-ocr-eng");
}

} // namespace amanat
