#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QObject>
#include <QProcess>
#include <QQueue>
#include <QRectF>
#include <QSizeF>
#include <QTimer>
#include <QVector>

#include <memory>

class QIODevice;

namespace amanat {

/** How the render helper is started and limited. */
struct RenderSettings
{
    QString helperPath;   ///< empty: HelperProcess::defaultPath()
    int memoryMb = 2048;  ///< address space of the helper
    int cpuSeconds = 900; ///< processor time over the helper's whole life
    int openTimeoutSeconds = 60;
    int requestTimeoutSeconds = 30;
};

/** Search hits on one page; rectangles are fractions of the page, origin top left. */
struct RenderHit
{
    int page = 0; ///< from 0
    QVector<QRectF> rects;
};

/** The viewer's side of `amanat-extract --render` (render/RenderProtocol.h): one helper
 *  process per open document, fed the document's bytes from the blob store through a
 *  pipe, then asked for pages, search hits and page text. Everything is asynchronous on
 *  the calling thread's event loop. A crash, a hang (per-request timeout), a malformed
 *  answer or a document the helper cannot open ends in failed(); nothing it sends can do
 *  more than fail its own request. Requests are sent one at a time; a render already
 *  queued for the same page and scale is not queued twice. */
class RenderClient : public QObject
{
    Q_OBJECT

public:
    explicit RenderClient(QObject *parent = nullptr);
    ~RenderClient() override;

    /** Stops any previous helper, starts one and streams @p source into it. */
    void open(std::unique_ptr<QIODevice> source, const QString &mime, const QString &name,
              const RenderSettings &settings = {});
    /** Kills the helper and forgets everything; no signal follows. */
    void stop();

    bool isReady() const { return m_state == State::Ready; }
    bool hasFailed() const { return m_state == State::Failed; }
    QString documentType() const { return m_type; }
    QVector<QSizeF> pageSizes() const { return m_pageSizes; }
    /** The helper's process id, 0 when none runs. */
    qint64 processId() const;

    /** Requests page @p page (from 0) at @p scale pixels per point (per pixel for images). */
    int render(int page, double scale);
    int find(const QString &text);
    int pageText(int page);
    /** Forgets renders not yet sent to the helper (the user scrolled on). */
    void dropQueuedRenders();

Q_SIGNALS:
    void opened();
    void rendered(int requestId, int page, double scale, const QImage &image);
    void found(int requestId, const QString &text, const QVector<amanat::RenderHit> &hits);
    void textReady(int requestId, int page, const QString &text);
    void requestFailed(int requestId, const QString &message);
    /** The document cannot be displayed (any more); @p reason is for the log, not a person. */
    void failed(const QString &reason);

private:
    enum class State
    {
        Idle,
        Opening,
        Ready,
        Failed
    };
    struct Request
    {
        int id = 0;
        QString op;
        int page = -1;
        double scale = 1;
        QString text;
    };

    int enqueue(Request request);
    void sendNext();
    void feed();
    void collect();
    bool handleLine(const QByteArray &line, qint64 *payloadBytes);
    void handlePayload(const QByteArray &payload);
    void fail(const QString &reason);

    QProcess *m_process = nullptr;
    std::unique_ptr<QIODevice> m_source;
    RenderSettings m_settings;
    QTimer m_timer;
    State m_state = State::Idle;
    QByteArray m_header;
    bool m_inputDone = false;
    QByteArray m_in;
    qint64 m_payloadBytes = -1; ///< bytes of pixels still expected, -1 when a line is
    QString m_type;
    QVector<QSizeF> m_pageSizes;
    QQueue<Request> m_queue;
    Request m_inFlight;
    bool m_busy = false;
    int m_pendingWidth = 0;
    int m_pendingHeight = 0;
    int m_nextId = 1;
};

} // namespace amanat

Q_DECLARE_METATYPE(amanat::RenderHit)
