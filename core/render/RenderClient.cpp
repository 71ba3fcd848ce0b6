#include "RenderClient.h"

#include "helper/RenderProtocol.h"
#include "helper/HelperProcess.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>
#include <utility>

namespace amanat {

namespace {

constexpr qint64 kFeedChunk = 256 * 1024;

} // namespace

RenderClient::RenderClient(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<amanat::RenderHit>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this,
            [this] { fail(QStringLiteral("the render helper did not answer in time")); });
}

RenderClient::~RenderClient()
{
    stop();
}

qint64 RenderClient::processId() const
{
    return m_process && m_process->state() != QProcess::NotRunning ? m_process->processId() : 0;
}

void RenderClient::stop()
{
    m_timer.stop();
    if (m_process) {
        disconnect(m_process, nullptr, this, nullptr);
        m_process->kill();
        m_process->waitForFinished(2000);
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_source.reset();
    m_state = State::Idle;
    m_header.clear();
    m_in.clear();
    m_payloadBytes = -1;
    m_inputDone = false;
    m_type.clear();
    m_pageSizes.clear();
    m_queue.clear();
    m_busy = false;
}

void RenderClient::open(std::unique_ptr<QIODevice> source, const QString &mime, const QString &name,
                        const RenderSettings &settings)
{
    stop();
    m_settings = settings;
    if (m_settings.helperPath.isEmpty())
        m_settings.helperPath = HelperProcess::defaultPath();
    m_source = std::move(source);
    m_state = State::Opening;
    if (!m_source || m_source->size() <= 0) {
        // Report on the next turn of the loop, as every other outcome is reported.
        QTimer::singleShot(0, this, [this] { fail(QStringLiteral("the document is empty")); });
        return;
    }
    m_header = QJsonDocument(QJsonObject{{QStringLiteral("size"), m_source->size()},
                                         {QStringLiteral("mime"), mime},
                                         {QStringLiteral("name"), name}})
                   .toJson(QJsonDocument::Compact) +
               '\n';
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(HelperProcess::environment());
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardErrorFile(QProcess::nullDevice());
    connect(m_process, &QProcess::started, this, &RenderClient::feed);
    connect(m_process, &QProcess::bytesWritten, this, &RenderClient::feed);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &RenderClient::collect);
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        collect();
        fail(status == QProcess::CrashExit
                 ? QStringLiteral("the render helper crashed (signal %1)").arg(code)
                 : QStringLiteral("the render helper ended (exit code %1)").arg(code));
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(QStringLiteral("the render helper could not be started"));
    });
    m_timer.start(std::chrono::seconds(m_settings.openTimeoutSeconds));
    m_process->start(m_settings.helperPath,
                     {QString::fromLatin1(render::kRenderFlag), QStringLiteral("--memory-mb"),
                      QString::number(m_settings.memoryMb), QStringLiteral("--cpu-seconds"),
                      QString::number(m_settings.cpuSeconds)});
}

void RenderClient::feed()
{
    if (m_inputDone || !m_process || m_process->state() != QProcess::Running)
        return;
    if (!m_header.isEmpty()) {
        m_process->write(m_header);
        m_header.clear();
    }
    // A bounded amount in flight: the blob is read chunk by chunk as the pipe drains.
    while (m_process->bytesToWrite() < kFeedChunk) {
        const QByteArray chunk = m_source->read(kFeedChunk);
        if (chunk.isEmpty()) {
            m_inputDone = true;
            m_source.reset(); // the rest of the conversation is requests
            sendNext();
            return;
        }
        m_process->write(chunk);
    }
}

int RenderClient::render(int page, double scale)
{
    for (const Request &queued : std::as_const(m_queue)) {
        if (queued.op == QLatin1String("render") && queued.page == page &&
            qFuzzyCompare(queued.scale, scale))
            return queued.id;
    }
    if (m_busy && m_inFlight.op == QLatin1String("render") && m_inFlight.page == page &&
        qFuzzyCompare(m_inFlight.scale, scale))
        return m_inFlight.id;
    Request request;
    request.op = QStringLiteral("render");
    request.page = page;
    request.scale = scale;
    return enqueue(request);
}

int RenderClient::find(const QString &text)
{
    Request request;
    request.op = QStringLiteral("find");
    request.text = text;
    return enqueue(request);
}

int RenderClient::pageText(int page)
{
    Request request;
    request.op = QStringLiteral("text");
    request.page = page;
    return enqueue(request);
}

void RenderClient::dropQueuedRenders()
{
    QQueue<Request> kept;
    for (const Request &request : std::as_const(m_queue)) {
        if (request.op != QLatin1String("render"))
            kept.enqueue(request);
    }
    m_queue = kept;
}

int RenderClient::enqueue(Request request)
{
    request.id = m_nextId++;
    if (m_state == State::Failed || m_state == State::Idle) {
        const int id = request.id;
        QTimer::singleShot(0, this, [this, id] {
            Q_EMIT requestFailed(id, QStringLiteral("no document is open"));
        });
        return id;
    }
    m_queue.enqueue(request);
    sendNext();
    return request.id;
}

void RenderClient::sendNext()
{
    if (m_state != State::Ready || m_busy || m_queue.isEmpty() || !m_process)
        return;
    m_inFlight = m_queue.dequeue();
    QJsonObject message{{QStringLiteral("id"), m_inFlight.id},
                        {QStringLiteral("op"), m_inFlight.op}};
    if (m_inFlight.page >= 0)
        message.insert(QStringLiteral("page"), m_inFlight.page);
    if (m_inFlight.op == QLatin1String("render"))
        message.insert(QStringLiteral("scale"), m_inFlight.scale);
    if (m_inFlight.op == QLatin1String("find"))
        message.insert(QStringLiteral("text"), m_inFlight.text);
    m_busy = true;
    m_timer.start(std::chrono::seconds(m_settings.requestTimeoutSeconds));
    m_process->write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
}

void RenderClient::collect()
{
    if (!m_process)
        return;
    m_in += m_process->readAllStandardOutput();
    // One answer at a time: a line, then its pixels when it announced some.
    while (m_process && m_state != State::Failed) {
        if (m_payloadBytes >= 0) {
            if (m_in.size() < m_payloadBytes)
                return;
            const QByteArray payload = m_in.left(qsizetype(m_payloadBytes));
            m_in.remove(0, qsizetype(m_payloadBytes));
            m_payloadBytes = -1;
            handlePayload(payload);
            continue;
        }
        const int newline = m_in.indexOf('\n');
        if (newline < 0) {
            if (m_in.size() > render::kMaxLineBytes)
                fail(QStringLiteral("the render helper sent an overlong answer"));
            return;
        }
        const QByteArray line = m_in.left(newline);
        m_in.remove(0, newline + 1);
        qint64 payload = -1;
        if (!handleLine(line, &payload))
            return;
        m_payloadBytes = payload;
    }
}

bool RenderClient::handleLine(const QByteArray &line, qint64 *payloadBytes)
{
    QJsonParseError error;
    const QJsonObject answer = QJsonDocument::fromJson(line, &error).object();
    if (error.error != QJsonParseError::NoError) {
        fail(QStringLiteral("the render helper sent a malformed answer"));
        return false;
    }
    const bool ok = answer.value(QStringLiteral("ok")).toBool();
    if (m_state == State::Opening) {
        if (!ok) {
            fail(answer.value(QStringLiteral("error")).toString());
            return false;
        }
        m_type = answer.value(QStringLiteral("type")).toString();
        const QJsonArray pages = answer.value(QStringLiteral("pages")).toArray();
        for (const QJsonValue &page : pages) {
            const QJsonArray size = page.toArray();
            const QSizeF s(size.at(0).toDouble(), size.at(1).toDouble());
            m_pageSizes.append(s.isValid() && !s.isEmpty() ? s : QSizeF(612, 792));
            if (m_pageSizes.size() >= render::kMaxPages)
                break;
        }
        if (m_pageSizes.isEmpty()) {
            fail(QStringLiteral("the document has no pages"));
            return false;
        }
        m_timer.stop();
        m_state = State::Ready;
        Q_EMIT opened();
        sendNext();
        return true;
    }
    if (!m_busy || answer.value(QStringLiteral("id")).toInt() != m_inFlight.id) {
        fail(QStringLiteral("the render helper answered out of turn"));
        return false;
    }
    if (!ok) {
        m_busy = false;
        m_timer.stop();
        Q_EMIT requestFailed(m_inFlight.id, answer.value(QStringLiteral("error")).toString());
        sendNext();
        return true;
    }
    if (m_inFlight.op == QLatin1String("render")) {
        const int width = answer.value(QStringLiteral("width")).toInt();
        const int height = answer.value(QStringLiteral("height")).toInt();
        const qint64 bytes = qint64(answer.value(QStringLiteral("bytes")).toDouble(-1));
        if (width <= 0 || height <= 0 || qint64(width) * height > 2 * render::kMaxRenderPixels ||
            bytes != qint64(width) * height * 3) {
            fail(QStringLiteral("the render helper sent an impossible page"));
            return false;
        }
        m_pendingWidth = width;
        m_pendingHeight = height;
        *payloadBytes = bytes;
        return true;
    }
    m_busy = false;
    m_timer.stop();
    const Request done = m_inFlight;
    if (done.op == QLatin1String("find")) {
        QVector<RenderHit> hits;
        const QJsonArray list = answer.value(QStringLiteral("hits")).toArray();
        for (const QJsonValue &value : list) {
            const QJsonObject object = value.toObject();
            RenderHit hit;
            hit.page = object.value(QStringLiteral("page")).toInt(-1);
            if (hit.page < 0 || hit.page >= m_pageSizes.size())
                continue;
            const QJsonArray rects = object.value(QStringLiteral("rects")).toArray();
            for (const QJsonValue &r : rects) {
                const QJsonArray a = r.toArray();
                const QRectF rect(a.at(0).toDouble(), a.at(1).toDouble(), a.at(2).toDouble(),
                                  a.at(3).toDouble());
                if (rect.isValid())
                    hit.rects.append(rect.intersected(QRectF(0, 0, 1, 1)));
            }
            hits.append(hit);
        }
        Q_EMIT found(done.id, done.text, hits);
    } else if (done.op == QLatin1String("text")) {
        Q_EMIT textReady(done.id, done.page, answer.value(QStringLiteral("text")).toString());
    }
    sendNext();
    return true;
}

void RenderClient::handlePayload(const QByteArray &payload)
{
    QImage image(m_pendingWidth, m_pendingHeight, QImage::Format_RGB888);
    const qsizetype rowBytes = qsizetype(m_pendingWidth) * 3;
    for (int y = 0; y < m_pendingHeight; ++y)
        std::memcpy(image.scanLine(y), payload.constData() + y * rowBytes, std::size_t(rowBytes));
    m_busy = false;
    m_timer.stop();
    const Request done = m_inFlight;
    Q_EMIT rendered(done.id, done.page, done.scale, image);
    sendNext();
}

void RenderClient::fail(const QString &reason)
{
    if (m_state == State::Failed || m_state == State::Idle)
        return;
    m_timer.stop();
    m_state = State::Failed;
    m_queue.clear();
    m_busy = false;
    m_source.reset();
    if (m_process) {
        disconnect(m_process, nullptr, this, nullptr);
        // Reaped once it has gone (SIGKILL is immediate); no wait on the GUI thread.
        QProcess *process = m_process;
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
        if (process->state() == QProcess::NotRunning)
            process->deleteLater();
        else
            process->kill();
        m_process = nullptr;
    }
    Q_EMIT failed(reason);
}

} // namespace amanat
