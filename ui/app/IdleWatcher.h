#pragma once

#include <QObject>

class QTimer;

namespace amanat::ui {

/** Tells when the user has been idle for a while: an application-wide event filter sees
 *  every key press, mouse press, mouse move, wheel and touch event and restarts a
 *  single-shot timer; when the timer runs out, idle() is emitted once. No polling.
 *  Watching starts with start() (when a library is opened) and stops with stop(). */
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    /** The idle time; a value <= 0 turns auto-lock off. Restarts a running watch. */
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }
    bool isWatching() const { return m_watching; }

    void start();
    void stop();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();

    QTimer *m_timer = nullptr;
    int m_timeoutMs = 0;
    bool m_watching = false;
};

} // namespace amanat::ui
