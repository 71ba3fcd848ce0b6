#include "MediaProbe.h"

#include <QAudioOutput>
#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QMediaFormat>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QTimer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

#include <atomic>
#include <memory>

Q_LOGGING_CATEGORY(lcMediaProbe, "amanat.extract.media", QtWarningMsg)

namespace amanat {

namespace {

/// Frames larger than this are not converted: a hostile header cannot make us allocate more.
constexpr int kMaxFrameSide = 16384;
constexpr qint64 kMaxFramePixels = qint64(8192) * 8192;
/// Frames that decode but do not convert to an image before we give up on a poster.
constexpr int kMaxUnconvertibleFrames = 8;
/// A frame stamped this long before the seek target was decoded before the seek took effect.
constexpr qint64 kStaleFrameMs = 1000;
/// Seeks to the target after an unexpected end of media, the last one to the start.
constexpr int kMaxSeekAttempts = 3;
/// While loading, the backends read the bytes without pause until the streams are found; a
/// pipeline that stops reading for this long has failed without saying so.
constexpr qint64 kStallMs = 5000;
constexpr int kStallCheckMs = 250;

bool plausibleSize(const QSize &size)
{
    return size.width() > 0 && size.height() > 0 && size.width() <= kMaxFrameSide &&
           size.height() <= kMaxFrameSide &&
           qint64(size.width()) * size.height() <= kMaxFramePixels;
}

/** The name of a codec from the metadata. Qt 6.4 (GStreamer) first stores the codec as a
 *  QMediaFormat enum, then replaces it during playback with the tag's free text
 *  ("H.264 (High Profile)"); a plain value<Enum>() of that text gives 0, i.e. "MPEG1". */
template <typename Codec, typename NameFunction>
QString codecName(const QVariant &value, Codec unspecified, NameFunction name)
{
    if (value.metaType() == QMetaType::fromType<Codec>()) {
        const Codec codec = value.value<Codec>();
        return codec == unspecified ? QString() : name(codec);
    }
    if (value.metaType() == QMetaType::fromType<QString>())
        return value.toString().trimmed().left(200);
    return QString();
}

/** Clockwise degrees the frame is turned to be shown upright; toImage() has already
 *  applied them (GStreamer reads the MP4 rotation tag, as phones write it). */
int rotationOf(const QVideoFrame &frame)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    return int(frame.rotation());
#else
    return int(frame.rotationAngle());
#endif
}

/** A read-only buffer that counts reads. GStreamer reads on the caller's thread, FFmpeg
 *  from a worker thread, hence the atomic. */
class CountingBuffer : public QBuffer
{
public:
    qint64 reads() const { return m_reads.load(std::memory_order_relaxed); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        m_reads.fetch_add(1, std::memory_order_relaxed);
        return QBuffer::readData(data, maxSize);
    }

private:
    std::atomic<qint64> m_reads{0};
};

/** One run of the player. The members are declared so that the player, which reads the
 *  buffer and feeds the sink, is destroyed first. */
class ProbeRun
{
public:
    ProbeRun(const QByteArray &data, const QString &extension, bool withAudioOutput);
    MediaReport run(int timeoutMs);

private:
    void onStatus(QMediaPlayer::MediaStatus status);
    void onDuration(qint64 durationMs);
    void onFrame(const QVideoFrame &frame);
    void readMetaData();
    void startFrameGrab();
    void checkStall();
    void finish(MediaReport::Outcome outcome, const QString &error = QString());

    QByteArray m_data;
    QString m_extension;
    bool m_withAudio;
    QEventLoop m_loop;
    CountingBuffer m_buffer;
    QVideoSink m_sink;
    std::unique_ptr<QAudioOutput> m_audio;
    std::unique_ptr<QMediaPlayer> m_player;
    MediaReport m_report;
    bool m_finished = false;
    bool m_grabbing = false;
    int m_seekAttempts = 0;
    int m_unconvertible = 0;
    qint64 m_targetMs = 0;
    qint64 m_lastReads = -1;
    QElapsedTimer m_sinceLastRead;
};

// m_data shares the caller's bytes (implicit sharing): nothing is copied.
ProbeRun::ProbeRun(const QByteArray &data, const QString &extension, bool withAudioOutput)
    : m_data(data), m_extension(extension), m_withAudio(withAudioOutput)
{}

MediaReport ProbeRun::run(int timeoutMs)
{
    m_buffer.setData(m_data);
    m_buffer.open(QIODevice::ReadOnly);
    m_player = std::make_unique<QMediaPlayer>();
    QMediaPlayer *player = m_player.get();
    if (!player->isAvailable()) {
        m_report.outcome = MediaReport::Outcome::Error;
        m_report.error = QStringLiteral("no media backend is available");
        return m_report;
    }
    player->setVideoOutput(&m_sink);
    if (m_withAudio) {
        m_audio = std::make_unique<QAudioOutput>();
        m_audio->setMuted(true);
        player->setAudioOutput(m_audio.get());
    }

    QObject::connect(player, &QMediaPlayer::errorOccurred, &m_loop,
                     [this](QMediaPlayer::Error error, const QString &text) {
                         if (error != QMediaPlayer::NoError)
                             finish(MediaReport::Outcome::Error, text);
                     });
    QObject::connect(player, &QMediaPlayer::mediaStatusChanged, &m_loop,
                     [this](QMediaPlayer::MediaStatus status) { onStatus(status); });
    QObject::connect(player, &QMediaPlayer::durationChanged, &m_loop,
                     [this](qint64 durationMs) { onDuration(durationMs); });
    QObject::connect(player, &QMediaPlayer::metaDataChanged, &m_loop, [this] { readMetaData(); });
    QObject::connect(&m_sink, &QVideoSink::videoFrameChanged, &m_loop,
                     [this](const QVideoFrame &frame) { onFrame(frame); });

    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &m_loop,
                     [this] { finish(MediaReport::Outcome::TimedOut); });
    guard.start(timeoutMs);
    QTimer stallCheck;
    QObject::connect(&stallCheck, &QTimer::timeout, &m_loop, [this] { checkStall(); });
    stallCheck.start(kStallCheckMs);
    m_sinceLastRead.start();

    // Qt 6.4 (GStreamer) plays nothing and reports nothing without a URL hint that carries
    // an extension; FFmpeg uses it to guess the container.
    player->setSourceDevice(&m_buffer, QUrl(QStringLiteral("stream.") + m_extension));
    if (!m_finished)
        m_loop.exec();
    guard.stop();
    stallCheck.stop();

    // Late signals from stop() and teardown must not reach the finished report.
    QObject::disconnect(player, nullptr, &m_loop, nullptr);
    QObject::disconnect(&m_sink, nullptr, &m_loop, nullptr);
    player->stop();
    // Qt 6.4 (GStreamer) crashes now and then when a player is destroyed with its decoder
    // still in the pipeline (decoderPadRemoved on a half-destroyed player): unload first.
    player->setSource(QUrl());
    m_player.reset();
    m_audio.reset();
    return m_report;
}

void ProbeRun::onStatus(QMediaPlayer::MediaStatus status)
{
    qCDebug(lcMediaProbe) << "status" << status;
    switch (status) {
    case QMediaPlayer::InvalidMedia:
        finish(MediaReport::Outcome::Error, m_player->errorString());
        break;
    case QMediaPlayer::LoadedMedia:
        if (m_report.loaded)
            break;
        m_report.loaded = true;
        readMetaData();
        m_report.hasVideo = m_player->hasVideo();
        m_report.hasAudio = m_player->hasAudio();
        onDuration(m_player->duration());
        if (m_report.hasVideo)
            startFrameGrab();
        else
            finish(MediaReport::Outcome::Done);
        break;
    case QMediaPlayer::EndOfMedia:
        // No usable frame yet (a grabbed frame finishes earlier). Qt 6.4's GStreamer source
        // sometimes answers the seek with a short read, which qtdemux takes for the end of
        // the file: seek again, and at last take a frame from the start.
        if (!m_grabbing || ++m_seekAttempts > kMaxSeekAttempts) {
            finish(MediaReport::Outcome::Done);
            break;
        }
        if (m_seekAttempts == kMaxSeekAttempts)
            m_targetMs = 0;
        qCDebug(lcMediaProbe) << "end of media before a frame; seeking again to" << m_targetMs;
        // After the end of media, Qt 6.4 ignores a seek made before play().
        m_player->play();
        m_player->setPosition(m_targetMs);
        break;
    default:
        break;
    }
}

void ProbeRun::onDuration(qint64 durationMs)
{
    qCDebug(lcMediaProbe) << "duration" << durationMs;
    if (durationMs > 0)
        m_report.durationMs = durationMs;
}

void ProbeRun::startFrameGrab()
{
    if (m_grabbing || m_finished)
        return;
    m_grabbing = true;
    // Seek only once the duration is known (Qt 6.4 ignores earlier seeks). Without a
    // duration (FFmpeg on WebM) the first frame has to do.
    m_targetMs = m_report.durationMs > 0 ? m_report.durationMs / 10 : 0;
    qCDebug(lcMediaProbe) << "grabbing at" << m_targetMs << "seekable" << m_player->isSeekable();
    if (m_targetMs > 0 && m_player->isSeekable())
        m_player->setPosition(m_targetMs);
    else
        m_targetMs = 0;
    m_player->play();
}

void ProbeRun::onFrame(const QVideoFrame &frame)
{
    qCDebug(lcMediaProbe) << "frame" << frame.isValid() << frame.size() << frame.startTime();
    if (!m_grabbing || m_finished || !frame.isValid() || !plausibleSize(frame.size()))
        return;
    // A frame decoded before the seek took effect may still arrive.
    const qint64 tolerance = qMin(kStaleFrameMs, m_targetMs / 2);
    if (frame.startTime() >= 0 && frame.startTime() / 1000 + tolerance < m_targetMs)
        return;
    const QImage image = frame.toImage();
    if (image.isNull()) {
        if (++m_unconvertible >= kMaxUnconvertibleFrames)
            finish(MediaReport::Outcome::Done);
        return;
    }
    if (!m_report.resolution.isValid())
        m_report.resolution = frame.size();
    m_report.rotation = rotationOf(frame);
    m_report.frame = image;
    finish(MediaReport::Outcome::Done);
}

void ProbeRun::readMetaData()
{
    const QMediaMetaData meta = m_player->metaData();
    const QVariant duration = meta.value(QMediaMetaData::Duration);
    if (duration.isValid())
        onDuration(duration.toLongLong());
    const QSize resolution = meta.value(QMediaMetaData::Resolution).toSize();
    if (plausibleSize(resolution))
        m_report.resolution = resolution;
    if (plausibleSize(resolution) || meta.value(QMediaMetaData::VideoCodec).isValid())
        m_report.videoDeclared = true;
    // Keep the first (enum) name; the free text only when there is nothing better.
    if (m_report.videoCodec.isEmpty())
        m_report.videoCodec =
            codecName(meta.value(QMediaMetaData::VideoCodec), QMediaFormat::VideoCodec::Unspecified,
                      &QMediaFormat::videoCodecName);
    if (m_report.audioCodec.isEmpty())
        m_report.audioCodec =
            codecName(meta.value(QMediaMetaData::AudioCodec), QMediaFormat::AudioCodec::Unspecified,
                      &QMediaFormat::audioCodecName);
    const QString title = meta.value(QMediaMetaData::Title).toString().trimmed();
    if (!title.isEmpty())
        m_report.title = title.left(1000);
    const QDateTime created = meta.value(QMediaMetaData::Date).toDateTime();
    if (created.isValid())
        m_report.created = created;
}

void ProbeRun::checkStall()
{
    if (m_report.loaded || m_finished)
        return;
    const qint64 reads = m_buffer.reads();
    if (reads != m_lastReads) {
        m_lastReads = reads;
        m_sinceLastRead.restart();
    } else if (m_sinceLastRead.elapsed() >= kStallMs) {
        // Seen with GStreamer on truncated MP4s: the demuxer fails but the error never
        // reaches the player, which stays in LoadingMedia.
        finish(MediaReport::Outcome::Error,
               QStringLiteral("the data stopped being read before any stream was found"));
    }
}

void ProbeRun::finish(MediaReport::Outcome outcome, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_report.outcome = outcome;
    m_report.error = error;
    if (m_player) {
        m_report.hasVideo = m_report.hasVideo || m_player->hasVideo();
        m_report.hasAudio = m_report.hasAudio || m_player->hasAudio();
    }
    m_loop.quit();
}

} // namespace

MediaReport MediaProbe::probe(const QByteArray &data, const QString &extension, bool audioOnly,
                              int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    MediaReport report = ProbeRun(data, extension, audioOnly).run(timeoutMs);
    const qint64 left = timeoutMs - clock.elapsed();
    if (left <= 0 || report.outcome == MediaReport::Outcome::TimedOut || !report.loaded)
        return report;

    // GStreamer (Qt 6.4) cannot preroll an audio-only stream without an audio sink: it loads
    // with no duration. Play it once more into a muted output.
    if (!audioOnly && !report.hasVideo && report.durationMs <= 0 &&
        report.outcome == MediaReport::Outcome::Done) {
        qCDebug(lcMediaProbe) << "again with an audio output";
        MediaReport second = ProbeRun(data, extension, true).run(int(left));
        return second.outcome == MediaReport::Outcome::Done && second.loaded ? second : report;
    }
    // A video that loaded but gave no frame: the seek races in Qt 6.4's GStreamer source
    // (about one run in a hundred ends in "No valid frames decoded"). A fresh player, once.
    if (report.hasVideo && report.frame.isNull()) {
        qCDebug(lcMediaProbe) << "again for a frame";
        MediaReport second = ProbeRun(data, extension, audioOnly).run(int(left));
        return second.frame.isNull() ? report : second;
    }
    return report;
}

} // namespace amanat
