#include "ExtractionQueue.h"

#include "helper/HelperProcess.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <csignal>

namespace amanat {

namespace {
constexpr qint64 kFeedChunk = 256 * 1024;
constexpr qint64 kMaxAnswerBytes = qint64(512) << 20;

QString reasonForSignal(int signal, int timeoutSeconds)
{
    switch (signal) {
    case SIGXCPU:
        return QStringLiteral("extraction used more processor time than allowed");
    case SIGKILL:
        return QStringLiteral("the extraction helper was stopped (probably out of memory)");
    case SIGSEGV:
    case SIGBUS:
    case SIGABRT:
    case SIGILL:
    case SIGFPE:
        return QStringLiteral("the extraction helper crashed on this file; it may be damaged "
                              "or crafted to attack readers");
    default:
        Q_UNUSED(timeoutSeconds);
        return QStringLiteral("the extraction helper stopped unexpectedly (signal %1)").arg(signal);
    }
}

} // namespace

/** One helper process working on one file. */
class ExtractionQueue::Run : public QObject
{
public:
    Run(ExtractionQueue &queue, ExtractionTask task, std::unique_ptr<QIODevice> source,
        const ExtractionSettings &settings)
        : m_queue(queue), m_task(std::move(task)), m_source(std::move(source)),
          m_timeoutSeconds(settings.timeoutSeconds)
    {
        m_process.setProcessEnvironment(HelperProcess::environment());
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setStandardErrorFile(QProcess::nullDevice());

        connect(&m_process, &QProcess::started, this, &Run::feed);
        connect(&m_process, &QProcess::bytesWritten, this, &Run::feed);
        connect(&m_process, &QProcess::readyReadStandardOutput, this, &Run::collect);
        connect(&m_process, &QProcess::finished, this, &Run::done);
        connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                finish(ExtractionResult::failure(
                    QStringLiteral("the extraction helper could not be started (%1)")
                        .arg(m_process.program())));
        });
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_timedOut = true;
            m_process.kill();
        });

        ExtractionRequest request;
        request.name = m_task.name;
        request.mime = m_task.mime;
        request.size = m_source->size();
        request.ocrLanguages = m_task.ocrLanguages;
        request.pdfPassword = m_task.pdfPassword;
        m_header = request.headerLine();
        m_timer.start(std::chrono::seconds(settings.timeoutSeconds));
        m_process.start(settings.helperPath,
                        {QStringLiteral("--memory-mb"), QString::number(settings.memoryMb),
                         QStringLiteral("--cpu-seconds"),
                         QString::number(settings.timeoutSeconds + 10)});
    }

    ~Run() override
    {
        disconnect(&m_process, nullptr, this, nullptr);
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    const ExtractionTask &task() const { return m_task; }
    void kill()
    {
        m_finished = true;
        m_process.kill();
    }

private:
    void feed()
    {
        if (m_inputClosed || m_process.state() != QProcess::Running)
            return;
        if (!m_header.isEmpty()) {
            m_process.write(m_header);
            m_header.clear();
        }
        // Keep a bounded amount in flight: the blob is read chunk by chunk as the pipe drains.
        while (m_process.bytesToWrite() < kFeedChunk) {
            const QByteArray chunk = m_source->read(kFeedChunk);
            if (chunk.isEmpty()) {
                m_process.closeWriteChannel();
                m_inputClosed = true;
                return;
            }
            m_process.write(chunk);
        }
    }

    void collect()
    {
        m_answer += m_process.readAllStandardOutput();
        if (m_answer.size() > kMaxAnswerBytes) {
            m_answerTooLarge = true;
            m_process.kill();
        }
    }

    void done(int exitCode, QProcess::ExitStatus status)
    {
        collect();
        if (m_timedOut) {
            finish(ExtractionResult::failure(
                QStringLiteral("extraction took longer than %1 s").arg(m_timeoutSeconds)));
            return;
        }
        if (m_answerTooLarge) {
            finish(ExtractionResult::failure(
                QStringLiteral("the extraction helper's answer was too large")));
            return;
        }
        if (status == QProcess::CrashExit) {
            finish(ExtractionResult::failure(reasonForSignal(exitCode, m_timeoutSeconds)));
            return;
        }
        const int newline = m_answer.indexOf('\n');
        QJsonParseError error;
        const QJsonDocument document =
            QJsonDocument::fromJson(newline >= 0 ? m_answer.left(newline) : m_answer, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            finish(ExtractionResult::failure(
                QStringLiteral("the extraction helper gave no usable answer (exit code %1)")
                    .arg(exitCode)));
            return;
        }
        finish(ExtractionResult::fromJson(document.object()));
    }

    void finish(const ExtractionResult &result)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timer.stop();
        // Let the process object settle before the queue deletes this run.
        QTimer::singleShot(0, &m_queue, [queue = &m_queue, self = this, result] {
            queue->runFinished(self, result);
        });
    }

    ExtractionQueue &m_queue;
    ExtractionTask m_task;
    std::unique_ptr<QIODevice> m_source;
    int m_timeoutSeconds;
    QProcess m_process;
    QTimer m_timer;
    QByteArray m_header;
    QByteArray m_answer;
    bool m_inputClosed = false;
    bool m_timedOut = false;
    bool m_answerTooLarge = false;
    bool m_finished = false;
};

ExtractionQueue::ExtractionQueue(BlobStore &blobs, ExtractionSettings settings, QObject *parent)
    : QObject(parent), m_blobs(blobs), m_settings(std::move(settings))
{
    if (m_settings.helperPath.isEmpty())
        m_settings.helperPath = HelperProcess::defaultPath();
    if (m_settings.parallel <= 0)
        m_settings.parallel = qMax(1, QThread::idealThreadCount());
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
    return m_waiting.isEmpty() && m_running.empty();
}

void ExtractionQueue::cancel()
{
    m_waiting.clear();
    for (auto &run : m_running)
        run->kill();
    m_running.clear();
}

void ExtractionQueue::startMore()
{
    while (!m_waiting.isEmpty() && int(m_running.size()) < m_settings.parallel) {
        const ExtractionTask task = m_waiting.dequeue();
        auto source = m_blobs.open(task.itemId);
        if (!source.ok()) {
            Q_EMIT finished(task, ExtractionResult::failure(source.error().message));
            continue;
        }
        m_running.push_back(std::make_unique<Run>(*this, task, std::move(*source), m_settings));
    }
    if (isIdle())
        Q_EMIT drained();
}

void ExtractionQueue::runFinished(Run *run, const ExtractionResult &result)
{
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        if (it->get() == run) {
            const ExtractionTask task = run->task();
            m_running.erase(it);
            Q_EMIT finished(task, result);
            startMore();
            return;
        }
    }
}

} // namespace amanat
