#pragma once

#include "Extractor.h"

namespace amanat {

/** Videos and audio recordings, read through QtMultimedia (GStreamer on Qt 6.4, FFmpeg on
 *  newer Qt): duration, resolution, codecs, creation time, title, and for a video a poster
 *  frame at about 10 % of its length plus a thumbnail. Plays the bytes from memory; a
 *  damaged or hostile file gives Failed or Partial within kTimeoutMs, never a hang. */
class MediaExtractor : public Extractor
{
public:
    static constexpr int kTimeoutMs = 30000;
    static constexpr int kPosterSize = 1280; ///< long side of the poster, at most

    /** @p timeoutMs bounds one extraction (tests shorten it). */
    explicit MediaExtractor(int timeoutMs = kTimeoutMs);

    bool accepts(const QString &mime, const QString &name) const override;
    ExtractionResult extract(const ExtractionInput &input) override;

private:
    int m_timeoutMs;
};

} // namespace amanat
