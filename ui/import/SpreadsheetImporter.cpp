#include "SpreadsheetImporter.h"

#include "ReextractRunner.h"
#include "common/PrivateFileDialog.h"
#include "exchange/SpreadsheetImport.h"
#include "library/Library.h"

#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace amanat::ui {

struct SpreadsheetImporter::Run
{
    QString fileName;
    std::atomic_bool cancelled{false};
    QPointer<QProgressDialog> progress;
};

SpreadsheetImporter::SpreadsheetImporter(QWidget *window)
    : QObject(window), m_window(window), m_reader(new ReextractRunner(this))
{
    connect(m_reader, &ReextractRunner::finished, this, &SpreadsheetImporter::itemsChanged);
}

SpreadsheetImporter::~SpreadsheetImporter()
{
    setLibrary(nullptr);
}

void SpreadsheetImporter::setLibrary(Library *library)
{
    if (m_running) {
        m_running->cancelled = true; // a queued or running job stops with nothing written
        m_running.reset();
    }
    m_dialogs.closeAll();
    m_reader->setLibrary(library);
    m_library = library;
}

void SpreadsheetImporter::chooseAndImport()
{
    const QStringList chosen = PrivateFileDialog::openFiles(
        m_window, tr("Import Spreadsheet"), tr("Spreadsheets saved as CSV (*.csv);;All files (*)"));
    if (!chosen.isEmpty())
        importFile(chosen.first());
}

void SpreadsheetImporter::importFile(const QString &csvPath)
{
    if (!m_library || m_running)
        return;
    auto run = std::make_shared<Run>();
    run->fileName = QFileInfo(csvPath).fileName();
    m_running = run;
    // Reading the sheet and looking at every file it names may take a while: off the
    // window's thread. It touches no library.
    QtConcurrent::run([csvPath] {
        return SpreadsheetImport::read(csvPath);
    }).then(this, [this, run](const Result<SpreadsheetPlan> &plan) {
        if (m_running != run)
            return;
        if (!plan.ok()) {
            showMessage(QStringLiteral("spreadsheetProblems"), tr("Spreadsheet Not Imported"),
                        plan.error().message);
            end(run, 0);
        } else if (!plan->problems.isEmpty()) {
            showMessage(QStringLiteral("spreadsheetProblems"), tr("Spreadsheet Not Imported"),
                        SpreadsheetImport::describeProblems(*plan, 10),
                        SpreadsheetImport::describeProblems(*plan, int(plan->problems.size())));
            end(run, 0);
        } else {
            confirm(run, *plan);
        }
    });
}

void SpreadsheetImporter::confirm(const std::shared_ptr<Run> &run, const SpreadsheetPlan &plan)
{
    const int items = plan.itemCount();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Import Spreadsheet"),
                                tr("Import %n item(s) from %1?", nullptr, items).arg(run->fileName),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("spreadsheetQuestion"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
        tr("Each of the %n row(s) was checked. Files already in the library are left as they "
           "are.",
           nullptr, int(plan.rows.size())));
    QPushButton *import = box->addButton(tr("Import"), QMessageBox::AcceptRole);
    import->setObjectName(QStringLiteral("importSpreadsheetButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(import);
    connect(box, &QMessageBox::finished, this, [this, run, box, import, plan] {
        if (m_running != run)
            return;
        if (box->clickedButton() == import)
            apply(run, plan);
        else
            end(run, 0);
    });
    m_dialogs.show(box);
}

void SpreadsheetImporter::apply(const std::shared_ptr<Run> &run, const SpreadsheetPlan &plan)
{
    auto *progress =
        new QProgressDialog(tr("Importing %1…").arg(run->fileName), tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("spreadsheetProgress"));
    progress->setWindowTitle(tr("Import Spreadsheet"));
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    run->progress = progress;
    connect(progress, &QProgressDialog::canceled, this, [run] { run->cancelled = true; });
    m_dialogs.show(progress);

    QPointer<QProgressDialog> bar = progress;
    m_library
        ->write([plan, run, bar](Library &library) {
            return SpreadsheetImport::apply(library, plan, &run->cancelled,
                                            [bar](int done, int total) {
                                                QMetaObject::invokeMethod(bar, [bar, done, total] {
                                                    if (!bar)
                                                        return;
                                                    bar->setMaximum(total);
                                                    bar->setValue(done);
                                                });
                                            });
        })
        .then(this, [this, run](const Result<QVector<SpreadsheetOutcome>> &outcomes) {
            if (m_running != run)
                return;
            if (run->progress)
                run->progress->close();
            if (!outcomes.ok()) {
                showMessage(QStringLiteral("spreadsheetProblems"), tr("Spreadsheet Not Imported"),
                            outcomes.error().code == ErrorCode::Cancelled
                                ? tr("The import was cancelled. Nothing was written.")
                                : tr("Nothing was written. %1").arg(outcomes.error().message));
                end(run, 0);
                return;
            }
            QVector<qint64> toRead;
            int made = 0;
            int duplicates = 0;
            for (const SpreadsheetOutcome &outcome : *outcomes) {
                if (outcome.duplicate) {
                    ++duplicates;
                    continue;
                }
                ++made;
                if (!outcome.path.isEmpty())
                    toRead << outcome.itemId;
            }
            Q_EMIT itemsChanged();
            QString text = tr("%n item(s) imported from %1.", nullptr, made).arg(run->fileName);
            if (duplicates > 0)
                text += QLatin1Char(' ') +
                        tr("%n file(s) were already in the library and were left as they are.",
                           nullptr, duplicates);
            if (!toRead.isEmpty() && m_reader->start(toRead, QString()))
                text += QLatin1Char(' ') + tr("Their text is being read now.");
            showMessage(QStringLiteral("spreadsheetImported"), tr("Spreadsheet Imported"), text);
            end(run, made);
        });
}

void SpreadsheetImporter::end(const std::shared_ptr<Run> &run, int items)
{
    if (m_running == run)
        m_running.reset();
    Q_EMIT finished(items);
}

void SpreadsheetImporter::showMessage(const QString &objectName, const QString &title,
                                      const QString &text, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(objectName);
    box->setTextFormat(Qt::PlainText); // file names and cell values
    if (objectName == QLatin1String("spreadsheetProblems"))
        box->setIcon(QMessageBox::Warning);
    if (!details.isEmpty() && details != text)
        box->setDetailedText(details);
    m_dialogs.show(box);
}

} // namespace amanat::ui
