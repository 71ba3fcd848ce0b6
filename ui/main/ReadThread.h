#pragma once

#include "db/Database.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace amanat::ui {

/** A worker thread that owns a second, read-only connection to the open library and runs
 *  queries on it one after another, so the GUI thread never waits on SQLite. A job's result
 *  is delivered on the GUI thread to a context object, and dropped if that object is gone.
 *  stop() drops the queued jobs, waits for the running one and closes the connection: call
 *  it before the library closes. */
class ReadThread : public QObject
{
    Q_OBJECT

public:
    explicit ReadThread(QObject *parent = nullptr);
    ~ReadThread() override;

    /** Starts the thread on @p connection (a connection from Library::openReadConnection()). */
    void start(Database connection);
    void stop();
    bool isRunning() const { return m_db != nullptr; }

    /** Runs @p job(Database &) on the thread, then @p done(result) on this object's thread
     *  unless @p context was destroyed meanwhile. Nothing runs when the thread is stopped. */
    template <typename Job, typename Done> void post(QObject *context, Job job, Done done)
    {
        QPointer<QObject> guard(context);
        postJob([this, guard, job = std::move(job), done = std::move(done)](Database &db) mutable {
            using Value = decltype(job(db));
            auto value = std::make_shared<Value>(job(db));
            deliver([guard, value, done = std::move(done)]() mutable {
                if (guard)
                    done(std::move(*value));
            });
        });
    }

private:
    void postJob(std::function<void(Database &)> job);
    /** Queues @p call to run on this object's thread. */
    void deliver(std::function<void()> call);

    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;
    std::unique_ptr<Database> m_db;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace amanat::ui
