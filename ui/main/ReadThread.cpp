#include "ReadThread.h"

#include <QThread>

namespace amanat::ui {

ReadThread::ReadThread(QObject *parent) : QObject(parent) {}

ReadThread::~ReadThread()
{
    stop();
}

void ReadThread::start(Database connection)
{
    stop();
    m_db = std::make_unique<Database>(std::move(connection));
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("amanat-read"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    m_thread->start();
    Database *db = m_db.get();
    QMetaObject::invokeMethod(
        m_worker, [db] { db->adoptCurrentThread(); }, Qt::QueuedConnection);
}

void ReadThread::stop()
{
    if (!m_thread)
        return;
    m_cancelled->store(true);
    m_thread->quit();
    m_thread->wait();
    delete m_worker; // the thread has finished: deleting here is safe
    m_worker = nullptr;
    delete m_thread;
    m_thread = nullptr;
    m_db.reset(); // closes the connection
}

void ReadThread::postJob(std::function<void(Database &)> job)
{
    if (!m_worker)
        return;
    Database *db = m_db.get();
    std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    QMetaObject::invokeMethod(
        m_worker,
        [db, cancelled, job = std::move(job)]() {
            if (!cancelled->load())
                job(*db);
        },
        Qt::QueuedConnection);
}

void ReadThread::deliver(std::function<void()> call)
{
    // `this` outlives the worker thread (stop() waits for it), so posting to it is safe.
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}

} // namespace amanat::ui
