// ItemListModel and SearchResultModel over a real library: QAbstractItemModelTester,
// lazy paging, and no protected field in any role.

#include "items/ItemListModel.h"
#include "items/SearchResultModel.h"
#include "library/Library.h"

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

    void cleanupTestCase() { m_library.reset(); }

    void fetchesLazilyInPages()
    {
        ItemListModel model;
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.setRepository(&m_library->items());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), ItemListModel::kPageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * ItemListModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), kItems);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(inserted.size(), 3);
        QVERIFY(model.lastError().isEmpty());

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

        model.setRepository(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void passesTheModelTester()
    {
        ItemListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setRepository(&m_library->items());
        QCOMPARE(model.rowCount(), 0);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), kItems);
        model.setRepository(nullptr);
        model.setRepository(&m_library->items());
        model.fetchMore({});
        QCOMPARE(model.rowCount(), ItemListModel::kPageSize);
    }

    void neverShowsProtectedFields()
    {
        ItemListModel model;
        model.setRepository(&m_library->items());
        while (model.canFetchMore({}))
            model.fetchMore({});
        const QStringList values = everyValue(model);
        QVERIFY(!values.isEmpty());
        for (const QString &value : values)
            QVERIFY2(!value.contains(QLatin1String("Secret Witness")), qPrintable(value));
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

    void snippetsBecomePlainText()
    {
        QCOMPARE(SearchResultModel::plainSnippet(
                     QStringLiteral("a <mark>hit</mark> &amp; &lt;b&gt; more")),
                 QStringLiteral("a hit & <b> more"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
};

QTEST_MAIN(TestItemListModel)
#include "tst_item_list_model.moc"
