// Full-text search, tags and saved searches through amanat-cli, end to end.

#include "CliRunner.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace amanat::test;

class TestCliSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CliRunner m_cli;
    QString m_library;
    QMap<QString, qint64> m_ids; // by short name

    /** Imports a small file without extraction and sets its fields; returns its id. */
    qint64 addItem(const QString &name, const QStringList &fields)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".txt"));
        writeFile(path, name.toUtf8() + " " + randomHex(16));
        const CliResult imported =
            m_cli.run({QStringLiteral("import"), m_library, path, QStringLiteral("--no-extract"),
                       QStringLiteral("--json")});
        if (!imported.exitedWith(0))
            qFatal("import failed: %s", imported.describe().constData());
        const qint64 id = qint64(QJsonDocument::fromJson(imported.out)
                                     .array()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("id"))
                                     .toDouble());
        const CliResult set =
            m_cli.run(QStringList{QStringLiteral("set"), m_library, QString::number(id)} + fields);
        if (!set.exitedWith(0))
            qFatal("set failed: %s", set.describe().constData());
        return id;
    }

    QJsonObject search(const QString &query)
    {
        const CliResult result =
            m_cli.run({QStringLiteral("search"), m_library, query, QStringLiteral("--json")});
        if (!result.exitedWith(0)) {
            qWarning("%s", result.describe().constData());
            return {};
        }
        return QJsonDocument::fromJson(result.out).object();
    }

    QList<qint64> ids(const QString &query)
    {
        QList<qint64> out;
        const QJsonArray results = search(query).value(QStringLiteral("results")).toArray();
        for (const QJsonValue &hit : results)
            out << qint64(hit.toObject().value(QStringLiteral("id")).toDouble());
        std::sort(out.begin(), out.end());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_library = m_dir.filePath(QStringLiteral("lib.amanat"));
        QVERIFY(!m_cli.init(m_library).isEmpty());
        m_ids[QStringLiteral("zh")] =
            addItem(QStringLiteral("zh"), {QStringLiteral("description=他们被关押在集中营里"),
                                           QStringLiteral("event_date=2018-05")});
        m_ids[QStringLiteral("ug")] =
            addItem(QStringLiteral("ug"), {QStringLiteral("description=ئۇلار لاگېرغا سولاندى"),
                                           QStringLiteral("language=ug")});
        m_ids[QStringLiteral("fr")] =
            addItem(QStringLiteral("fr"), {QStringLiteral("title=Témoignage d'Hélène"),
                                           QStringLiteral("event_date=2015")});
        m_ids[QStringLiteral("kill")] =
            addItem(QStringLiteral("kill"),
                    {QStringLiteral("description=orders to shoot to kill at the camp"),
                     QStringLiteral("event_date=2017/2019")});
        m_ids[QStringLiteral("scramble")] =
            addItem(QStringLiteral("scramble"),
                    {QStringLiteral("description=kill to shoot, the camp rumour")});
        const CliResult tagged = m_cli.run(
            {QStringLiteral("tag"), m_library, QString::number(m_ids[QStringLiteral("kill")]),
             QStringLiteral("--add"), QStringLiteral("Xinjiang/Police-files")});
        AMANAT_EXPECT_EXIT(tagged, 0);
    }

    void jsonShapeIsTheContract()
    {
        const QJsonObject result = search(QStringLiteral("camp"));
        for (const char *key : {"query", "total", "elapsed_ms", "facets", "results"})
            QVERIFY2(result.contains(QLatin1String(key)), key);
        const QJsonObject facets = result.value(QStringLiteral("facets")).toObject();
        for (const char *key : {"kind", "tags", "language", "year"})
            QVERIFY2(facets.contains(QLatin1String(key)), key);
        QCOMPARE(result.value(QStringLiteral("total")).toInt(), 2);
        const QJsonObject hit =
            result.value(QStringLiteral("results")).toArray().first().toObject();
        for (const char *key : {"id", "title", "kind", "score", "snippet", "page"})
            QVERIFY2(hit.contains(QLatin1String(key)), key);
        QVERIFY(hit.value(QStringLiteral("snippet"))
                    .toString()
                    .contains(QLatin1String("<mark>camp</mark>")));
    }

    void multilingualMatches()
    {
        QCOMPARE(ids(QStringLiteral("集中营")), QList<qint64>{m_ids[QStringLiteral("zh")]});
        QCOMPARE(ids(QStringLiteral("لاگېرغا")), QList<qint64>{m_ids[QStringLiteral("ug")]});
        QCOMPARE(ids(QStringLiteral("helene")), QList<qint64>{m_ids[QStringLiteral("fr")]});
        const QString snippet = search(QStringLiteral("集中营"))
                                    .value(QStringLiteral("results"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("snippet"))
                                    .toString();
        QVERIFY2(snippet.contains(QStringLiteral("<mark>集中营</mark>")), qPrintable(snippet));
    }

    void operatorsAndFilters()
    {
        QCOMPARE(ids(QStringLiteral("\"shoot to kill\"")),
                 QList<qint64>{m_ids[QStringLiteral("kill")]});
        QCOMPARE(ids(QStringLiteral("camp -rumour")), QList<qint64>{m_ids[QStringLiteral("kill")]});
        QCOMPARE(ids(QStringLiteral("camp tag:Xinjiang")),
                 QList<qint64>{m_ids[QStringLiteral("kill")]});
        QCOMPARE(ids(QStringLiteral("tag:Xinjiang/Police-files")),
                 QList<qint64>{m_ids[QStringLiteral("kill")]});
        QCOMPARE(ids(QStringLiteral("camp \"shoot to kill\" tag:Xinjiang/Police-files after:2017")),
                 QList<qint64>{m_ids[QStringLiteral("kill")]});
        QCOMPARE(ids(QStringLiteral("after:2016 before:2018-12")),
                 (QList<qint64>{m_ids[QStringLiteral("zh")], m_ids[QStringLiteral("kill")]}));
        QCOMPARE(ids(QStringLiteral("lang:ug")), QList<qint64>{m_ids[QStringLiteral("ug")]});
    }

    void malformedQueriesAreExplained()
    {
        for (const char *query : {"camp OR", "\"open quote", "colour:red", "after:2017-13"}) {
            const CliResult result =
                m_cli.run({QStringLiteral("search"), m_library, QString::fromLatin1(query)});
            AMANAT_EXPECT_EXIT(result, 1);
            QVERIFY(!result.err.isEmpty());
            QVERIFY2(!result.err.contains("SQL") && !result.err.contains("sqlite") &&
                         !result.err.contains("fts"),
                     result.err.constData());
        }
        AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("search"), m_library, QStringLiteral("x"),
                                      QStringLiteral("--limit"), QStringLiteral("0")}),
                           2);
    }

    void stdinAnswersOneLinePerQuery()
    {
        // Passphrase on the first line of standard input, queries after it.
        const QByteArray input =
            defaultPassphrase().toUtf8() + "\ncamp\nhelene\ncamp OR\n\n集中营\n";
        const CliResult result =
            m_cli.runWith(m_cli.withPassphrase(QString()),
                          {QStringLiteral("search"), m_library, QStringLiteral("--stdin"),
                           QStringLiteral("--json")},
                          input);
        AMANAT_EXPECT_EXIT(result, 1); // one malformed query
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(
            QJsonDocument::fromJson(lines.at(0)).object().value(QStringLiteral("total")).toInt(),
            2);
        QCOMPARE(
            QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("total")).toInt(),
            1);
        QVERIFY(QJsonDocument::fromJson(lines.at(2)).object().contains(QStringLiteral("error")));
        QCOMPARE(
            QJsonDocument::fromJson(lines.at(3)).object().value(QStringLiteral("total")).toInt(),
            1);
    }

    void savedSearches()
    {
        AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("search-save"), m_library,
                                      QStringLiteral("Camps"), QStringLiteral("camp -rumour")}),
                           0);
        AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("search-save"), m_library,
                                      QStringLiteral("Camps"), QStringLiteral("x")}),
                           1);
        AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("search-save"), m_library,
                                      QStringLiteral("Bad"), QStringLiteral("camp OR")}),
                           1);
        const CliResult saved =
            m_cli.run({QStringLiteral("search"), m_library, QStringLiteral("--saved"),
                       QStringLiteral("Camps"), QStringLiteral("--json")});
        AMANAT_EXPECT_EXIT(saved, 0);
        QCOMPARE(QJsonDocument::fromJson(saved.out).object().value(QStringLiteral("total")).toInt(),
                 1);
        const CliResult list =
            m_cli.run({QStringLiteral("searches"), m_library, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
        AMANAT_EXPECT_EXIT(
            m_cli.run({QStringLiteral("search-delete"), m_library, QStringLiteral("Camps")}), 0);
        AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("search"), m_library,
                                      QStringLiteral("--saved"), QStringLiteral("Camps")}),
                           1);
    }

    void tagManagement()
    {
        const CliResult tags =
            m_cli.run({QStringLiteral("tags"), m_library, QStringLiteral("--json")});
        QVERIFY(tags.out.contains("Countries/China"));
        QVERIFY(tags.out.contains("Violations/Arbitrary detention"));
        AMANAT_EXPECT_EXIT(
            m_cli.run({QStringLiteral("tag-rename"), m_library,
                       QStringLiteral("Xinjiang/Police-files"), QStringLiteral("Police files")}),
            0);
        AMANAT_EXPECT_EXIT(
            m_cli.run({QStringLiteral("tag-move"), m_library, QStringLiteral("Xinjiang"),
                       QStringLiteral("Countries/China")}),
            0);
        QCOMPARE(ids(QStringLiteral("tag:Countries/China")),
                 QList<qint64>{m_ids[QStringLiteral("kill")]});
        AMANAT_EXPECT_EXIT(
            m_cli.run({QStringLiteral("tag-move"), m_library, QStringLiteral("Countries"),
                       QStringLiteral("Countries/China")}),
            1);
        AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("tag-merge"), m_library,
                                      QStringLiteral("Countries/China/Xinjiang/Police files"),
                                      QStringLiteral("Document types/Police file")}),
                           0);
        const CliResult show =
            m_cli.run({QStringLiteral("show"), m_library,
                       QString::number(m_ids[QStringLiteral("kill")]), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(show.out)
                     .object()
                     .value(QStringLiteral("tags"))
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("Document types/Police file"));
        const CliResult deleted =
            m_cli.run({QStringLiteral("tag-delete"), m_library, QStringLiteral("Document types")});
        AMANAT_EXPECT_EXIT(deleted, 0);
        QVERIFY(m_cli
                    .run({QStringLiteral("show"), m_library,
                          QString::number(m_ids[QStringLiteral("kill")]), QStringLiteral("--json")})
                    .out.contains("\"tags\": [\n    ]"));
        AMANAT_EXPECT_EXIT(
            m_cli.run({QStringLiteral("tag-delete"), m_library, QStringLiteral("No/Such")}), 1);
    }

    void tagCsvImportExport()
    {
        const QString good = m_dir.filePath(QStringLiteral("good.csv"));
        writeFile(good,
                  "path,color\nThesaurus/Detention/Incommunicado,#112233\n\"Thesaurus/A, B\"\n");
        const CliResult imported = m_cli.run({QStringLiteral("tags-import"), m_library, good});
        AMANAT_EXPECT_EXIT(imported, 0);
        QVERIFY2(imported.out.contains("4"),
                 imported.out.constData()); // Thesaurus, Detention, Incommunicado, "A, B"
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        writeFile(bad, "Other/Fine\nOther//Broken\n");
        const CliResult refused = m_cli.run({QStringLiteral("tags-import"), m_library, bad});
        AMANAT_EXPECT_EXIT(refused, 1);
        QVERIFY(refused.err.contains("Line 2"));
        const CliResult exported = m_cli.run({QStringLiteral("tags-export"), m_library});
        AMANAT_EXPECT_EXIT(exported, 0);
        QVERIFY(exported.out.startsWith("path,color\n"));
        QVERIFY(exported.out.contains("Thesaurus/Detention/Incommunicado,#112233"));
        QVERIFY(exported.out.contains("\"Thesaurus/A, B\","));
        QVERIFY(!exported.out.contains("Other/Fine")); // the bad file imported nothing
    }

    void deletedItemLeavesNoStaleHit()
    {
        const qint64 id =
            addItem(QStringLiteral("gone"), {QStringLiteral("description=zebracanary unique")});
        QCOMPARE(ids(QStringLiteral("zebracanary")), QList<qint64>{id});
        AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("set"), m_library, QString::number(id),
                                      QStringLiteral("description=replaced")}),
                           0);
        QCOMPARE(ids(QStringLiteral("zebracanary")), QList<qint64>{});
        AMANAT_EXPECT_EXIT(m_cli.run({QStringLiteral("delete"), m_library, QString::number(id)}),
                           0);
        QCOMPARE(ids(QStringLiteral("replaced")), QList<qint64>{});
    }

    void indexedTextStaysInsideTheLibrary()
    {
        const QString canary = QStringLiteral("indexcanary") + QString::fromLatin1(randomHex(12));
        QTemporaryDir tmp;
        QProcessEnvironment env = m_cli.environment();
        env.insert(QStringLiteral("TMPDIR"), tmp.path());
        const QString path = m_dir.filePath(QStringLiteral("canary.txt"));
        writeFile(path, "x");
        const CliResult imported =
            m_cli.runWith(env, {QStringLiteral("import"), m_library, path,
                                QStringLiteral("--no-extract"), QStringLiteral("--json")});
        AMANAT_EXPECT_EXIT(imported, 0);
        const QString id = QString::number(QJsonDocument::fromJson(imported.out)
                                               .array()
                                               .first()
                                               .toObject()
                                               .value(QStringLiteral("id"))
                                               .toInt());
        AMANAT_EXPECT_EXIT(m_cli.runWith(env, {QStringLiteral("set"), m_library, id,
                                               QStringLiteral("description=") + canary}),
                           0);
        const CliResult found = m_cli.runWith(
            env, {QStringLiteral("search"), m_library, canary, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(found.out).object().value(QStringLiteral("total")).toInt(),
                 1);
        QCOMPARE(filesContaining(m_library, {canary.toUtf8()}), QStringList());
        QCOMPARE(filesContaining(tmp.path(), {canary.toUtf8()}), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_cli_search.moc"
