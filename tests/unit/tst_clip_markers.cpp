// ClipMarkers: add, list in time order, edit and delete, each with its custody event;
// bad times and unknown items are refused without a change.

#include "CoreFixture.h"
#include "repository/ClipMarkers.h"

#include <QtTest>

using namespace amanat;
using namespace amanat::test;

class TestClipMarkers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addListEditDelete()
    {
        CoreFixture f;
        auto video = f.items->create(QStringLiteral("video"), QStringLiteral("Clip"),
                                     QStringLiteral("create"));
        QVERIFY(video.ok());
        ClipMarkers markers(*f.db, *f.custody);
        auto late = markers.add(*video, 7000, 9500, QStringLiteral("  second arrest  "));
        QVERIFY2(late.ok(), qPrintable(late.error().message));
        auto early = markers.add(*video, 1200, 1200, QString());
        QVERIFY(early.ok());

        auto list = markers.list(*video);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).id, *early); // ordered by start
        QCOMPARE(list->at(1).startMs, qint64(7000));
        QCOMPARE(list->at(1).endMs, qint64(9500));
        QCOMPARE(list->at(1).note, QStringLiteral("second arrest"));
        QVERIFY(!list->at(1).createdAt.isEmpty());

        QVERIFY(markers.update(*late, 6500, 9000, QStringLiteral("arrest")).ok());
        auto edited = markers.get(*late);
        QVERIFY(edited.ok());
        QCOMPARE(edited->startMs, qint64(6500));
        QCOMPARE(edited->note, QStringLiteral("arrest"));

        QVERIFY(markers.remove(*early).ok());
        QCOMPARE(markers.list(*video)->size(), 1);

        auto events = f.custody->events(*video);
        QVERIFY(events.ok());
        QStringList actions;
        for (const CustodyEvent &event : *events)
            actions << event.action;
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("create"), QStringLiteral("clip_marker_add"),
                              QStringLiteral("clip_marker_add"), QStringLiteral("clip_marker_edit"),
                              QStringLiteral("clip_marker_delete")}));
        QCOMPARE(events->at(3).details.value(QStringLiteral("start_ms")).toInteger(), 6500);
        QVERIFY(f.custody->verify()->ok());
    }

    void refusesBadInput()
    {
        CoreFixture f;
        auto video = f.items->create(QStringLiteral("video"), QStringLiteral("Clip"),
                                     QStringLiteral("create"));
        QVERIFY(video.ok());
        ClipMarkers markers(*f.db, *f.custody);
        QCOMPARE(markers.add(*video, 5000, 4000, QString()).error().code, ErrorCode::InvalidInput);
        QCOMPARE(markers.add(*video, -1, 10, QString()).error().code, ErrorCode::InvalidInput);
        QCOMPARE(
            markers.add(*video, 0, 10, QString(ClipMarkers::kMaxNoteLength + 1, QLatin1Char('x')))
                .error()
                .code,
            ErrorCode::InvalidInput);
        QCOMPARE(markers.add(*video + 99, 0, 10, QString()).error().code, ErrorCode::NotFound);
        QCOMPARE(markers.update(12345, 0, 10, QString()).error().code, ErrorCode::NotFound);
        QCOMPARE(markers.remove(12345).error().code, ErrorCode::NotFound);
        QCOMPARE(markers.list(*video)->size(), 0);
        QCOMPARE(f.custody->count(*video).value(), qint64(1)); // only "create"
    }

    void markersGoWithTheirItem()
    {
        CoreFixture f;
        auto video = f.items->create(QStringLiteral("video"), QStringLiteral("Clip"),
                                     QStringLiteral("create"));
        QVERIFY(video.ok());
        ClipMarkers markers(*f.db, *f.custody);
        QVERIFY(markers.add(*video, 0, 100, QStringLiteral("x")).ok());
        QVERIFY(f.items->remove(*video).ok());
        QCOMPARE(f.count("SELECT count(*) FROM clip_markers"), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestClipMarkers)
#include "tst_clip_markers.moc"
