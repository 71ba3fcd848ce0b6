#pragma once

#include <QCoreApplication>
#include <QString>

namespace amanat {

/** The name of a language in the interface's language, for people to read: "Arabic" in
 *  English, "arabe" in French, "阿拉伯语" in Chinese. Takes the codes Amanat meets: ISO 639-1
 *  and 639-2 codes as an item's language field holds them ("ar", "ug-CN", "fra") and
 *  Tesseract's model names ("chi_sim"). Qt names languages only in English or in their own
 *  language, and a French translation certificate must not say "traduire de l'Arabic". */
class LanguageNames
{
    Q_DECLARE_TR_FUNCTIONS(LanguageNames)

public:
    /** The translated name, else Qt's English name, else @p code as it is (empty for empty). */
    static QString of(const QString &code);
    /** The same name as a word inside a sentence: lower case where the interface's language
     *  writes language names so ("traducir del árabe al inglés"). */
    static QString inSentence(const QString &code);
};

} // namespace amanat
