// One writer (issue 12): every change to an open library runs on its writer thread, readers
// have their own connections, and a connection is never used from a thread that does not
// own it.

#include "library/Library.h"
#include "library/LibraryWriter.h"

#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace amanat;

namespace {

std::unique_ptr<Library> createLibrary(const QString &folder)
{
    QByteArray passphrase("one writer, many readers");
    auto created =
        Library::create(folder + QStringLiteral("/Writer"), SecureBuffer::takeFrom(passphrase),
                        QStringLiteral("tst_library_writer"), Library::StarterTags::None);
    if (!created.ok())
        qFatal("%s", qPrintable(created.error().message));
    return std::move(created->library);
}

template <typename T> T waitFor(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

} // namespace

class TestLibraryWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // This test checks the error a stray use returns; elsewhere the tests abort on it.
        qunsetenv("AMANAT_CHECK_THREADS");
        QVERIFY(m_dir.isValid());
    }

    void aConnectionRefusesAThreadThatDoesNotOwnIt()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("owned.db")),
                                     SecureBuffer::random(32), Database::Mode::Create);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        Database &db = *opened;
        // The probe works on the owner thread...
        QVERIFY(db.scalar("SELECT 1").ok());
        QVERIFY(db.isOwnedByCurrentThread());
        // ...and fails, changing nothing, on another.
        Result<qint64> elsewhere = makeError(ErrorCode::Internal, QString());
        bool owned = true;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            owned = db.isOwnedByCurrentThread();
            elsewhere = db.scalar("SELECT 1");
        }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QVERIFY(!owned);
        QVERIFY(!elsewhere.ok());
        QCOMPARE(elsewhere.error().code, ErrorCode::Internal);
        QVERIFY(elsewhere.error().message.contains(QStringLiteral("wrong thread")));

        // Handed over explicitly, it works there, and no longer here.
        Result<qint64> adopted = makeError(ErrorCode::Internal, QString());
        thread.reset(QThread::create([&] {
            db.adoptCurrentThread();
            adopted = db.scalar("SELECT 1");
        }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QVERIFY2(adopted.ok(), qPrintable(adopted.error().message));
        QVERIFY(!db.scalar("SELECT 1").ok());
        db.adoptCurrentThread();
    }

    void aReadViewReadsButNeverWrites()
    {
        QTemporaryDir dir;
        auto library = createLibrary(dir.path());
        auto session = LibraryWriter::start(std::move(library));
        QVERIFY2(session.ok(), qPrintable(session.error().message));
        Library &view = *session->view;

        // A write straight through the view's own connection is refused...
        auto direct = view.tags().ensure(QStringLiteral("Direct"));
        QVERIFY(!direct.ok());
        QVERIFY(!view.tags().find(QStringLiteral("Direct"))->has_value());

        // ...the same write as a job runs on the writer thread, and the view sees it.
        const QThread *caller = QThread::currentThread();
        const QThread *ranOn = nullptr;
        auto created = waitFor(view.write([&ranOn](Library &writer) {
            ranOn = QThread::currentThread();
            return writer.tags().ensure(QStringLiteral("Through the writer"));
        }));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QVERIFY(ranOn && ranOn != caller);
        QVERIFY(ranOn == session->writer->thread());
        QVERIFY(view.tags().find(QStringLiteral("Through the writer"))->has_value());

        // Jobs run one after another, in the order they were posted.
        QVector<int> order;
        QVector<QFuture<Status>> futures;
        for (int i = 0; i < 20; ++i)
            futures << view.write([&order, i](Library &writer) -> Status {
                order << i;
                auto tag = writer.tags().ensure(QStringLiteral("Order/%1").arg(i));
                return tag.ok() ? Status() : Status(tag.error());
            });
        for (auto &future : futures)
            QVERIFY(waitFor(future).ok());
        QCOMPARE(order.size(), 20);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(order.at(i), i);

        // Each change is logged on the writer's chain: the library verifies.
        auto report = waitFor(view.write([](Library &writer) { return writer.verify(); }));
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QVERIFY(report->ok());

        // Once the writer stopped, a job does not run: it says why.
        session->view.reset();
        auto stopped = std::move(session->writer);
        stopped->stop();
        QVERIFY(!stopped->isRunning());
        bool ran = false;
        stopped->post([&ran](Library *writer) { ran = writer != nullptr; });
        QVERIFY(!ran);
    }

    void aChangeAfterLockIsRefusedWithAReason()
    {
        QTemporaryDir dir;
        auto session = LibraryWriter::start(createLibrary(dir.path()));
        QVERIFY(session.ok());
        session->writer->stop(); // locked while the window still holds its view
        auto late = waitFor(session->view->write(
            [](Library &writer) { return writer.tags().ensure(QStringLiteral("Late")); }));
        QVERIFY(!late.ok());
        QCOMPARE(late.error().code, ErrorCode::Cancelled);
        QVERIFY(late.error().message.contains(QStringLiteral("locked")));
    }

    void theFolderStaysLockedUntilTheWriterCloses()
    {
        QTemporaryDir dir;
        auto session = LibraryWriter::start(createLibrary(dir.path()));
        QVERIFY(session.ok());
        const QString path = session->view->path();
        QByteArray passphrase("one writer, many readers");
        auto second = Library::open(path, SecureBuffer::takeFrom(passphrase),
                                    Library::Access::Write, QStringLiteral("second"));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, ErrorCode::InUse);
        session->view.reset();
        session->writer.reset(); // closes the library on its own thread
        QByteArray again("one writer, many readers");
        auto reopened = Library::open(path, SecureBuffer::takeFrom(again), Library::Access::Write,
                                      QStringLiteral("second"));
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestLibraryWriter)
#include "tst_library_writer.moc"
