// Issue 10: the strings derived from a protected person's names and contacts, and the
// tolerant matcher that finds them in text, OCR output and metadata.

#include "redaction/RedactionTerms.h"
#include "redaction/TermMatcher.h"

#include <QtTest>

using namespace amanat;

namespace {

QStringList textsOf(const QVector<RedactionTerm> &terms)
{
    QStringList out;
    for (const RedactionTerm &term : terms)
        out << term.text;
    return out;
}

TermMatcher matcherFor(const QVector<RedactionTerm> &terms,
                       TermMatcher::Tolerance tolerance = TermMatcher::Tolerance::Redact)
{
    return TermMatcher(terms, tolerance);
}

} // namespace

class TestRedactionTerms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namePartsInEveryScript()
    {
        const QStringList han = textsOf(
            RedactionTerms::forName(QStringLiteral("阿不都热依木·吐尔逊"), QStringLiteral("W")));
        QCOMPARE(han, (QStringList{QStringLiteral("阿不都热依木·吐尔逊"),
                                   QStringLiteral("阿不都热依木"), QStringLiteral("吐尔逊")}));
        const QStringList latin = textsOf(RedactionTerms::forName(
            QStringLiteral("Abdurehim  Tursun-Ali O'Neil"), QStringLiteral("W")));
        // Parts of four letters or more only: "Ali" alone would black out half a report.
        QCOMPARE(latin, (QStringList{QStringLiteral("Abdurehim Tursun-Ali O'Neil"),
                                     QStringLiteral("Abdurehim"), QStringLiteral("Tursun"),
                                     QStringLiteral("Neil")}));
        const QStringList uyghur = textsOf(
            RedactionTerms::forName(QStringLiteral("ئابدۇرېھىم تۇرسۇن"), QStringLiteral("W")));
        QCOMPARE(uyghur.size(), 3);
        QVERIFY(uyghur.contains(QStringLiteral("تۇرسۇن")));
        // A two-character Han name is kept whole; a single part yields nothing more.
        QCOMPARE(textsOf(RedactionTerms::forName(QStringLiteral("王五"), QStringLiteral("W"))),
                 QStringList{QStringLiteral("王五")});
    }

    void contactsByKind()
    {
        const auto phone = RedactionTerms::forContact(QStringLiteral("+44 7700 900417"), {});
        QCOMPARE(phone.size(), 1);
        QCOMPARE(phone.first().kind, RedactionTerm::Kind::Phone);
        const auto email = RedactionTerms::forContact(QStringLiteral("a.tursun@example.org"), {});
        QCOMPARE(textsOf(email),
                 (QStringList{QStringLiteral("a.tursun@example.org"), QStringLiteral("a.tursun")}));
        const auto address = RedactionTerms::forContact(
            QStringLiteral("12 Orchard Lane, Leeds LS2 9JT; tel 0113 496 0000"), {});
        QVERIFY(textsOf(address).contains(QStringLiteral("12 Orchard Lane")));
        bool hasPhone = false;
        for (const RedactionTerm &term : address)
            hasPhone = hasPhone || term.kind == RedactionTerm::Kind::Phone;
        QVERIFY(hasPhone);
    }

    void phoneMatchesByDigits()
    {
        const TermMatcher m =
            matcherFor(RedactionTerms::forContact(QStringLiteral("+44 7700 900417"), {}));
        QVERIFY(m.contains(QStringLiteral("call 07700-900-417 after six")));
        QVERIFY(m.contains(QStringLiteral("7700900417")));
        QVERIFY(m.contains(QStringLiteral("+44 (0)7700 900 417")) ||
                m.contains(QStringLiteral("+44 7700 900 417")));
        QVERIFY(m.contains(QStringLiteral("Tel: 0044 7700 9OO417"))); // O read for 0
        QVERIFY(!m.contains(QStringLiteral("case 2019/447, page 7")));
        // The redactor covers a number with one digit misread or hidden; the leak check
        // flags only the number itself.
        QVERIFY(m.contains(QStringLiteral("+44 7700 90041")));
        QVERIFY(m.contains(QStringLiteral("7700 900 418")));
        const TermMatcher check(RedactionTerms::forContact(QStringLiteral("+44 7700 900417"), {}),
                                TermMatcher::Tolerance::Check);
        QVERIFY(check.contains(QStringLiteral("07700-900-417")));
        QVERIFY(!check.contains(QStringLiteral("7700 900 418")));
    }

    void namesMatchThroughSpacesCaseAndBreaks()
    {
        const TermMatcher m = matcherFor(
            RedactionTerms::forName(QStringLiteral("阿不都热依木·吐尔逊"), QStringLiteral("W")) +
            RedactionTerms::forName(QStringLiteral("Abdurehim Tursun"), QStringLiteral("W")));
        QVERIFY(m.contains(QStringLiteral("询问笔录 阿不都热依木吐尔逊 男")));
        QVERIFY(m.contains(QStringLiteral("吐 尔 逊 于2017年")));
        QVERIFY(m.contains(QStringLiteral("ABDUREHIM\nTURSUN")));
        QVERIFY(m.contains(QStringLiteral("Abdu-\nrehim")));
        QVERIFY(m.contains(QStringLiteral("Tursün")));
        QVERIFY(m.contains(QStringLiteral("Abdurehirn"))); // rn read for m
        QVERIFY(m.contains(QStringLiteral("Abdurahim")));  // one OCR error in a long part
        QVERIFY(!m.contains(QStringLiteral("The officer on duty signed the record")));
        QVERIFY(!m.contains(QStringLiteral("吐鲁番 火车站")));
    }

    void checkForgivesLessThanRedact()
    {
        const auto terms = RedactionTerms::forName(QStringLiteral("Abdurehim Tursun"), {});
        const TermMatcher redact = matcherFor(terms, TermMatcher::Tolerance::Redact);
        const TermMatcher check = matcherFor(terms, TermMatcher::Tolerance::Check);
        // Everything the check flags, the redactor finds too.
        const QStringList samples{QStringLiteral("Tursan"), QStringLiteral("Abdurahim"),
                                  QStringLiteral("Tursun"), QStringLiteral("Turkey")};
        for (const QString &sample : samples)
            if (check.contains(sample))
                QVERIFY2(redact.contains(sample), qPrintable(sample));
        QVERIFY(redact.contains(QStringLiteral("Tursan")));
        QVERIFY(!check.contains(QStringLiteral("Tursan"))); // six letters: exact for the check
        QVERIFY(check.contains(QStringLiteral("Abdurahim")));
        QVERIFY(!check.contains(QStringLiteral("Turkey")));
    }

    void redactReplacesMatchesOnly()
    {
        const TermMatcher m = matcherFor(
            RedactionTerms::forName(QStringLiteral("Ahmet Tursunov"), QStringLiteral("W")) +
            RedactionTerms::forContact(QStringLiteral("+99 555 0101"), {}));
        const QString out = m.redact(
            QStringLiteral("The witness, Ahmet TURSUNOV, reached on 555-0101 or +99 5550101."),
            QStringLiteral("█"));
        // The national number without its country code is the same phone.
        QCOMPARE(out, QStringLiteral("The witness, █, reached on █ or +█."));
    }

    void unitsMapBackToGlyphs()
    {
        const TermMatcher m =
            matcherFor(RedactionTerms::forName(QStringLiteral("阿不都热依木·吐尔逊"), {}));
        const QStringList glyphs{QStringLiteral("嫌"), QStringLiteral("疑"), QStringLiteral("人"),
                                 QStringLiteral("吐"), QStringLiteral("尔"), QStringLiteral("逊"),
                                 QStringLiteral("于")};
        const auto matches = m.findInUnits(glyphs);
        QVERIFY(!matches.isEmpty());
        QCOMPARE(matches.first().first, 3);
        QCOMPARE(matches.first().last, 5);
    }

    void mergeSkipsSameKey()
    {
        QVector<RedactionTerm> terms = RedactionTerms::forName(QStringLiteral("Tursun Ali"), {});
        RedactionTerms::merge(terms, RedactionTerms::forText(QStringLiteral("TURSUN"), {}));
        QCOMPARE(terms.size(), 2);
        QCOMPARE(RedactionTerms::digest(terms), RedactionTerms::digest({terms.at(1), terms.at(0)}));
    }

    void languagesForScripts()
    {
        QStringList missing;
        const QStringList languages = RedactionTerms::ocrLanguagesFor(
            RedactionTerms::forName(QStringLiteral("吐尔逊 Tursun تۇرسۇن Турсун"), {}),
            {QStringLiteral("eng"), QStringLiteral("chi_sim"), QStringLiteral("uig")}, &missing);
        QCOMPARE(languages, (QStringList{QStringLiteral("chi_sim"), QStringLiteral("uig"),
                                         QStringLiteral("eng")}));
        QCOMPARE(missing, QStringList{QStringLiteral("Cyrillic")});
    }
};

QTEST_GUILESS_MAIN(TestRedactionTerms)
#include "tst_redaction_terms.moc"
