#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace amanat::ui {

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_watching)
            Q_EMIT idle();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
    if (m_watching)
        restart();
}

void IdleWatcher::start()
{
    m_watching = true;
    restart();
}

void IdleWatcher::stop()
{
    m_watching = false;
    m_timer->stop();
}

void IdleWatcher::restart()
{
    if (m_watching && m_timeoutMs > 0)
        m_timer->start(m_timeoutMs);
    else
        m_timer->stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (m_watching) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::TabletPress:
        case QEvent::InputMethod:
            // Events reach the filter once per receiver as they propagate; restarting a
            // timer is cheap, so no need to filter duplicates.
            restart();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace amanat::ui
