#include "text/TextNormalizer.h"

#include <QtTest>

using namespace amanat;

class TestNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folding_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("french accents")
            << QStringLiteral("Hélène À l'Été") << QStringLiteral("helene a l ete");
        QTest::newRow("german") << QStringLiteral("Straße ÜBER Müller")
                                << QStringLiteral("strasse uber muller");
        QTest::newRow("russian case")
            << QStringLiteral("Задержание ЁЛКА") << QStringLiteral("задержание елка");
        QTest::newRow("full-width latin")
            << QStringLiteral("ＡＢＣ１２") << QStringLiteral("abc12");
        QTest::newRow("ligature") << QStringLiteral("ﬁle") << QStringLiteral("file");
        QTest::newRow("chinese split") << QStringLiteral("他们被关押在集中营里。")
                                       << QStringLiteral("他 们 被 关 押 在 集 中 营 里");
        QTest::newRow("mixed cjk latin")
            << QStringLiteral("新疆Police文件") << QStringLiteral("新 疆 police 文 件");
        QTest::newRow("japanese kana")
            << QStringLiteral("カタカナ") << QStringLiteral("カ タ カ ナ");
        QTest::newRow("half-width kana") << QStringLiteral("ｶﾀ") << QStringLiteral("カ タ");
        QTest::newRow("hangul") << QStringLiteral("수용소") << QStringLiteral("수 용 소");
        QTest::newRow("arabic harakat and tatweel")
            << QStringLiteral("مُعْتَقَـــل") << QStringLiteral("معتقل");
        QTest::newRow("arabic alef variants")
            << QStringLiteral("أحمد إبراهيم آمنة") << QStringLiteral("احمد ابراهيم امنه");
        QTest::newRow("arabic digits") << QStringLiteral("٢٠١٧") << QStringLiteral("2017");
        QTest::newRow("persian digits") << QStringLiteral("۲۰۱۷") << QStringLiteral("2017");
        QTest::newRow("punctuation splits")
            << QStringLiteral("W-014, «camp»; 2017/18") << QStringLiteral("w 014 camp 2017 18");
        QTest::newRow("zero width joiner dropped")
            << QStringLiteral("a\u200Db") << QStringLiteral("ab");
    }

    void folding()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextNormalizer::normalize(input), expected);
    }

    void uyghurVariantsFoldTogether()
    {
        // The same Uyghur word typed with Arabic kaf/yeh and with keheh/Farsi yeh, with and
        // without a presentation form, must give the same tokens.
        const QString standard = QStringLiteral("لاگېر كىشى"); // keheh-less kaf, alef maksura
        const QString variant = QStringLiteral("لاگېر کیشی");  // keheh, Farsi yeh
        QCOMPARE(TextNormalizer::normalize(standard), TextNormalizer::normalize(variant));
        const QString presentation =
            QStringLiteral("\uFEDF\uFE8E"); // lam, alef: presentation forms
        QCOMPARE(TextNormalizer::normalize(presentation), QStringLiteral("لا"));
        // Hamza on a seat folds, so ئ and ي match each other.
        QCOMPARE(TextNormalizer::normalize(QStringLiteral("ئۇيغۇر")),
                 TextNormalizer::normalize(QStringLiteral("يۇيغۇر")));
    }

    void tokensKeepOriginalSpans()
    {
        const QString text = QStringLiteral("Hélène vit à 集中营.");
        const auto tokens = TextNormalizer::tokenize(text);
        QCOMPARE(tokens.size(), 6);
        QCOMPARE(text.mid(tokens.at(0).start, tokens.at(0).end - tokens.at(0).start),
                 QStringLiteral("Hélène"));
        QCOMPARE(tokens.at(0).text, QStringLiteral("helene"));
        QCOMPARE(text.mid(tokens.at(3).start, 1), QStringLiteral("集"));
        QCOMPARE(tokens.at(5).end, int(text.size()) - 1);
    }

    void supplementaryIdeographsAreSingleTokens()
    {
        const QString text = QString::fromUcs4(U"\U00020000\U00020001");
        const auto tokens = TextNormalizer::tokenize(text);
        QCOMPARE(tokens.size(), 2);
        QCOMPARE(tokens.at(1).start, 2);
    }

    void foldWordSplitsCjk()
    {
        QCOMPARE(TextNormalizer::foldWord(QStringLiteral("集中营")),
                 (QStringList{QStringLiteral("集"), QStringLiteral("中"), QStringLiteral("营")}));
        QCOMPARE(TextNormalizer::foldWord(QStringLiteral("HÉLÈNE")),
                 QStringList{QStringLiteral("helene")});
        QVERIFY(TextNormalizer::foldWord(QStringLiteral("!!!")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNormalizer)
#include "tst_normalizer.moc"
