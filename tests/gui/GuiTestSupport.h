#pragma once
// Small helpers shared by the GUI tests: a new library in a test folder, finding a widget by
// objectName (a missing one stops the test at once) and counting custody events of one kind.

#include "library/Library.h"
#include "library/LibraryWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace amanat::test {

/** A new library "Casework" in @p folder (no starter tags), or nullptr with a warning. */
inline std::unique_ptr<Library> createLibrary(const QString &folder, const QString &program)
{
    QByteArray passphrase("correct horse battery");
    auto created =
        Library::create(QDir(folder).filePath(QStringLiteral("Casework")),
                        SecureBuffer::takeFrom(passphrase), program, Library::StarterTags::None);
    if (!created.ok()) {
        qWarning("%s", qPrintable(created.error().message));
        return nullptr;
    }
    return std::move(created->library);
}

/** Arranges @p library as the app does: it moves to a writer thread (returned; stop it after
 *  the view is gone) and @p library becomes a read view for the test's thread. */
inline std::unique_ptr<LibraryWriter> moveToWriterThread(std::unique_ptr<Library> &library)
{
    auto session = LibraryWriter::start(std::move(library));
    if (!session.ok())
        qFatal("%s", qPrintable(session.error().message));
    library = std::move(session->view);
    return std::move(session->writer);
}

/** The longest time the event loop went without running a 1 ms timer. A stall is seen at
 *  the tick after it: wait for a tick (ticks()) before reading longestMs(). */
class StallWatchdog
{
public:
    StallWatchdog()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_longest = std::max(m_longest, m_clock.restart());
            ++m_ticks;
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
    int m_ticks = 0;
};

/** The child of @p parent named @p name; stops the test when there is none. */
template <typename T> T *child(QObject *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no widget named %s", name);
    return widget;
}

/** How many custody events of @p action the library holds. */
inline int countEvents(Library &library, const QString &action)
{
    auto events = library.custody().events();
    int n = 0;
    if (events.ok())
        for (const CustodyEvent &e : *events)
            n += e.action == action ? 1 : 0;
    return n;
}

} // namespace amanat::test
