#pragma once

#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace amanat {
class Library;
}

namespace amanat::ui {

class MediaViewer;
class TranscriptEdit;

/** The recordings filed with a testimony (video and audio items carrying its tag,
 *  "Testimonies/<witness code>", as New Testimony files them) in a player that the
 *  testimony's transcript drives: a time code clicked there plays the chosen recording from
 *  that time, F8 pauses it, F9 types its current time. Hidden while there is none. */
class TestimonyRecordings : public QWidget
{
    Q_OBJECT

public:
    explicit TestimonyRecordings(QWidget *parent = nullptr);

    /** Drives the player from @p transcript (the testimony's). */
    void follow(TranscriptEdit *transcript);
    /** Finds the recordings of the testimony with @p witnessCode and shows the first. */
    void open(Library &library, const QString &witnessCode);
    void clear();
    int count() const { return int(m_ids.size()); }
    /** The player, while a recording is shown; nullptr otherwise. */
    MediaViewer *player() const { return m_player; }

private:
    void showRecording(int index);

    Library *m_library = nullptr;
    QVector<qint64> m_ids;
    QComboBox *m_choice = nullptr;
    QLabel *m_label = nullptr;
    QVBoxLayout *m_layout = nullptr;
    MediaViewer *m_player = nullptr;
    TranscriptEdit *m_transcript = nullptr;
};

} // namespace amanat::ui
