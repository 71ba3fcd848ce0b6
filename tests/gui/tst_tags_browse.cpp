// Tags through the real LibraryView, offscreen: tag by dropping items on a sidebar tag (the
// MIME data the item list produces, through the model's drop handling), tag by the chips,
// remove a chip, rename and recolour a tag in place, and the sidebar counts follow each time.
// A QAbstractItemModelTester (fatal) watches the sidebar model through every change.

#include "BrowseFixture.h"
#include "details/DetailPane.h"
#include "items/ItemListModel.h"
#include "items/ItemMimeData.h"
#include "main/LibraryEditor.h"
#include "tags/TagChipsWidget.h"

#include <QLineEdit>
#include <QMimeData>
#include <QToolButton>
#include <QUndoStack>

using namespace amanat;
using namespace amanat::ui;

class TestTagsBrowse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_f.create(QStringLiteral("tst_tags_browse"),
                           {{"report", "Checkpoint detention report", "2017-03", nullptr},
                            {"testimony", "Interview W-014", "2018", nullptr},
                            {"image", "Hospital damage photographs", "2019-06-02", nullptr},
                            {"video", "Market shelling video", nullptr, nullptr}}));
        auto tags =
            m_f.library->tags().ensureAll({{QStringLiteral("Violations/Detention"), QString()},
                                           {QStringLiteral("Places"), QStringLiteral("#3A7BD5")}},
                                          QStringLiteral("tags_import"));
        QVERIFY(tags.ok());
        m_f.view->refreshSidebar();
        QTRY_COMPARE(m_f.tagCount(QStringLiteral("Violations/Detention")), qint64(0));
        QTRY_COMPARE(m_f.table()->model()->rowCount(), 4);
        QCOMPARE(m_f.sidebar()->allItemsIndex().data(SidebarModel::CountRole).toLongLong(), 4);
        QCOMPARE(m_f.sidebar()
                     ->kindIndex(QStringLiteral("report"))
                     .data(SidebarModel::CountRole)
                     .toLongLong(),
                 1);
    }

    void tagByDragAndDrop()
    {
        QAbstractItemModel *list = m_f.table()->model();
        // What the table hands to QDrag: ids under the private MIME type, no file names.
        std::unique_ptr<QMimeData> mime(
            list->mimeData({list->index(m_f.rowOf(m_f.ids[0]), 0),
                            list->index(m_f.rowOf(m_f.ids[1]), ItemListModel::KindColumn)}));
        QVERIFY(mime);
        QVERIFY(!mime->hasUrls());
        const QModelIndex target = m_f.sidebar()->tagIndex(QStringLiteral("Violations/Detention"));
        QVERIFY(m_f.sidebar()->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, target));
        // Items are tagged only when dropped on a tag, not between rows or on a group.
        QVERIFY(!m_f.sidebar()->canDropMimeData(mime.get(), Qt::CopyAction, 0, -1, target));
        QVERIFY(
            !m_f.sidebar()->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1,
                                            m_f.sidebar()->groupIndex(SidebarModel::TagGroupNode)));
        QVERIFY(m_f.sidebar()->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, target));

        QTRY_COMPARE(m_f.tagCount(QStringLiteral("Violations/Detention")), qint64(2));
        auto item = m_f.library->items().get(m_f.ids[0]);
        QVERIFY(item.ok());
        QCOMPARE(item->tags, QStringList{QStringLiteral("Violations/Detention")});
        // The list row shows the new tag without a reload.
        QTRY_COMPARE(
            list->index(m_f.rowOf(m_f.ids[1]), ItemListModel::TagsColumn).data().toString(),
            QStringLiteral("Violations/Detention"));
        // Selecting the parent tag lists the items of its subtree.
        m_f.view->sidebar()->setCurrentIndex(m_f.sidebar()->tagIndex(QStringLiteral("Violations")));
        QTRY_COMPARE(list->rowCount(), 2);
        m_f.view->sidebar()->setCurrentIndex(m_f.sidebar()->allItemsIndex());
        QTRY_COMPARE(list->rowCount(), 4);
    }

    void tagByChipsAndRemoveByChip()
    {
        QTableView *table = m_f.table();
        QTRY_VERIFY(m_f.rowOf(m_f.ids[2]) >= 0);
        table->setFocus();
        table->selectRow(m_f.rowOf(m_f.ids[2]));
        auto *chips = m_f.view->findChild<TagChipsWidget *>(QStringLiteral("tagChips"));
        QVERIFY(chips);
        QTRY_VERIFY(chips->input()->isEnabled());
        QTest::keyClicks(chips->input(), QStringLiteral("Places"));
        QTest::keyClick(chips->input(), Qt::Key_Return);
        QTRY_COMPARE(m_f.tagCount(QStringLiteral("Places")), qint64(1));
        QTRY_COMPARE(chips->tags(), QStringList{QStringLiteral("Places")});
        QVERIFY(chips->input()->text().isEmpty());

        // A new path creates the tag (and its parent) and shows in the sidebar.
        QTest::keyClicks(chips->input(), QStringLiteral("Evidence/Photos"));
        QTest::keyClick(chips->input(), Qt::Key_Return);
        QTRY_COMPARE(m_f.tagCount(QStringLiteral("Evidence/Photos")), qint64(1));
        QTRY_COMPARE(chips->tags().size(), 2);

        // The × on a chip removes that tag.
        QToolButton *remove = nullptr;
        const auto chipsFrames = chips->findChildren<QFrame *>(QStringLiteral("tagChip"));
        for (QFrame *chip : chipsFrames)
            if (chip->property("tagPath").toString() == QLatin1String("Evidence/Photos"))
                remove = chip->findChild<QToolButton *>(QStringLiteral("removeTagButton"));
        QVERIFY(remove);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(m_f.tagCount(QStringLiteral("Evidence/Photos")), qint64(0));
        QTRY_COMPARE(chips->tags(), QStringList{QStringLiteral("Places")});
    }

    void undoAndRedoATagAssignment()
    {
        QUndoStack *stack = m_f.view->undoStack();
        QVERIFY(stack->canUndo());
        stack->undo(); // the chip removal
        QTRY_COMPARE(m_f.tagCount(QStringLiteral("Evidence/Photos")), qint64(1));
        stack->undo(); // the chip addition
        QTRY_COMPARE(m_f.tagCount(QStringLiteral("Evidence/Photos")), qint64(0));
        stack->redo();
        QTRY_COMPARE(m_f.tagCount(QStringLiteral("Evidence/Photos")), qint64(1));
        // Both directions went through the core: the custody log has add, remove, add again.
        auto events = m_f.library->custody().events(m_f.ids[2]);
        QVERIFY(events.ok());
        int tagged = 0;
        int untagged = 0;
        for (const CustodyEvent &event : *events) {
            if (event.details.value(QStringLiteral("tag")).toString() !=
                QLatin1String("Evidence/Photos"))
                continue;
            if (event.action == QLatin1String("tag"))
                ++tagged;
            else if (event.action == QLatin1String("untag"))
                ++untagged;
        }
        QCOMPARE(tagged, 3);   // chip, undo of the ×, redo
        QCOMPARE(untagged, 2); // ×, undo of the chip
    }

    void renameATagInPlace()
    {
        const QModelIndex places = m_f.sidebar()->tagIndex(QStringLiteral("Places"));
        QVERIFY(places.flags() & Qt::ItemIsEditable);
        // What the tree's inline editor does when the user types a new name and presses Enter.
        QVERIFY(m_f.sidebar()->setData(places, QStringLiteral("Locations"), Qt::EditRole));
        QTRY_VERIFY(m_f.sidebar()->tagIndex(QStringLiteral("Locations")).isValid());
        QVERIFY(!m_f.sidebar()->tagIndex(QStringLiteral("Places")).isValid());
        QCOMPARE(m_f.tagCount(QStringLiteral("Locations")), qint64(1));
        // The colour stays, the list and the chips follow.
        QCOMPARE(m_f.sidebar()
                     ->tagIndex(QStringLiteral("Locations"))
                     .data(SidebarModel::ColorRole)
                     .toString(),
                 QStringLiteral("#3A7BD5"));
        QAbstractItemModel *list = m_f.table()->model();
        QTRY_VERIFY(list->index(m_f.rowOf(m_f.ids[2]), ItemListModel::TagsColumn)
                        .data()
                        .toString()
                        .contains(QLatin1String("Locations")));
        auto *chips = m_f.view->findChild<TagChipsWidget *>(QStringLiteral("tagChips"));
        QTRY_VERIFY(chips->tags().contains(QStringLiteral("Locations")));

        // Undo renames it back; redo again.
        m_f.view->undoStack()->undo();
        QTRY_VERIFY(m_f.sidebar()->tagIndex(QStringLiteral("Places")).isValid());
        m_f.view->undoStack()->redo();
        QTRY_VERIFY(m_f.sidebar()->tagIndex(QStringLiteral("Locations")).isValid());
    }

    void colourMoveAndMerge()
    {
        LibraryEditor *editor = m_f.view->editor();
        QVERIFY(editor->setTagColor(QStringLiteral("Locations"), QStringLiteral("#D64545")));
        QTRY_COMPARE(m_f.sidebar()
                         ->tagIndex(QStringLiteral("Locations"))
                         .data(SidebarModel::ColorRole)
                         .toString(),
                     QStringLiteral("#D64545"));
        m_f.view->undoStack()->undo();
        QTRY_COMPARE(m_f.sidebar()
                         ->tagIndex(QStringLiteral("Locations"))
                         .data(SidebarModel::ColorRole)
                         .toString(),
                     QStringLiteral("#3A7BD5"));

        // Drag a tag onto another: it moves under it.
        auto *mime = m_f.sidebar()->mimeData({m_f.sidebar()->tagIndex(QStringLiteral("Evidence"))});
        QVERIFY(mime);
        const QModelIndex violations = m_f.sidebar()->tagIndex(QStringLiteral("Violations"));
        QVERIFY(m_f.sidebar()->canDropMimeData(mime, Qt::MoveAction, -1, -1, violations));
        // Never into its own subtree.
        QVERIFY(!m_f.sidebar()->canDropMimeData(
            mime, Qt::MoveAction, -1, -1,
            m_f.sidebar()->tagIndex(QStringLiteral("Evidence/Photos"))));
        m_f.sidebar()->dropMimeData(mime, Qt::MoveAction, -1, -1, violations);
        delete mime;
        QTRY_VERIFY(
            m_f.sidebar()->tagIndex(QStringLiteral("Violations/Evidence/Photos")).isValid());
        QCOMPARE(m_f.tagCount(QStringLiteral("Violations/Evidence/Photos")), qint64(1));

        // Merge: the items move to the target, the source goes away; counts follow.
        QVERIFY(editor->mergeTags(QStringLiteral("Violations/Evidence/Photos"),
                                  QStringLiteral("Violations/Detention")));
        QTRY_COMPARE(m_f.tagCount(QStringLiteral("Violations/Detention")), qint64(3));
        QVERIFY(!m_f.sidebar()->tagIndex(QStringLiteral("Violations/Evidence/Photos")).isValid());
        // Delete: the tag and its links go, the items stay.
        QVERIFY(editor->deleteTag(QStringLiteral("Violations/Evidence")));
        QTRY_VERIFY(!m_f.sidebar()->tagIndex(QStringLiteral("Violations/Evidence")).isValid());
        QCOMPARE(m_f.sidebar()->allItemsIndex().data(SidebarModel::CountRole).toLongLong(), 4);
    }

    void lockingClearsTheSidebarAndTheList()
    {
        m_f.view->clear();
        QCOMPARE(m_f.table()->model()->rowCount(), 0);
        QCOMPARE(m_f.sidebar()->rowCount(m_f.sidebar()->groupIndex(SidebarModel::TagGroupNode)), 0);
        QVERIFY(!m_f.view->undoStack()->canUndo());
    }

private:
    test::BrowseFixture m_f;
};

QTEST_MAIN(TestTagsBrowse)
#include "tst_tags_browse.moc"
