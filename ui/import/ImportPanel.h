#pragma once

#include <QDockWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace amanat {
struct ImportSummary;
}

namespace amanat::ui {

class ImportController;

/** The import progress panel, a dock at the bottom of the main window: one row per file
 *  with its state, overall progress, Cancel, and a summary once the import ends. Appears
 *  when an import starts; closing it hides it (the import goes on). Shows what the
 *  controller reports and keeps nothing of its own. */
class ImportPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit ImportPanel(ImportController *controller, QWidget *parent = nullptr);

private:
    void onStarted(int files);
    void updateProgress();
    void onFinished(const amanat::ImportSummary &summary);
    void onFailedToStart(const QString &message);
    void reset();

    ImportController *m_controller;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTableView *m_fileList = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_sandboxLabel = nullptr; ///< what the helper's sandbox lacks here, if anything
};

} // namespace amanat::ui
