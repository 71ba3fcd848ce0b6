#pragma once

#include <QPlainTextEdit>

#include <optional>

namespace amanat::ui {

/** A transcript that can carry time codes such as [01:25] or [1:02:07]. A click on a time
 *  code asks to play the recording from there; F8 asks to pause (or resume) the recording,
 *  as transcription tools do; F9 asks to insert the recording's current time at the cursor.
 *  Time codes are drawn as links. */
class TranscriptEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit TranscriptEdit(QWidget *parent = nullptr);

    /** The time of a code such as "[01:25]" or "[1:02:07]" in milliseconds, or nothing. */
    static std::optional<qint64> parseTimeCode(const QString &code);
    /** "[01:25]", or "[1:02:07]" from an hour on. */
    static QString formatTimeCode(qint64 ms);

    /** The time code at @p position of the text, if the position is inside one. */
    std::optional<qint64> timeCodeAt(int position) const;
    /** The last time code that starts at or before @p position: where the passage at
     *  @p position is spoken. */
    std::optional<qint64> timeBefore(int position) const;
    /** Inserts "[mm:ss] " for @p ms at the cursor. */
    void insertTimeCode(qint64 ms);

Q_SIGNALS:
    void seekRequested(qint64 ms);
    void pauseOrResumeRequested();
    void currentTimeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
};

} // namespace amanat::ui
