#include "search/SearchQuery.h"

#include <QtTest>

using namespace amanat;

class TestQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchExpressions_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("positive");
        QTest::addColumn<QString>("excluded");
        QTest::newRow("words") << "Camp Police"
                               << "camp police"
                               << "";
        QTest::newRow("phrase") << "camp \"shoot to kill\""
                                << "camp \"shoot to kill\""
                                << "";
        QTest::newRow("or") << "camp OR prison guard"
                            << "camp OR prison guard"
                            << "";
        QTest::newRow("lower-case or is a word") << "camp or prison"
                                                 << "camp or prison"
                                                 << "";
        QTest::newRow("excluded") << "camp -rumour -\"fake news\""
                                  << "camp"
                                  << "rumour OR \"fake news\"";
        QTest::newRow("prefix") << "detain*"
                                << "detain*"
                                << "";
        QTest::newRow("cjk word is a phrase") << "集中营"
                                              << "\"集 中 营\""
                                              << "";
        QTest::newRow("cjk prefix") << "集中*"
                                    << "\"集 中*\""
                                    << "";
        QTest::newRow("accents folded") << "HÉLÈNE"
                                        << "helene"
                                        << "";
        QTest::newRow("hyphenated code") << "W-014"
                                         << "\"w 014\""
                                         << "";
        QTest::newRow("punctuation ignored") << "camp !!!"
                                             << "camp"
                                             << "";
    }

    void matchExpressions()
    {
        QFETCH(QString, query);
        auto parsed = SearchQuery::parse(query);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QTEST(parsed->positiveMatch(), "positive");
        QTEST(parsed->excludedMatch(), "excluded");
    }

    void filters()
    {
        auto q = SearchQuery::parse(QStringLiteral(
            "camp \"shoot to kill\" tag:Xinjiang/Police-files after:2017 before:2019-06 kind:scan "
            "lang:ug witness:W-014 source:\"Human Rights Watch\" imported:2026-01/2026-11 tag:\"A "
            "B/C\""));
        QVERIFY2(q.ok(), qPrintable(q.error().message));
        QCOMPARE(q->tagPaths,
                 (QStringList{QStringLiteral("Xinjiang/Police-files"), QStringLiteral("A B/C")}));
        QCOMPARE(*q->after, QDate(2017, 1, 1));
        QCOMPARE(*q->before, QDate(2019, 6, 30));
        QCOMPARE(q->kinds, QStringList{QStringLiteral("scan")});
        QCOMPARE(q->languages, QStringList{QStringLiteral("ug")});
        QCOMPARE(q->witnessCodes, QStringList{QStringLiteral("W-014")});
        QCOMPARE(q->sources, QStringList{QStringLiteral("Human Rights Watch")});
        QCOMPARE(*q->importedFrom, QDate(2026, 1, 1));
        QCOMPARE(*q->importedTo, QDate(2026, 11, 30));
        QCOMPARE(q->positiveMatch(), QStringLiteral("camp \"shoot to kill\""));
    }

    void filterOnlyQueries()
    {
        auto q = SearchQuery::parse(QStringLiteral("tag:Detention"));
        QVERIFY(q.ok());
        QVERIFY(!q->hasPositiveTerms());
        auto negative = SearchQuery::parse(QStringLiteral("-rumour kind:report"));
        QVERIFY(negative.ok());
        QVERIFY(negative->hasNegativeTerms());
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("open quote") << "camp \"shoot to"
                                    << "quote";
        QTest::newRow("leading or") << "OR camp"
                                    << "OR";
        QTest::newRow("trailing or") << "camp OR"
                                     << "OR";
        QTest::newRow("double or") << "camp OR OR prison"
                                   << "OR";
        QTest::newRow("unknown filter") << "camp colour:red"
                                        << "colour:";
        QTest::newRow("empty filter") << "camp tag:"
                                      << "tag:";
        QTest::newRow("bad kind") << "kind:poem"
                                  << "poem";
        QTest::newRow("bad date") << "after:2017-13"
                                  << "after:";
        QTest::newRow("range where single") << "after:2017/2018"
                                            << "after:";
        QTest::newRow("lone star") << "*"
                                   << "*";
        QTest::newRow("excluded filter") << "-tag:A"
                                         << "minus";
        QTest::newRow("empty") << "   "
                               << "nothing";
        QTest::newRow("bad tag path") << "tag:A//B"
                                      << "empty";
    }

    void malformed()
    {
        QFETCH(QString, query);
        QFETCH(QString, mentions);
        auto parsed = SearchQuery::parse(query);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
        QVERIFY(!parsed.error().message.contains(QLatin1String("SQL")));
    }
};

QTEST_GUILESS_MAIN(TestQuery)
#include "tst_query.moc"
