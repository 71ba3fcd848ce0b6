// ItemListModel and SearchResultModel over a real library: QAbstractItemModelTester,
// lazy paging on the read thread, SQL sorting and filtering, drag payload, and no protected
// field in any role.

#include "items/ItemListModel.h"
#include "items/ItemMimeData.h"
#include "items/SearchResultModel.h"
#include "library/Library.h"
#include "main/ReadThread.h"
#include "search/SnippetText.h"

#include <QMimeData>

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using namespace amanat;
using namespace amanat::ui;

namespace {

const QString kProgram = QStringLiteral("tst_item_list_model");
constexpr int kItems = 450;

SecureBuffer secret(const char *text)
{
    QByteArray bytes(text);
    return SecureBuffer::takeFrom(bytes);
}

QStringList everyValue(const QAbstractItemModel &model)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::EditRole)})
                values << model.index(row, column).data(role).toString();
    return values;
}

} // namespace

class TestItemListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto created =
            Library::create(m_dir.filePath(QStringLiteral("Casework")),
                            secret("correct horse battery"), kProgram, Library::StarterTags::None);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        m_library = std::move(created->library);
        auto transaction = Transaction::begin(m_library->database());
        QVERIFY(transaction.ok());
        ItemRepository &items = m_library->items();
        for (int i = 1; i <= kItems; ++i) {
            const QString kind =
                i % 3 == 0 ? QStringLiteral("testimony")
                           : (i % 3 == 1 ? QStringLiteral("report") : QStringLiteral("image"));
            auto id = items.create(kind, QStringLiteral("Item %1").arg(i, 3, 10, QLatin1Char('0')),
                                   QStringLiteral("create"));
            QVERIFY2(id.ok(), qPrintable(id.error().message));
            if (i % 50 == 0)
                QVERIFY(m_library->tags().addToItem(*id, QStringLiteral("Region/North")).ok());
            if (kind == QLatin1String("testimony"))
                QVERIFY(
                    items
                        .setFields(*id, {{QStringLiteral("witness_name"),
                                          QStringLiteral("Secret Witness %1").arg(i)},
                                         {QStringLiteral("event_date"), QStringLiteral("2017-03")}})
                        .ok());
        }
        QVERIFY(transaction->commit().ok());
    }

    void init()
    {
        auto connection = m_library->openReadConnection();
        QVERIFY2(connection.ok(), qPrintable(connection.error().message));
        m_reader.start(std::move(*connection));
    }
    void cleanup() { m_reader.stop(); }

    void cleanupTestCase()
    {
        m_reader.stop();
        m_library.reset();
    }

    void fetchesLazilyInPagesOnTheReadThread()
    {
        ItemListModel model;
        model.setFastAskMs(0); // every page kPageSize rows, however fast we ask
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setReader(&m_reader);    // asks for the first page itself
        QCOMPARE(model.rowCount(), 0); // nothing read on this thread
        QTRY_COMPARE(model.rowCount(), ItemListModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one page at a time
        QTRY_COMPARE(model.rowCount(), 2 * ItemListModel::kPageSize);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), kItems);
        QTRY_VERIFY(!model.canFetchMore({}));
        QCOMPARE(inserted.size(), 3);
        QVERIFY(model.lastError().isEmpty());
        QTRY_COMPARE(model.totalCount(), qint64(kItems));

        QCOMPARE(model.columnCount(), int(ItemListModel::ColumnCount));
        QCOMPARE(model.index(0, ItemListModel::TitleColumn).data().toString(),
                 QStringLiteral("Item 001"));
        QCOMPARE(model.index(2, ItemListModel::KindColumn).data().toString(),
                 QStringLiteral("Testimony"));
        QCOMPARE(model.index(2, ItemListModel::EventDateColumn).data().toString(),
                 QStringLiteral("2017-03"));
        QCOMPARE(model.index(49, ItemListModel::TagsColumn).data().toString(),
                 QStringLiteral("Region/North"));
        QVERIFY(model.index(48, ItemListModel::TagsColumn).data().toString().isEmpty());
        QVERIFY(model.index(kItems - 1, 0).data(ItemListModel::ItemIdRole).toLongLong() > 0);

        model.setReader(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void pagesGrowWhileAViewKeepsAsking()
    {
        ItemListModel model;
        model.setFastAskMs(60 * 60 * 1000); // every ask comes "at once"
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setReader(&m_reader);
        QTRY_COMPARE(model.rowCount(), ItemListModel::kPageSize);
        model.fetchMore({}); // at once: twice the rows
        QTRY_COMPARE(model.rowCount(), kItems);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(2).toInt() - inserted.at(1).at(1).toInt() + 1,
                 kItems - ItemListModel::kPageSize);
        QTRY_VERIFY(!model.canFetchMore({}));
        // The rows continue the order without a gap or a repeat.
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.itemId(row));
        QCOMPARE(ids.size(), kItems);
    }

    void sortsInSql()
    {
        ItemListModel model;
        model.setFastAskMs(0);
        model.setReader(&m_reader);
        QTRY_COMPARE(model.rowCount(), ItemListModel::kPageSize);
        model.sort(ItemListModel::TitleColumn, Qt::DescendingOrder);
        QTRY_COMPARE(model.rowCount(), ItemListModel::kPageSize);
        QCOMPARE(model.index(0, ItemListModel::TitleColumn).data().toString(),
                 QStringLiteral("Item 450"));
        // The next page continues the order (keyset cursor), it does not start over.
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 2 * ItemListModel::kPageSize);
        QCOMPARE(
            model.index(ItemListModel::kPageSize, ItemListModel::TitleColumn).data().toString(),
            QStringLiteral("Item %1").arg(kItems - ItemListModel::kPageSize));
        model.sort(ItemListModel::KindColumn, Qt::AscendingOrder);
        QTRY_COMPARE(model.rowCount(), ItemListModel::kPageSize);
        QCOMPARE(model.index(0, ItemListModel::KindColumn).data(ItemListModel::KindRole).toString(),
                 QStringLiteral("image"));
    }

    void filtersByKindAndTag()
    {
        ItemListModel model;
        model.setReader(&m_reader);
        BrowseFilter filter;
        filter.kind = QStringLiteral("testimony");
        model.setFilter(filter);
        QTRY_COMPARE(model.totalCount(), qint64(kItems / 3));
        auto tag = m_library->tags().find(QStringLiteral("Region/North"));
        QVERIFY(tag.ok() && tag->has_value());
        filter = {};
        filter.tagIds = {**tag};
        model.setFilter(filter);
        QTRY_COMPARE(model.rowCount(), kItems / 50);
    }

    void passesTheModelTester()
    {
        ItemListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setReader(&m_reader);
        QTRY_COMPARE(model.rowCount(), ItemListModel::kPageSize);
        while (model.rowCount() < kItems) {
            model.fetchMore({});
            QTRY_VERIFY(!model.isLoading());
        }
        QCOMPARE(model.rowCount(), kItems);
        model.refreshItems({model.itemId(0), model.itemId(1)});
        model.sort(ItemListModel::EventDateColumn, Qt::DescendingOrder);
        QTRY_COMPARE(model.rowCount(), ItemListModel::kPageSize);
        model.setReader(nullptr);
        model.setReader(&m_reader);
        QTRY_COMPARE(model.rowCount(), ItemListModel::kPageSize);
    }

    void neverShowsProtectedFields()
    {
        ItemListModel model;
        model.setReader(&m_reader);
        QTRY_COMPARE(model.rowCount(), ItemListModel::kPageSize);
        while (model.rowCount() < kItems) {
            model.fetchMore({});
            QTRY_VERIFY(!model.isLoading());
        }
        const QStringList values = everyValue(model);
        QVERIFY(!values.isEmpty());
        for (const QString &value : values)
            QVERIFY2(!value.contains(QLatin1String("Secret Witness")), qPrintable(value));
    }

    void dragsItemIdsNotFileNames()
    {
        ItemListModel model;
        model.setReader(&m_reader);
        QTRY_COMPARE(model.rowCount(), ItemListModel::kPageSize);
        std::unique_ptr<QMimeData> mime(
            model.mimeData({model.index(0, 0), model.index(0, 1), model.index(3, 0)}));
        QVERIFY(mime);
        QVERIFY(!mime->hasUrls());
        QVERIFY(!mime->hasText());
        QCOMPARE(ItemMimeData::ids(mime.get()),
                 (QVector<qint64>{model.itemId(0), model.itemId(3)}));
    }

    void searchResultsPassTheModelTester()
    {
        SearchResultModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto result = m_library->search().search(QStringLiteral("\"Item 042\""), 20);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        model.setResult(*result);
        QVERIFY(model.rowCount() >= 1);
        QCOMPARE(model.index(0, SearchResultModel::TitleColumn).data().toString(),
                 QStringLiteral("Item 042"));
        QVERIFY(model.index(0, 0).data(SearchResultModel::ItemIdRole).toLongLong() > 0);
        for (const QString &value : everyValue(model))
            QVERIFY(!value.contains(QLatin1String("<mark>")));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void snippetsAreTakenApartNotRendered()
    {
        const SnippetText snippet =
            SnippetText::parse(QStringLiteral("a <mark>hit</mark> &amp; &lt;b&gt; <i>x</i>"));
        QCOMPARE(snippet.text, QStringLiteral("a hit & <b> x"));
        QCOMPARE(snippet.marks.size(), 1);
        QCOMPARE(snippet.text.mid(snippet.marks[0].start, snippet.marks[0].length),
                 QStringLiteral("hit"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    ReadThread m_reader;
};

QTEST_MAIN(TestItemListModel)
#include "tst_item_list_model.moc"
