#pragma once

#include "common/Result.h"

#include <QFuture>
#include <QWidget>

class QLabel;
class QTimer;

namespace amanat {
class Library;
}

namespace amanat::ui {

class TranscriptEdit;

/** The transcript of a testimony or of a recording: a TranscriptEdit saved as you go
 *  (about a second after typing stops, and on leaving), through the core on the writer
 *  thread, so the search index and the custody log follow. A status line says when it is
 *  saved, or why not. */
class TranscriptPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kAutosaveDelayMs = 1000;

    /** @p namePrefix starts the object names of its editor and status ("transcriptEdit",
     *  "transcriptStatusLabel"), so that two panes in one window can be told apart. */
    explicit TranscriptPane(QWidget *parent = nullptr,
                            const QString &namePrefix = QStringLiteral("transcript"));
    ~TranscriptPane() override;

    /** Shows @p transcript of item @p itemId of @p library (not owned). */
    void open(Library &library, qint64 itemId, const QString &transcript);
    /** Saves a pending edit, then empties the pane. */
    void clear();
    /** Saves the transcript now if it changed; false when saving failed. */
    bool flush();
    /** The autosave: the same save, without waiting for it. */
    void autosave();

    TranscriptEdit *editor() const { return m_edit; }
    /** Hides the "Transcript" heading (when a tab already says it). */
    void setTitleVisible(bool visible);

Q_SIGNALS:
    void saved();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QFuture<Status> postSave();
    void afterSave(const Status &saved);

    Library *m_library = nullptr;
    qint64 m_itemId = 0;
    TranscriptEdit *m_edit = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_autosave = nullptr;
    bool m_dirty = false;
};

} // namespace amanat::ui
