// Video and audio through ItemViewer: QtMultimedia fed by BlobDevice from the encrypted
// library reaches the known duration; clip markers are saved with the item, listed after
// reopening, and seek the player; an audio file reaches its duration too. A recording the
// sandboxed helper could not read reaches no decoder until the user plays it anyway, and
// that choice is in the custody log.

#include "GuiTestSupport.h"
#include "ViewerTestLibrary.h"
#include "library/TestimonyEditing.h"
#include "viewers/MediaViewer.h"
#include "viewers/TranscriptEdit.h"

#include <QTabWidget>
#include <QTextCursor>
#include "repository/ClipMarkers.h"
#include "viewers/ClipMarkersPanel.h"
#include "viewers/ItemViewer.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMediaPlayer>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolButton>

using namespace amanat;
using amanat::ui::MediaViewer;
using amanat::ui::TranscriptEdit;
using namespace amanat::test;
using amanat::ui::ClipMarkersPanel;
using amanat::ui::ItemViewer;

namespace {

bool ffmpeg(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("ffmpeg"),
                  QStringList{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y")} +
                      arguments);
    return process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

} // namespace

class TestViewersMedia : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto created = Library::create(
            m_dir.filePath(QStringLiteral("Lib")), secretOf("correct horse battery"),
            QStringLiteral("tst_viewers_media"), Library::StarterTags::None);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        m_library = std::move(created->library);
        QDir(m_dir.path()).mkdir(QStringLiteral("in"));
        const QString video = m_dir.filePath(QStringLiteral("in/clip.mp4"));
        const QString audio = m_dir.filePath(QStringLiteral("in/voice.m4a"));
        QVERIFY(ffmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                        QStringLiteral("testsrc=duration=10:size=320x240:rate=25"),
                        QStringLiteral("-c:v"), QStringLiteral("libx264"),
                        QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), video}));
        QVERIFY(ffmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                        QStringLiteral("sine=frequency=440:duration=3"), QStringLiteral("-c:a"),
                        QStringLiteral("aac"), audio}));
        // A "video" no decoder can read: the helper's extraction fails on it.
        const QString broken = m_dir.filePath(QStringLiteral("in/broken.mp4"));
        QFile brokenFile(broken);
        QVERIFY(brokenFile.open(QIODevice::WriteOnly));
        brokenFile.write(QByteArray("\0\0\0\x18"
                                    "ftypmp42") +
                         QByteArray(64 * 1024, '\x5a'));
        brokenFile.close();
        const auto ids = importFiles(*m_library, {video, audio, broken});
        QCOMPARE(ids.size(), 3);
        m_videoId = ids.value(video);
        m_audioId = ids.value(audio);
        m_brokenId = ids.value(broken);
        // Nothing of the originals is left on disk: the player reads the library only.
        QVERIFY(QFile::remove(video));
        QVERIFY(QFile::remove(audio));
        QVERIFY(QFile::remove(broken));
    }

    void init()
    {
        m_viewer = std::make_unique<ItemViewer>();
        m_viewer->resize(1000, 760);
        m_viewer->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));
    }

    void cleanup()
    {
        m_viewer->clear();
        m_viewer.reset();
    }

    void videoReachesItsDuration()
    {
        m_viewer->setItem(m_library.get(), m_videoId);
        auto *player = m_viewer->findChild<QMediaPlayer *>(QStringLiteral("mediaPlayer"));
        QVERIFY(player);
        QTRY_VERIFY2_WITH_TIMEOUT(qAbs(player->duration() - 10000) <= 500,
                                  qPrintable(QStringLiteral("duration %1, error %2")
                                                 .arg(player->duration())
                                                 .arg(player->errorString())),
                                  30000);
        QCOMPARE(player->error(), QMediaPlayer::NoError);
        // Checked by the helper: no warning in the way.
        QVERIFY(
            !m_viewer->findChild<QWidget *>(QStringLiteral("uncheckedMediaPanel"))->isVisible());
    }

    void uncheckedRecordingWaitsForConsent()
    {
        auto info = m_library->extractions().info(m_brokenId);
        QVERIFY(info.ok() && *info);
        QCOMPARE((*info)->status, QStringLiteral("failed"));
        m_viewer->setItem(m_library.get(), m_brokenId);
        auto *panel = m_viewer->findChild<QWidget *>(QStringLiteral("uncheckedMediaPanel"));
        auto *player = m_viewer->findChild<QMediaPlayer *>(QStringLiteral("mediaPlayer"));
        QVERIFY(panel->isVisible());
        QVERIFY(m_viewer->findChild<QLabel *>(QStringLiteral("uncheckedMediaLabel"))
                    ->text()
                    .contains(QStringLiteral("could not read")));
        // No decoder has seen a byte: the player has no source, and cannot be started.
        QVERIFY(!player->sourceDevice());
        QVERIFY(player->source().isEmpty());
        QVERIFY(
            !m_viewer->findChild<QToolButton *>(QStringLiteral("mediaPlayButton"))->isEnabled());
        QCOMPARE(test::countEvents(*m_library, QStringLiteral("play_unchecked")), 0);

        QTest::mouseClick(m_viewer->findChild<QPushButton *>(QStringLiteral("playUncheckedButton")),
                          Qt::LeftButton);
        QCOMPARE(test::countEvents(*m_library, QStringLiteral("play_unchecked")), 1);
        QVERIFY(player->sourceDevice());
        QVERIFY(!panel->isVisible());
        QVERIFY(m_viewer->findChild<QToolButton *>(QStringLiteral("mediaPlayButton"))->isEnabled());

        // Opened again, it asks again.
        m_viewer->clear();
        m_viewer->setItem(m_library.get(), m_brokenId);
        QVERIFY(m_viewer->findChild<QWidget *>(QStringLiteral("uncheckedMediaPanel"))->isVisible());
        QVERIFY(
            !m_viewer->findChild<QMediaPlayer *>(QStringLiteral("mediaPlayer"))->sourceDevice());
    }

    void clipMarkerIsSavedReloadedAndSeeks()
    {
        m_viewer->setItem(m_library.get(), m_videoId);
        auto *player = m_viewer->findChild<QMediaPlayer *>(QStringLiteral("mediaPlayer"));
        QTRY_VERIFY_WITH_TIMEOUT(player->duration() > 0, 30000);
        auto *panel = m_viewer->findChild<ClipMarkersPanel *>(QStringLiteral("clipMarkersPanel"));
        QVERIFY(panel);
        panel->setInPoint(4000);
        panel->setOutPoint(6500);
        QTest::keyClicks(m_viewer->findChild<QLineEdit *>(QStringLiteral("clipNoteEdit")),
                         QStringLiteral("convoy passes"));
        QTest::mouseClick(m_viewer->findChild<QPushButton *>(QStringLiteral("clipSaveButton")),
                          Qt::LeftButton);
        auto stored = m_library->clipMarkers().list(m_videoId);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->at(0).startMs, qint64(4000));
        QCOMPARE(stored->at(0).endMs, qint64(6500));
        QCOMPARE(stored->at(0).note, QStringLiteral("convoy passes"));

        // Reopened, the clip is listed; clicking it seeks to its start.
        m_viewer->clear();
        m_viewer->setItem(m_library.get(), m_videoId);
        player = m_viewer->findChild<QMediaPlayer *>(QStringLiteral("mediaPlayer"));
        auto *list = m_viewer->findChild<QListWidget *>(QStringLiteral("clipMarkerList"));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("convoy passes")));
        QTRY_VERIFY_WITH_TIMEOUT(player->duration() > 0, 30000);
        const QRect rect = list->visualItemRect(list->item(0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(player->position() - 4000) <= 500, 15000);
    }

    void timeCodes()
    {
        QCOMPARE(TranscriptEdit::parseTimeCode(QStringLiteral("[01:25]")), qint64(85000));
        QCOMPARE(TranscriptEdit::parseTimeCode(QStringLiteral("[1:02:07]")), qint64(3727000));
        QVERIFY(!TranscriptEdit::parseTimeCode(QStringLiteral("[01:75]")));
        QVERIFY(!TranscriptEdit::parseTimeCode(QStringLiteral("01:25")));
        QCOMPARE(TranscriptEdit::formatTimeCode(85400), QStringLiteral("[01:25]"));
        QCOMPARE(TranscriptEdit::formatTimeCode(3727000), QStringLiteral("[1:02:07]"));
    }

    // A recording's transcript: saved through the core and searchable, a click on a time
    // code plays from there, F9 writes the current time, F8 pauses a few seconds back, and
    // a search hit in the transcript opens the recording at its passage.
    void transcriptTimeCodesDriveThePlayer()
    {
        QVERIFY(TestimonyEditing(*m_library)
                    .saveTranscript(m_videoId,
                                    QStringLiteral("[00:01] The convoy arrives at the gate.\n"
                                                   "[00:07] A second truck, with soldiers."))
                    .ok());
        QCOMPARE(m_library->search().search(QStringLiteral("soldiers"))->total, 1);
        m_viewer->setItem(m_library.get(), m_videoId);
        auto *player = m_viewer->findChild<QMediaPlayer *>(QStringLiteral("mediaPlayer"));
        auto *edit =
            m_viewer->findChild<TranscriptEdit *>(QStringLiteral("recordingTranscriptEdit"));
        QVERIFY(edit);
        m_viewer->findChild<QTabWidget *>(QStringLiteral("mediaBelowTabs"))->setCurrentIndex(0);
        QTRY_VERIFY(edit->isVisible());
        QVERIFY(edit->toPlainText().contains(QLatin1String("soldiers")));
        QTRY_VERIFY_WITH_TIMEOUT(player->duration() > 0, 30000);

        // A click on [00:07] plays from 7 s.
        QTextCursor at(edit->document());
        at.setPosition(int(edit->toPlainText().indexOf(QLatin1String("[00:07]"))) + 3);
        QTest::mouseClick(edit->viewport(), Qt::LeftButton, {}, edit->cursorRect(at).center());
        QTRY_VERIFY_WITH_TIMEOUT(player->position() >= 6500, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(player->playbackState(), QMediaPlayer::PlayingState, 15000);

        // F8 pauses, a few seconds back.
        edit->setFocus();
        const qint64 before = player->position();
        QTest::keyClick(edit, Qt::Key_F8);
        QTRY_COMPARE(player->playbackState(), QMediaPlayer::PausedState);
        QTRY_VERIFY_WITH_TIMEOUT(player->position() <= before - MediaViewer::kRewindMs + 800,
                                 15000);
        // F9 writes the current time at the cursor.
        QTextCursor end(edit->document());
        end.movePosition(QTextCursor::End);
        edit->setTextCursor(end);
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClick(edit, Qt::Key_F9);
        const QString written = TranscriptEdit::formatTimeCode(player->position());
        QVERIFY2(edit->toPlainText().endsWith(written + QLatin1Char(' ')),
                 qPrintable(edit->toPlainText()));
        // F8 again resumes.
        QTest::keyClick(edit, Qt::Key_F8);
        QTRY_COMPARE(player->playbackState(), QMediaPlayer::PlayingState);
        player->pause();

        // Saved as typed (the edit reached the core and its custody log).
        QTRY_VERIFY_WITH_TIMEOUT(
            m_library->items().get(m_videoId)->field("transcript").endsWith(written), 10000);
        QVERIFY(test::countEvents(*m_library, QStringLiteral("transcript_edit")) >= 2);

        // A search hit in the transcript opens the recording at its passage.
        m_viewer->clear();
        m_viewer->setItem(m_library.get(), m_videoId, 0, QStringLiteral("soldiers"));
        player = m_viewer->findChild<QMediaPlayer *>(QStringLiteral("mediaPlayer"));
        edit = m_viewer->findChild<TranscriptEdit *>(QStringLiteral("recordingTranscriptEdit"));
        QCOMPARE(edit->textCursor().selectedText(), QStringLiteral("soldiers"));
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(player->position() - 7000) <= 500, 30000);
    }

    void aTestimonysTimeCodesPlayItsRecording()
    {
        // A testimony and the video filed with it (its tag, as New Testimony files it).
        auto testimony = m_library->items().create(
            QStringLiteral("testimony"), QStringLiteral("Interview W-9"), QStringLiteral("create"));
        QVERIFY(testimony.ok());
        QVERIFY(
            m_library->items()
                .setFields(*testimony, {{QStringLiteral("witness_code"), QStringLiteral("W-9")}})
                .ok());
        QVERIFY(TestimonyEditing(*m_library)
                    .saveTranscript(*testimony, QStringLiteral("[00:02] She describes the gate.\n"
                                                               "[00:06] Then the second truck."))
                    .ok());
        const QString tag = TestimonyEditing::tagFor(QStringLiteral("W-9"));
        QVERIFY(m_library->tags().addToItem(*testimony, tag).ok());
        QVERIFY(m_library->tags().addToItem(m_videoId, tag).ok());
        QCOMPARE(*TestimonyEditing(*m_library).recordings(QStringLiteral("W-9")),
                 QVector<qint64>{m_videoId});

        m_viewer->setItem(m_library.get(), *testimony);
        auto *recordings = m_viewer->findChild<QWidget *>(QStringLiteral("testimonyRecordings"));
        QVERIFY(recordings);
        QTRY_VERIFY(recordings->isVisible());
        QCOMPARE(
            recordings->findChild<QComboBox *>(QStringLiteral("testimonyRecordingCombo"))->count(),
            1);
        auto *player = recordings->findChild<QMediaPlayer *>(QStringLiteral("mediaPlayer"));
        QVERIFY(player);
        QTRY_VERIFY_WITH_TIMEOUT(player->duration() > 0, 30000);
        // The recording's own transcript and clip markers stay out of the testimony's way.
        QVERIFY(!recordings->findChild<QWidget *>(QStringLiteral("mediaBelowTabs"))->isVisible());

        // A click on [00:06] in the testimony's transcript plays the recording from 6 s.
        auto *edit = m_viewer->findChild<TranscriptEdit *>(QStringLiteral("transcriptEdit"));
        QVERIFY(edit);
        QTRY_VERIFY(edit->isVisible());
        QTextCursor at(edit->document());
        at.setPosition(int(edit->toPlainText().indexOf(QLatin1String("[00:06]"))) + 3);
        QTest::mouseClick(edit->viewport(), Qt::LeftButton, {}, edit->cursorRect(at).center());
        QTRY_VERIFY_WITH_TIMEOUT(player->position() >= 5500, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(player->playbackState(), QMediaPlayer::PlayingState, 15000);
        // F8 pauses it from the testimony's transcript too.
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_F8);
        QTRY_COMPARE(player->playbackState(), QMediaPlayer::PausedState);
        m_viewer->clear();
        // A testimony without recordings shows no player.
        auto alone =
            m_library->items().create(QStringLiteral("testimony"), QStringLiteral("Interview W-10"),
                                      QStringLiteral("create"));
        QVERIFY(alone.ok());
        m_viewer->setItem(m_library.get(), *alone);
        QVERIFY(
            !m_viewer->findChild<QWidget *>(QStringLiteral("testimonyRecordings"))->isVisible());
    }

    void audioReachesItsDuration()
    {
        m_viewer->setItem(m_library.get(), m_audioId);
        auto *player = m_viewer->findChild<QMediaPlayer *>(QStringLiteral("mediaPlayer"));
        QTRY_VERIFY2_WITH_TIMEOUT(qAbs(player->duration() - 3000) <= 500,
                                  qPrintable(QStringLiteral("duration %1, error %2")
                                                 .arg(player->duration())
                                                 .arg(player->errorString())),
                                  30000);
        QVERIFY(!m_viewer->findChild<QWidget *>(QStringLiteral("videoWidget"))->isVisible());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<ItemViewer> m_viewer;
    qint64 m_videoId = 0;
    qint64 m_audioId = 0;
    qint64 m_brokenId = 0;
};

QTEST_MAIN(TestViewersMedia)
#include "tst_viewers_media.moc"
