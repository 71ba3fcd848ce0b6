#include "common/Clock.h"
#include "CoreFixture.h"
#include "model/DateSpec.h"
#include "model/ItemFields.h"

#include <QtTest>

using namespace amanat;
using namespace amanat::test;

class TestItems : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsTakeTheirTimeFromTheClock()
    {
        // One clock for every record: an item's creation and its custody event agree, and a
        // test can fix the time.
        test::CoreFixture f;
        const QDateTime fixed(QDate(2019, 3, 14), QTime(9, 26, 53, 589), Qt::UTC);
        Clock::setForTesting([fixed] { return fixed; });
        auto id = f.items->create(QStringLiteral("report"), QStringLiteral("Checkpoint report"),
                                  QStringLiteral("create"));
        Clock::setForTesting({});
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        QCOMPARE(f.items->get(*id)->createdAt, QStringLiteral("2019-03-14T09:26:53.589Z"));
        auto events = f.custody->events(*id);
        QVERIFY(events.ok());
        QVERIFY(!events->isEmpty());
        QCOMPARE(events->last().at, QStringLiteral("2019-03-14T09:26:53.589Z"));
        // Restored: the next record is stamped with the real time again.
        auto later = f.items->create(QStringLiteral("report"), QStringLiteral("Later"),
                                     QStringLiteral("create"));
        QVERIFY(later.ok());
        QVERIFY(f.items->get(*later)->createdAt.startsWith(
            QString::number(QDate::currentDate().year())));
    }

    void dateSpecs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("range");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("precision");
        QTest::newRow("year") << "2017" << false << "2017-01-01"
                              << "2017-12-31"
                              << "year";
        QTest::newRow("month") << "2016-02" << false << "2016-02-01"
                               << "2016-02-29"
                               << "month";
        QTest::newRow("day") << " 2019-04-02 " << false << "2019-04-02"
                             << "2019-04-02"
                             << "day";
        QTest::newRow("range") << "2017-03/2018" << true << "2017-03-01"
                               << "2018-12-31"
                               << "month";
    }

    void dateSpecs()
    {
        QFETCH(QString, text);
        QFETCH(bool, range);
        auto spec = DateSpec::parse(text, range);
        QVERIFY2(spec.ok(), qPrintable(spec.error().message));
        QTEST(spec->start.toString(Qt::ISODate), "start");
        QTEST(spec->end.toString(Qt::ISODate), "end");
        QTEST(spec->precisionName(), "precision");
        QCOMPARE(spec->isRange(), range);
    }

    void badDates()
    {
        for (const char *text : {"2019-13-01", "2019-02-30", "19-01-01", "yesterday", "2019/2018",
                                 "2019-01-01/", "", "0000"}) {
            auto spec = DateSpec::parse(QString::fromLatin1(text), true);
            QVERIFY2(!spec.ok(), text);
            QCOMPARE(spec.error().code, ErrorCode::InvalidInput);
        }
        QVERIFY(!DateSpec::parse(QStringLiteral("2017/2018"), false).ok());
    }

    void fieldNormalisation()
    {
        const auto norm = [](const char *field, const char *value) {
            return ItemFields::normalise(*ItemFields::find(QString::fromLatin1(field)),
                                         QString::fromUtf8(value));
        };
        QCOMPARE(*norm("consent", "public, court,COURT"), QStringLiteral("court,public"));
        QVERIFY(!norm("consent", "court,press").ok());
        QCOMPARE(*norm("language", "ar-SY"), QStringLiteral("ar-SY"));
        QVERIFY(!norm("language", "Arabic language").ok());
        QVERIFY(!norm("source_url", "not a url").ok());
        QCOMPARE(*norm("source_url", "https://example.org/r?id=1"),
                 QStringLiteral("https://example.org/r?id=1"));
        QVERIFY(!norm("kind", "poem").ok());
        QVERIFY(!norm("kind", "").ok());
        QVERIFY(!norm("title", "two\nlines").ok());
        QCOMPARE(*norm("title", "  Zeugenaussage Ü  "), QStringLiteral("Zeugenaussage Ü"));
        QVERIFY(ItemFields::find(QStringLiteral("witness_name"))->isProtected);
        QVERIFY(ItemFields::find(QStringLiteral("witness_contact"))->isProtected);
        QVERIFY(!ItemFields::find(QStringLiteral("witness_code"))->isProtected);
    }

    void createAndEdit()
    {
        CoreFixture f;
        auto id = f.items->create(QStringLiteral("testimony"), QStringLiteral("Interview"),
                                  QStringLiteral("create"));
        QVERIFY(id.ok());
        QVERIFY(
            f.items
                ->setFields(*id, {{QStringLiteral("witness_code"), QStringLiteral("W-014")},
                                  {QStringLiteral("interview_date"), QStringLiteral("2019-04-02")},
                                  {QStringLiteral("consent"), QStringLiteral("advocacy,court")},
                                  {QStringLiteral("event_date"), QStringLiteral("2017/2018-03")},
                                  {QStringLiteral("witness_name"), QStringLiteral("Jane Roe")}})
                .ok());
        auto item = f.items->get(*id);
        QVERIFY(item.ok());
        QCOMPARE(item->field("witness_code"), QStringLiteral("W-014"));
        QCOMPARE(item->field("consent"), QStringLiteral("court,advocacy"));
        QCOMPARE(item->field("event_date"), QStringLiteral("2017/2018-03"));
        QVERIFY(!item->fields.contains(QStringLiteral("witness_name")));
        QCOMPARE(item->protectedFieldsSet, QStringList{QStringLiteral("witness_name")});
        auto revealed = f.items->get(*id, ItemRepository::Protected::Include);
        QCOMPARE(revealed->field("witness_name"), QStringLiteral("Jane Roe"));
        QCOMPARE(*f.db->scalarText("SELECT event_date_end FROM items"),
                 QStringLiteral("2018-03-31"));

        // The custody log says a protected field changed, never its value.
        const auto events = f.custody->events(*id);
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->last().action, QStringLiteral("edit"));
        const QJsonObject changed =
            events->last().details.value(QStringLiteral("fields")).toObject();
        QCOMPARE(changed.value(QStringLiteral("witness_name")).toString(),
                 QStringLiteral("(protected)"));
        QCOMPARE(changed.value(QStringLiteral("witness_code")).toString(), QStringLiteral("W-014"));
        QVERIFY(!f.db->scalarText("SELECT group_concat(details) FROM custody_events")
                     ->contains(QLatin1String("Jane Roe")));
    }

    void pagesWalkTheItemsInIdOrder()
    {
        CoreFixture f;
        QVector<qint64> ids;
        for (int i = 0; i < 7; ++i) {
            auto id = f.items->create(QStringLiteral("report"), QStringLiteral("Report %1").arg(i),
                                      QStringLiteral("create"));
            QVERIFY(id.ok());
            ids << *id;
        }
        QVERIFY(f.tags->addToItem(ids.at(1), QStringLiteral("Region/North")).ok());
        QVERIFY(f.tags->addToItem(ids.at(5), QStringLiteral("Region/South")).ok());

        QVector<qint64> seen;
        qint64 after = 0;
        int pages = 0;
        for (;;) {
            auto page = f.items->page(after, 3);
            QVERIFY(page.ok());
            if (page->isEmpty())
                break;
            QVERIFY(page->size() <= 3);
            for (const Item &item : *page) {
                seen << item.id;
                if (item.id == ids.at(1))
                    QCOMPARE(item.tags, QStringList{QStringLiteral("Region/North")});
                else if (item.id == ids.at(5))
                    QCOMPARE(item.tags, QStringList{QStringLiteral("Region/South")});
                else
                    QVERIFY(item.tags.isEmpty());
            }
            after = page->last().id;
            ++pages;
        }
        QCOMPARE(seen, ids);
        QCOMPARE(pages, 3);
        QVERIFY(f.items->page(0, 0)->isEmpty());
    }

    void pagesHideProtectedFields()
    {
        CoreFixture f;
        auto id = f.items->create(QStringLiteral("testimony"), QStringLiteral("Interview"),
                                  QStringLiteral("create"));
        QVERIFY(id.ok());
        QVERIFY(
            f.items->setFields(*id, {{QStringLiteral("witness_name"), QStringLiteral("Jane Roe")}})
                .ok());
        auto page = f.items->page(0, 10);
        QVERIFY(page.ok());
        QCOMPARE(page->size(), 1);
        QVERIFY(!page->first().fields.contains(QStringLiteral("witness_name")));
        QCOMPARE(page->first().protectedFieldsSet, QStringList{QStringLiteral("witness_name")});
    }

    void badEditChangesNothing()
    {
        CoreFixture f;
        auto id = f.items->create(QStringLiteral("report"), QStringLiteral("Report"),
                                  QStringLiteral("create"));
        const auto before = f.items->get(*id);
        auto status = f.items->setFields(
            *id, {{QStringLiteral("title"), QStringLiteral("New")},
                  {QStringLiteral("source_published"), QStringLiteral("2019-02-30")}});
        QCOMPARE(status.error().code, ErrorCode::InvalidInput);
        QCOMPARE(f.items->get(*id)->field("title"), QStringLiteral("Report"));
        // Testimony fields need a testimony.
        status = f.items->setFields(*id, {{QStringLiteral("witness_code"), QStringLiteral("W-1")}});
        QCOMPARE(status.error().code, ErrorCode::InvalidInput);
        status = f.items->setFields(*id, {{QStringLiteral("no_such_field"), QStringLiteral("x")}});
        QCOMPARE(status.error().code, ErrorCode::InvalidInput);
        QCOMPARE(f.custody->events(*id)->size(), 1);
        QCOMPARE(f.items->get(*id)->modifiedAt, before->modifiedAt);
        // Changing the kind and setting a testimony field in one edit works.
        QVERIFY(f.items
                    ->setFields(*id, {{QStringLiteral("kind"), QStringLiteral("testimony")},
                                      {QStringLiteral("witness_code"), QStringLiteral("W-2")}})
                    .ok());
        QCOMPARE(f.items->get(*id)->field("witness_code"), QStringLiteral("W-2"));
    }

    void removeLogsAndCascades()
    {
        CoreFixture f;
        const QString path = f.writeFile(QStringLiteral("a.txt"), "some text");
        auto imported =
            f.importer->importFile(path, {QString(), QString(), {QStringLiteral("A/B")}});
        QVERIFY(imported.ok());
        QVERIFY(f.items->remove(imported->itemId).ok());
        QCOMPARE(f.count("SELECT count(*) FROM items"), qint64(0));
        QCOMPARE(f.count("SELECT count(*) FROM original_chunks"), qint64(0));
        QCOMPARE(f.count("SELECT count(*) FROM item_tags"), qint64(0));
        QCOMPARE(f.custody->events(imported->itemId)->last().action, QStringLiteral("delete"));
        QCOMPARE(f.items->get(imported->itemId).error().code, ErrorCode::NotFound);
        QCOMPARE(f.items->remove(imported->itemId).error().code, ErrorCode::NotFound);
        QVERIFY(f.custody->verify()->ok());
    }

    void substringSearchFoldsCase()
    {
        CoreFixture f;
        auto id = f.items->create(QStringLiteral("document"), QStringLiteral("Témoignage d'HÉLÈNE"),
                                  QStringLiteral("create"));
        QVERIFY(f.items
                    ->create(QStringLiteral("document"), QStringLiteral("Other"),
                             QStringLiteral("create"))
                    .ok());
        auto hits = f.items->findContaining(QStringLiteral("hélène"));
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().id, *id);
        QCOMPARE(f.items->findContaining(QStringLiteral("nothing"))->size(), 0);
    }

    void importDedupesAndGuessesKinds()
    {
        CoreFixture f;
        const QString pdf = f.writeFile(QStringLiteral("r.pdf"), "%PDF-1.4\n%fake\n");
        const QString copy = f.writeFile(QStringLiteral("copy-of-r.pdf"), "%PDF-1.4\n%fake\n");
        auto first = f.importer->importFile(pdf, {});
        QVERIFY(first.ok());
        QCOMPARE(first->kind, QStringLiteral("report"));
        QVERIFY(!first->duplicate);
        auto second = f.importer->importFile(copy, {});
        QVERIFY(second.ok());
        QVERIFY(second->duplicate);
        QCOMPARE(second->itemId, first->itemId);
        QCOMPARE(f.count("SELECT count(*) FROM items"), qint64(1));
        QCOMPARE(f.custody->events()->size(), 1);

        auto forced = f.importer->importFile(
            f.writeFile(QStringLiteral("t.txt"), "transcript"),
            {QStringLiteral("testimony"), QStringLiteral("Interview W-3"), {}});
        QCOMPARE(forced->kind, QStringLiteral("testimony"));
        QCOMPARE(f.items->get(forced->itemId)->field("title"), QStringLiteral("Interview W-3"));
        QCOMPARE(Importer::guessKind(QStringLiteral("video/mp4")), QStringLiteral("video"));
        QCOMPARE(Importer::guessKind(QStringLiteral("audio/ogg")), QStringLiteral("audio"));
        QCOMPARE(Importer::guessKind(QStringLiteral("image/png")), QStringLiteral("image"));
    }

    void collectFilesRecursesSorted()
    {
        CoreFixture f;
        QDir(f.dir.path()).mkpath(QStringLiteral("in/sub/deeper"));
        f.writeFile(QStringLiteral("in/b.txt"), "b");
        f.writeFile(QStringLiteral("in/a.txt"), "a");
        f.writeFile(QStringLiteral("in/sub/deeper/c.txt"), "c");
        f.writeFile(QStringLiteral("in/.hidden"), "h");
        auto files = Importer::collectFiles({f.dir.filePath(QStringLiteral("in"))});
        QVERIFY(files.ok());
        QCOMPARE(files->size(), 3);
        QVERIFY(files->at(0).endsWith(QLatin1String("in/a.txt")));
        QVERIFY(files->at(2).endsWith(QLatin1String("deeper/c.txt")));
        QCOMPARE(Importer::collectFiles({f.dir.filePath(QStringLiteral("nope"))}).error().code,
                 ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestItems)
#include "tst_items.moc"
