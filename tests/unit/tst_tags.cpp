#include "CoreFixture.h"

#include <QtTest>

using namespace amanat;
using namespace amanat::test;

class TestTags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathsAreValidated()
    {
        QCOMPARE(*TagRepository::parsePath(QStringLiteral(" Violations / Detention ")),
                 (QStringList{QStringLiteral("Violations"), QStringLiteral("Detention")}));
        for (const char *bad : {"", "/", "A//B", "A/", " / x"})
            QVERIFY2(!TagRepository::parsePath(QString::fromLatin1(bad)).ok(), bad);
        QVERIFY(!TagRepository::parsePath(QStringLiteral("A\tB")).ok());
        QVERIFY(!TagRepository::parsePath(QString(201, QLatin1Char('x'))).ok());
    }

    void hierarchyIsUniqueByPath()
    {
        CoreFixture f;
        auto torture = f.tags->ensure(QStringLiteral("Violations/Detention/Torture"));
        QVERIFY(torture.ok());
        QCOMPARE(*f.tags->ensure(QStringLiteral("violations/DETENTION/torture")), *torture);
        auto other = f.tags->ensure(QStringLiteral("Documents/Detention"));
        QVERIFY(*other != *torture);
        auto all = f.tags->all();
        QStringList paths;
        for (const Tag &tag : *all)
            paths << tag.path;
        QCOMPARE(paths, (QStringList{QStringLiteral("Documents"), QStringLiteral("Documents/Detention"),
                                     QStringLiteral("Violations"), QStringLiteral("Violations/Detention"),
                                     QStringLiteral("Violations/Detention/Torture")}));
        QCOMPARE(**f.tags->find(QStringLiteral("Violations/Detention/Torture")), *torture);
        QVERIFY(!*f.tags->find(QStringLiteral("Violations/Torture")));
        // Each created level is logged once.
        QCOMPARE(f.custody->events()->size(), 5);
    }

    void tagAndUntagItems()
    {
        CoreFixture f;
        auto id = f.items->create(QStringLiteral("scan"), QStringLiteral("Police file"),
                                  QStringLiteral("create"));
        QCOMPARE(*f.tags->addToItem(*id, QStringLiteral("Xinjiang/Police-files")), true);
        QCOMPARE(*f.tags->addToItem(*id, QStringLiteral("Xinjiang/Police-files")), false);
        QCOMPARE(*f.tags->pathsForItem(*id), QStringList{QStringLiteral("Xinjiang/Police-files")});
        QCOMPARE(f.items->get(*id)->tags, QStringList{QStringLiteral("Xinjiang/Police-files")});
        QCOMPARE(*f.tags->removeFromItem(*id, QStringLiteral("Xinjiang/Police-files")), true);
        QCOMPARE(*f.tags->removeFromItem(*id, QStringLiteral("Xinjiang/Police-files")), false);
        QCOMPARE(f.tags->removeFromItem(*id, QStringLiteral("No/Such")).error().code, ErrorCode::NotFound);
        QStringList actions;
        const auto events = f.custody->events(*id);
        for (const CustodyEvent &event : *events)
            actions << event.action;
        QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("tag"), QStringLiteral("untag")}));
        QVERIFY(f.custody->verify()->ok());
    }

    void countsFollowItems()
    {
        CoreFixture f;
        auto a = f.items->create(QStringLiteral("scan"), QStringLiteral("a"), QStringLiteral("create"));
        auto b = f.items->create(QStringLiteral("scan"), QStringLiteral("b"), QStringLiteral("create"));
        QVERIFY(f.tags->addToItem(*a, QStringLiteral("T")).ok());
        QVERIFY(f.tags->addToItem(*b, QStringLiteral("T")).ok());
        QCOMPARE(f.tags->all()->first().itemCount, qint64(2));
        QVERIFY(f.items->remove(*a).ok());
        QCOMPARE(f.tags->all()->first().itemCount, qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestTags)
#include "tst_tags.moc"
