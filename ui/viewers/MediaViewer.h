#pragma once

#include "ingest/ExtractionStore.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAudioOutput;
class QComboBox;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QSlider;
class QStackedWidget;
class QToolButton;
class QVideoWidget;

namespace amanat {
class BlobDevice;
class Library;
} // namespace amanat

namespace amanat::ui {

class ClipMarkersPanel;
class TranscriptEdit;
class TranscriptPane;

/** Video and audio through QtMultimedia, streamed from the encrypted blob store by a
 *  BlobDevice (never a plaintext file): play/pause, seek, speed, frame step, clip markers,
 *  and the recording's time-coded transcript (a click on a time plays from there; F8 pauses
 *  a few seconds back or resumes; F9 writes the current time). Seeks wait for the duration to be
 * known (QtMultimedia 6.4 ignores earlier ones). The decoders run in this process (see the README's
 * threat model), so a recording the sandboxed helper did not read successfully is not even opened
 * until the user chooses to play it anyway, which the custody log records. */
class MediaViewer : public QWidget
{
    Q_OBJECT

public:
    /** How far F8 goes back when it pauses. */
    static constexpr qint64 kRewindMs = 3000;

    explicit MediaViewer(QWidget *parent = nullptr);
    ~MediaViewer() override;

    /** @p video false hides the picture (audio). @p fps: frames a second, 0 if unknown.
     *  @p extraction: what the helper found; unless its status is "ok", the recording waits
     *  behind a warning until "Play Anyway". */
    void open(Library &library, qint64 itemId, const QString &mime, const QString &name, bool video,
              double fps, const std::optional<ExtractionInfo> &extraction);
    void clear();

    QMediaPlayer *player() const { return m_player; }
    qint64 duration() const;
    void seek(qint64 ms);
    void stepFrames(int frames);
    /** Shows where the transcript first speaks of any word of @p searchText, and cues the
     *  recording to the time code before it (a search hit opens the recording there). */
    void showPassage(const QString &searchText);
    TranscriptPane *transcript() const { return m_transcript; }
    /** Time codes clicked in @p transcript seek and play, F8 pauses (and rewinds), F9 types
     *  the current time: its own transcript's, or a testimony's whose recording this is. */
    void followTranscript(TranscriptEdit *transcript);
    /** Shown beside another item's text (a testimony's recording): the player only, without
     *  the recording's own transcript and clip markers. */
    void setCompanion(bool companion);

Q_SIGNALS:
    void durationKnown(qint64 ms);

private:
    void updatePosition(qint64 ms);
    void updateState();
    void showError(const QString &message);
    static QString urlHintFor(const QString &mime, const QString &name, bool video);

    void createPlayer();
    void showUncheckedWarning(const std::optional<ExtractionInfo> &extraction);
    void playUnchecked();
    void load();
    void pauseOrResume();

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QVideoWidget *m_video = nullptr;
    QLabel *m_audioPlaceholder = nullptr;
    QStackedWidget *m_picture = nullptr;
    QLabel *m_message = nullptr;
    QToolButton *m_play = nullptr;
    QToolButton *m_frameBack = nullptr;
    QToolButton *m_frameForward = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_time = nullptr;
    QComboBox *m_speed = nullptr;
    ClipMarkersPanel *m_clips = nullptr;
    TranscriptPane *m_transcript = nullptr;
    QWidget *m_below = nullptr; ///< the transcript and clip marker tabs
    QWidget *m_unchecked = nullptr;
    QLabel *m_uncheckedText = nullptr;
    QPushButton *m_playUnchecked = nullptr;
    // What open() was given, for a load deferred behind the warning.
    Library *m_library = nullptr;
    qint64 m_itemId = 0;
    QString m_mime;
    QString m_name;
    QString m_extractionStatus;
    bool m_isVideo = false;
    std::unique_ptr<BlobDevice> m_device;
    qint64 m_pendingSeek = -1;
    double m_fps = 25;
    bool m_durationKnown = false;
};

} // namespace amanat::ui
