// DossierModel on a real library: QAbstractItemModelTester (fatal) while sections and
// exhibits are added, dropped, moved and renamed; item drops from the item list's MIME
// format land in the section dropped on (or the last one) at the row dropped at; internal
// drags move exhibits within and across sections and move sections; every change is in the
// repository and the custody log; drags from another dossier are refused.

#include "dossiers/DossierModel.h"
#include "items/ItemMimeData.h"
#include "GuiTestSupport.h"
#include "library/Library.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace amanat;
using namespace amanat::ui;
using amanat::test::countEvents;

namespace {

/** The exhibits' item ids, section by section, e.g. {{1, 2}, {3}}. */
QVector<QVector<qint64>> layoutOf(Library &library, qint64 dossierId)
{
    QVector<QVector<qint64>> out;
    auto sections = library.dossiers().sections(dossierId);
    if (!sections.ok())
        return out;
    for (const DossierSection &section : *sections) {
        QVector<qint64> items;
        for (const Exhibit &e : section.exhibits)
            items << e.itemId;
        out << items;
    }
    return out;
}

} // namespace

class TestDossierModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    QVector<qint64> m_items;
    qint64 m_dossier = 0;
    qint64 m_other = 0;
    std::unique_ptr<DossierModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QVector<QVector<qint64>> layout() { return layoutOf(*m_library, m_dossier); }
    QVector<qint64> ids(std::initializer_list<int> which) const
    {
        QVector<qint64> out;
        for (int i : which)
            out << m_items.at(i);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = test::createLibrary(m_dir.path(), QStringLiteral("tst_dossier_model"));
        QVERIFY(m_library);
        const char *const titles[] = {"Police file 2019", "Country report", "Statement W-014",
                                      "Checkpoint video"};
        const char *const kinds[] = {"scan", "report", "testimony", "video"};
        for (int i = 0; i < 4; ++i) {
            auto id =
                m_library->items().create(QString::fromLatin1(kinds[i]),
                                          QString::fromLatin1(titles[i]), QStringLiteral("create"));
            QVERIFY(id.ok());
            m_items << *id;
        }
        Dossier dossier;
        dossier.name = QStringLiteral("Appeal W-014");
        auto id = m_library->dossiers().create(dossier);
        QVERIFY(id.ok());
        m_dossier = *id;
        dossier.name = QStringLiteral("Another case");
        auto other = m_library->dossiers().create(dossier);
        QVERIFY(other.ok());
        m_other = *other;

        m_model = std::make_unique<DossierModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->setDossier(m_library.get(), m_dossier);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_model.reset();
        m_library.reset();
    }

    void dropIntoEmptyDossierMakesASection()
    {
        QVERIFY(m_model->canDropMimeData(
            std::unique_ptr<QMimeData>(ItemMimeData::create(ids({0}))).get(), Qt::CopyAction, -1,
            -1, {}));
        std::unique_ptr<QMimeData> data(ItemMimeData::create(ids({0})));
        QVERIFY(m_model->dropMimeData(data.get(), Qt::CopyAction, -1, -1, {}));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(layout(), (QVector<QVector<qint64>>{ids({0})}));
        QCOMPARE(countEvents(*m_library, QStringLiteral("exhibit_add")), 1);
    }

    void sectionsAndDrops()
    {
        auto b = m_model->addSection(QStringLiteral("B. Country conditions"));
        QVERIFY(b.ok());
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->index(1, 0).data(Qt::EditRole).toString(),
                 QStringLiteral("B. Country conditions"));
        QVERIFY(m_model->index(1, 0).data().toString().startsWith(
            QStringLiteral("B. Country conditions  —  ")));
        // Onto section B: at its end.
        std::unique_ptr<QMimeData> two(ItemMimeData::create(ids({1, 3})));
        QVERIFY(m_model->dropMimeData(two.get(), Qt::CopyAction, -1, 0, m_model->index(1, 0)));
        QCOMPARE(layout(), (QVector<QVector<qint64>>{ids({0}), ids({1, 3})}));
        // Between B's two exhibits: at that row, in one transaction.
        std::unique_ptr<QMimeData> one(ItemMimeData::create(ids({2})));
        QVERIFY(m_model->dropMimeData(one.get(), Qt::CopyAction, 1, 0, m_model->index(1, 0)));
        QCOMPARE(layout(), (QVector<QVector<qint64>>{ids({0}), ids({1, 2, 3})}));
        // The columns: label, title, kind, range.
        const QModelIndex first = m_model->index(0, 0, m_model->index(1, 0));
        QCOMPARE(first.siblingAtColumn(DossierModel::TitleColumn).data().toString(),
                 QStringLiteral("Country report"));
        QVERIFY(!first.siblingAtColumn(DossierModel::KindColumn).data().toString().isEmpty());
        QCOMPARE(first.data(DossierModel::ItemIdRole).toLongLong(), m_items.at(1));
        QCOMPARE(countEvents(*m_library, QStringLiteral("exhibit_add")), 4);
    }

    void internalMoves()
    {
        const int movesBefore = countEvents(*m_library, QStringLiteral("exhibit_move"));
        // Drag B's last exhibit (item 3) to the top of B.
        const QModelIndex b = m_model->index(1, 0);
        std::unique_ptr<QMimeData> drag(m_model->mimeData({m_model->index(2, 0, b)}));
        QVERIFY(drag);
        QVERIFY(m_model->dropMimeData(drag.get(), Qt::MoveAction, 0, 0, m_model->index(1, 0)));
        QCOMPARE(layout(), (QVector<QVector<qint64>>{ids({0}), ids({3, 1, 2})}));
        // Drag item 3 down within B, below item 1 (row 2 before the move: position 1 after).
        drag.reset(m_model->mimeData({m_model->index(0, 0, m_model->index(1, 0))}));
        QVERIFY(m_model->dropMimeData(drag.get(), Qt::MoveAction, 2, 0, m_model->index(1, 0)));
        QCOMPARE(layout(), (QVector<QVector<qint64>>{ids({0}), ids({1, 3, 2})}));
        // Across sections: item 2 to the end of the first section.
        drag.reset(m_model->mimeData({m_model->index(2, 0, m_model->index(1, 0))}));
        QVERIFY(m_model->dropMimeData(drag.get(), Qt::MoveAction, -1, 0, m_model->index(0, 0)));
        QCOMPARE(layout(), (QVector<QVector<qint64>>{ids({0, 2}), ids({1, 3})}));
        QCOMPARE(countEvents(*m_library, QStringLiteral("exhibit_move")), movesBefore + 3);
        // Move buttons: up over the edge of a section goes to the end of the one above.
        QVERIFY(m_model->moveBy(m_model->index(0, 0, m_model->index(1, 0)), -1));
        QCOMPARE(layout(), (QVector<QVector<qint64>>{ids({0, 2, 1}), ids({3})}));
        QVERIFY(m_model->moveBy(m_model->index(0, 0, m_model->index(0, 0)), 1));
        QCOMPARE(layout(), (QVector<QVector<qint64>>{ids({2, 0, 1}), ids({3})}));
    }

    void sectionMoves()
    {
        const qint64 first = m_model->index(0, 0).data(DossierModel::SectionIdRole).toLongLong();
        std::unique_ptr<QMimeData> drag(m_model->mimeData({m_model->index(0, 0)}));
        // A section cannot go into another section's rows.
        QVERIFY(!m_model->canDropMimeData(drag.get(), Qt::MoveAction, 0, 0,
                                          m_model->index(0, 0, m_model->index(1, 0))));
        QVERIFY(m_model->dropMimeData(drag.get(), Qt::MoveAction, 2, 0, {}));
        QCOMPARE(m_model->index(1, 0).data(DossierModel::SectionIdRole).toLongLong(), first);
        QCOMPARE(layout(), (QVector<QVector<qint64>>{ids({3}), ids({2, 0, 1})}));
        QCOMPARE(countEvents(*m_library, QStringLiteral("section_move")), 1);
        QVERIFY(m_model->moveBy(m_model->index(1, 0), -1));
        QCOMPARE(layout(), (QVector<QVector<qint64>>{ids({2, 0, 1}), ids({3})}));
    }

    void renameAndRefuse()
    {
        QSignalSpy failed(m_model.get(), &DossierModel::failed);
        const QModelIndex exhibit = m_model->index(0, 0, m_model->index(0, 0));
        QVERIFY(m_model->setData(exhibit, QStringLiteral("A-1")));
        QCOMPARE(m_model->index(0, 0, m_model->index(0, 0)).data().toString(),
                 QStringLiteral("A-1"));
        QVERIFY(m_model->setData(m_model->index(1, 0), QStringLiteral("B. Country evidence")));
        QCOMPARE(m_model->index(1, 0).data(Qt::EditRole).toString(),
                 QStringLiteral("B. Country evidence"));
        // A duplicate section title is refused by the repository, with a message.
        QVERIFY(!m_model->setData(m_model->index(1, 0), m_model->index(0, 0).data(Qt::EditRole)));
        QCOMPARE(failed.size(), 1);
        QVERIFY(countEvents(*m_library, QStringLiteral("exhibit_update")) >= 1);
        QCOMPARE(countEvents(*m_library, QStringLiteral("section_rename")), 1);

        // A drag from another dossier's tree is refused.
        DossierModel other;
        QAbstractItemModelTester otherTester(&other,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
        other.setDossier(m_library.get(), m_other);
        std::unique_ptr<QMimeData> items(ItemMimeData::create(ids({1})));
        QVERIFY(other.dropMimeData(items.get(), Qt::CopyAction, -1, -1, {}));
        std::unique_ptr<QMimeData> foreign(other.mimeData({other.index(0, 0, other.index(0, 0))}));
        QVERIFY(
            !m_model->canDropMimeData(foreign.get(), Qt::MoveAction, -1, 0, m_model->index(0, 0)));
        // Removing: exhibits and a section.
        QVERIFY(m_model->removeExhibit(m_model->index(0, 0, m_model->index(1, 0))
                                           .data(DossierModel::ExhibitIdRole)
                                           .toLongLong()));
        QVERIFY(m_model->removeSection(
            m_model->index(1, 0).data(DossierModel::SectionIdRole).toLongLong()));
        QCOMPARE(layout(), (QVector<QVector<qint64>>{ids({2, 0, 1})}));
        QCOMPARE(countEvents(*m_library, QStringLiteral("exhibit_remove")), 1);
        auto verified = m_library->custody().verify();
        QVERIFY(verified.ok() && verified->ok());
    }

    void rangeText()
    {
        Exhibit e;
        QCOMPARE(DossierModel::rangeText(e), QString());
        e.firstPage = 3;
        e.lastPage = 7;
        QVERIFY(DossierModel::rangeText(e).contains(QLatin1Char('7')));
        e.firstPage.reset();
        e.lastPage.reset();
        e.startMs = 65'000;
        e.endMs = 3'750'500;
        QCOMPARE(DossierModel::rangeText(e), QStringLiteral("1:05–1:02:30.500"));
    }
};

QTEST_MAIN(TestDossierModel)
#include "tst_dossier_model.moc"
