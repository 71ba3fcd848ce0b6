#include "LibraryWriter.h"

#include "Library.h"

#include <QThread>

namespace amanat {

Result<LibraryWriter::Session> LibraryWriter::start(std::unique_ptr<Library> library)
{
    std::unique_ptr<LibraryWriter> writer(new LibraryWriter);
    auto view = library->openReadView(writer.get());
    if (!view.ok())
        return view.error();
    writer->begin(std::move(library));
    return Session{std::move(writer), std::move(*view)};
}

void LibraryWriter::begin(std::unique_ptr<Library> library)
{
    m_library = std::move(library);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("amanat-write"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start();
    // The library was opened on another thread (the unlock worker): hand its connection over.
    Library *opened = m_library.get();
    QMetaObject::invokeMethod(
        m_context, [opened] { opened->adoptCurrentThread(); }, Qt::QueuedConnection);
}

LibraryWriter::~LibraryWriter()
{
    stop();
}

bool LibraryWriter::isRunning() const
{
    std::lock_guard<std::mutex> guard(m_mutex);
    return m_context != nullptr;
}

void LibraryWriter::post(std::function<void(Library *)> job)
{
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        if (m_context) {
            Library *library = m_library.get();
            QMetaObject::invokeMethod(
                m_context, [library, job = std::move(job)] { job(library); }, Qt::QueuedConnection);
            return;
        }
    }
    job(nullptr); // stopped: the library is closed
}

void LibraryWriter::stop()
{
    QObject *context = nullptr;
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        if (!m_context)
            return;
        context = m_context;
        // Queued last: runs after every job posted so far, then ends the thread.
        QMetaObject::invokeMethod(
            context,
            [this] {
                // Items deleted in this session could still be restored until now; a
                // failure leaves them hidden, and the next opening erases them.
                (void)m_library->items().purgeDeleted();
                m_library.reset(); // closes the connection, wipes the keys, releases the lock
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
        m_context = nullptr;
    }
    m_thread->wait();
    delete context; // the thread has finished: deleting here is safe
}

} // namespace amanat
