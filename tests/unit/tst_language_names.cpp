// LanguageNames: the codes an item's language field and Tesseract use, turned into names.
// The translated names are checked in tst_translations, which loads the interface languages.

#include "model/LanguageNames.h"

#include <QLocale>
#include <QTest>

using namespace amanat;

class TestLanguageNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English)); }

    void codesOfEveryKindGiveAName_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("ISO 639-1") << "ar"
                                   << "Arabic";
        QTest::newRow("with a region") << "ug-CN"
                                       << "Uyghur";
        QTest::newRow("with an underscore") << "zh_CN"
                                            << "Chinese";
        QTest::newRow("ISO 639-2") << "fra"
                                   << "French";
        QTest::newRow("Tesseract model") << "chi_sim"
                                         << "Chinese (Simplified)";
        QTest::newRow("upper case") << "EN"
                                    << "English";
        QTest::newRow("not in our table: Qt's name") << "fi"
                                                     << "Finnish";
        QTest::newRow("not a language: as it is") << "xx-test"
                                                  << "xx-test";
        QTest::newRow("empty") << ""
                               << "";
    }

    void codesOfEveryKindGiveAName()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QCOMPARE(LanguageNames::of(code), name);
    }

    // French and Spanish write language names in lower case inside a sentence; English,
    // and a code that is not a language, keep theirs.
    void aNameInASentenceFollowsTheInterfaceLanguage()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        QCOMPARE(LanguageNames::inSentence(QStringLiteral("ar")), QStringLiteral("Arabic"));
        QLocale::setDefault(QLocale(QLocale::French));
        QCOMPARE(LanguageNames::inSentence(QStringLiteral("ar")), QStringLiteral("arabic"));
        QCOMPARE(LanguageNames::inSentence(QStringLiteral("XX")), QStringLiteral("XX"));
        QLocale::setDefault(QLocale(QLocale::Spanish));
        QCOMPARE(LanguageNames::inSentence(QStringLiteral("en")), QStringLiteral("english"));
    }
};

QTEST_GUILESS_MAIN(TestLanguageNames)
#include "tst_language_names.moc"
