// amanat-extract --render through RenderClient: page sizes, rendered pixels, find
// rectangles on the right page, page text, images (multi-page TIFF), and hostile input:
// truncated, garbage, a memory-bomb image, a killed helper — each a failure, never a hang.
// The helper runs under the extraction limits (checked in /proc).

#include "ExtractTestData.h"
#include "render/RenderClient.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QtTest>

#include <csignal>

using namespace amanat;
using namespace amanat::testdata;

namespace {

std::unique_ptr<QIODevice> bufferOf(const QByteArray &bytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

RenderSettings settings()
{
    RenderSettings s;
    s.helperPath = QStringLiteral(AMANAT_EXTRACT_PATH);
    return s;
}

int darkPixels(const QImage &image)
{
    int dark = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            if (qGray(image.pixel(x, y)) < 100)
                ++dark;
    return dark;
}

const QStringList kPages = {
    QStringLiteral("First page about the detention centre."),
    QStringLiteral("Second page: the witness saw the convoy at dawn."),
    QStringLiteral("Third page with closing remarks."),
};

} // namespace

class TestRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pdfPagesFindAndText()
    {
        RenderClient client;
        QSignalSpy opened(&client, &RenderClient::opened);
        QSignalSpy failed(&client, &RenderClient::failed);
        client.open(bufferOf(textPdf(kPages, QStringLiteral("t"))),
                    QStringLiteral("application/pdf"), QStringLiteral("a.pdf"), settings());
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1 || failed.count() == 1, 30000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(client.documentType(), QStringLiteral("pdf"));
        QCOMPARE(client.pageSizes().size(), 3);
        QVERIFY(qAbs(client.pageSizes().at(0).width() - 595.3) < 2); // A4 in points

        // The helper limits itself: no file may be written, no core dump.
        QFile limits(QStringLiteral("/proc/%1/limits").arg(client.processId()));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        const QByteArray table = limits.readAll();
        QVERIFY(QRegularExpression(QStringLiteral("Max file size\\s+0\\s+0"))
                    .match(QString::fromLatin1(table))
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("Max core file size\\s+0\\s+0"))
                    .match(QString::fromLatin1(table))
                    .hasMatch());

        QSignalSpy rendered(&client, &RenderClient::rendered);
        const int id = client.render(1, 1.0);
        QTRY_VERIFY_WITH_TIMEOUT(rendered.count() == 1, 30000);
        QCOMPARE(rendered.at(0).at(0).toInt(), id);
        QCOMPARE(rendered.at(0).at(1).toInt(), 1);
        const QImage image = rendered.at(0).at(3).value<QImage>();
        QVERIFY(qAbs(image.width() - 595) <= 1);
        QVERIFY(darkPixels(image) > 50);

        QSignalSpy found(&client, &RenderClient::found);
        client.find(QStringLiteral("convoy"));
        QTRY_VERIFY_WITH_TIMEOUT(found.count() == 1, 30000);
        const auto hits = found.at(0).at(2).value<QVector<RenderHit>>();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).page, 1);
        QCOMPARE(hits.at(0).rects.size(), 1);
        const QRectF rect = hits.at(0).rects.at(0);
        QVERIFY(rect.x() > 0 && rect.right() < 1 && rect.y() >= 0 && rect.bottom() < 0.2);

        QSignalSpy text(&client, &RenderClient::textReady);
        client.pageText(2);
        QTRY_VERIFY_WITH_TIMEOUT(text.count() == 1, 30000);
        QVERIFY(text.at(0).at(2).toString().contains(QStringLiteral("closing remarks")));

        // A request for a page that does not exist fails alone; the helper goes on.
        QSignalSpy requestFailed(&client, &RenderClient::requestFailed);
        client.render(99, 1.0);
        QTRY_VERIFY_WITH_TIMEOUT(requestFailed.count() == 1, 30000);
        QVERIFY(client.isReady());
        QVERIFY(failed.isEmpty());
    }

    void hugeScaleIsCapped()
    {
        RenderClient client;
        QSignalSpy opened(&client, &RenderClient::opened);
        client.open(bufferOf(textPdf(kPages, QStringLiteral("t"))), QString(), QString(),
                    settings());
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1, 30000);
        QSignalSpy rendered(&client, &RenderClient::rendered);
        client.render(0, 1000.0);
        QTRY_VERIFY_WITH_TIMEOUT(rendered.count() == 1, 60000);
        const QImage image = rendered.at(0).at(3).value<QImage>();
        QVERIFY(qint64(image.width()) * image.height() <= 24'000'000 + 10'000);
    }

    void multiPageTiffPages()
    {
        const QImage first = renderText({QStringLiteral("one")}, QStringLiteral("DejaVu Sans"), 12);
        const QImage second =
            renderText({QStringLiteral("two two two")}, QStringLiteral("DejaVu Sans"), 12);
        RenderClient client;
        QSignalSpy opened(&client, &RenderClient::opened);
        QSignalSpy failed(&client, &RenderClient::failed);
        client.open(bufferOf(testdata::multiPageTiff({first, second})),
                    QStringLiteral("image/tiff"), QStringLiteral("scan.tiff"), settings());
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1 || failed.count() == 1, 30000);
        QVERIFY(failed.isEmpty());
        QCOMPARE(client.documentType(), QStringLiteral("image"));
        QCOMPARE(client.pageSizes().size(), 2);
        QCOMPARE(client.pageSizes().at(1).toSize(), second.size());
        QSignalSpy rendered(&client, &RenderClient::rendered);
        client.render(1, 0.5);
        QTRY_VERIFY_WITH_TIMEOUT(rendered.count() == 1, 30000);
        const QImage image = rendered.at(0).at(3).value<QImage>();
        QVERIFY(qAbs(image.width() - second.width() / 2) <= 1);
        QVERIFY(darkPixels(image) > 10);
    }

    void hostileInputFails_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mime");
        const QByteArray pdf = textPdf(kPages, QStringLiteral("t"));
        QTest::newRow("truncated pdf")
            << pdf.left(pdf.size() / 3) << QStringLiteral("application/pdf");
        QTest::newRow("garbage") << QByteArray(5000, '\x7f') << QStringLiteral("application/pdf");
        QTest::newRow("not an image")
            << QByteArray("GIF89a but not really") << QStringLiteral("image/gif");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("application/pdf");
    }

    void hostileInputFails()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mime);
        RenderClient client;
        QSignalSpy opened(&client, &RenderClient::opened);
        QSignalSpy failed(&client, &RenderClient::failed);
        client.open(bufferOf(bytes), mime, QString(), settings());
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 30000);
        QVERIFY(opened.isEmpty());
        QVERIFY(client.hasFailed());
    }

    void imageBombFailsItsRequestOnly()
    {
        // A PNG header claiming 60000 × 60000 pixels (3.6 GB decoded).
        RenderClient client;
        QSignalSpy opened(&client, &RenderClient::opened);
        QSignalSpy failed(&client, &RenderClient::failed);
        QSignalSpy requestFailed(&client, &RenderClient::requestFailed);
        client.open(bufferOf(pngHeaderOnly(60000, 60000)), QStringLiteral("image/png"),
                    QStringLiteral("bomb.png"), settings());
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1 || failed.count() == 1, 30000);
        if (opened.count() == 1) {
            client.render(0, 0.01);
            QTRY_VERIFY_WITH_TIMEOUT(requestFailed.count() == 1 || failed.count() == 1, 60000);
        }
    }

    void killedHelperFails()
    {
        RenderClient client;
        QSignalSpy opened(&client, &RenderClient::opened);
        QSignalSpy failed(&client, &RenderClient::failed);
        client.open(bufferOf(textPdf(kPages, QStringLiteral("t"))), QString(), QString(),
                    settings());
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1, 30000);
        const qint64 pid = client.processId();
        QVERIFY(pid > 0);
        ::kill(pid_t(pid), SIGSEGV);
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 30000);
        QVERIFY(client.hasFailed());
        // Requests after the failure fail at once instead of waiting.
        QSignalSpy requestFailed(&client, &RenderClient::requestFailed);
        client.render(0, 1.0);
        QTRY_COMPARE(requestFailed.count(), 1);
    }
};

QTEST_MAIN(TestRender)
#include "tst_render.moc"
