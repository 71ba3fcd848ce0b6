#include "MediaViewer.h"

#include "ClipMarkersPanel.h"
#include "TranscriptEdit.h"
#include "TranscriptPane.h"
#include "ViewerIcons.h"
#include "library/BlobDevice.h"
#include "common/LibraryWrites.h"
#include "library/Library.h"

#include <QAudioOutput>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSlider>
#include <QTabWidget>
#include <QTextCursor>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoWidget>

#include <climits>

namespace amanat::ui {

MediaViewer::MediaViewer(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("mediaViewer"));
    m_audio = new QAudioOutput(this);
    m_video = new QVideoWidget(this);
    m_video->setObjectName(QStringLiteral("videoWidget"));
    m_video->setMinimumSize(160, 120);
    m_audioPlaceholder = new QLabel(tr("Audio recording"), this);
    m_audioPlaceholder->setAlignment(Qt::AlignCenter);
    m_unchecked = new QWidget(this);
    m_unchecked->setObjectName(QStringLiteral("uncheckedMediaPanel"));
    m_uncheckedText = new QLabel(m_unchecked);
    m_uncheckedText->setObjectName(QStringLiteral("uncheckedMediaLabel"));
    m_uncheckedText->setWordWrap(true);
    m_uncheckedText->setTextFormat(Qt::PlainText);
    m_uncheckedText->setAlignment(Qt::AlignCenter);
    m_uncheckedText->setMaximumWidth(640); // lines a person can read, on wide windows too
    m_playUnchecked = new QPushButton(tr("Play Anyway"), m_unchecked);
    m_playUnchecked->setObjectName(QStringLiteral("playUncheckedButton"));
    m_playUnchecked->setToolTip(tr("Playing it is recorded in the custody log."));
    auto *uncheckedLayout = new QVBoxLayout(m_unchecked);
    uncheckedLayout->addStretch();
    // Centred by stretches, not by an alignment flag, so the wrapped text gets its height.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_uncheckedText, 4);
    textRow->addStretch();
    uncheckedLayout->addLayout(textRow);
    uncheckedLayout->addWidget(m_playUnchecked, 0, Qt::AlignCenter);
    uncheckedLayout->addStretch();
    connect(m_playUnchecked, &QPushButton::clicked, this, &MediaViewer::playUnchecked);
    m_picture = new QStackedWidget(this);
    m_picture->addWidget(m_video);
    m_picture->addWidget(m_audioPlaceholder);
    m_picture->addWidget(m_unchecked);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("mediaMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    const bool rtl = layoutDirection() == Qt::RightToLeft;
    m_play = viewerToolButton(this, "mediaPlayButton", viewerIcon("media-playback-start", "play"),
                              tr("Play (Space)"));
    m_play->setShortcut(QKeySequence(Qt::Key_Space));
    m_frameBack = viewerToolButton(this, "frameBackButton",
                                   viewerIcon("", rtl ? "frame-forward" : "frame-back"),
                                   tr("One frame back (while paused)"));
    m_frameForward = viewerToolButton(this, "frameForwardButton",
                                      viewerIcon("", rtl ? "frame-back" : "frame-forward"),
                                      tr("One frame forward (while paused)"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("mediaPositionSlider"));
    m_slider->setAccessibleName(tr("Position"));
    m_slider->setEnabled(false);
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("mediaTimeLabel"));
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("mediaSpeedCombo"));
    m_speed->setToolTip(tr("Playback speed"));
    for (double rate : {0.5, 0.75, 1.0, 1.25, 1.5, 2.0})
        m_speed->addItem(tr("%1×").arg(QLocale().toString(rate)), rate);
    m_speed->setCurrentIndex(2);
    m_clips = new ClipMarkersPanel(this);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(m_frameBack);
    controls->addWidget(m_frameForward);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_time);
    controls->addWidget(m_speed);

    auto *playerPane = new QWidget(this);
    auto *playerLayout = new QVBoxLayout(playerPane);
    playerLayout->setContentsMargins(0, 0, 0, 0);
    playerLayout->addWidget(m_picture, 1);
    playerLayout->addLayout(controls);
    playerLayout->addWidget(m_message);

    m_transcript = new TranscriptPane(this, QStringLiteral("recordingTranscript"));
    m_transcript->setTitleVisible(false); // its tab says it
    auto *below = new QTabWidget(this);
    below->setObjectName(QStringLiteral("mediaBelowTabs"));
    below->setDocumentMode(true);
    below->addTab(m_transcript, tr("Transcript"));
    below->addTab(m_clips, tr("Clip markers"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(playerPane);
    splitter->addWidget(below);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_play, &QToolButton::clicked, this, [this] {
        if (m_player->playbackState() == QMediaPlayer::PlayingState)
            m_player->pause();
        else
            m_player->play();
    });
    connect(m_frameBack, &QToolButton::clicked, this, [this] { stepFrames(-1); });
    connect(m_frameForward, &QToolButton::clicked, this, [this] { stepFrames(+1); });
    connect(m_slider, &QSlider::sliderMoved, this, [this](int value) { seek(value); });
    connect(m_slider, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove && action != QAbstractSlider::SliderNoAction)
            seek(m_slider->sliderPosition());
    });
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { m_player->setPlaybackRate(m_speed->currentData().toDouble()); });
    createPlayer();
    connect(m_clips, &ClipMarkersPanel::seekRequested, this, &MediaViewer::seek);
    followTranscript(m_transcript->editor());
    m_below = below;
    clear();
}

void MediaViewer::followTranscript(TranscriptEdit *transcript)
{
    connect(transcript, &TranscriptEdit::seekRequested, this, [this](qint64 ms) {
        seek(ms);
        if (m_play->isEnabled())
            m_player->play();
    });
    connect(transcript, &TranscriptEdit::pauseOrResumeRequested, this, &MediaViewer::pauseOrResume);
    connect(transcript, &TranscriptEdit::currentTimeRequested, this,
            [this, transcript] { transcript->insertTimeCode(m_player->position()); });
}

void MediaViewer::setCompanion(bool companion)
{
    m_below->setVisible(!companion);
}

MediaViewer::~MediaViewer()
{
    clear();
}

QString MediaViewer::urlHintFor(const QString &mime, const QString &name, bool video)
{
    // QtMultimedia 6.4 plays nothing, silently, without a file name hint with an extension.
    QString suffix = QFileInfo(name).suffix().toLower();
    static const QStringList known{
        QStringLiteral("mp4"), QStringLiteral("m4v"),  QStringLiteral("mov"),
        QStringLiteral("mkv"), QStringLiteral("webm"), QStringLiteral("avi"),
        QStringLiteral("ogv"), QStringLiteral("mp3"),  QStringLiteral("m4a"),
        QStringLiteral("ogg"), QStringLiteral("oga"),  QStringLiteral("opus"),
        QStringLiteral("wav"), QStringLiteral("flac"), QStringLiteral("aac"),
        QStringLiteral("3gp"), QStringLiteral("amr")};
    if (!known.contains(suffix)) {
        const QString subtype = mime.section(QLatin1Char('/'), 1);
        if (subtype == QLatin1String("mpeg"))
            suffix = video ? QStringLiteral("mpg") : QStringLiteral("mp3");
        else if (subtype == QLatin1String("quicktime"))
            suffix = QStringLiteral("mov");
        else if (subtype == QLatin1String("x-matroska"))
            suffix = QStringLiteral("mkv");
        else if (subtype == QLatin1String("x-wav") || subtype == QLatin1String("wav"))
            suffix = QStringLiteral("wav");
        else if (known.contains(subtype))
            suffix = subtype;
        else
            suffix = video ? QStringLiteral("mp4") : QStringLiteral("mp3");
    }
    return QStringLiteral("stream.") + suffix;
}

void MediaViewer::createPlayer()
{
    // A fresh player for every recording: Qt 6.4's GStreamer backend does not always load a
    // second source device in a player that has played one (the duration never comes).
    delete m_player;
    m_player = new QMediaPlayer(this);
    m_player->setObjectName(QStringLiteral("mediaPlayer"));
    m_player->setAudioOutput(m_audio);
    m_player->setVideoOutput(m_video);
    m_player->setPlaybackRate(m_speed->currentData().toDouble());
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        if (ms <= 0)
            return;
        m_durationKnown = true;
        m_slider->setRange(0, int(qMin<qint64>(ms, INT_MAX)));
        m_slider->setEnabled(true);
        updatePosition(m_player->position());
        updateState();
        if (m_pendingSeek >= 0) {
            m_player->setPosition(m_pendingSeek);
            m_pendingSeek = -1;
        }
        Q_EMIT durationKnown(ms);
    });
    connect(m_player, &QMediaPlayer::metaDataChanged, this, [this] {
        const double rate = m_player->metaData().value(QMediaMetaData::VideoFrameRate).toDouble();
        if (rate > 0 && rate < 1000)
            m_fps = rate;
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, &MediaViewer::updatePosition);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &MediaViewer::updateState);
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error error, const QString &) {
                if (error != QMediaPlayer::NoError)
                    showError(tr("This recording could not be played."));
            });
}

void MediaViewer::open(Library &library, qint64 itemId, const QString &mime, const QString &name,
                       bool video, double fps, const std::optional<ExtractionInfo> &extraction)
{
    clear();
    createPlayer();
    m_fps = fps > 0 && fps < 1000 ? fps : 25;
    m_library = &library;
    m_itemId = itemId;
    m_mime = mime;
    m_name = name;
    m_isVideo = video;
    m_frameBack->setVisible(video);
    m_frameForward->setVisible(video);
    m_clips->setItem(&library, itemId);
    auto item = library.items().get(itemId); // one row by its key
    m_transcript->open(library, itemId, item.ok() ? item->field("transcript") : QString());
    if (!extraction || extraction->status != QLatin1String("ok")) {
        showUncheckedWarning(extraction);
        return;
    }
    load();
}

void MediaViewer::showUncheckedWarning(const std::optional<ExtractionInfo> &extraction)
{
    // Nothing is handed to the decoders yet: the player has no source until the user decides.
    m_extractionStatus = extraction ? extraction->status : QStringLiteral("pending");
    QString why;
    if (!extraction || extraction->status == QLatin1String("pending"))
        why = tr("This recording has not been checked: reading it in the sandboxed helper has "
                 "not finished or was stopped.");
    else if (extraction->error.isEmpty())
        why = tr("The sandboxed helper could not read this recording completely.");
    else
        why = tr("The sandboxed helper could not read this recording: %1").arg(extraction->error);
    m_uncheckedText->setText(
        why + QStringLiteral("\n\n") +
        tr("Recordings play inside Amanat, where your library is open, and a file made to "
           "attack a media player can look like this. Play it only if you trust where it came "
           "from, or read its text again first (Item → Read Text Again)."));
    m_picture->setCurrentWidget(m_unchecked);
    m_play->setEnabled(false);
    m_speed->setEnabled(false);
}

void MediaViewer::playUnchecked()
{
    if (!m_library)
        return;
    const qint64 itemId = m_itemId;
    const QString status = m_extractionStatus;
    auto logged = writeNow(*m_library, [itemId, status](Library &writer) {
        return writer.extractions().logUncheckedPlayback(itemId, status);
    });
    if (!logged.ok()) {
        showError(logged.error().message);
        return;
    }
    load();
}

void MediaViewer::load()
{
    m_picture->setCurrentWidget(m_isVideo ? static_cast<QWidget *>(m_video) : m_audioPlaceholder);
    m_play->setEnabled(true);
    m_speed->setEnabled(true);
    auto device = BlobDevice::open(*m_library, m_itemId);
    if (!device.ok()) {
        showError(device.error().message);
        return;
    }
    m_device = std::move(*device);
    m_player->setSourceDevice(m_device.get(), QUrl(urlHintFor(m_mime, m_name, m_isVideo)));
}

void MediaViewer::clear()
{
    m_player->stop();
    m_player->setSource(QUrl());
    m_player->setSourceDevice(nullptr);
    m_device.reset();
    m_pendingSeek = -1;
    m_durationKnown = false;
    m_slider->setRange(0, 0);
    m_slider->setEnabled(false);
    m_time->clear();
    m_message->clear();
    m_message->hide();
    m_clips->clear();
    m_transcript->clear(); // saves a pending edit first
    m_speed->setCurrentIndex(2);
    m_library = nullptr;
    m_itemId = 0;
    m_picture->setCurrentWidget(m_video);
    m_play->setEnabled(true);
    m_speed->setEnabled(true);
    updateState();
}

qint64 MediaViewer::duration() const
{
    return m_player->duration();
}

void MediaViewer::seek(qint64 ms)
{
    if (!m_durationKnown) {
        m_pendingSeek = ms; // applied once the duration is known
        return;
    }
    m_player->setPosition(qBound<qint64>(0, ms, m_player->duration()));
}

void MediaViewer::pauseOrResume()
{
    if (!m_play->isEnabled())
        return;
    if (m_player->playbackState() == QMediaPlayer::PlayingState) {
        // As transcription tools do: back a few seconds, to hear the last words again.
        m_player->pause();
        seek(qMax<qint64>(0, m_player->position() - kRewindMs));
    } else {
        m_player->play();
    }
}

void MediaViewer::showPassage(const QString &searchText)
{
    TranscriptEdit *transcript = m_transcript->editor();
    const QString text = transcript->toPlainText();
    int best = -1;
    QString found;
    for (QString word : searchText.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.contains(QLatin1Char(':')) || word.startsWith(QLatin1Char('-')))
            continue; // a filter (kind:…, tag:…) or an excluded word
        word.remove(QLatin1Char('"')).remove(QLatin1Char('*'));
        if (word.size() < 2)
            continue;
        const int at = int(text.indexOf(word, 0, Qt::CaseInsensitive));
        if (at >= 0 && (best < 0 || at < best)) {
            best = at;
            found = word;
        }
    }
    if (best < 0)
        return;
    QTextCursor cursor(transcript->document());
    cursor.setPosition(best);
    cursor.setPosition(best + int(found.size()), QTextCursor::KeepAnchor);
    transcript->setTextCursor(cursor);
    transcript->centerCursor();
    if (const auto ms = transcript->timeBefore(best))
        seek(*ms);
}

void MediaViewer::stepFrames(int frames)
{
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    seek(m_player->position() + qint64(frames * 1000.0 / m_fps));
}

void MediaViewer::updatePosition(qint64 ms)
{
    if (!m_slider->isSliderDown()) {
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(int(qMin<qint64>(ms, INT_MAX)));
    }
    m_clips->setPosition(ms);
    m_time->setText(tr("%1 / %2").arg(ClipMarkersPanel::formatTime(ms),
                                      ClipMarkersPanel::formatTime(m_player->duration())));
}

void MediaViewer::updateState()
{
    const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
    m_play->setIcon(playing ? viewerIcon("media-playback-pause", "pause")
                            : viewerIcon("media-playback-start", "play"));
    m_play->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
    m_frameBack->setEnabled(!playing && m_durationKnown);
    m_frameForward->setEnabled(!playing && m_durationKnown);
}

void MediaViewer::showError(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

} // namespace amanat::ui
