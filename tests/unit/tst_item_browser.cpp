// ItemBrowser: pages sorted in SQL and fetched by keyset (walking every page gives every
// item once, in order, for each column and direction), filters by kind and tag subtree,
// counts by kind and tag, rows refreshed by id, thumbnails, and no protected field.

#include "CoreFixture.h"
#include "repository/ItemBrowser.h"

#include <QtTest>

#include <algorithm>

using namespace amanat;
using amanat::test::CoreFixture;

class TestItemBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QStringList kinds{QStringLiteral("report"), QStringLiteral("image"),
                                QStringLiteral("testimony")};
        for (int i = 0; i < kN; ++i) {
            // Titles repeat (ties broken by id) and mix case (sorted case-insensitively).
            const QString title = (i % 2 ? QStringLiteral("item %1") : QStringLiteral("Item %1"))
                                      .arg((i * 7) % 23, 2, 10, QLatin1Char('0'));
            auto id = f.items->create(kinds.at(i % 3), title, QStringLiteral("create"));
            QVERIFY(id.ok());
            if (i % 4 != 0)
                QVERIFY(f.items
                            ->setFields(*id, {{QStringLiteral("event_date"),
                                               QStringLiteral("20%1").arg(10 + i % 9)}})
                            .ok());
            if (i % 5 == 0)
                QVERIFY(f.tags->addToItem(*id, QStringLiteral("Violations/Detention")).ok());
            if (i % 7 == 0)
                QVERIFY(f.tags->addToItem(*id, QStringLiteral("Violations")).ok());
            if (i % 3 == 2)
                QVERIFY(f.items
                            ->setFields(*id, {{QStringLiteral("witness_name"),
                                               QStringLiteral("Secret %1").arg(i)}})
                            .ok());
            m_ids << *id;
        }
    }

    void keysetPagesWalkEveryItemInOrder_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<int>("order");
        for (BrowseSort sort :
             {BrowseSort::Added, BrowseSort::Title, BrowseSort::Kind, BrowseSort::EventDate})
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
                QTest::addRow("%d-%d", int(sort), int(order)) << int(sort) << int(order);
    }

    void keysetPagesWalkEveryItemInOrder()
    {
        QFETCH(int, sort);
        QFETCH(int, order);
        ItemBrowser browser(*f.db);
        QVector<BrowseRow> all;
        std::optional<BrowseRow> last;
        for (int guard = 0; guard < 100; ++guard) {
            auto page = browser.page({}, BrowseSort(sort), Qt::SortOrder(order),
                                     last ? &*last : nullptr, 7);
            QVERIFY2(page.ok(), qPrintable(page.error().message));
            all += *page;
            if (page->size() < 7)
                break;
            last = page->last();
        }
        QCOMPARE(all.size(), kN);
        QSet<qint64> seen;
        for (const BrowseRow &row : all)
            seen.insert(row.id);
        QCOMPARE(seen.size(), kN);
        // Each row is in order with the next one: (key, id), case-insensitive for titles.
        const bool descending = order == Qt::DescendingOrder;
        for (int i = 1; i < all.size(); ++i) {
            const BrowseRow &a = all.at(i - 1);
            const BrowseRow &b = all.at(i);
            int cmp = 0;
            if (BrowseSort(sort) == BrowseSort::Title)
                cmp = QString::compare(a.title, b.title, Qt::CaseInsensitive);
            else if (BrowseSort(sort) != BrowseSort::Added)
                cmp = QString::compare(a.sortKey, b.sortKey);
            if (cmp == 0)
                cmp = a.id < b.id ? -1 : 1;
            QVERIFY2(descending ? cmp > 0 : cmp < 0,
                     qPrintable(QStringLiteral("%1 / %2").arg(a.title, b.title)));
        }
    }

    void filtersByKindAndTagSubtree()
    {
        ItemBrowser browser(*f.db);
        BrowseFilter filter;
        filter.kind = QStringLiteral("image");
        QCOMPARE(*browser.count(filter), qint64(kN / 3));
        auto page = browser.page(filter, BrowseSort::Added, Qt::AscendingOrder, nullptr, 100);
        QVERIFY(page.ok());
        for (const BrowseRow &row : *page)
            QCOMPARE(row.kind, QStringLiteral("image"));

        auto parent = f.tags->find(QStringLiteral("Violations"));
        auto child = f.tags->find(QStringLiteral("Violations/Detention"));
        filter = {};
        filter.tagIds = {**parent, **child};
        int expected = 0;
        for (int i = 0; i < kN; ++i)
            expected += (i % 5 == 0 || i % 7 == 0) ? 1 : 0;
        QCOMPARE(*browser.count(filter), qint64(expected));
    }

    void countsByKindAndTag()
    {
        ItemBrowser browser(*f.db);
        auto kinds = browser.kindCounts();
        QVERIFY(kinds.ok());
        QCOMPARE(kinds->value(QStringLiteral("report")), qint64(kN / 3));
        QVERIFY(!kinds->contains(QStringLiteral("audio")));
        auto tags = browser.tags();
        QVERIFY(tags.ok());
        QCOMPARE(tags->size(), 2);
        QCOMPARE(tags->at(0).path, QStringLiteral("Violations"));
        QCOMPARE(tags->at(1).path, QStringLiteral("Violations/Detention"));
        QCOMPARE(tags->at(1).itemCount, qint64((kN + 4) / 5));
        // A subtree counts each item once, even one tagged both "Violations" and below it.
        qint64 distinct = 0;
        for (int i = 0; i < kN; ++i)
            distinct += (i % 5 == 0 || i % 7 == 0) ? 1 : 0;
        QCOMPARE(tags->at(0).subtreeItemCount, distinct);
        QVERIFY(distinct < tags->at(0).itemCount + tags->at(1).itemCount);
        QCOMPARE(tags->at(1).subtreeItemCount, tags->at(1).itemCount);
        // The same numbers as the repository's own.
        auto reference = f.tags->all();
        QVERIFY(reference.ok());
        for (const Tag &tag : *reference)
            for (const Tag &mine : *tags)
                if (mine.id == tag.id)
                    QCOMPARE(mine.itemCount, tag.itemCount);
    }

    void rowsByIdCarryTagsButNoProtectedFields()
    {
        ItemBrowser browser(*f.db);
        auto rows = browser.rows({m_ids[0], m_ids[2], 999999});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2);
        for (const BrowseRow &row : *rows) {
            if (row.id == m_ids[0])
                QCOMPARE(row.tags, (QStringList{QStringLiteral("Violations"),
                                                QStringLiteral("Violations/Detention")}));
            QVERIFY(!row.title.contains(QLatin1String("Secret")));
            for (const QString &tag : row.tags)
                QVERIFY(!tag.contains(QLatin1String("Secret")));
        }
    }

    void thumbnails()
    {
        ItemBrowser browser(*f.db);
        auto none = browser.thumbnail(m_ids[0]);
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
        auto insert = f.db->prepare("INSERT INTO thumbnails(item_id, thumbnail) VALUES (?, ?)");
        QVERIFY(insert.ok());
        insert->bind(1, m_ids[1]).bindBlob(2, QByteArray("\x89PNG fake", 9));
        QVERIFY(insert->run().ok());
        auto bytes = browser.thumbnail(m_ids[1]);
        QVERIFY(bytes.ok());
        QCOMPARE(bytes->size(), 9);
        auto rows = browser.rows({m_ids[1], m_ids[0]});
        QVERIFY(rows.ok());
        for (const BrowseRow &row : *rows)
            QCOMPARE(row.hasThumbnail, row.id == m_ids[1]);
    }

    void deletedItemsAreHiddenUntilRestored()
    {
        ItemBrowser browser(*f.db);
        const qint64 before = *browser.count({});
        const qint64 reportsBefore = browser.kindCounts()->value(QStringLiteral("report"));
        const qint64 taggedBefore = browser.tags()->at(1).itemCount;
        BrowseFilter tagged;
        tagged.tagIds = {browser.tags()->at(1).id};
        const qint64 taggedRowsBefore = *browser.count(tagged);
        // m_ids[0] is a report tagged Violations/Detention; m_ids[1] an untagged image.
        QVERIFY(f.items->markDeleted({m_ids[0], m_ids[1]}).ok());
        QCOMPARE(*browser.count({}), before - 2);
        QCOMPARE(browser.kindCounts()->value(QStringLiteral("report")), reportsBefore - 1);
        QCOMPARE(browser.tags()->at(1).itemCount, taggedBefore - 1);
        QCOMPARE(*browser.count(tagged), taggedRowsBefore - 1);
        auto page = browser.page({}, BrowseSort::Added, Qt::AscendingOrder, nullptr, kN);
        QVERIFY(page.ok());
        for (const BrowseRow &row : *page)
            QVERIFY(row.id != m_ids[0] && row.id != m_ids[1]);
        QCOMPARE(f.custody->events(m_ids[0])->last().action, QStringLiteral("delete"));

        QVERIFY(f.items->restoreDeleted({m_ids[0], m_ids[1]}).ok());
        QCOMPARE(*browser.count({}), before);
        QCOMPARE(browser.tags()->at(1).itemCount, taggedBefore);
        QCOMPARE(f.custody->events(m_ids[1])->last().action, QStringLiteral("restore"));

        // Erased for good: restoring is then refused, with nothing changed.
        QVERIFY(f.items->markDeleted({m_ids[1]}).ok());
        QCOMPARE(*f.items->purgeDeleted(), 1);
        QCOMPARE(f.items->restoreDeleted({m_ids[0], m_ids[1]}).error().code, ErrorCode::NotFound);
        QCOMPARE(*browser.count({}), before - 1);
    }

private:
    static constexpr int kN = 60;
    CoreFixture f;
    QVector<qint64> m_ids;
};

QTEST_GUILESS_MAIN(TestItemBrowser)
#include "tst_item_browser.moc"
