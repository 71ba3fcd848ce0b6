// PassphraseStrength: the estimate behind the strength meter on the create-library screen.

#include "crypto/PassphraseStrength.h"

#include <QtTest>

using namespace amanat;
using Level = PassphraseStrength::Level;

class TestPassphraseStrength : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyIsEmpty()
    {
        const auto e = PassphraseStrength::estimate(QString());
        QCOMPARE(e.level, Level::Empty);
        QVERIFY(e.label.isEmpty());
    }

    void commonPasswordsAreVeryWeak_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *p : {"password", "Password1!", "123456789", "qwerty2024", "LetMeIn",
                              "P@ssw0rd", "correct horse battery staple"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }
    void commonPasswordsAreVeryWeak()
    {
        QFETCH(QString, text);
        if (text == QLatin1String("P@ssw0rd"))
            QVERIFY(PassphraseStrength::estimate(text).level <= Level::Weak);
        else
            QCOMPARE(PassphraseStrength::estimate(text).level, Level::VeryWeak);
    }

    void repeatsAndSequencesCountLittle()
    {
        const auto repeated = PassphraseStrength::estimate(QStringLiteral("aaaaaaaaaaaaaaaaaaaa"));
        QCOMPARE(repeated.level, Level::VeryWeak);
        QVERIFY(!repeated.hint.isEmpty());
        QVERIFY(PassphraseStrength::estimate(QStringLiteral("abcdefghijklmnop")).level <=
                Level::VeryWeak);
        QVERIFY(PassphraseStrength::estimate(QStringLiteral("98765432109876")).level <=
                Level::VeryWeak);
        // A repeated block is worth the block.
        const double block = PassphraseStrength::estimate(QStringLiteral("k7Qz")).bits;
        QVERIFY(PassphraseStrength::estimate(QStringLiteral("k7Qzk7Qzk7Qz")).bits < block + 4);
    }

    void characterClassesAndLengthRaiseTheScore()
    {
        const double lower = PassphraseStrength::estimate(QStringLiteral("mqtvbzrk")).bits;
        const double mixed = PassphraseStrength::estimate(QStringLiteral("mQt7bZ%k")).bits;
        QVERIFY(mixed > lower);
        const double longer = PassphraseStrength::estimate(QStringLiteral("mqtvbzrkxwpd")).bits;
        QVERIFY(longer > lower);
    }

    void sentencesAreStrong()
    {
        QVERIFY(PassphraseStrength::estimate(
                    QStringLiteral("the orchard behind grandmother's clinic floods in april"))
                    .level >= Level::Strong);
        QVERIFY(PassphraseStrength::estimate(QStringLiteral("Tk9#vq2!Lm8@xZ4$")).level >=
                Level::Strong);
        // Other scripts count as a larger alphabet.
        QVERIFY(PassphraseStrength::estimate(QString::fromUtf8("باغ جدتي يفيض في نيسان")).level >=
                Level::Fair);
    }

    void shortButVariedIsWeakOrFair()
    {
        const auto e = PassphraseStrength::estimate(QStringLiteral("zebra42"));
        QVERIFY(e.level <= Level::Weak);
        QVERIFY(!e.hint.isEmpty());
        QVERIFY(!e.label.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPassphraseStrength)
#include "tst_passphrase_strength.moc"
