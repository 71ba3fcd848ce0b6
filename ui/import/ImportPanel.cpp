#include "ImportPanel.h"

#include "ImportController.h"
#include "ImportListModel.h"
#include "helper/HelperSandbox.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace amanat::ui {

namespace {
constexpr int kProgressSteps = 1000; ///< of one file's storing, and of its extraction
} // namespace

ImportPanel::ImportPanel(ImportController *controller, QWidget *parent)
    : QDockWidget(tr("Import"), parent), m_controller(controller)
{
    setObjectName(QStringLiteral("importPanel"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                QDockWidget::DockWidgetFloatable);
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea | Qt::LeftDockWidgetArea);

    auto *contents = new QWidget(this);
    contents->setObjectName(QStringLiteral("importPanelContents"));

    m_statusLabel = new QLabel(contents);
    m_statusLabel->setObjectName(QStringLiteral("importStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(contents);
    m_progress->setObjectName(QStringLiteral("importProgressBar"));
    m_progress->setTextVisible(false);
    m_cancelButton = new QPushButton(tr("Cancel"), contents);
    m_cancelButton->setObjectName(QStringLiteral("importCancelButton"));
    m_cancelButton->setToolTip(
        tr("Stop after the current file. Stored files whose text is not extracted yet stay "
           "pending and can be extracted later."));
    auto *top = new QHBoxLayout;
    top->addWidget(m_statusLabel, 1);
    top->addWidget(m_progress, 1);
    top->addWidget(m_cancelButton);

    m_fileList = new QTableView(contents);
    m_fileList->setObjectName(QStringLiteral("importFileList"));
    m_fileList->setModel(controller->model());
    m_fileList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fileList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fileList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fileList->setAlternatingRowColors(true);
    m_fileList->setShowGrid(false);
    m_fileList->setWordWrap(false);
    m_fileList->verticalHeader()->hide();
    m_fileList->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_fileList->horizontalHeader()->setStretchLastSection(true);
    m_fileList->horizontalHeader()->setHighlightSections(false);
    m_fileList->setColumnWidth(ImportListModel::NameColumn,
                               32 * m_fileList->fontMetrics().averageCharWidth());

    m_summaryLabel = new QLabel(contents);
    m_summaryLabel->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_sandboxLabel = new QLabel(contents);
    m_sandboxLabel->setObjectName(QStringLiteral("importSandboxLabel"));
    m_sandboxLabel->setTextFormat(Qt::PlainText);
    m_sandboxLabel->setWordWrap(true);
    m_sandboxLabel->hide();

    auto *layout = new QVBoxLayout(contents);
    layout->addWidget(m_sandboxLabel);
    layout->addLayout(top);
    layout->addWidget(m_fileList, 1);
    layout->addWidget(m_summaryLabel);
    setWidget(contents);

    connect(m_cancelButton, &QPushButton::clicked, controller, &ImportController::cancel);
    connect(controller, &ImportController::started, this, &ImportPanel::onStarted);
    connect(controller, &ImportController::progressChanged, this, &ImportPanel::updateProgress);
    connect(controller, &ImportController::finished, this, &ImportPanel::onFinished);
    connect(controller, &ImportController::failedToStart, this, &ImportPanel::onFailedToStart);
    connect(controller->model(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_controller->model()->rowCount() == 0 && !m_controller->isRunning())
            reset();
    });
    reset();
}

void ImportPanel::reset()
{
    m_statusLabel->clear();
    m_summaryLabel->clear();
    m_summaryLabel->hide();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_cancelButton->setEnabled(false);
    hide();
}

void ImportPanel::onStarted(int files)
{
    m_summaryLabel->clear();
    m_summaryLabel->hide();
    // Asked of the helper once a session, off the GUI thread (it starts a process); a
    // missing layer is said, never skipped in silence.
    const QString helper = m_controller->extractionSettings().helperPath;
    auto *sandboxWatcher = new QFutureWatcher<QString>(this);
    connect(sandboxWatcher, &QFutureWatcher<QString>::finished, this, [this, sandboxWatcher] {
        const QString sandbox = sandboxWatcher->result();
        sandboxWatcher->deleteLater();
        m_sandboxLabel->setText(sandbox);
        m_sandboxLabel->setVisible(!sandbox.isEmpty());
    });
    sandboxWatcher->setFuture(QtConcurrent::run(
        [helper] { return HelperSandbox::warning(HelperSandbox::report(helper)); }));
    m_cancelButton->setEnabled(true);
    // Each file counts once for storing and once for extraction, in steps of a thousandth
    // so that the store step of one large file moves the bar too.
    m_progress->setRange(0, 2 * kProgressSteps * files);
    updateProgress();
    if (!isVisible() && !isFloating()) {
        // About ten rows: the item list above stays the larger part of the window.
        if (auto *window = qobject_cast<QMainWindow *>(parentWidget()))
            window->resizeDocks({this}, {16 * fontMetrics().height()}, Qt::Vertical);
    }
    show();
    raise();
}

void ImportPanel::updateProgress()
{
    const int files = m_controller->fileCount();
    const int done = m_controller->filesDone();
    // Files that need no extraction (duplicates, failures) count as extracted.
    const int noExtraction = done - m_controller->extractionsExpected();
    const int finished = done + noExtraction + m_controller->extractionsDone();
    const int storing = done < files ? int(kProgressSteps * m_controller->storingFraction()) : 0;
    m_progress->setValue(kProgressSteps * finished + storing);
    if (!m_controller->isRunning())
        return;
    if (done < files)
        m_statusLabel->setText(tr("Storing file %1 of %2…").arg(done + 1).arg(files));
    else
        m_statusLabel->setText(tr("Extracting text: %1 of %2 done…")
                                   .arg(m_controller->extractionsDone())
                                   .arg(m_controller->extractionsExpected()));
}

void ImportPanel::onFinished(const ImportSummary &summary)
{
    m_cancelButton->setEnabled(false);
    if (summary.cancelled)
        m_statusLabel->setText(tr("Import cancelled"));
    else if (summary.stoppedByError)
        m_statusLabel->setText(tr("Import stopped early"));
    else
        m_statusLabel->setText(tr("Import finished"));
    if (!summary.cancelled && !summary.stoppedByError)
        m_progress->setValue(m_progress->maximum());

    QStringList lines;
    lines << tr("%n file(s) imported, %1 duplicate(s), %2 could not be imported, %3 "
                "extraction(s) failed.",
                nullptr, summary.imported)
                 .arg(summary.duplicates)
                 .arg(summary.importFailures.size())
                 .arg(summary.extractionFailures.size());
    for (const auto &failure : summary.importFailures)
        lines << tr("Not imported: %1: %2").arg(QFileInfo(failure.path).fileName(), failure.reason);
    for (const auto &failure : summary.extractionFailures)
        lines << tr("Stored, but text not extracted: %1: %2")
                     .arg(QFileInfo(failure.path).fileName(), failure.reason);
    if (summary.cancelled)
        lines << tr("Files stored before the cancel keep their place in the library; their "
                    "text can be extracted later.");
    m_summaryLabel->setText(lines.join(QLatin1Char('\n')));
    m_summaryLabel->show();
}

void ImportPanel::onFailedToStart(const QString &message)
{
    if (m_controller->model()->rowCount() == 0) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
    }
    m_statusLabel->setText(tr("Nothing was imported"));
    m_summaryLabel->setText(message);
    m_summaryLabel->show();
    show();
    raise();
}

} // namespace amanat::ui
