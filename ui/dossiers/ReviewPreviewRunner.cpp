#include "ReviewPreviewRunner.h"

#include "library/Library.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace amanat::ui {

ReviewPreviewRunner::ReviewPreviewRunner(Library *library, qint64 dossierId, QObject *parent)
    : QObject(parent), m_library(library), m_dossierId(dossierId)
{
    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &ReviewPreviewRunner::onFinished);
}

ReviewPreviewRunner::~ReviewPreviewRunner()
{
    m_watcher->disconnect(this); // a running helper ends by itself; nobody hears of it
}

const std::optional<ReviewPreviewRunner::Preview> &ReviewPreviewRunner::kept(Mode mode) const
{
    return mode == Mode::Burned ? m_burned : m_proposed;
}

void ReviewPreviewRunner::forget()
{
    m_proposed.reset();
    m_burned.reset();
}

void ReviewPreviewRunner::request(const Request &request)
{
    m_wanted = request;
    const std::optional<Preview> &have = kept(request.mode);
    if ((have && have->request == request) || request.itemId <= 0)
        return;
    if (!m_running)
        start(request);
}

void ReviewPreviewRunner::start(const Request &request)
{
    if (!m_library)
        return;
    auto job = RedactionPreview::prepare(*m_library, request.itemId, request.page, m_dossierId,
                                         request.mode);
    if (!job.ok()) {
        Q_EMIT failed(request, job.error().message);
        return;
    }
    m_running = true;
    m_runningRequest = request;
    const QString helper = m_helperPath;
    // The job is moved into the worker: it holds the original's bytes and touches no library.
    m_watcher->setFuture(QtConcurrent::run([job = std::move(*job), helper]() -> Outcome {
        auto page = RedactionPreview::run(job, helper, kTimeoutSeconds);
        Outcome outcome;
        if (page.ok())
            outcome.page = std::move(*page);
        else
            outcome.error = page.error();
        return outcome;
    }));
    Q_EMIT runningChanged(true);
}

void ReviewPreviewRunner::onFinished()
{
    m_running = false;
    const Outcome outcome = m_watcher->result();
    const Request done = m_runningRequest;
    Q_EMIT runningChanged(false);
    if (outcome.page) {
        Preview preview{done, *outcome.page, QImage::fromData(outcome.page->png, "PNG")};
        if (preview.image.isNull()) {
            Q_EMIT failed(done, tr("The helper returned a page image that cannot be shown."));
        } else {
            if (done.samePage(m_wanted))
                (done.mode == Mode::Burned ? m_burned : m_proposed) = preview;
            Q_EMIT arrived(preview);
        }
    } else {
        Q_EMIT failed(done, outcome.error.message);
    }
    // Another page, mode or set of boxes was asked for meanwhile.
    if (!m_running && m_wanted != done && m_wanted.itemId > 0) {
        const std::optional<Preview> &have = kept(m_wanted.mode);
        if (!have || have->request != m_wanted)
            start(m_wanted);
    }
}

} // namespace amanat::ui
