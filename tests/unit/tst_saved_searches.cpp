#include "model/TagPath.h"
#include "CoreFixture.h"
#include "repository/DefaultTags.h"
#include "search/SavedSearches.h"

#include <QtTest>

using namespace amanat;
using namespace amanat::test;

class TestSavedSearches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveListReplaceDelete()
    {
        CoreFixture f;
        SavedSearches searches(*f.db, *f.custody);
        QVERIFY(searches.save(QStringLiteral("Camps"), QStringLiteral("camp tag:Xinjiang"), false)
                    .ok());
        QCOMPARE(searches.save(QStringLiteral("camps"), QStringLiteral("x"), false).error().code,
                 ErrorCode::AlreadyExists);
        QVERIFY(
            searches.save(QStringLiteral("Camps"), QStringLiteral("camp OR prison"), true).ok());
        QCOMPARE(searches.all()->size(), 1);
        QCOMPARE(searches.find(QStringLiteral("Camps"))->query, QStringLiteral("camp OR prison"));
        QCOMPARE(
            searches.save(QStringLiteral("Bad"), QStringLiteral("camp OR"), false).error().code,
            ErrorCode::InvalidInput);
        QCOMPARE(searches.save(QStringLiteral(" "), QStringLiteral("camp"), false).error().code,
                 ErrorCode::InvalidInput);
        QVERIFY(searches.remove(QStringLiteral("Camps")).ok());
        QCOMPARE(searches.remove(QStringLiteral("Camps")).error().code, ErrorCode::NotFound);
        QVERIFY(searches.all()->isEmpty());
        QVERIFY(f.custody->verify()->ok());
    }

    void defaultTreeIsWellFormed()
    {
        const auto tree = defaultTagTree();
        QVERIFY(tree.size() > 270);
        int countries = 0;
        for (const auto &entry : tree) {
            QVERIFY2(TagPath::parse(entry.first).ok(), qPrintable(entry.first));
            countries += entry.first.startsWith(QLatin1String("Countries/")) ? 1 : 0;
        }
        QCOMPARE(countries, 249); // ISO 3166-1
        CoreFixture f;
        QVERIFY(f.tags->ensureAll(tree, QStringLiteral("tags_import")).ok());
        QVERIFY(*f.tags->find(QStringLiteral("Violations/Arbitrary detention")));
        QVERIFY(*f.tags->find(QStringLiteral("Countries/Côte d'Ivoire")));
    }
};

QTEST_GUILESS_MAIN(TestSavedSearches)
#include "tst_saved_searches.moc"
