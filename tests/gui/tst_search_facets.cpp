// Search through the real LibraryView, offscreen: typing runs the query (debounced, on the
// read thread) and shows the hits with highlighted snippets; a facet narrows the hits;
// the query can be saved and appears in the sidebar. QAbstractItemModelTester (fatal) on the
// facet model while it changes.

#include "BrowseFixture.h"
#include "items/ItemListModel.h"
#include "items/SearchResultModel.h"
#include "search/FacetModel.h"
#include "search/SnippetText.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>

using namespace amanat;
using namespace amanat::ui;

class TestSearchFacets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_f.create(
            QStringLiteral("tst_search_facets"),
            {{"report", "Checkpoint report", "2017-03",
              "Guards held the prisoners in detention for weeks without charge."},
             {"testimony", "Interview W-014", "2018",
              "The witness describes her detention at the camp and the interrogations."},
             {"image", "Hospital photographs", "2019", "Photographs of the damaged hospital."},
             {"report", "Annual review", "2018-11",
              "A review of arbitrary detention across the region."}}));
        QTRY_COMPARE(m_f.table()->model()->rowCount(), 4);
        auto *facets = m_f.find<QTreeView>("facetTree");
        m_facetTester = std::make_unique<QAbstractItemModelTester>(
            facets->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void cleanupTestCase() { m_facetTester.reset(); }

    void showsTheHitsWithTheirSnippets()
    {
        auto *search = m_f.find<QLineEdit>("searchEdit");
        QTest::keyClicks(search, QStringLiteral("detention"));
        // No Enter: the search runs after a pause in typing.
        QTRY_COMPARE(m_f.table()->model()->rowCount(), 3);
        QAbstractItemModel *hits = m_f.table()->model();
        QVERIFY(qobject_cast<SearchResultModel *>(hits));
        for (int row = 0; row < hits->rowCount(); ++row) {
            const QModelIndex snippet = hits->index(row, SearchResultModel::SnippetColumn);
            const QString html = snippet.data(SearchResultModel::SnippetRole).toString();
            const SnippetText parsed = SnippetText::parse(html);
            QVERIFY2(!parsed.marks.isEmpty(), qPrintable(html));
            QCOMPARE(parsed.text.mid(parsed.marks[0].start, parsed.marks[0].length).toLower(),
                     QStringLiteral("detention"));
            // What is displayed has no markup.
            QVERIFY(!snippet.data().toString().contains(QLatin1Char('<')));
        }
        // The delegate paints the snippet cells.
        m_f.table()->viewport()->repaint();
        QVERIFY(m_f.find<QTreeView>("facetTree")->isVisible());
        QVERIFY(m_f.find<QPushButton>("saveSearchButton")->isEnabled());
    }

    void aFacetNarrowsTheHits()
    {
        auto *facetView = m_f.find<QTreeView>("facetTree");
        auto *facets = qobject_cast<FacetModel *>(facetView->model());
        QVERIFY(facets);
        const QModelIndex report = facets->indexOf(FacetModel::KindGroup, QStringLiteral("report"));
        QVERIFY(report.isValid());
        QCOMPARE(report.data(FacetModel::CountRole).toLongLong(), 2);
        // Clicking a value is what narrows (the view's click handler). The view was shown
        // with the hits; wait until its layout has given it room, so the click lands on the
        // value and not on a stale geometry.
        facetView->scrollTo(report);
        QTRY_VERIFY(facetView->viewport()->rect().contains(facetView->visualRect(report)));
        const QPoint onReport = facetView->visualRect(report).center();
        QCOMPARE(facetView->indexAt(onReport), report);
        QTest::mouseClick(facetView->viewport(), Qt::LeftButton, {}, onReport);
        QTRY_COMPARE(facets->indexOf(FacetModel::KindGroup, QStringLiteral("report"))
                         .data(Qt::CheckStateRole)
                         .toInt(),
                     int(Qt::Checked));
        // The narrowed query runs on the read thread, which a loaded machine may starve.
        QTRY_COMPARE_WITH_TIMEOUT(m_f.table()->model()->rowCount(), 2, 20000);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(
                m_f.table()->model()->index(row, SearchResultModel::KindColumn).data().toString(),
                QStringLiteral("Report"));
        const QModelIndex checked =
            facets->indexOf(FacetModel::KindGroup, QStringLiteral("report"));
        QCOMPARE(checked.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        // The other kinds stay listed, to switch to one of them.
        QVERIFY(facets->indexOf(FacetModel::KindGroup, QStringLiteral("testimony")).isValid());
        // The ticked facet is a chip above the hits.
        auto chips = [this] {
            QStringList texts;
            for (auto *chip : m_f.view->findChildren<QToolButton *>(QStringLiteral("facetChip")))
                if (chip->isVisibleTo(m_f.view.get()))
                    texts << chip->text();
            return texts;
        };
        QTRY_COMPARE(chips().size(), 1);
        QVERIFY(chips().first().startsWith(QLatin1String("Kind: Report")));

        // A year narrows further; Space on the current facet toggles it (keyboard path).
        const QModelIndex year = facets->indexOf(FacetModel::YearGroup, QStringLiteral("2018"));
        QVERIFY(year.isValid());
        facetView->setFocus();
        facetView->setCurrentIndex(year);
        QTest::keyClick(facetView, Qt::Key_Space);
        QTRY_COMPARE(m_f.table()->model()->rowCount(), 1);
        QCOMPARE(m_f.table()->model()->index(0, 0).data().toString(),
                 QStringLiteral("Annual review"));
        QTRY_COMPARE(chips().size(), 2);
        // Removing the year's chip widens again; unticking the kind brings the three back.
        for (auto *chip : m_f.view->findChildren<QToolButton *>(QStringLiteral("facetChip")))
            if (chip->text().startsWith(QLatin1String("Year")))
                QTest::mouseClick(chip, Qt::LeftButton);
        QTRY_COMPARE(m_f.table()->model()->rowCount(), 2);
        QTRY_COMPARE(chips().size(), 1);
        facets->setChecked(FacetModel::KindGroup, QStringLiteral("report"), false);
        QTRY_COMPARE(m_f.table()->model()->rowCount(), 3);
        QTRY_COMPARE(chips().size(), 0);
        // A facet ticked again goes with the query when the query is cleared.
        facets->setChecked(FacetModel::KindGroup, QStringLiteral("report"), true);
        QTRY_COMPARE(m_f.table()->model()->rowCount(), 2);
        m_f.find<QLineEdit>("searchEdit")->clear();
        QTRY_VERIFY(qobject_cast<ItemListModel *>(m_f.table()->model()));
        QCOMPARE(chips().size(), 0);
        QVERIFY(!facets->hasCheckedValues());
        QTest::keyClicks(m_f.find<QLineEdit>("searchEdit"), QStringLiteral("detention"));
        QTRY_COMPARE(m_f.table()->model()->rowCount(), 3);
    }

    void staleAnswersAreDropped()
    {
        auto *search = m_f.find<QLineEdit>("searchEdit");
        search->clear();
        // Several queries in a row: only the last one's hits end up in the table.
        for (const char *query : {"hospital", "camp", "review"}) {
            search->setText(QString::fromLatin1(query));
            QTest::keyClick(search, Qt::Key_Return);
        }
        QTRY_COMPARE(m_f.table()->model()->rowCount(), 1);
        QTRY_COMPARE(m_f.table()->model()->index(0, 0).data().toString(),
                     QStringLiteral("Annual review"));
    }

    void saveTheSearchAndRunItFromTheSidebar()
    {
        auto *search = m_f.find<QLineEdit>("searchEdit");
        search->setText(QStringLiteral("detention kind:report"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(m_f.table()->model()->rowCount(), 2);
        QVERIFY(m_f.view->saveSearch(QStringLiteral("Detention reports")));
        QTRY_VERIFY(m_f.sidebar()->savedSearchIndex(QStringLiteral("Detention reports")).isValid());

        // Back to every item, then the saved search from the sidebar.
        search->clear();
        QTRY_VERIFY(qobject_cast<ItemListModel *>(m_f.table()->model()));
        QTRY_COMPARE(m_f.table()->model()->rowCount(), 4);
        m_f.view->sidebar()->setCurrentIndex(
            m_f.sidebar()->savedSearchIndex(QStringLiteral("Detention reports")));
        QTRY_VERIFY(qobject_cast<SearchResultModel *>(m_f.table()->model()));
        QTRY_COMPARE(m_f.table()->model()->rowCount(), 2);
        QCOMPARE(search->text(), QStringLiteral("detention kind:report"));
    }

    void aBadQueryShowsWhyAndKeepsTheWindowCalm()
    {
        auto *search = m_f.find<QLineEdit>("searchEdit");
        search->setText(QStringLiteral("detention"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(m_f.table()->model()->rowCount(), 3);
        search->setText(QStringLiteral("\"unclosed"));
        QTest::keyClick(search, Qt::Key_Return);
        // The old hits go, and the reason shows where the results would be.
        auto *reason = m_f.find<QLabel>("editErrorLabel");
        QTRY_VERIFY(reason->isVisible());
        QVERIFY2(reason->text().contains(QLatin1String("quote")), qPrintable(reason->text()));
        QCOMPARE(m_f.table()->model()->rowCount(), 0);
        // Fixed, the hits come back and the reason goes.
        search->setText(QStringLiteral("\"damaged hospital\""));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(m_f.table()->model()->rowCount(), 1);
        QVERIFY(!reason->isVisible());
    }

private:
    test::BrowseFixture m_f;
    std::unique_ptr<QAbstractItemModelTester> m_facetTester;
};

QTEST_MAIN(TestSearchFacets)
#include "tst_search_facets.moc"
