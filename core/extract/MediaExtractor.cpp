#include "MediaExtractor.h"

#include "MediaProbe.h"

#include <QFileInfo>
#include <QHash>

namespace amanat {

namespace {

const QStringList &videoExtensions()
{
    static const QStringList extensions{
        QStringLiteral("mp4"),  QStringLiteral("mov"), QStringLiteral("m4v"), QStringLiteral("mkv"),
        QStringLiteral("webm"), QStringLiteral("avi"), QStringLiteral("3gp")};
    return extensions;
}

const QStringList &audioExtensions()
{
    static const QStringList extensions{QStringLiteral("mp3"), QStringLiteral("m4a"),
                                        QStringLiteral("ogg"), QStringLiteral("opus"),
                                        QStringLiteral("wav"), QStringLiteral("flac"),
                                        QStringLiteral("aac")};
    return extensions;
}

QString extensionFor(const QString &mime)
{
    static const QHash<QString, QString> byMime{
        {QStringLiteral("video/mp4"), QStringLiteral("mp4")},
        {QStringLiteral("video/quicktime"), QStringLiteral("mov")},
        {QStringLiteral("video/x-m4v"), QStringLiteral("m4v")},
        {QStringLiteral("video/x-matroska"), QStringLiteral("mkv")},
        {QStringLiteral("video/webm"), QStringLiteral("webm")},
        {QStringLiteral("video/x-msvideo"), QStringLiteral("avi")},
        {QStringLiteral("video/3gpp"), QStringLiteral("3gp")},
        {QStringLiteral("audio/mpeg"), QStringLiteral("mp3")},
        {QStringLiteral("audio/mp4"), QStringLiteral("m4a")},
        {QStringLiteral("audio/x-m4a"), QStringLiteral("m4a")},
        {QStringLiteral("audio/ogg"), QStringLiteral("ogg")},
        {QStringLiteral("audio/opus"), QStringLiteral("opus")},
        {QStringLiteral("audio/wav"), QStringLiteral("wav")},
        {QStringLiteral("audio/x-wav"), QStringLiteral("wav")},
        {QStringLiteral("audio/vnd.wave"), QStringLiteral("wav")},
        {QStringLiteral("audio/flac"), QStringLiteral("flac")},
        {QStringLiteral("audio/x-flac"), QStringLiteral("flac")},
        {QStringLiteral("audio/aac"), QStringLiteral("aac")},
    };
    return byMime.value(mime);
}

QString suffixOf(const QString &name)
{
    return QFileInfo(name).suffix().toLower();
}

/** The extension for the URL hint: the file's own when it is one we know, else the one its
 *  MIME type implies, else a common container of its kind. */
QString hintExtension(const QString &mime, const QString &name)
{
    const QString suffix = suffixOf(name);
    if (videoExtensions().contains(suffix) || audioExtensions().contains(suffix))
        return suffix;
    const QString fromMime = extensionFor(mime.toLower());
    if (!fromMime.isEmpty())
        return fromMime;
    return mime.startsWith(QLatin1String("audio/"), Qt::CaseInsensitive) ? QStringLiteral("mp3")
                                                                         : QStringLiteral("mp4");
}

bool looksLikeAudio(const QString &mime, const QString &name)
{
    return mime.startsWith(QLatin1String("audio/"), Qt::CaseInsensitive) ||
           audioExtensions().contains(suffixOf(name));
}

QImage scaledDown(const QImage &image, int longSide)
{
    if (image.width() <= longSide && image.height() <= longSide)
        return image;
    return image.scaled(longSide, longSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

void fillMetadata(const MediaReport &report, ExtractionResult &result)
{
    QVariantMap &metadata = result.metadata;
    if (report.durationMs > 0)
        metadata.insert(QStringLiteral("duration_ms"), report.durationMs);
    const bool video = report.hasVideo || report.videoDeclared;
    if (video && report.resolution.isValid()) {
        metadata.insert(QStringLiteral("width"), report.resolution.width());
        metadata.insert(QStringLiteral("height"), report.resolution.height());
    }
    if (report.rotation != 0)
        metadata.insert(QStringLiteral("rotation"), report.rotation);
    if (!report.videoCodec.isEmpty())
        metadata.insert(QStringLiteral("video_codec"), report.videoCodec);
    if (!report.audioCodec.isEmpty())
        metadata.insert(QStringLiteral("audio_codec"), report.audioCodec);
    if (report.created.isValid())
        metadata.insert(QStringLiteral("created"), report.created.toString(Qt::ISODate));
    if (!report.title.isEmpty())
        metadata.insert(QStringLiteral("title"), report.title);
    if (report.loaded) {
        metadata.insert(QStringLiteral("has_video"), video);
        metadata.insert(QStringLiteral("has_audio"), report.hasAudio);
    }
}

} // namespace

MediaExtractor::MediaExtractor(int timeoutMs) : m_timeoutMs(timeoutMs) {}

bool MediaExtractor::accepts(const QString &mime, const QString &name) const
{
    if (mime.startsWith(QLatin1String("video/"), Qt::CaseInsensitive) ||
        mime.startsWith(QLatin1String("audio/"), Qt::CaseInsensitive))
        return true;
    const QString suffix = suffixOf(name);
    return videoExtensions().contains(suffix) || audioExtensions().contains(suffix);
}

ExtractionResult MediaExtractor::extract(const ExtractionInput &input)
{
    const bool audio = looksLikeAudio(input.mime, input.name);
    const QString noun = audio ? QStringLiteral("audio recording") : QStringLiteral("video");
    if (input.data.isEmpty())
        return ExtractionResult::failure(QStringLiteral("the %1 is empty").arg(noun));

    const MediaReport report =
        MediaProbe::probe(input.data, hintExtension(input.mime, input.name), audio, m_timeoutMs);
    const QString seconds = QString::number(m_timeoutMs / 1000.0);

    ExtractionResult result;
    fillMetadata(report, result);
    if (report.hasVideo && !report.frame.isNull()) {
        result.poster = scaledDown(report.frame, kPosterSize);
        result.thumbnail = scaledDown(result.poster, ExtractionResult::kThumbnailSize);
    }

    switch (report.outcome) {
    case MediaReport::Outcome::Error: {
        const QString reason = report.error.trimmed().isEmpty()
                                   ? QStringLiteral("the format is not recognised")
                                   : report.error.trimmed().left(500);
        if (report.loaded && report.hasVideo && report.durationMs > 0) {
            // The header was readable: keep what it told us.
            result.status = ExtractionResult::Status::Partial;
            result.error = QStringLiteral("no frame of the video could be decoded: %1").arg(reason);
        } else {
            result.status = ExtractionResult::Status::Failed;
            result.error = QStringLiteral("the %1 could not be decoded: %2").arg(noun, reason);
        }
        return result;
    }
    case MediaReport::Outcome::TimedOut:
        if (report.loaded && report.hasVideo && report.durationMs > 0) {
            result.status = ExtractionResult::Status::Partial;
            result.error =
                QStringLiteral("no frame of the video could be decoded within %1 s").arg(seconds);
        } else {
            result.status = ExtractionResult::Status::Failed;
            result.error =
                QStringLiteral("reading the %1 took longer than %2 s").arg(noun, seconds);
        }
        return result;
    case MediaReport::Outcome::Done:
        break;
    }

    if (!report.hasVideo && report.videoDeclared) {
        // Seen when no decoder is installed for the codec, or when the address-space limit
        // kept GStreamer from loading its libav plugin: the player silently drops the stream.
        result.status = ExtractionResult::Status::Partial;
        result.error =
            QStringLiteral("no decoder could read the video stream%1")
                .arg(report.videoCodec.isEmpty() ? QString()
                                                 : QStringLiteral(" (%1)").arg(report.videoCodec));
    } else if (!report.hasVideo && !report.hasAudio) {
        result.status = ExtractionResult::Status::Failed;
        result.error = QStringLiteral("the %1 contains no audio or video stream").arg(noun);
    } else if (report.hasVideo && report.frame.isNull()) {
        result.status = ExtractionResult::Status::Partial;
        result.error = QStringLiteral("no frame of the video could be decoded");
    } else if (report.durationMs <= 0) {
        result.status = ExtractionResult::Status::Partial;
        result.error = QStringLiteral("the duration of the %1 could not be read").arg(noun);
    }
    return result;
}

} // namespace amanat
