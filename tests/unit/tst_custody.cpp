#include "CoreFixture.h"

#include <QtTest>

using namespace amanat;
using namespace amanat::test;

class TestCustody : public QObject
{
    Q_OBJECT

private:
    static void appendSome(CoreFixture &f, int n)
    {
        for (int i = 0; i < n; ++i)
            QVERIFY(f.custody
                        ->append(QStringLiteral("edit"), i + 1,
                                 {{QStringLiteral("n"), i},
                                  {QStringLiteral("text"), QStringLiteral("é中")}})
                        .ok());
    }

private Q_SLOTS:
    void chainLinksEveryEvent()
    {
        CoreFixture f;
        appendSome(f, 5);
        auto events = f.custody->events();
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 5);
        QCOMPARE(events->first().prevHash, QString(64, QLatin1Char('0')));
        for (int i = 1; i < events->size(); ++i) {
            QCOMPARE(events->at(i).prevHash, events->at(i - 1).hash);
            QCOMPARE(events->at(i).seq, qint64(i + 1));
        }
        QVERIFY(events->first().at.endsWith(QLatin1Char('Z')));
        QCOMPARE(events->first().actor, QStringLiteral("tester (test)"));
        auto verification = f.custody->verify();
        QVERIFY(verification.ok());
        QVERIFY2(verification->ok(), qPrintable(verification->problem));
        QCOMPARE(verification->events, qint64(5));
        QCOMPARE(*f.custody->count(3), qint64(1));
        QCOMPARE(f.custody->events(3)->size(), 1);
    }

    void emptyLogVerifies()
    {
        CoreFixture f;
        QVERIFY(f.custody->verify()->ok());
    }

    void editedDetailsAreCaught()
    {
        CoreFixture f;
        appendSome(f, 4);
        QVERIFY(f.db->exec("DROP TRIGGER custody_events_no_update").ok());
        QVERIFY(f.db->exec("UPDATE custody_events SET details = '{\"n\":9}' WHERE seq = 2").ok());
        auto verification = f.custody->verify();
        QVERIFY(!verification->ok());
        QCOMPARE(verification->firstBadSeq, qint64(2));
    }

    void rehashedEventIsCaughtByTheNextLink()
    {
        CoreFixture f;
        appendSome(f, 4);
        QVERIFY(f.db->exec("DROP TRIGGER custody_events_no_update").ok());
        // An editor who also replaces the hash breaks the link to event 3.
        QVERIFY(f.db->exec("UPDATE custody_events SET action = 'import', hash = "
                           "'1111111111111111111111111111111111111111111111111111111111111111' "
                           "WHERE seq = 2")
                    .ok());
        QVERIFY(!f.custody->verify()->ok());
    }

    void removedEventsAreCaught()
    {
        CoreFixture f;
        appendSome(f, 4);
        QVERIFY(f.db->exec("DROP TRIGGER custody_events_no_delete").ok());
        QVERIFY(f.db->exec("DELETE FROM custody_events WHERE seq = 2").ok());
        QVERIFY(!f.custody->verify()->ok());
    }

    void truncatedTailIsCaught()
    {
        CoreFixture f;
        appendSome(f, 4);
        QVERIFY(f.db->exec("DROP TRIGGER custody_events_no_delete").ok());
        QVERIFY(f.db->exec("DELETE FROM custody_events WHERE seq = 4").ok());
        auto verification = f.custody->verify();
        QVERIFY(!verification->ok());
        QVERIFY(verification->problem.contains(QLatin1String("cut off")));
    }

    void forgedHeadIsCaught()
    {
        CoreFixture f;
        appendSome(f, 3);
        QVERIFY(f.db->exec("DROP TRIGGER custody_events_no_delete").ok());
        QVERIFY(f.db->exec("DELETE FROM custody_events WHERE seq = 3").ok());
        // Point the head at event 2 without the MAC key.
        QVERIFY(f.db->exec("UPDATE meta SET value = (SELECT '2:' || hash FROM custody_events "
                           "WHERE seq = 2) WHERE key = 'custody_head'")
                    .ok());
        QVERIFY(!f.custody->verify()->ok());
    }

    void removedProtectionIsReported()
    {
        CoreFixture f;
        appendSome(f, 1);
        QVERIFY(f.db->exec("DROP TRIGGER custody_events_no_update").ok());
        QVERIFY(!f.custody->verify()->ok());
    }

    void appendFollowsTheCallersTransaction()
    {
        CoreFixture f;
        {
            auto transaction = Transaction::begin(*f.db);
            QVERIFY(f.custody->append(QStringLiteral("edit"), 1).ok());
            // no commit: rolled back with the change it described
        }
        QCOMPARE(f.custody->events()->size(), 0);
        QVERIFY(f.custody->verify()->ok());
    }

    void headNamesTheNewestEventAfterATransaction()
    {
        CoreFixture f;
        {
            auto transaction = Transaction::begin(*f.db);
            appendSome(f, 3);
            {
                // Events of a part rolled back are gone, and the head must not name them.
                auto part = Transaction::beginSavepoint(*f.db);
                appendSome(f, 2);
            }
            QVERIFY(transaction->commit().ok());
        }
        QCOMPARE(f.custody->events()->size(), 3);
        QCOMPARE(*f.db->scalarText("SELECT value FROM meta WHERE key = 'custody_head'"),
                 *f.db->scalarText("SELECT '3:' || hash FROM custody_events WHERE seq = 3"));
        QVERIFY(f.custody->verify()->ok());
        appendSome(f, 1); // outside a transaction: the head follows at once
        QCOMPARE(*f.db->scalarText("SELECT substr(value, 1, 2) FROM meta "
                                   "WHERE key = 'custody_head'"),
                 QStringLiteral("4:"));
        QVERIFY(f.custody->verify()->ok());
    }
};

QTEST_GUILESS_MAIN(TestCustody)
#include "tst_custody.moc"
