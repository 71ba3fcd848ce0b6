#pragma once

#include "common/OpenDialogs.h"

#include <QObject>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

class QAction;
class QWidget;

namespace amanat {
class Library;
}

namespace amanat::ui {

/** Open formats and trusted time from the app, on the selected items: a BagIt bag for an
 *  archive, the ZIP Uwazi imports, an RFC 3161 time-stamp request; and bringing a
 *  time-stamping authority's reply back (see BagExporter, UwaziExporter, TimeStamps). Each
 *  asks where, runs on the writer thread with progress, and says what it wrote, including
 *  that bags and Uwazi ZIPs carry originals unredacted. */
class ExportController : public QObject
{
    Q_OBJECT

public:
    explicit ExportController(QWidget *window);
    ~ExportController() override;

    /** The library (not owned; a read view); nullptr cancels what runs and closes dialogs. */
    void setLibrary(Library *library);
    void setSelectionSource(std::function<QVector<qint64>()> selection);

    /** Export as Bag…, Export for Uwazi…, Request Time Stamp…: on the selection. */
    QList<QAction *> selectionActions() const;
    /** Import Time-Stamp Reply…, for the File menu. */
    QAction *importReplyAction() const { return m_importReply; }

    // What the actions do once their dialog is answered; the GUI tests call these.
    void exportBag(const QVector<qint64> &ids, const QString &folder);
    void exportUwazi(const QVector<qint64> &ids, const QString &zip);
    void requestTimeStamp(const QVector<qint64> &ids, const QString &tsq);
    void importReply(const QString &tsr);

Q_SIGNALS:
    /** A sentence for the status line. */
    void message(const QString &text);

private:
    struct Job;
    /** The selection, or nothing (with a notice) when none is selected. */
    QVector<qint64> chosenItems();
    /** A job with a progress dialog showing @p text; Cancel sets its flag. */
    std::shared_ptr<Job> startJob(const QString &text, const char *objectName);
    /** Closes the job's progress and shows @p text (a warning when @p failed). */
    void finish(const std::shared_ptr<Job> &job, const QString &title, const QString &text,
                bool failed);

    QWidget *m_window;
    Library *m_library = nullptr;
    std::function<QVector<qint64>()> m_selection;
    QAction *m_bag;
    QAction *m_uwazi;
    QAction *m_timeStamp;
    QAction *m_importReply;
    std::shared_ptr<Job> m_running;
    OpenDialogs m_dialogs;
};

} // namespace amanat::ui
