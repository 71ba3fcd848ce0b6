#pragma once

#include <QObject>
#include <QVector>

#include <memory>

namespace amanat {
class Library;
}

namespace amanat::ui {

/** Reads the text of stored items again ("Read Text Again…"), e.g. with other OCR
 *  languages: the core ReextractJob runs on the library's writer thread, one sandboxed
 *  helper per file as for an import, while the window stays responsive. One run at a time;
 *  locking cancels it (the items not yet read keep their old text and stay pending). */
class ReextractRunner : public QObject
{
    Q_OBJECT

public:
    explicit ReextractRunner(QObject *parent = nullptr);
    ~ReextractRunner() override;

    /** The library (not owned; a read view); nullptr cancels a running job. */
    void setLibrary(Library *library);

    /** Starts reading @p itemIds again with @p ocrLanguages (empty: the library's own);
     *  false while another run is going on. */
    bool start(const QVector<qint64> &itemIds, const QString &ocrLanguages);
    void cancel();
    bool isRunning() const { return m_running != nullptr; }

Q_SIGNALS:
    /** One item was read (@p failure holds the reason when it could not be). */
    void itemFinished(qint64 itemId, const QString &failure, int done, int total);
    /** The run ended; @p failed items could not be read. */
    void finished(int done, int failed, bool cancelled);

private:
    struct Running;
    void finish(bool cancelled);

    Library *m_library = nullptr;
    std::shared_ptr<Running> m_running;
};

} // namespace amanat::ui
