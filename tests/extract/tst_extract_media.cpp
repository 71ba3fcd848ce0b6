// Video and audio extraction: media generated with the ffmpeg command line, read through
// MediaExtractor in process and through the amanat-extract helper.

#include "MediaExtractor.h"
#include "helper/ExtractionResult.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace amanat;

namespace {

constexpr qint64 kClipMs = 10000;
constexpr qint64 kToneMs = 3000;
constexpr qint64 kToleranceMs = 500;
/// Timer for damaged inputs: short, so the test shows they end at the timer, not later.
constexpr int kHostileTimeoutMs = 10000;

/** Command-line arguments from one string of words separated by single spaces. */
QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

qint64 durationOf(const ExtractionResult &result)
{
    return result.metadata.value(QStringLiteral("duration_ms"), -1).toLongLong();
}

} // namespace

class TestExtractMedia : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acceptsMediaTypes();
    void mp4Video();
    void audio_data();
    void audio();
    void damagedInput_data();
    void damagedInput();
    void emptyFile();
    void mp4ThroughHelper_data();
    void mp4ThroughHelper();

private:
    QByteArray generate(const QString &fileName, const QStringList &arguments);
    void checkClip(const ExtractionResult &result);

    QTemporaryDir m_dir;
    QString m_ffmpeg;
    QString m_videoCodec;
    QByteArray m_mp4;
};

QByteArray TestExtractMedia::generate(const QString &fileName, const QStringList &arguments)
{
    const QString path = m_dir.filePath(fileName);
    QProcess ffmpeg;
    ffmpeg.start(m_ffmpeg,
                 words("-nostdin -hide_banner -loglevel error -y") + arguments + QStringList{path});
    if (!ffmpeg.waitForFinished(120000) || ffmpeg.exitCode() != 0) {
        qWarning().noquote() << "ffmpeg failed:" << ffmpeg.readAllStandardError();
        return QByteArray();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

void TestExtractMedia::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    if (m_ffmpeg.isEmpty())
        QFAIL("the ffmpeg command line is needed to generate the media");

    QProcess encoders;
    encoders.start(m_ffmpeg, {QStringLiteral("-hide_banner"), QStringLiteral("-encoders")});
    QVERIFY(encoders.waitForFinished(30000));
    const bool x264 = encoders.readAllStandardOutput().contains("libx264");
    m_videoCodec = x264 ? QStringLiteral("libx264") : QStringLiteral("mpeg4");

    QElapsedTimer clock;
    clock.start();
    m_mp4 =
        generate(QStringLiteral("clip.mp4"),
                 words("-f lavfi -i testsrc=duration=10:size=320x240:rate=25 "
                       "-f lavfi -i sine=frequency=440:duration=10 -pix_fmt yuv420p "
                       "-c:a aac -shortest -metadata creation_time=2021-05-04T10:00:00Z") +
                     QStringList{QStringLiteral("-c:v"), m_videoCodec, QStringLiteral("-metadata"),
                                 QStringLiteral("title=Testimony clip")});
    QVERIFY(!m_mp4.isEmpty());
    qInfo("generated a 10 s 320x240 MP4 (%s + AAC): %lld bytes in %lld ms",
          qPrintable(m_videoCodec), qint64(m_mp4.size()), clock.elapsed());
}

void TestExtractMedia::acceptsMediaTypes()
{
    MediaExtractor extractor;
    QVERIFY(extractor.accepts(QStringLiteral("video/mp4"), QString()));
    QVERIFY(extractor.accepts(QStringLiteral("audio/ogg"), QString()));
    QVERIFY(extractor.accepts(QStringLiteral("application/octet-stream"),
                              QStringLiteral("interview.MOV")));
    QVERIFY(extractor.accepts(QString(), QStringLiteral("voice.opus")));
    QVERIFY(!extractor.accepts(QStringLiteral("application/pdf"), QStringLiteral("report.pdf")));
    QVERIFY(!extractor.accepts(QStringLiteral("image/jpeg"), QStringLiteral("photo.jpg")));
}

void TestExtractMedia::checkClip(const ExtractionResult &result)
{
    QVERIFY2(result.status == ExtractionResult::Status::Ok, qPrintable(result.error));
    QVERIFY2(qAbs(durationOf(result) - kClipMs) <= kToleranceMs,
             qPrintable(QString::number(durationOf(result))));
    QCOMPARE(result.metadata.value(QStringLiteral("width")).toInt(), 320);
    QCOMPARE(result.metadata.value(QStringLiteral("height")).toInt(), 240);
    QCOMPARE(result.metadata.value(QStringLiteral("has_video")).toBool(), true);
    QCOMPARE(result.metadata.value(QStringLiteral("has_audio")).toBool(), true);
    QVERIFY(!result.poster.isNull());
    QCOMPARE(result.poster.width() * 240, result.poster.height() * 320);
    QVERIFY(!result.thumbnail.isNull());
    QVERIFY(qMax(result.thumbnail.width(), result.thumbnail.height()) <=
            ExtractionResult::kThumbnailSize);
}

void TestExtractMedia::mp4Video()
{
    MediaExtractor extractor;
    ExtractionInput input{QStringLiteral("clip.mp4"), QStringLiteral("video/mp4"), m_mp4, QString(),
                          QByteArray()};
    QElapsedTimer clock;
    clock.start();
    const ExtractionResult result = extractor.extract(input);
    qInfo("in process: %lld ms", clock.elapsed());
    checkClip(result);
    // Qt 6.4 replaces the codec enum by free text during playback; the name must survive.
    const QString videoCodec = result.metadata.value(QStringLiteral("video_codec")).toString();
    if (m_videoCodec == QLatin1String("libx264"))
        QVERIFY2(videoCodec.contains(QLatin1String("264")), qPrintable(videoCodec));
    QVERIFY(result.metadata.value(QStringLiteral("audio_codec"))
                .toString()
                .contains(QLatin1String("AAC")));
    QVERIFY(result.metadata.value(QStringLiteral("created"))
                .toString()
                .startsWith(QLatin1String("2021-05-04T10:00:00")));
    QCOMPARE(result.metadata.value(QStringLiteral("title")).toString(),
             QStringLiteral("Testimony clip"));
}

void TestExtractMedia::audio_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("mime");
    QTest::addColumn<QStringList>("codec");
    QTest::newRow("wav") << QStringLiteral("tone.wav") << QStringLiteral("audio/wav")
                         << QStringList();
    QTest::newRow("ogg") << QStringLiteral("tone.ogg") << QStringLiteral("audio/ogg")
                         << words("-c:a libvorbis");
    // Audio only, in a file that claims to be a video: played a second time into a sink.
    QTest::newRow("m4a as video/mp4")
        << QStringLiteral("voice.mp4") << QStringLiteral("video/mp4") << words("-c:a aac");
}

void TestExtractMedia::audio()
{
    QFETCH(QString, fileName);
    QFETCH(QString, mime);
    QFETCH(QStringList, codec);
    const QByteArray data =
        generate(fileName, words("-f lavfi -i sine=frequency=440:duration=3") + codec);
    QVERIFY(!data.isEmpty());
    MediaExtractor extractor;
    const ExtractionResult result =
        extractor.extract(ExtractionInput{fileName, mime, data, QString(), QByteArray()});
    QVERIFY2(result.status == ExtractionResult::Status::Ok, qPrintable(result.error));
    QVERIFY2(qAbs(durationOf(result) - kToneMs) <= kToleranceMs,
             qPrintable(QString::number(durationOf(result))));
    QCOMPARE(result.metadata.value(QStringLiteral("has_video")).toBool(), false);
    QCOMPARE(result.metadata.value(QStringLiteral("has_audio")).toBool(), true);
    QVERIFY(!result.metadata.contains(QStringLiteral("width")));
    QVERIFY(result.poster.isNull());
    QVERIFY(result.thumbnail.isNull());
}

void TestExtractMedia::damagedInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("mayPlay"); // the damage may spare what the extractor reads
    // ffmpeg writes the index (moov) at the end: without it nothing can be played.
    QTest::newRow("first half of an mp4") << m_mp4.left(m_mp4.size() / 2) << false;
    QTest::newRow("first 200 bytes of an mp4") << m_mp4.left(200) << false;
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    QRandomGenerator random(42);
    random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    QTest::newRow("random bytes") << noise << false;
    QByteArray flipped = m_mp4;
    for (int i = 0; i < 200; ++i)
        flipped[int(random.bounded(flipped.size()))] ^= char(0xff);
    QTest::newRow("bit-flipped mp4") << flipped << true;
}

void TestExtractMedia::damagedInput()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, mayPlay);
    MediaExtractor extractor(kHostileTimeoutMs);
    QElapsedTimer clock;
    clock.start();
    const ExtractionResult result = extractor.extract(ExtractionInput{
        QStringLiteral("clip.mp4"), QStringLiteral("video/mp4"), data, QString(), QByteArray()});
    const qint64 elapsed = clock.elapsed();
    qInfo("%s after %lld ms: %s", qPrintable(ExtractionResult::statusName(result.status)), elapsed,
          qPrintable(result.error));
    if (result.status == ExtractionResult::Status::Ok) {
        QVERIFY(mayPlay);
        QVERIFY(!result.poster.isNull());
    } else {
        QVERIFY(result.status == ExtractionResult::Status::Failed ||
                result.status == ExtractionResult::Status::Partial);
        QVERIFY(!result.error.isEmpty());
    }
    QVERIFY2(elapsed < kHostileTimeoutMs + 5000, qPrintable(QString::number(elapsed)));
}

void TestExtractMedia::emptyFile()
{
    MediaExtractor extractor;
    const ExtractionResult result = extractor.extract(ExtractionInput{
        QStringLiteral("empty.mp4"), QStringLiteral("video/mp4"), {}, QString(), QByteArray()});
    QCOMPARE(result.status, ExtractionResult::Status::Failed);
    QVERIFY(!result.error.isEmpty());
}

void TestExtractMedia::mp4ThroughHelper_data()
{
    QTest::addColumn<bool>("freshCache");
    QTest::newRow("GStreamer registry cached") << false;
    // The helper cannot write files (RLIMIT_FSIZE=0): GStreamer must build its registry in
    // memory and still play the file.
    QTest::newRow("no GStreamer registry") << true;
}

void TestExtractMedia::mp4ThroughHelper()
{
    QFETCH(bool, freshCache);
    QTemporaryDir cache;
    QVERIFY(cache.isValid());
    QProcess helper;
    if (freshCache) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), cache.path());
        helper.setProcessEnvironment(environment);
    }
    ExtractionRequest request;
    request.name = QStringLiteral("clip.mp4");
    request.mime = QStringLiteral("video/mp4");
    request.size = m_mp4.size();

    QElapsedTimer clock;
    clock.start();
    helper.start(QStringLiteral(AMANAT_EXTRACT_PATH), QStringList());
    QVERIFY2(helper.waitForStarted(10000), qPrintable(helper.errorString()));
    helper.write(request.headerLine());
    helper.write(m_mp4);
    helper.closeWriteChannel();
    QVERIFY(helper.waitForFinished(60000));
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(helper.exitStatus(), QProcess::NormalExit);
    QCOMPARE(helper.exitCode(), 0);

    const QByteArray line = helper.readAllStandardOutput().trimmed();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    QVERIFY2(document.isObject(), qPrintable(parseError.errorString()));
    const ExtractionResult result = ExtractionResult::fromJson(document.object());
    qInfo("amanat-extract, %s: %lld ms end to end for %lld bytes",
          freshCache ? "registry rebuilt in memory" : "registry cached", elapsed,
          qint64(m_mp4.size()));
    checkClip(result);
    // Nothing may have been written, not even GStreamer's registry.
    QDirIterator written(cache.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (written.hasNext()) {
        written.next();
        QCOMPARE(written.fileInfo().size(), 0);
    }
}

QTEST_MAIN(TestExtractMedia)
#include "tst_extract_media.moc"
