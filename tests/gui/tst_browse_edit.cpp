// Browsing and editing through the real LibraryView, offscreen: the sidebar filters the
// list, columns sort in SQL (the header click path), keyboard moves through the rows, the
// metadata editor saves a field, and undo/redo of that edit go through the core (both are
// in the custody log and in the history tab).

#include "BrowseFixture.h"
#include "details/CustodyHistoryWidget.h"
#include "items/ItemListModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>

using namespace amanat;
using namespace amanat::ui;

class TestBrowseEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_f.create(QStringLiteral("tst_browse_edit"),
                           {{"report", "Bravo report", "2019", nullptr},
                            {"testimony", "Alpha interview", "2017-05", nullptr},
                            {"image", "Delta photographs", "2018-01-02", nullptr},
                            {"report", "Charlie report", "2016", nullptr}}));
        QTRY_COMPARE(m_f.table()->model()->rowCount(), 4);
    }

    void theSidebarFiltersTheList()
    {
        m_f.view->sidebar()->setCurrentIndex(m_f.sidebar()->kindIndex(QStringLiteral("report")));
        QTRY_COMPARE(m_f.table()->model()->rowCount(), 2);
        QTRY_VERIFY(m_f.find<QLabel>("searchStatusLabel")->text().contains(QLatin1String("2")));
        m_f.view->sidebar()->setCurrentIndex(m_f.sidebar()->kindIndex(QStringLiteral("audio")));
        QTRY_COMPARE(m_f.table()->model()->rowCount(), 0);
        m_f.view->sidebar()->setCurrentIndex(m_f.sidebar()->allItemsIndex());
        QTRY_COMPARE(m_f.table()->model()->rowCount(), 4);
    }

    void sortingByAColumnChangesTheOrder()
    {
        QTableView *table = m_f.table();
        QAbstractItemModel *model = table->model();
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Bravo report"));
        // A click on the header sorts (in SQL: the model reloads from the read thread).
        const QHeaderView *header = table->horizontalHeader();
        QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(ItemListModel::TitleColumn) + 10,
                                 header->height() / 2));
        QTRY_COMPARE(model->rowCount(), 4);
        QTRY_COMPARE(model->index(0, 0).data().toString(), QStringLiteral("Alpha interview"));
        table->sortByColumn(ItemListModel::TitleColumn, Qt::DescendingOrder);
        QTRY_COMPARE(model->index(0, 0).data().toString(), QStringLiteral("Delta photographs"));
        table->sortByColumn(ItemListModel::EventDateColumn, Qt::AscendingOrder);
        QTRY_COMPARE(model->index(0, 0).data().toString(), QStringLiteral("Charlie report"));
        QTRY_COMPARE(model->index(3, 0).data().toString(), QStringLiteral("Bravo report"));
    }

    void keyboardMovesThroughTheRows()
    {
        QTableView *table = m_f.table();
        table->setFocus();
        table->selectRow(0);
        QTRY_COMPARE(m_f.find<QLabel>("detailTitleLabel")->text(),
                     QStringLiteral("Charlie report"));
        QTest::keyClick(table, Qt::Key_Down);
        QTRY_COMPARE(m_f.find<QLabel>("detailTitleLabel")->text(),
                     QStringLiteral("Alpha interview"));
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QTRY_COMPARE(m_f.find<QLabel>("detailTitleLabel")->text(), QStringLiteral("Bravo report"));
    }

    void undoAndRedoAMetadataEdit()
    {
        QTableView *table = m_f.table();
        const qint64 id = m_f.ids[0]; // Bravo report
        table->selectRow(m_f.rowOf(id));
        auto *place = m_f.find<QLineEdit>("placeEdit");
        QTRY_VERIFY(place->isEnabled());
        place->setFocus();
        place->insert(QStringLiteral("Ürümqi")); // QTest types ASCII only
        QTest::keyClick(place, Qt::Key_Return);
        QTRY_COMPARE(m_f.library->items().get(id)->field("place"), QStringLiteral("Ürümqi"));

        auto *title = m_f.find<QLineEdit>("titleEdit");
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Bravo report, revised"));
        QTest::keyClick(title, Qt::Key_Return);
        QTRY_COMPARE(m_f.library->items().get(id)->field("title"),
                     QStringLiteral("Bravo report, revised"));
        // The list row and the header follow.
        QTRY_COMPARE(table->model()->index(m_f.rowOf(id), 0).data().toString(),
                     QStringLiteral("Bravo report, revised"));
        QTRY_COMPARE(m_f.find<QLabel>("detailTitleLabel")->text(),
                     QStringLiteral("Bravo report, revised"));

        auto history = m_f.find<CustodyHistoryWidget>("custodyHistoryTree");
        const int eventsBefore = history->topLevelItemCount();
        QUndoStack *stack = m_f.view->undoStack();
        stack->undo();
        QTRY_COMPARE(m_f.library->items().get(id)->field("title"), QStringLiteral("Bravo report"));
        QTRY_COMPARE(title->text(), QStringLiteral("Bravo report"));
        QCOMPARE(m_f.library->items().get(id)->field("place"), QStringLiteral("Ürümqi"));
        // The undo is itself a logged change.
        QTRY_COMPARE(history->topLevelItemCount(), eventsBefore + 1);
        stack->redo();
        QTRY_COMPARE(m_f.library->items().get(id)->field("title"),
                     QStringLiteral("Bravo report, revised"));
        QTRY_COMPARE(history->topLevelItemCount(), eventsBefore + 2);
        stack->undo();
        stack->undo();
        QTRY_VERIFY(m_f.library->items().get(id)->field("place").isEmpty());
    }

    // The History tab reads as sentences; the recorded action and details stay in reach.
    void historyReadsAsSentences()
    {
        const qint64 id = m_f.ids[0]; // edited above
        m_f.table()->selectRow(m_f.rowOf(id));
        auto *history = m_f.find<CustodyHistoryWidget>("custodyHistoryTree");
        QTRY_VERIFY(history->topLevelItemCount() > 2);
        QStringList sentences;
        QString createdTip;
        for (int row = 0; row < history->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = history->topLevelItem(row);
            // Each cell is a bidi isolate (U+2068 … U+2069), inside as well around values.
            QString sentence = item->text(2);
            sentence.remove(QChar(0x2068)).remove(QChar(0x2069));
            sentences << sentence;
            if (sentence == QStringLiteral("Created as Report, without an original file."))
                createdTip = item->toolTip(2);
        }
        const QString all = sentences.join(QLatin1Char('\n'));
        QVERIFY2(createdTip.startsWith(QStringLiteral("create: {")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Details changed: title set to “Bravo report, "
                                             "revised”.")),
                 qPrintable(all));
        // No row is the raw record.
        for (const QString &sentence : std::as_const(sentences))
            QVERIFY2(!sentence.contains(QLatin1Char('{')), qPrintable(sentence));
    }

    void aRefusedValueIsExplainedAndPutBack()
    {
        auto *date = m_f.find<QLineEdit>("eventDateEdit");
        const QString before = date->text();
        const int undoSteps = m_f.view->undoStack()->count();
        date->setFocus();
        date->selectAll();
        QTest::keyClicks(date, QStringLiteral("not a date"));
        QTest::keyClick(date, Qt::Key_Return);
        auto *error = m_f.find<QLabel>("metadataErrorLabel");
        QTRY_VERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(date->text(), before);
        QCOMPARE(m_f.view->undoStack()->count(), undoSteps);
    }

    // An item is marked as another's translation from the detail pane; itself is refused.
    void markATranslation()
    {
        QTableView *table = m_f.table();
        const qint64 translation = m_f.ids[0];
        const qint64 original = m_f.ids[1];
        table->selectRow(m_f.rowOf(translation));
        auto *of = m_f.find<QLineEdit>("translationOfEdit");
        QTRY_VERIFY(of->isEnabled());
        auto type = [](QLineEdit *edit, const QString &text) {
            edit->setFocus();
            edit->selectAll();
            QTest::keyClicks(edit, text);
            QTest::keyClick(edit, Qt::Key_Return);
        };
        type(of, QString::number(translation));
        auto *error = m_f.find<QLabel>("metadataErrorLabel");
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("itself")), qPrintable(error->text()));
        QVERIFY(m_f.library->items().get(translation)->field("translation_of").isEmpty());

        type(of, QString::number(original));
        type(m_f.find<QLineEdit>("translatorEdit"), QStringLiteral("A. Translator, MCIL"));
        type(m_f.find<QLineEdit>("translationDateEdit"), QStringLiteral("2026-11-30"));
        QTRY_COMPARE(m_f.library->items().get(translation)->field("translation_of"),
                     QString::number(original));
        QTRY_COMPARE(m_f.library->items().get(translation)->field("translator"),
                     QStringLiteral("A. Translator, MCIL"));
        QTRY_COMPARE(m_f.library->items().get(translation)->field("translation_date"),
                     QStringLiteral("2026-11-30"));
        QTRY_VERIFY(!error->isVisible());
    }

private:
    test::BrowseFixture m_f;
};

QTEST_MAIN(TestBrowseEdit)
#include "tst_browse_edit.moc"
