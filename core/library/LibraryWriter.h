#pragma once

#include "common/Result.h"

#include <QObject>

#include <functional>
#include <memory>
#include <mutex>

class QThread;

namespace amanat {

class Library;

/** The one thread that changes an open library. It owns the Library opened for writing
 *  (its write connection, key and folder lock) and runs the jobs posted to it one after
 *  another, each in its own transaction, while the window reads through a read view
 *  (Library::openReadView()) and stays responsive. Long jobs that live on this thread
 *  (an import) run on its event loop, so other changes run between their steps.
 *
 *  stop() runs what is queued, then closes the library on its own thread (keys wiped,
 *  lock released); jobs posted after that get nullptr. */
class LibraryWriter : public QObject
{
    Q_OBJECT

public:
    struct Session;
    /** Hands @p library (opened for writing, on any thread) to a new writer thread and
     *  returns it with a read view for the calling thread. */
    static Result<Session> start(std::unique_ptr<Library> library);
    ~LibraryWriter() override;

    /** Runs @p job on the writer thread with the library, or with nullptr once stopped. */
    void post(std::function<void(Library *)> job);
    /** Runs the queued jobs, closes the library on the writer thread and ends the thread. */
    void stop();
    bool isRunning() const;
    /** The thread the library lives on: objects that work with it (an ImportJob) are
     *  created there by a posted job. */
    QThread *thread() const { return m_thread; }

private:
    LibraryWriter() = default;
    void begin(std::unique_ptr<Library> library);

    mutable std::mutex m_mutex; ///< guards m_context against stop() during post()
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr;       ///< lives on m_thread; jobs are queued to it
    std::unique_ptr<Library> m_library; ///< used only on m_thread
};

struct LibraryWriter::Session
{
    std::unique_ptr<LibraryWriter> writer;
    std::unique_ptr<Library> view; ///< for the thread that called start(); close it first
};

} // namespace amanat
