#pragma once

#include "redaction/RedactionTerms.h"

#include <QCoreApplication>
#include <QStringList>

namespace amanat {

/** Which Tesseract languages to read pages with when looking for protected strings: the
 *  languages of the material (the item's and the library's) plus those the terms' scripts
 *  need, split into groups read one pass each. Arabic-script languages get a group of their
 *  own: mixed with Latin models they turn Latin text into Arabic-script noise. */
class OcrLanguages
{
    Q_DECLARE_TR_FUNCTIONS(OcrLanguages)

public:
    /** Languages with a model in Tesseract's data folders here ("eng", "chi_sim", …). */
    static QStringList installed();

    /** Groups such as {"chi_sim+eng", "uig"}; the first is the main one. Languages not
     *  installed are left out; scripts of @p terms that no installed language reads are
     *  added to @p missingScripts ("Cyrillic"). */
    static QStringList groupsFor(const QVector<RedactionTerm> &terms,
                                 const QStringList &materialLanguages, const QStringList &installed,
                                 QStringList *missingScripts);

    /** The Debian package that brings a script's model ("tesseract-ocr-rus"). */
    static QString packageFor(const QString &script);

    static bool isArabicScriptLanguage(const QString &language);
    /** True when every language of @p group ("uig+ara") reads Arabic script. */
    static bool isArabicScriptGroup(const QString &group);
};

} // namespace amanat
