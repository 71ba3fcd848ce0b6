// The core side of extraction, with stand-in helpers: whatever the helper does — answer,
// crash, hang, talk nonsense — the queue turns it into a result with a reason. The helper
// is a server (`--serve`): one header line and the file's bytes in, one line out, again
// and again; the stand-ins speak that protocol in shell.

#include "CoreFixture.h"
#include "ingest/ExtractionQueue.h"
#include "ingest/ExtractionStore.h"
#include "search/SearchEngine.h"

#include <QSignalSpy>
#include <QtTest>

using namespace amanat;
using namespace amanat::test;

class TestExtractionQueue : public QObject
{
    Q_OBJECT

private:
    /** Writes an executable shell script standing in for amanat-extract. */
    static QString fakeHelper(CoreFixture &f, const QString &name, const QByteArray &body)
    {
        const QString path = f.dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write helper");
        file.write("#!/bin/sh\n"
                   "size() { printf '%s' \"$1\" | sed 's/.*\"size\":\\([0-9]*\\).*/\\1/'; }\n" +
                   body);
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    static qint64 importBytes(CoreFixture &f, const QByteArray &bytes)
    {
        auto outcome = f.importer->importFile(
            f.writeFile(QStringLiteral("in-%1.bin").arg(qHash(bytes)), bytes), {});
        if (!outcome.ok())
            qFatal("import failed");
        return outcome->itemId;
    }

    static ExtractionResult runOne(CoreFixture &f, const QString &helper, qint64 itemId,
                                   int timeout = 20)
    {
        ExtractionSettings settings;
        settings.helperPath = helper;
        settings.timeoutSeconds = timeout;
        ExtractionQueue queue(*f.blobs, settings);
        QSignalSpy spy(&queue, &ExtractionQueue::finished);
        queue.enqueue(ExtractionTask{itemId,
                                     QStringLiteral("x.bin"),
                                     QStringLiteral("application/octet-stream"),
                                     QStringLiteral("eng"),
                                     {},
                                     false});
        if (!spy.wait(60000) || spy.isEmpty())
            return ExtractionResult::failure(QStringLiteral("test: no result"));
        return spy.first().at(1).value<ExtractionResult>();
    }

    /** Runs @p count small files through one queue; each result's first page, in order. */
    static QStringList firstPagesOf(CoreFixture &f, const ExtractionSettings &settings, int count)
    {
        ExtractionQueue queue(*f.blobs, settings);
        QSignalSpy finished(&queue, &ExtractionQueue::finished);
        for (int i = 0; i < count; ++i)
            queue.enqueue(ExtractionTask{importBytes(f, "file " + QByteArray::number(i)),
                                         QString(),
                                         QString(),
                                         QString(),
                                         {},
                                         false});
        if (!QTest::qWaitFor([&] { return finished.size() == count; }, 60000))
            return {};
        QStringList texts;
        for (const auto &arguments : finished)
            texts << arguments.at(1).value<ExtractionResult>().pages.value(0).text;
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ExtractionTask>();
        qRegisterMetaType<ExtractionResult>();
    }

    void resultRoundTripsThroughJson()
    {
        ExtractionResult result;
        result.status = ExtractionResult::Status::Partial;
        result.error = QStringLiteral("page 3 is damaged");
        result.kindHint = QStringLiteral("scan");
        result.paged = true;
        result.pages = {{QStringLiteral("première page"), false, -1},
                        {QStringLiteral("第二页"), true, 87.5}};
        result.metadata = {{QStringLiteral("page_count"), 2}};
        result.exif = {{QStringLiteral("camera_make"), QStringLiteral("Canon")}};
        result.ocrLanguages = {QStringLiteral("chi_sim")};
        result.thumbnail = QImage(10, 5, QImage::Format_RGB32);
        result.thumbnail.fill(Qt::red);
        const ExtractionResult back = ExtractionResult::fromJson(result.toJson());
        QCOMPARE(back.status, result.status);
        QCOMPARE(back.error, result.error);
        QCOMPARE(back.kindHint, result.kindHint);
        QCOMPARE(back.pages.size(), 2);
        QCOMPARE(back.pages.at(1).text, QStringLiteral("第二页"));
        QCOMPARE(back.pages.at(1).confidence, 87.5);
        QCOMPARE(back.meanOcrConfidence(), 87.5);
        QCOMPARE(back.textCharacters(), qint64(16));
        QCOMPARE(back.metadata.value(QStringLiteral("page_count")).toInt(), 2);
        QCOMPARE(back.thumbnail.size(), QSize(10, 5));
        QCOMPARE(ExtractionResult::fromJson(QJsonObject{}).status,
                 ExtractionResult::Status::Failed);
    }

    void requestHeaderRoundTrips()
    {
        ExtractionRequest request{QStringLiteral("a b.pdf"), QStringLiteral("application/pdf"),
                                  1234, QStringLiteral("chi_sim+eng"), QByteArray("pw")};
        const QByteArray line = request.headerLine();
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        ExtractionRequest back;
        QVERIFY(ExtractionRequest::parseHeaderLine(line.chopped(1), &back));
        QCOMPARE(back.size, qint64(1234));
        QCOMPARE(back.pdfPassword, QByteArray("pw"));
        QVERIFY(!ExtractionRequest::parseHeaderLine("{not json", &back));
    }

    void helperReceivesTheBytesThroughItsStandardInput()
    {
        CoreFixture f;
        const QByteArray bytes(3 * 1024 * 1024 + 7, 'z');
        const qint64 id = importBytes(f, bytes);
        // The stand-in answers with the number of bytes after the header line.
        const QString helper = fakeHelper(
            f, QStringLiteral("count.sh"),
            "read header\n"
            "n=$(head -c \"$(size \"$header\")\" | wc -c | tr -d ' ')\n"
            "printf '{\"status\":\"ok\",\"pages\":[{\"text\":\"%s bytes\"}]}\\n' \"$n\"\n"
            "exec sleep 600\n");
        const ExtractionResult result = runOne(f, helper, id);
        QCOMPARE(result.status, ExtractionResult::Status::Ok);
        QCOMPARE(result.pages.first().text, QStringLiteral("%1 bytes").arg(bytes.size()));
    }

    void crashIsAFailureWithAReason()
    {
        CoreFixture f;
        const qint64 id = importBytes(f, "crash me");
        const ExtractionResult result =
            runOne(f, fakeHelper(f, QStringLiteral("crash.sh"), "kill -SEGV $$\n"), id);
        QCOMPARE(result.status, ExtractionResult::Status::Failed);
        QVERIFY2(result.error.contains(QLatin1String("crashed")), qPrintable(result.error));
    }

    void hangIsStoppedByTheTimeout()
    {
        CoreFixture f;
        const qint64 id = importBytes(f, "hang");
        QElapsedTimer timer;
        timer.start();
        const ExtractionResult result =
            runOne(f, fakeHelper(f, QStringLiteral("hang.sh"), "exec sleep 600\n"), id, 1);
        QCOMPARE(result.status, ExtractionResult::Status::Failed);
        QVERIFY2(result.error.contains(QLatin1String("longer than 1 s")), qPrintable(result.error));
        QVERIFY(timer.elapsed() < 30000);
    }

    void nonsenseIsAFailure()
    {
        CoreFixture f;
        const qint64 id = importBytes(f, "nonsense");
        const ExtractionResult result =
            runOne(f,
                   fakeHelper(f, QStringLiteral("nonsense.sh"),
                              "read header; echo 'hello'; exec sleep 600\n"),
                   id);
        QCOMPARE(result.status, ExtractionResult::Status::Failed);
        QVERIFY(result.error.contains(QLatin1String("no usable answer")));
    }

    void missingHelperIsAFailure()
    {
        CoreFixture f;
        const qint64 id = importBytes(f, "missing");
        const ExtractionResult result =
            runOne(f, f.dir.filePath(QStringLiteral("no-such-helper")), id);
        QCOMPARE(result.status, ExtractionResult::Status::Failed);
        QVERIFY(result.error.contains(QLatin1String("could not be started")));
    }

    void manyFilesRunInParallelAndAllFinish()
    {
        CoreFixture f;
        ExtractionSettings settings;
        settings.helperPath =
            fakeHelper(f, QStringLiteral("ok.sh"),
                       "while read header; do head -c \"$(size \"$header\")\" >/dev/null;"
                       " echo '{\"status\":\"ok\",\"pages\":[{\"text\":\"fine\"}]}'; done\n");
        settings.parallel = 2;
        ExtractionQueue queue(*f.blobs, settings);
        QSignalSpy finished(&queue, &ExtractionQueue::finished);
        QSignalSpy drained(&queue, &ExtractionQueue::drained);
        for (int i = 0; i < 6; ++i)
            queue.enqueue(ExtractionTask{
                importBytes(f, QByteArray::number(i)), QString(), QString(), QString(), {}, false});
        QCOMPARE(queue.running(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 6, 60000);
        QTRY_VERIFY(!drained.isEmpty());
        QVERIFY(queue.isIdle());
    }

    void oneServerReadsFileAfterFile()
    {
        CoreFixture f;
        ExtractionSettings settings;
        // Answers with its process id and how many files it has read.
        settings.helperPath = fakeHelper(
            f, QStringLiteral("serve.sh"),
            "i=0\n"
            "while read header; do head -c \"$(size \"$header\")\" >/dev/null; i=$((i+1));"
            " printf '{\"status\":\"ok\",\"pages\":[{\"text\":\"%s %s\"}]}\\n' $$ $i; done\n");
        settings.parallel = 1;
        const QStringList answers = firstPagesOf(f, settings, 4);
        QCOMPARE(answers.size(), 4);
        const QString pid = answers.first().section(QLatin1Char(' '), 0, 0);
        QCOMPARE(answers, (QStringList{pid + QStringLiteral(" 1"), pid + QStringLiteral(" 2"),
                                       pid + QStringLiteral(" 3"), pid + QStringLiteral(" 4")}));
    }

    void aServerThatLosesTheFramingIsReplaced()
    {
        CoreFixture f;
        ExtractionSettings settings;
        // Every answer is followed, in the same write, by a second line nobody asked for.
        settings.helperPath =
            fakeHelper(f, QStringLiteral("chatty.sh"),
                       "while read header; do head -c \"$(size \"$header\")\" >/dev/null;"
                       " printf '{\"status\":\"ok\",\"pages\":[{\"text\":\"%s\"}]}\\n"
                       "{\"status\":\"ok\",\"pages\":[{\"text\":\"forged\"}]}\\n' $$; done\n");
        settings.parallel = 1;
        const QStringList answers = firstPagesOf(f, settings, 2);
        QCOMPARE(answers.size(), 2);
        QVERIFY(!answers.contains(QStringLiteral("forged")));
        QVERIFY2(answers.at(0) != answers.at(1), qPrintable(answers.join(QLatin1Char(','))));
    }

    void aServerThatEndsBetweenFilesCostsNoFile()
    {
        CoreFixture f;
        ExtractionSettings settings;
        // Reads one file and answers; then takes the next request and ends without reading
        // it, as a server that died while idle would. No file is lost to that.
        settings.helperPath =
            fakeHelper(f, QStringLiteral("once.sh"),
                       "read header; head -c \"$(size \"$header\")\" >/dev/null;"
                       " echo '{\"status\":\"ok\",\"pages\":[{\"text\":\"read\"}]}'; read next\n");
        settings.parallel = 1;
        const QStringList answers = firstPagesOf(f, settings, 6);
        QCOMPARE(answers, QStringList(6, QStringLiteral("read")));
    }

    void theRealHelperServesEachFileItsOwnText()
    {
        CoreFixture f;
        ExtractionSettings settings;
        settings.helperPath = QStringLiteral(AMANAT_EXTRACT_PATH);
        settings.parallel = 1;
        ExtractionQueue queue(*f.blobs, settings);
        QSignalSpy finished(&queue, &ExtractionQueue::finished);
        QHash<qint64, QString> expected;
        for (int i = 0; i < 5; ++i) {
            const QString text = QStringLiteral("statement number %1 جۈملە 第%1页").arg(i);
            const qint64 id = importBytes(f, text.toUtf8());
            expected.insert(id, text);
            queue.enqueue(ExtractionTask{id,
                                         QStringLiteral("s%1.txt").arg(i),
                                         QStringLiteral("text/plain"),
                                         QStringLiteral("eng"),
                                         {},
                                         false});
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 5, 60000);
        for (const auto &arguments : finished) {
            const auto task = arguments.at(0).value<ExtractionTask>();
            const auto result = arguments.at(1).value<ExtractionResult>();
            QCOMPARE(result.status, ExtractionResult::Status::Ok);
            QCOMPARE(result.pages.value(0).text.trimmed(), expected.value(task.itemId));
        }
    }

    void storeKeepsTextMetadataAndReindexes()
    {
        CoreFixture f;
        ExtractionStore store(*f.db, *f.items, *f.custody);
        const qint64 id = importBytes(f, "%PDF-1.4 fake");
        QVERIFY(store.markPending(id).ok());
        QCOMPARE(store.info(id)->value().status, QStringLiteral("pending"));
        QCOMPARE(*store.unfinished(), QVector<qint64>{id});

        ExtractionResult result;
        result.paged = true;
        result.kindHint = QStringLiteral("scan");
        result.pages = {{QStringLiteral("first page"), true, 91},
                        {QStringLiteral("checkpoint at night"), true, 89}};
        result.metadata = {{QStringLiteral("width"), 2480}, {QStringLiteral("height"), 3508}};
        result.ocrLanguages = {QStringLiteral("eng")};
        result.thumbnail = QImage(4, 4, QImage::Format_RGB32);
        QVERIFY(store.save(id, result, QStringLiteral("eng"), true).ok());

        const auto info = store.info(id)->value();
        QCOMPARE(info.status, QStringLiteral("ok"));
        QCOMPARE(info.pages, 2);
        QCOMPARE(info.textChars, qint64(29));
        QCOMPARE(*info.width, 2480);
        QCOMPARE(*info.ocrConfidence, 90.0);
        QCOMPARE(info.ocrLanguages, QStringLiteral("eng"));
        QCOMPARE(store.thumbnail(id)->size(), QSize(4, 4));
        QCOMPARE(f.items->get(id)->kind, QStringLiteral("scan"));
        QVERIFY(store.unfinished()->isEmpty());
        SearchEngine engine(*f.db);
        auto hits = engine.search(QStringLiteral("checkpoint"));
        QCOMPARE(hits->total, qint64(1));
        QCOMPARE(hits->hits.first().page, 2);
        QCOMPARE(f.custody->events(id)->last().action, QStringLiteral("extract"));

        // Re-extraction replaces the text: no stale hit.
        result.pages = {{QStringLiteral("other words"), false, -1}};
        QVERIFY(store.save(id, result, QString(), false).ok());
        QCOMPARE(engine.search(QStringLiteral("checkpoint"))->total, qint64(0));
    }

    void ocrLanguageListsAreChecked()
    {
        QVERIFY(ExtractionStore::checkOcrLanguages(QStringLiteral("chi_sim+uig+eng")).ok());
        QVERIFY(!ExtractionStore::checkOcrLanguages(QStringLiteral("eng;rm -rf")).ok());
        QVERIFY(!ExtractionStore::checkOcrLanguages(QStringLiteral("")).ok());
    }
};

QTEST_GUILESS_MAIN(TestExtractionQueue)
#include "tst_extraction_queue.moc"
