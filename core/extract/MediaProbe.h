#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QSize>
#include <QString>

namespace amanat {

/** What MediaProbe learnt about one media file. */
struct MediaReport
{
    enum class Outcome
    {
        Done,     ///< the player loaded the file (a video frame may still be missing)
        Error,    ///< the player reported an error or invalid media; see error
        TimedOut, ///< the guard timer fired first
    };

    Outcome outcome = Outcome::Done;
    QString error;          ///< the backend's words, when outcome is Error
    qint64 durationMs = -1; ///< -1 when the backend never reported one
    QSize resolution;       ///< as coded, from the metadata or else the decoded frame
    QString videoCodec;
    QString audioCodec;
    QString title;
    QDateTime created;
    bool loaded = false;
    bool hasVideo = false; ///< the player exposes a video stream it can decode
    bool hasAudio = false;
    bool videoDeclared = false; ///< the container describes a video track (codec or size)
    int rotation = 0;           ///< clockwise degrees the frame was turned to be shown upright
    QImage frame;               ///< a decoded frame at about 10 % of the duration; null for audio
};

/** Plays an in-memory media file through QMediaPlayer, without window or sound, just long
 *  enough to read its duration, streams and metadata and, for a video, to grab one frame at
 *  about 10 % of its length. Runs a local event loop (the caller's thread needs a
 *  QGuiApplication) and always returns within @p timeoutMs, whatever the bytes are. */
class MediaProbe
{
public:
    /** @p extension (e.g. "mp4") becomes the source URL hint the backends need to pick a
     *  demuxer. @p audioOnly (the file claims to be audio) plays into a muted audio output
     *  from the start. A "video" that turns out to hold only audio, or a video that loads
     *  but yields no frame, is played once more with a fresh player, within the same
     *  @p timeoutMs. */
    static MediaReport probe(const QByteArray &data, const QString &extension, bool audioOnly,
                             int timeoutMs);
};

} // namespace amanat
