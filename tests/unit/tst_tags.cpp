#include "model/TagPath.h"
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
        QCOMPARE(*TagPath::parse(QStringLiteral(" Violations / Detention ")),
                 (QStringList{QStringLiteral("Violations"), QStringLiteral("Detention")}));
        for (const char *bad : {"", "/", "A//B", "A/", " / x"})
            QVERIFY2(!TagPath::parse(QString::fromLatin1(bad)).ok(), bad);
        QVERIFY(!TagPath::parse(QStringLiteral("A\tB")).ok());
        QVERIFY(!TagPath::parse(QString(201, QLatin1Char('x'))).ok());
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
        QCOMPARE(paths,
                 (QStringList{QStringLiteral("Documents"), QStringLiteral("Documents/Detention"),
                              QStringLiteral("Violations"), QStringLiteral("Violations/Detention"),
                              QStringLiteral("Violations/Detention/Torture")}));
        QCOMPARE(**f.tags->find(QStringLiteral("Violations/Detention/Torture")), *torture);
        QVERIFY(!*f.tags->find(QStringLiteral("Violations/Torture")));
        // One event per call that created something, with the number of levels created.
        const auto events = f.custody->events();
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->at(0).details.value(QStringLiteral("created")).toInt(), 3);
        QCOMPARE(events->at(1).details.value(QStringLiteral("created")).toInt(), 2);
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
        QCOMPARE(f.tags->removeFromItem(*id, QStringLiteral("No/Such")).error().code,
                 ErrorCode::NotFound);
        QStringList actions;
        const auto events = f.custody->events(*id);
        for (const CustodyEvent &event : *events)
            actions << event.action;
        QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("tag"),
                                       QStringLiteral("untag")}));
        QVERIFY(f.custody->verify()->ok());
    }

    void countsFollowItems()
    {
        CoreFixture f;
        auto a =
            f.items->create(QStringLiteral("scan"), QStringLiteral("a"), QStringLiteral("create"));
        auto b =
            f.items->create(QStringLiteral("scan"), QStringLiteral("b"), QStringLiteral("create"));
        QVERIFY(f.tags->addToItem(*a, QStringLiteral("T")).ok());
        QVERIFY(f.tags->addToItem(*b, QStringLiteral("T")).ok());
        QCOMPARE(f.tags->all()->first().itemCount, qint64(2));
        QVERIFY(f.items->remove(*a).ok());
        QCOMPARE(f.tags->all()->first().itemCount, qint64(1));
    }

    void renameKeepsItemsAndRefusesClashes()
    {
        CoreFixture f;
        auto id =
            f.items->create(QStringLiteral("scan"), QStringLiteral("a"), QStringLiteral("create"));
        QVERIFY(f.tags->addToItem(*id, QStringLiteral("Xinjiang/Police-files/2019")).ok());
        QVERIFY(f.tags->ensure(QStringLiteral("Xinjiang/Court")).ok());
        QVERIFY(
            f.tags->rename(QStringLiteral("Xinjiang/Police-files"), QStringLiteral("Police files"))
                .ok());
        QCOMPARE(f.items->get(*id)->tags,
                 QStringList{QStringLiteral("Xinjiang/Police files/2019")});
        QCOMPARE(f.tags->rename(QStringLiteral("Xinjiang/Court"), QStringLiteral("police FILES"))
                     .error()
                     .code,
                 ErrorCode::AlreadyExists);
        QCOMPARE(
            f.tags->rename(QStringLiteral("Xinjiang/Court"), QStringLiteral("A/B")).error().code,
            ErrorCode::InvalidInput);
        QCOMPARE(f.tags->rename(QStringLiteral("No/Such"), QStringLiteral("X")).error().code,
                 ErrorCode::NotFound);
        // Renaming to a different case of the same name is allowed.
        QVERIFY(f.tags->rename(QStringLiteral("Xinjiang/Court"), QStringLiteral("COURT")).ok());
    }

    void moveReparentsAndRefusesCycles()
    {
        CoreFixture f;
        QVERIFY(f.tags->ensure(QStringLiteral("A/B/C")).ok());
        QVERIFY(f.tags->move(QStringLiteral("A/B"), QStringLiteral("D")).ok());
        QVERIFY(**f.tags->find(QStringLiteral("D/B/C")) > 0);
        QVERIFY(!*f.tags->find(QStringLiteral("A/B")));
        QCOMPARE(f.tags->move(QStringLiteral("D"), QStringLiteral("D/B/C")).error().code,
                 ErrorCode::InvalidInput);
        QVERIFY(f.tags->move(QStringLiteral("D/B"), QStringLiteral("/")).ok());
        QVERIFY(*f.tags->find(QStringLiteral("B/C")));
        QVERIFY(f.tags->ensure(QStringLiteral("A/B")).ok());
        QCOMPARE(f.tags->move(QStringLiteral("A/B"), QStringLiteral("")).error().code,
                 ErrorCode::AlreadyExists);
    }

    void mergeCombinesItemsAndChildren()
    {
        CoreFixture f;
        auto a =
            f.items->create(QStringLiteral("scan"), QStringLiteral("a"), QStringLiteral("create"));
        auto b =
            f.items->create(QStringLiteral("scan"), QStringLiteral("b"), QStringLiteral("create"));
        QVERIFY(f.tags->addToItem(*a, QStringLiteral("Detention")).ok());
        QVERIFY(f.tags->addToItem(*b, QStringLiteral("Detention/Camps")).ok());
        QVERIFY(f.tags->addToItem(*a, QStringLiteral("Violations/Detention")).ok());
        QVERIFY(f.tags->addToItem(*b, QStringLiteral("Violations/Detention/Camps")).ok());
        QVERIFY(f.tags->addToItem(*b, QStringLiteral("Detention/Prisons")).ok());
        QVERIFY(f.tags->merge(QStringLiteral("Detention"), QStringLiteral("Violations/Detention"))
                    .ok());
        QVERIFY(!*f.tags->find(QStringLiteral("Detention")));
        QCOMPARE(f.items->get(*a)->tags, QStringList{QStringLiteral("Violations/Detention")});
        QCOMPARE(f.items->get(*b)->tags,
                 (QStringList{QStringLiteral("Violations/Detention/Camps"),
                              QStringLiteral("Violations/Detention/Prisons")}));
        QCOMPARE(f.tags->merge(QStringLiteral("Violations"), QStringLiteral("Violations/Detention"))
                     .error()
                     .code,
                 ErrorCode::InvalidInput);
        QVERIFY(f.custody->verify()->ok());
    }

    void deleteRemovesSubtreeOnly()
    {
        CoreFixture f;
        auto a =
            f.items->create(QStringLiteral("scan"), QStringLiteral("a"), QStringLiteral("create"));
        QVERIFY(f.tags->addToItem(*a, QStringLiteral("X/Y")).ok());
        QVERIFY(f.tags->addToItem(*a, QStringLiteral("X/Y/Z")).ok());
        QVERIFY(f.tags->addToItem(*a, QStringLiteral("Keep")).ok());
        QCOMPARE(*f.tags->remove(QStringLiteral("X/Y")), qint64(2));
        QCOMPARE(f.items->get(*a)->tags, QStringList{QStringLiteral("Keep")});
        QVERIFY(*f.tags->find(QStringLiteral("X")));
        QCOMPARE(f.items->list()->size(), 1);
    }

    void csvRoundTrip()
    {
        CoreFixture f;
        const QByteArray csv = "\xEF\xBB\xBFpath,color\r\n"
                               "Violations/Detention/Arbitrary detention,#aa0000\r\n"
                               "\"Countries/Congo, Democratic Republic of the\"\r\n"
                               "\r\n"
                               "\u00c7ocuk/Hak\u0131lar\u0131\n";
        auto entries = TagRepository::parseCsv(csv);
        QVERIFY2(entries.ok(), qPrintable(entries.error().message));
        QCOMPARE(entries->size(), 3);
        QCOMPARE(entries->at(1).first,
                 QStringLiteral("Countries/Congo, Democratic Republic of the"));
        QCOMPARE(*f.tags->ensureAll(*entries, QStringLiteral("tags_import")), 7);
        auto exported = f.tags->exportCsv();
        QVERIFY(exported->startsWith("path,color\n"));
        QVERIFY(exported->contains("\"Countries/Congo, Democratic Republic of the\","));
        QVERIFY(exported->contains("Violations/Detention/Arbitrary detention,#aa0000"));
        auto reparsed = TagRepository::parseCsv(*exported);
        QCOMPARE(reparsed->size(), 7);
    }

    void badCsvImportsNothing()
    {
        CoreFixture f;
        QCOMPARE(TagRepository::parseCsv("A/B\nA//C\n").error().code, ErrorCode::InvalidInput);
        QVERIFY(TagRepository::parseCsv("A/B\nA//C\n")
                    .error()
                    .message.contains(QLatin1String("Line 2")));
        QVERIFY(
            TagRepository::parseCsv("\"A/B\n").error().message.contains(QLatin1String("quote")));
        QVERIFY(
            TagRepository::parseCsv("A,red\n").error().message.contains(QLatin1String("#RRGGBB")));
        QVERIFY(TagRepository::parseCsv("A,#000000,x\n")
                    .error()
                    .message.contains(QLatin1String("columns")));
        QVERIFY(!TagRepository::parseCsv(QByteArray("A\xff\xfe")).ok());
        QVERIFY(f.tags->all()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTags)
#include "tst_tags.moc"
