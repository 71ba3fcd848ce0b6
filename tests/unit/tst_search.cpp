#include "CoreFixture.h"
#include "search/SearchEngine.h"

#include <QDirIterator>
#include <QtTest>

using namespace amanat;
using namespace amanat::test;

class TestSearch : public QObject
{
    Q_OBJECT

private:
    static qint64 addItem(CoreFixture &f, const QString &kind, const QString &title,
                          const QStringList &pages, const QMap<QString, QString> &fields = {})
    {
        auto id = f.items->create(kind, title, QStringLiteral("create"));
        if (!id.ok())
            qFatal("cannot create item");
        if (!pages.isEmpty() && !f.items->setText(*id, pages, pages.size() > 1, QString()).ok())
            qFatal("cannot set text");
        if (!fields.isEmpty() && !f.items->setFields(*id, fields).ok())
            qFatal("cannot set fields");
        return *id;
    }

    static QList<qint64> ids(const Result<SearchResult> &result)
    {
        QList<qint64> out;
        if (!result.ok())
            qWarning("search failed: %s", qPrintable(result.error().message));
        else
            for (const SearchHit &hit : result->hits)
                out << hit.id;
        std::sort(out.begin(), out.end());
        return out;
    }

private Q_SLOTS:
    void chineseWordFindsItsSentence()
    {
        CoreFixture f;
        const qint64 doc = addItem(f, QStringLiteral("report"), QStringLiteral("报告"),
                                   {QStringLiteral("他们被关押在集中营里")});
        addItem(f, QStringLiteral("report"), QStringLiteral("Other"),
                {QStringLiteral("集会 中心 营地")});
        SearchEngine engine(*f.db);
        auto result = engine.search(QStringLiteral("集中营"));
        QCOMPARE(ids(result), QList<qint64>{doc});
        // The snippet marks the original characters, without spaces between them.
        QVERIFY2(
            result->hits.first().snippet.contains(QStringLiteral("关押在<mark>集中营</mark>里")),
            qPrintable(result->hits.first().snippet));
    }

    void uyghurWordFindsItsDocument()
    {
        CoreFixture f;
        const qint64 doc =
            addItem(f, QStringLiteral("testimony"), QStringLiteral("گۇۋاھلىق"),
                    {QStringLiteral("ئۇلار لاگېرغا سولاندى، كىشىلەر قورقۇپ كەتتى.")});
        addItem(f, QStringLiteral("testimony"), QStringLiteral("Other"),
                {QStringLiteral("بىر نەرسە")});
        SearchEngine engine(*f.db);
        QCOMPARE(ids(engine.search(QStringLiteral("لاگېرغا"))), QList<qint64>{doc});
        // Typed with Persian yeh and keheh, as a different keyboard produces it.
        QCOMPARE(ids(engine.search(QStringLiteral("کیشیلەر"))), QList<qint64>{doc});
    }

    void accentsAndCaseFold()
    {
        CoreFixture f;
        const qint64 doc = addItem(f, QStringLiteral("testimony"), QStringLiteral("Témoignage"),
                                   {QStringLiteral("Hélène a été détenue à Lyon.")});
        const qint64 german = addItem(f, QStringLiteral("report"), QStringLiteral("Bericht"),
                                      {QStringLiteral("Die Straße war GESPERRT.")});
        const qint64 russian = addItem(f, QStringLiteral("report"), QStringLiteral("Доклад"),
                                       {QStringLiteral("Задержание в Москве")});
        SearchEngine engine(*f.db);
        QCOMPARE(ids(engine.search(QStringLiteral("helene"))), QList<qint64>{doc});
        QCOMPARE(ids(engine.search(QStringLiteral("DETENUE"))), QList<qint64>{doc});
        QCOMPARE(ids(engine.search(QStringLiteral("strasse gesperrt"))), QList<qint64>{german});
        QCOMPARE(ids(engine.search(QStringLiteral("задержание"))), QList<qint64>{russian});
        QVERIFY(engine.search(QStringLiteral("helene"))
                    ->hits.first()
                    .snippet.contains(QStringLiteral("<mark>Hélène</mark>")));
    }

    void phrasesMatchOnlyInOrder()
    {
        CoreFixture f;
        const qint64 inOrder = addItem(f, QStringLiteral("report"), QStringLiteral("A"),
                                       {QStringLiteral("orders to shoot to kill were given")});
        addItem(f, QStringLiteral("report"), QStringLiteral("B"),
                {QStringLiteral("kill to shoot, shoot the kill")});
        SearchEngine engine(*f.db);
        QCOMPARE(ids(engine.search(QStringLiteral("\"shoot to kill\""))), QList<qint64>{inOrder});
        QCOMPARE(ids(engine.search(QStringLiteral("shoot kill"))).size(), 2);
    }

    void exclusionOrAndPrefix()
    {
        CoreFixture f;
        const qint64 a = addItem(f, QStringLiteral("report"), QStringLiteral("A"),
                                 {QStringLiteral("camp guards detained")});
        const qint64 b = addItem(f, QStringLiteral("report"), QStringLiteral("B"),
                                 {QStringLiteral("camp rumour")});
        const qint64 c = addItem(f, QStringLiteral("report"), QStringLiteral("C"),
                                 {QStringLiteral("prison detainees")});
        SearchEngine engine(*f.db);
        QCOMPARE(ids(engine.search(QStringLiteral("camp -rumour"))), QList<qint64>{a});
        QCOMPARE(ids(engine.search(QStringLiteral("camp OR prison"))), (QList<qint64>{a, b, c}));
        QCOMPARE(ids(engine.search(QStringLiteral("detain*"))), (QList<qint64>{a, c}));
        QCOMPARE(ids(engine.search(QStringLiteral("-rumour kind:report"))), (QList<qint64>{a, c}));
    }

    void tagFilterIncludesSubtags()
    {
        CoreFixture f;
        const qint64 inChild =
            addItem(f, QStringLiteral("scan"), QStringLiteral("A"), {QStringLiteral("camp")});
        const qint64 inParent =
            addItem(f, QStringLiteral("scan"), QStringLiteral("B"), {QStringLiteral("camp")});
        const qint64 elsewhere =
            addItem(f, QStringLiteral("scan"), QStringLiteral("C"), {QStringLiteral("camp")});
        QVERIFY(f.tags->addToItem(inChild, QStringLiteral("Xinjiang/Police-files")).ok());
        QVERIFY(f.tags->addToItem(inParent, QStringLiteral("Xinjiang")).ok());
        QVERIFY(f.tags->addToItem(elsewhere, QStringLiteral("Xinjiang-other")).ok());
        SearchEngine engine(*f.db);
        QCOMPARE(ids(engine.search(QStringLiteral("camp tag:Xinjiang"))),
                 (QList<qint64>{inChild, inParent}));
        QCOMPARE(ids(engine.search(QStringLiteral("tag:xinjiang/police-files"))),
                 QList<qint64>{inChild});
        QCOMPARE(ids(engine.search(QStringLiteral("camp tag:No/Such"))), QList<qint64>{});
    }

    void dateFiltersRespectRanges()
    {
        CoreFixture f;
        const auto dated = [&f](const char *title, const char *date) {
            return addItem(f, QStringLiteral("report"), QString::fromLatin1(title),
                           {QStringLiteral("camp")},
                           {{QStringLiteral("event_date"), QString::fromLatin1(date)}});
        };
        const qint64 y2016 = dated("2016", "2016-05-01");
        const qint64 y2017to2019 = dated("range", "2017-11/2019");
        const qint64 y2020 = dated("2020", "2020");
        addItem(f, QStringLiteral("report"), QStringLiteral("undated"), {QStringLiteral("camp")});
        SearchEngine engine(*f.db);
        QCOMPARE(ids(engine.search(QStringLiteral("camp after:2017"))),
                 (QList<qint64>{y2017to2019, y2020}));
        QCOMPARE(ids(engine.search(QStringLiteral("camp before:2017-12"))),
                 (QList<qint64>{y2016, y2017to2019}));
        QCOMPARE(ids(engine.search(QStringLiteral("camp after:2018 before:2018"))),
                 QList<qint64>{y2017to2019});
        QCOMPARE(ids(engine.search(QStringLiteral("camp after:2021"))), QList<qint64>{});
    }

    void metadataFilters()
    {
        CoreFixture f;
        const qint64 w = addItem(f, QStringLiteral("testimony"), QStringLiteral("Interview"),
                                 {QStringLiteral("camp")},
                                 {{QStringLiteral("witness_code"), QStringLiteral("W-014")},
                                  {QStringLiteral("language"), QStringLiteral("ug-CN")}});
        const qint64 r =
            addItem(f, QStringLiteral("report"), QStringLiteral("Report"), {QStringLiteral("camp")},
                    {{QStringLiteral("source_author"), QStringLiteral("Human Rights Watch")},
                     {QStringLiteral("language"), QStringLiteral("en")}});
        SearchEngine engine(*f.db);
        QCOMPARE(ids(engine.search(QStringLiteral("witness:w-014"))), QList<qint64>{w});
        QCOMPARE(ids(engine.search(QStringLiteral("camp lang:ug"))), QList<qint64>{w});
        QCOMPARE(ids(engine.search(QStringLiteral("source:\"rights watch\""))), QList<qint64>{r});
        QCOMPARE(ids(engine.search(QStringLiteral("kind:testimony"))), QList<qint64>{w});
        QCOMPARE(ids(engine.search(QStringLiteral("imported:2000"))), QList<qint64>{});
    }

    void titleMatchesRankHigher()
    {
        CoreFixture f;
        const qint64 body =
            addItem(f, QStringLiteral("report"), QStringLiteral("Annual report"),
                    {QStringLiteral(
                        "a long text that mentions detention once among many other words here")});
        const qint64 title =
            addItem(f, QStringLiteral("report"), QStringLiteral("Detention"),
                    {QStringLiteral("a long text about other matters and many other words here")});
        SearchEngine engine(*f.db);
        auto result = engine.search(QStringLiteral("detention"));
        QCOMPARE(result->hits.size(), 2);
        QCOMPARE(result->hits.at(0).id, title);
        QCOMPARE(result->hits.at(1).id, body);
        QVERIFY(result->hits.at(0).score > result->hits.at(1).score);
    }

    void hitKnowsItsPage()
    {
        CoreFixture f;
        const qint64 doc = addItem(f, QStringLiteral("report"), QStringLiteral("Paged"),
                                   {QStringLiteral("first page"), QStringLiteral("second page"),
                                    QStringLiteral("third page mentions the checkpoint at night")});
        SearchEngine engine(*f.db);
        auto result = engine.search(QStringLiteral("checkpoint"));
        QCOMPARE(ids(result), QList<qint64>{doc});
        QCOMPARE(result->hits.first().page, 3);
    }

    void facetsCountTheWholeResult()
    {
        CoreFixture f;
        for (int i = 0; i < 30; ++i) {
            const qint64 id =
                addItem(f, i % 3 == 0 ? QStringLiteral("scan") : QStringLiteral("report"),
                        QStringLiteral("Doc %1").arg(i), {QStringLiteral("camp")},
                        {{QStringLiteral("event_date"), QStringLiteral("%1").arg(2015 + i % 2)},
                         {QStringLiteral("language"),
                          i % 2 ? QStringLiteral("en") : QStringLiteral("ug")}});
            if (i < 12)
                QVERIFY(f.tags->addToItem(id, QStringLiteral("Region/East")).ok());
        }
        SearchEngine engine(*f.db);
        auto result = engine.search(QStringLiteral("camp"), 5);
        QVERIFY(result.ok());
        QCOMPARE(result->total, qint64(30));
        QCOMPARE(result->hits.size(), 5);
        QCOMPARE(result->facets.kinds.first().value, QStringLiteral("report"));
        QCOMPARE(result->facets.kinds.first().count, qint64(20));
        QCOMPARE(result->facets.years.size(), 2);
        QCOMPARE(result->facets.languages.size(), 2);
        QCOMPARE(result->facets.tags.size(), 1);
        QCOMPARE(result->facets.tags.first().value, QStringLiteral("Region/East"));
        QCOMPARE(result->facets.tags.first().count, qint64(12));
        // A facet narrows the result.
        QCOMPARE(engine.search(QStringLiteral("camp kind:scan"))->total, qint64(10));
    }

    void deletedOrReextractedLeavesNoStaleHit()
    {
        CoreFixture f;
        const qint64 doc = addItem(f, QStringLiteral("report"), QStringLiteral("R"),
                                   {QStringLiteral("alpha bravo")});
        SearchEngine engine(*f.db);
        QCOMPARE(ids(engine.search(QStringLiteral("alpha"))), QList<qint64>{doc});
        QVERIFY(f.items
                    ->setText(doc, {QStringLiteral("charlie delta")}, false,
                              QStringLiteral("reextract"))
                    .ok());
        QCOMPARE(ids(engine.search(QStringLiteral("alpha"))), QList<qint64>{});
        QCOMPARE(ids(engine.search(QStringLiteral("charlie"))), QList<qint64>{doc});
        QVERIFY(f.items->setFields(doc, {{QStringLiteral("title"), QStringLiteral("Echo")}}).ok());
        QCOMPARE(ids(engine.search(QStringLiteral("echo"))), QList<qint64>{doc});
        QVERIFY(f.items->remove(doc).ok());
        QCOMPARE(ids(engine.search(QStringLiteral("charlie"))), QList<qint64>{});
        QCOMPARE(f.count("SELECT count(*) FROM search_index"), qint64(0));
    }

    void oneTransactionIndexesItsItemsAsTheyAreAtCommit()
    {
        CoreFixture f;
        SearchEngine engine(*f.db);
        qint64 doc = 0;
        {
            auto transaction = Transaction::begin(*f.db);
            QVERIFY(transaction.ok());
            doc = addItem(f, QStringLiteral("report"), QStringLiteral("Foxtrot"),
                          {QStringLiteral("golf hotel")});
            {
                // A part that fails and is rolled back leaves nothing in the index.
                auto part = Transaction::beginSavepoint(*f.db);
                QVERIFY(f.items->setText(doc, {QStringLiteral("india juliett")}, false, {}).ok());
            }
            QVERIFY(
                f.items->setFields(doc, {{QStringLiteral("notes"), QStringLiteral("kilo")}}).ok());
            QVERIFY(f.index->flush().ok()); // a search inside the transaction sees its changes
            QCOMPARE(ids(engine.search(QStringLiteral("kilo"))), QList<qint64>{doc});
            QVERIFY(
                f.items->setFields(doc, {{QStringLiteral("notes"), QStringLiteral("lima")}}).ok());
            QVERIFY(transaction->commit().ok());
        }
        QCOMPARE(ids(engine.search(QStringLiteral("foxtrot"))), QList<qint64>{doc});
        QCOMPARE(ids(engine.search(QStringLiteral("hotel"))), QList<qint64>{doc});
        QCOMPARE(ids(engine.search(QStringLiteral("lima"))), QList<qint64>{doc});
        QCOMPARE(ids(engine.search(QStringLiteral("juliett"))), QList<qint64>{});
        QCOMPARE(ids(engine.search(QStringLiteral("kilo"))), QList<qint64>{});
        QCOMPARE(f.count("SELECT count(*) FROM search_index"), qint64(1));

        // A transaction rolled back indexes nothing, now or at the next commit.
        {
            auto rolledBack = Transaction::begin(*f.db);
            addItem(f, QStringLiteral("report"), QStringLiteral("Mike"), {QStringLiteral("mike")});
        }
        addItem(f, QStringLiteral("report"), QStringLiteral("November"), {});
        QCOMPARE(ids(engine.search(QStringLiteral("mike"))), QList<qint64>{});
        QCOMPARE(f.count("SELECT count(*) FROM search_index"), qint64(2));
    }

    void protectedFieldsAreNotSearchable()
    {
        CoreFixture f;
        addItem(f, QStringLiteral("testimony"), QStringLiteral("Interview"),
                {QStringLiteral("text")},
                {{QStringLiteral("witness_name"), QStringLiteral("Zulfiya Canaryname")},
                 {QStringLiteral("witness_contact"), QStringLiteral("+00 555 canary")}});
        SearchEngine engine(*f.db);
        QCOMPARE(engine.search(QStringLiteral("canaryname"))->total, qint64(0));
        QCOMPARE(engine.search(QStringLiteral("555"))->total, qint64(0));
    }

    void indexStaysInsideTheEncryptedDatabase()
    {
        CoreFixture f;
        addItem(f, QStringLiteral("report"), QStringLiteral("Canary"),
                {QStringLiteral("xq7canarytoken indexed text")});
        SearchEngine engine(*f.db);
        QCOMPARE(engine.search(QStringLiteral("xq7canarytoken"))->total, qint64(1));
        QVERIFY(f.db->checkpoint().ok());
        QDirIterator it(f.dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("xq7canarytoken"), qPrintable(file.fileName()));
        }
    }

    void rebuildRestoresTheIndex()
    {
        CoreFixture f;
        const qint64 doc =
            addItem(f, QStringLiteral("report"), QStringLiteral("R"), {QStringLiteral("foxtrot")});
        QVERIFY(f.db->exec("DELETE FROM search_index").ok());
        SearchEngine engine(*f.db);
        QCOMPARE(engine.search(QStringLiteral("foxtrot"))->total, qint64(0));
        QVERIFY(f.index->rebuild().ok());
        QCOMPARE(ids(engine.search(QStringLiteral("foxtrot"))), QList<qint64>{doc});
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
