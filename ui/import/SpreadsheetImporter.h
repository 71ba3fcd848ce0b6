#pragma once

#include "common/OpenDialogs.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QProgressDialog;
class QWidget;

namespace amanat {
class Library;
struct SpreadsheetPlan;
} // namespace amanat

namespace amanat::ui {

class ReextractRunner;

/** File → Import Spreadsheet…: a field office's CSV of items (see SpreadsheetImport).
 *  The file is read and every row checked on a worker thread; problems are listed by line
 *  and nothing is written; otherwise the user confirms, the rows are imported in one job
 *  on the writer thread with progress and Cancel (all or nothing), and the text of the new
 *  files is then read as after any import. The window never waits. */
class SpreadsheetImporter : public QObject
{
    Q_OBJECT

public:
    explicit SpreadsheetImporter(QWidget *window);
    ~SpreadsheetImporter() override;

    /** The library (not owned; a read view); nullptr cancels what runs. */
    void setLibrary(Library *library);
    /** Asks for a CSV file, then imports it. */
    void chooseAndImport();
    /** Checks @p csvPath, and imports it once the user confirms. */
    void importFile(const QString &csvPath);
    bool isRunning() const { return m_running != nullptr; }

Q_SIGNALS:
    /** Items were added (or their text was read): lists and counts need a reload. */
    void itemsChanged();
    /** The run ended: @p items were made (0 when nothing was written). */
    void finished(int items);

private:
    struct Run;
    void confirm(const std::shared_ptr<Run> &run, const SpreadsheetPlan &plan);
    void apply(const std::shared_ptr<Run> &run, const SpreadsheetPlan &plan);
    void end(const std::shared_ptr<Run> &run, int items);
    void showMessage(const QString &objectName, const QString &title, const QString &text,
                     const QString &details = {});

    QWidget *m_window;
    Library *m_library = nullptr;
    std::shared_ptr<Run> m_running;
    ReextractRunner *m_reader;
    OpenDialogs m_dialogs; ///< closed when the library does
};

} // namespace amanat::ui
