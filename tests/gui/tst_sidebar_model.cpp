// SidebarModel and FacetModel on their own: QAbstractItemModelTester (fatal) while tags,
// counts, saved searches and dossiers change; counts update in place (selection survives);
// drop rules for item ids and tags; facet filters as query text.

#include "items/ItemMimeData.h"
#include "search/FacetModel.h"
#include "sidebar/SidebarModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QtTest>

using namespace amanat;
using namespace amanat::ui;

namespace {

Tag tag(qint64 id, qint64 parent, const char *name, const char *path, qint64 count,
        const char *color = "")
{
    Tag t;
    t.id = id;
    t.parentId = parent;
    t.name = QString::fromUtf8(name);
    t.path = QString::fromUtf8(path);
    t.itemCount = count;
    t.color = QString::fromLatin1(color);
    return t;
}

} // namespace

class TestSidebarModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheTesterWhileItChanges()
    {
        SidebarModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 5); // all, kinds, tags, saved searches, dossiers
        model.setKindCounts({{QStringLiteral("report"), 3}, {QStringLiteral("image"), 2}});
        QCOMPARE(model.allItemsIndex().data(SidebarModel::CountRole).toLongLong(), 5);
        QCOMPARE(model.kindIndex(QStringLiteral("image")).siblingAtColumn(1).data().toString(),
                 QStringLiteral("2"));

        model.setTags({tag(1, 0, "Places", "Places", 2, "#3A7BD5"),
                       tag(2, 0, "Violations", "Violations", 0),
                       tag(3, 2, "Detention", "Violations/Detention", 4)});
        QVERIFY(model.tagIndex(QStringLiteral("violations/detention")).isValid());
        QCOMPARE(model.tagIndex(QStringLiteral("Places")).data(Qt::DecorationRole).isNull(), false);

        // Same shape, new counts: updated in place, a selection stays put.
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.tagIndex(QStringLiteral("Violations/Detention")),
                                  QItemSelectionModel::ClearAndSelect);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setTags({tag(1, 0, "Places", "Places", 2, "#3A7BD5"),
                       tag(2, 0, "Violations", "Violations", 0),
                       tag(3, 2, "Detention", "Violations/Detention", 5)});
        QCOMPARE(removed.size(), 0);
        QCOMPARE(changed.size(), 2); // the tag and its parent, which shows its subtree's total
        QCOMPARE(model.tagIndex(QStringLiteral("Violations")).siblingAtColumn(1).data().toString(),
                 QStringLiteral("5"));
        QCOMPARE(selection.currentIndex().data(SidebarModel::CountRole).toLongLong(), 5);

        // A new shape (a tag moved, one added) is rebuilt.
        model.setTags({tag(1, 3, "Places", "Violations/Detention/Places", 2),
                       tag(2, 0, "Violations", "Violations", 0),
                       tag(3, 2, "Detention", "Violations/Detention", 5),
                       tag(4, 0, "Évidence", "Évidence", 1)});
        QVERIFY(model.tagIndex(QStringLiteral("Violations/Detention/Places")).isValid());
        QCOMPARE(model.tagPaths().size(), 4);
        const QVariantList subtree = model.tagIndex(QStringLiteral("Violations"))
                                         .data(SidebarModel::SubtreeIdsRole)
                                         .toList();
        QCOMPARE(subtree.size(), 3);

        SavedSearch saved;
        saved.id = 7;
        saved.name = QStringLiteral("Camps");
        saved.query = QStringLiteral("camp after:2017");
        model.setSavedSearches({saved});
        QCOMPARE(model.savedSearchIndex(QStringLiteral("camps")).data(SidebarModel::KeyRole),
                 QVariant(QStringLiteral("camp after:2017")));
        model.setDossiers({{1, QStringLiteral("Case 12")}, {2, QStringLiteral("Case 13")}});
        QCOMPARE(model.rowCount(model.groupIndex(SidebarModel::DossierGroupNode)), 2);
        model.setDossiers({});
        model.clear();
        QCOMPARE(model.rowCount(model.groupIndex(SidebarModel::TagGroupNode)), 0);
        QCOMPARE(model.allItemsIndex().data(SidebarModel::CountRole).toLongLong(), 0);
    }

    void dropRules()
    {
        SidebarModel model;
        model.setTags({tag(1, 0, "A", "A", 0), tag(2, 1, "B", "A/B", 0), tag(3, 0, "C", "C", 0)});
        std::unique_ptr<QMimeData> items(ItemMimeData::create({4, 5}));
        const QModelIndex a = model.tagIndex(QStringLiteral("A"));
        const QModelIndex b = model.tagIndex(QStringLiteral("A/B"));
        const QModelIndex c = model.tagIndex(QStringLiteral("C"));
        QVERIFY(model.canDropMimeData(items.get(), Qt::CopyAction, -1, -1, b));
        QVERIFY(!model.canDropMimeData(items.get(), Qt::CopyAction, -1, -1, model.allItemsIndex()));
        QSignalSpy dropped(&model, &SidebarModel::itemsDroppedOnTag);
        QVERIFY(model.dropMimeData(items.get(), Qt::CopyAction, -1, -1, b.siblingAtColumn(1)));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.at(0).at(0).value<QVector<qint64>>(), (QVector<qint64>{4, 5}));
        QCOMPARE(dropped.at(0).at(1).toString(), QStringLiteral("A/B"));

        std::unique_ptr<QMimeData> tagA(model.mimeData({a}));
        QVERIFY(tagA && !ItemMimeData::ids(tagA.get()).size());
        QVERIFY(!model.canDropMimeData(tagA.get(), Qt::MoveAction, -1, -1, a)); // itself
        QVERIFY(!model.canDropMimeData(tagA.get(), Qt::MoveAction, -1, -1, b)); // its child
        QVERIFY(
            !model.canDropMimeData(tagA.get(), Qt::MoveAction, -1, -1,
                                   model.groupIndex(SidebarModel::TagGroupNode))); // already top
        QVERIFY(model.canDropMimeData(tagA.get(), Qt::MoveAction, -1, -1, c));
        std::unique_ptr<QMimeData> tagB(model.mimeData({b}));
        QVERIFY(!model.canDropMimeData(tagB.get(), Qt::MoveAction, -1, -1, a)); // already there
        QSignalSpy moved(&model, &SidebarModel::tagMoveRequested);
        model.dropMimeData(tagB.get(), Qt::MoveAction, -1, -1,
                           model.groupIndex(SidebarModel::TagGroupNode));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.at(0).at(0).toString(), QStringLiteral("A/B"));
        QCOMPARE(moved.at(0).at(1).toString(), QString());

        QSignalSpy renamed(&model, &SidebarModel::tagRenameRequested);
        QVERIFY(!model.setData(model.allItemsIndex(), QStringLiteral("x"), Qt::EditRole));
        QVERIFY(!model.setData(c, QStringLiteral("  "), Qt::EditRole));
        QVERIFY(model.setData(c, QStringLiteral("Countries"), Qt::EditRole));
        QCOMPARE(renamed.size(), 1);
    }

    void facetModelPassesTheTesterAndBuildsFilters()
    {
        FacetModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        SearchFacets facets;
        facets.kinds = {{QStringLiteral("report"), 3}, {QStringLiteral("image"), 1}};
        facets.tags = {{QStringLiteral("Violations/Arbitrary detention"), 2}};
        facets.years = {{QStringLiteral("2019"), 1}, {QStringLiteral("2017"), 3}};
        model.setFacets(facets);
        QCOMPARE(model.rowCount(), int(FacetModel::GroupCount));
        QCOMPARE(model.rowCount(model.index(FacetModel::KindGroup, 0)), 2);
        QVERIFY(!model.hasCheckedValues());
        QSignalSpy changed(&model, &FacetModel::filtersChanged);
        model.toggle(model.indexOf(FacetModel::KindGroup, QStringLiteral("image")));
        model.toggle(
            model.indexOf(FacetModel::TagGroup, QStringLiteral("Violations/Arbitrary detention")));
        model.toggle(model.indexOf(FacetModel::YearGroup, QStringLiteral("2017")));
        QCOMPARE(changed.size(), 3);
        QCOMPARE(model.filterQuery(),
                 QStringLiteral("kind:image tag:\"Violations/Arbitrary detention\" after:2017 "
                                "before:2017"));
        // One value per group: checking another kind replaces the first.
        model.setChecked(FacetModel::KindGroup, QStringLiteral("report"), true);
        QVERIFY(model.filterQuery().startsWith(QLatin1String("kind:report ")));
        // New facets keep what is checked, even a value no longer listed.
        facets.tags.clear();
        model.setFacets(facets);
        QCOMPARE(
            model.indexOf(FacetModel::TagGroup, QStringLiteral("Violations/Arbitrary detention"))
                .data(Qt::CheckStateRole)
                .toInt(),
            int(Qt::Checked));
        model.toggle(model.indexOf(FacetModel::YearGroup, QStringLiteral("2017")));
        QVERIFY(!model.filterQuery().contains(QLatin1String("after:")));
        model.clear();
        QVERIFY(!model.hasCheckedValues());
        QCOMPARE(model.rowCount(model.index(FacetModel::KindGroup, 0)), 0);
    }
};

QTEST_MAIN(TestSidebarModel)
#include "tst_sidebar_model.moc"
