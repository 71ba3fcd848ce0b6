#pragma once

#include "bundle/RedactionPreview.h"

#include <QImage>
#include <QObject>
#include <QString>

#include <optional>

template <typename T> class QFutureWatcher;

namespace amanat {
class Library;
}

namespace amanat::ui {

/** Makes the previews of the redaction review, one at a time: the job is read from the
 *  library on the calling (GUI) thread, the helper runs on a worker thread (seconds of
 *  OCR) and the result comes back as a signal. Asking while a preview is being made only
 *  remembers the latest request, which starts when the running one ends; the last preview
 *  of each mode for the page asked for is kept, so switching modes back costs nothing.
 *
 *  A running helper is not waited for when the runner goes: its job is a copy that touches
 *  no library, and its result goes nowhere. */
class ReviewPreviewRunner : public QObject
{
    Q_OBJECT

public:
    using Mode = RedactionPreview::Mode;
    /** What a preview is made for: a page, a mode, and the page's boxes at the time (a count
     *  of the edits made since the page was chosen). */
    struct Request
    {
        qint64 itemId = 0;
        int page = 0;
        Mode mode = Mode::Proposed;
        int edits = 0;

        bool samePage(const Request &o) const { return itemId == o.itemId && page == o.page; }
        bool operator==(const Request &o) const
        {
            return samePage(o) && mode == o.mode && edits == o.edits;
        }
        bool operator!=(const Request &o) const { return !(*this == o); }
    };
    struct Preview
    {
        Request request;
        RasterPage page;
        QImage image; ///< page.png, decoded
    };

    ReviewPreviewRunner(Library *library, qint64 dossierId, QObject *parent = nullptr);
    ~ReviewPreviewRunner() override;

    /** The amanat-extract helper (empty: the default). */
    void setHelperPath(const QString &path) { m_helperPath = path; }

    /** Asks for the preview of @p request. Does nothing when it is kept already. */
    void request(const Request &request);
    /** The last preview of @p mode kept for the page last asked for, if any. */
    const std::optional<Preview> &kept(Mode mode) const;
    /** Forgets the kept previews (another page is coming). */
    void forget();

    bool isRunning() const { return m_running; }
    /** What the helper is working on now (when isRunning()). */
    const Request &running() const { return m_runningRequest; }

    /** How long the helper may take for one page before it is given up. */
    static constexpr int kTimeoutSeconds = 180;

Q_SIGNALS:
    /** A preview arrived; it is kept when it is of the page last asked for. */
    void arrived(const amanat::ui::ReviewPreviewRunner::Preview &preview);
    void failed(const amanat::ui::ReviewPreviewRunner::Request &request, const QString &message);
    /** The helper started or stopped. */
    void runningChanged(bool running);

private:
    struct Outcome
    {
        std::optional<RasterPage> page;
        Error error;
    };
    void start(const Request &request);
    void onFinished();

    Library *m_library;
    qint64 m_dossierId;
    QString m_helperPath;
    Request m_wanted;
    bool m_running = false;
    Request m_runningRequest;
    std::optional<Preview> m_proposed;
    std::optional<Preview> m_burned;
    QFutureWatcher<Outcome> *m_watcher = nullptr;
};

} // namespace amanat::ui
