#include "ExtractionQueue.h"

#include "helper/HelperProcess.h"

#include <QJsonDocument>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace amanat {

namespace {
constexpr qint64 kFeedChunk = 256 * 1024;
/** An idle helper server is stopped after this long, so that a finished job leaves none. */
constexpr int kIdleStopMs = 5000;
} // namespace

/** One helper server (amanat-extract --serve), fed one file at a time. Started when first
 *  needed; stopped after a timeout, a crash, an answer it could not give, or a while idle,
 *  and started afresh for the next file. */
class ExtractionQueue::Worker : public QObject
{
public:
    Worker(ExtractionQueue &queue, const ExtractionSettings &settings)
        : m_queue(queue), m_settings(settings)
    {
        m_process.setProcessEnvironment(HelperProcess::environment());
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setStandardErrorFile(QProcess::nullDevice());

        connect(&m_process, &QProcess::started, this, &Worker::feed);
        connect(&m_process, &QProcess::bytesWritten, this, &Worker::feed);
        connect(&m_process, &QProcess::readyReadStandardOutput, this, &Worker::collect);
        connect(&m_process, &QProcess::finished, this, &Worker::ended);
        connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                finish(ExtractionResult::failure(
                           QStringLiteral("the extraction helper could not be started (%1)")
                               .arg(m_process.program())),
                       false);
        });
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_timedOut = true;
            retire();
        });
        m_idle.setSingleShot(true);
        m_idle.setInterval(kIdleStopMs);
        connect(&m_idle, &QTimer::timeout, this, &Worker::stopProcess);
    }

    ~Worker() override
    {
        disconnect(&m_process, nullptr, this, nullptr);
        stopProcess();
    }

    bool busy() const { return m_busy; }

    void start(ExtractionTask task, std::unique_ptr<QIODevice> source)
    {
        m_idle.stop();
        if (m_retired) { // killed, perhaps not yet reaped: never sent another file
            stopProcess();
            m_retired = false;
        }
        m_busy = true;
        m_reported = false;
        m_task = std::move(task);
        m_source = std::move(source);
        m_answer.clear();
        m_timedOut = false;
        m_answerTooLarge = false;
        m_inputSent = false;
        m_reused = m_process.state() != QProcess::NotRunning;

        ExtractionRequest request;
        request.name = m_task.name;
        request.mime = m_task.mime;
        request.size = m_source->size();
        request.ocrLanguages = m_task.ocrLanguages;
        request.pdfPassword = m_task.pdfPassword;
        m_header = request.headerLine();
        m_timer.start(std::chrono::seconds(m_settings.timeoutSeconds));
        if (m_process.state() == QProcess::NotRunning)
            m_process.start(m_settings.helperPath,
                            {QStringLiteral("--serve"), QStringLiteral("--memory-mb"),
                             QString::number(m_settings.memoryMb), QStringLiteral("--cpu-seconds"),
                             QString::number(m_settings.timeoutSeconds + 10)});
        else
            feed();
    }

    /** Stops the current file, if any, without a result. */
    void abandon()
    {
        ++m_generation; // a result already on its way is dropped
        m_busy = false;
        m_reported = true;
        m_timer.stop();
        stopProcess();
    }

private:
    /** Kills the server without waiting (this may run inside its own signals); the next
     *  file waits for it to be gone and starts another. */
    void retire()
    {
        m_retired = true;
        m_process.kill();
    }

    void stopProcess()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    void feed()
    {
        if (!m_busy || m_inputSent || m_process.state() != QProcess::Running)
            return;
        if (!m_header.isEmpty()) {
            m_process.write(m_header);
            m_header.clear();
        }
        // Keep a bounded amount in flight: the blob is read chunk by chunk as the pipe drains.
        while (m_process.bytesToWrite() < kFeedChunk) {
            const QByteArray chunk = m_source->read(kFeedChunk);
            if (chunk.isEmpty()) {
                m_inputSent = true;
                m_source.reset();
                return;
            }
            m_process.write(chunk);
        }
    }

    void collect()
    {
        const QByteArray output = m_process.readAllStandardOutput();
        if (!m_busy || m_reported) {
            retire(); // a server that speaks out of turn is not trusted again
            return;
        }
        m_answer += output;
        if (m_answer.size() > ExtractionResult::kMaxAnswerBytes) {
            m_answerTooLarge = true;
            retire();
            return;
        }
        const int newline = m_answer.indexOf('\n');
        if (newline < 0)
            return;
        // One answer a request; anything after it means the server lost the framing.
        const bool framed = newline == m_answer.size() - 1;
        const auto result = parse(m_answer.left(newline));
        finish(result ? *result
                      : ExtractionResult::failure(
                            QStringLiteral("the extraction helper gave no usable answer")),
               result.has_value() && framed);
    }

    void ended(int exitCode, QProcess::ExitStatus status)
    {
        if (!m_busy || m_reported)
            return; // an idle server stopped; the next file starts another
        if (m_timedOut) {
            finish(ExtractionResult::failure(QStringLiteral("extraction took longer than %1 s")
                                                 .arg(m_settings.timeoutSeconds)),
                   false);
            return;
        }
        if (m_answerTooLarge) {
            finish(ExtractionResult::failure(
                       QStringLiteral("the extraction helper's answer was too large")),
                   false);
            return;
        }
        if (m_reused && m_answer.isEmpty() && m_process.bytesAvailable() == 0) {
            // The server had ended before this file reached it (it died while idle): the
            // file was never read, so it goes back to the queue for a fresh server.
            giveBack();
            return;
        }
        if (status == QProcess::CrashExit) {
            finish(ExtractionResult::killedBySignal(exitCode), false);
            return;
        }
        m_answer += m_process.readAllStandardOutput();
        const auto result = parse(m_answer.trimmed());
        finish(result ? *result
                      : ExtractionResult::failure(
                            QStringLiteral(
                                "the extraction helper gave no usable answer (exit code %1)")
                                .arg(exitCode)),
               false);
    }

    static std::optional<ExtractionResult> parse(const QByteArray &line)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return std::nullopt;
        return ExtractionResult::fromJson(document.object());
    }

    void finish(const ExtractionResult &result, bool serverReusable)
    {
        if (!m_busy || m_reported)
            return;
        m_reported = true;
        m_timer.stop();
        if (!serverReusable)
            retire();
        // Report from the event loop, so that whatever the queue's users do on a result
        // (enqueue, cancel, delete the queue) never runs inside this process's signal.
        QTimer::singleShot(0, this, [this, result, generation = m_generation] {
            if (generation != m_generation)
                return;
            m_busy = false;
            m_source.reset();
            if (m_process.state() != QProcess::NotRunning)
                m_idle.start();
            m_queue.workerFinished(m_task, result);
        });
    }

    void giveBack()
    {
        m_reported = true;
        m_timer.stop();
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation != m_generation)
                return;
            m_busy = false;
            m_source.reset();
            m_queue.workerGaveBack(m_task);
        });
    }

    ExtractionQueue &m_queue;
    const ExtractionSettings &m_settings;
    QProcess m_process;
    QTimer m_timer;
    QTimer m_idle;
    ExtractionTask m_task;
    std::unique_ptr<QIODevice> m_source;
    QByteArray m_header;
    QByteArray m_answer;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_reported = false;
    bool m_inputSent = false;
    bool m_timedOut = false;
    bool m_answerTooLarge = false;
    bool m_reused = false;  ///< the server had read earlier files
    bool m_retired = false; ///< the server was killed and must not get another file
};

ExtractionQueue::ExtractionQueue(BlobStore &blobs, ExtractionSettings settings, QObject *parent)
    : QObject(parent), m_blobs(blobs), m_settings(std::move(settings))
{
    if (m_settings.helperPath.isEmpty())
        m_settings.helperPath = HelperProcess::defaultPath();
    if (m_settings.parallel <= 0)
        m_settings.parallel = qMax(1, QThread::idealThreadCount());
    for (int i = 0; i < m_settings.parallel; ++i)
        m_workers.push_back(std::make_unique<Worker>(*this, m_settings));
}

ExtractionQueue::~ExtractionQueue()
{
    cancel();
}

void ExtractionQueue::enqueue(const ExtractionTask &task)
{
    m_waiting.enqueue(task);
    startMore();
}

bool ExtractionQueue::isIdle() const
{
    return m_waiting.isEmpty() && running() == 0;
}

int ExtractionQueue::running() const
{
    return int(std::count_if(m_workers.begin(), m_workers.end(),
                             [](const auto &worker) { return worker->busy(); }));
}

void ExtractionQueue::cancel()
{
    m_waiting.clear();
    for (auto &worker : m_workers)
        worker->abandon();
}

void ExtractionQueue::startMore()
{
    while (!m_waiting.isEmpty()) {
        Worker *idle = nullptr;
        for (auto &worker : m_workers)
            if (!worker->busy()) {
                idle = worker.get();
                break;
            }
        if (!idle)
            break;
        const ExtractionTask task = m_waiting.dequeue();
        auto source = m_blobs.open(task.itemId);
        if (!source.ok()) {
            Q_EMIT finished(task, ExtractionResult::failure(source.error().message));
            continue;
        }
        idle->start(task, std::move(*source));
    }
    if (isIdle())
        Q_EMIT drained();
}

void ExtractionQueue::workerGaveBack(const ExtractionTask &task)
{
    if (m_givenBack.contains(task.itemId)) { // once only: then its server's failure stands
        workerFinished(task, ExtractionResult::failure(QStringLiteral(
                                 "the extraction helper stopped before it read this file")));
        return;
    }
    m_givenBack.insert(task.itemId);
    m_waiting.prepend(task);
    startMore();
}

void ExtractionQueue::workerFinished(const ExtractionTask &task, const ExtractionResult &result)
{
    Q_EMIT finished(task, result);
    startMore();
}

} // namespace amanat
