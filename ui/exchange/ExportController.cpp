#include "ExportController.h"

#include "common/BidiText.h"
#include "common/PrivateFileDialog.h"
#include "exchange/BagExporter.h"
#include "exchange/TimeStamps.h"
#include "exchange/UwaziExporter.h"
#include "library/Library.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QStandardPaths>

namespace amanat::ui {

struct ExportController::Job
{
    std::atomic_bool cancelled{false};
    QPointer<QProgressDialog> progress;
};

namespace {

/** Where a new file or folder is suggested: Documents, or home when there is none. */
QString suggested(const QString &name)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return (QFileInfo(documents).isDir() ? documents : QDir::homePath()) + QLatin1Char('/') +
           name.arg(QDate::currentDate().toString(Qt::ISODate));
}

} // namespace

ExportController::ExportController(QWidget *window) : QObject(window), m_window(window)
{
    m_bag = new QAction(tr("Export as &Bag…"), this);
    m_bag->setObjectName(QStringLiteral("exportBagAction"));
    m_bag->setStatusTip(tr("Write the selected items as a BagIt bag for an archive."));
    connect(m_bag, &QAction::triggered, this, [this] {
        const QVector<qint64> ids = chosenItems();
        if (ids.isEmpty())
            return;
        const QString folder = PrivateFileDialog::saveFile(
            m_window, tr("Export as Bag"), suggested(QStringLiteral("amanat-bag-%1")));
        if (!folder.isEmpty())
            exportBag(ids, folder);
    });
    m_uwazi = new QAction(tr("Export for &Uwazi…"), this);
    m_uwazi->setObjectName(QStringLiteral("exportUwaziAction"));
    m_uwazi->setStatusTip(tr("Write the selected items as the ZIP that Uwazi's CSV import reads."));
    connect(m_uwazi, &QAction::triggered, this, [this] {
        const QVector<qint64> ids = chosenItems();
        if (ids.isEmpty())
            return;
        QString zip = PrivateFileDialog::saveFile(m_window, tr("Export for Uwazi"),
                                                  suggested(QStringLiteral("amanat-uwazi-%1.zip")),
                                                  tr("ZIP archives (*.zip)"));
        if (zip.isEmpty())
            return;
        if (!zip.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
            zip += QStringLiteral(".zip");
        exportUwazi(ids, zip);
    });
    m_timeStamp = new QAction(tr("Request &Time Stamp…"), this);
    m_timeStamp->setObjectName(QStringLiteral("requestTimeStampAction"));
    m_timeStamp->setStatusTip(tr("Write a request that a time-stamping authority signs, to prove "
                                 "when the selected items were held as they are."));
    connect(m_timeStamp, &QAction::triggered, this, [this] {
        const QVector<qint64> ids = chosenItems();
        if (ids.isEmpty())
            return;
        QString tsq = PrivateFileDialog::saveFile(m_window, tr("Request Time Stamp"),
                                                  suggested(QStringLiteral("amanat-%1.tsq")),
                                                  tr("Time-stamp requests (*.tsq)"));
        if (tsq.isEmpty())
            return;
        if (!tsq.endsWith(QLatin1String(".tsq"), Qt::CaseInsensitive))
            tsq += QStringLiteral(".tsq");
        requestTimeStamp(ids, tsq);
    });
    m_importReply = new QAction(tr("Import Time-Stamp &Reply…"), this);
    m_importReply->setObjectName(QStringLiteral("importTimeStampReplyAction"));
    connect(m_importReply, &QAction::triggered, this, [this] {
        const QStringList chosen =
            PrivateFileDialog::openFiles(m_window, tr("Import Time-Stamp Reply"),
                                         tr("Time-stamp replies (*.tsr);;All files (*)"));
        if (!chosen.isEmpty())
            importReply(chosen.first());
    });
    setLibrary(nullptr);
}

ExportController::~ExportController()
{
    setLibrary(nullptr);
}

void ExportController::setLibrary(Library *library)
{
    if (m_running) {
        m_running->cancelled = true;
        m_running.reset();
    }
    m_dialogs.closeAll();
    m_library = library;
    for (QAction *action : {m_bag, m_uwazi, m_timeStamp, m_importReply})
        action->setEnabled(library != nullptr);
}

void ExportController::setSelectionSource(std::function<QVector<qint64>()> selection)
{
    m_selection = std::move(selection);
}

QList<QAction *> ExportController::selectionActions() const
{
    return {m_bag, m_uwazi, m_timeStamp};
}

QVector<qint64> ExportController::chosenItems()
{
    const QVector<qint64> ids = m_selection ? m_selection() : QVector<qint64>();
    if (ids.isEmpty())
        Q_EMIT message(tr("Select the items first."));
    return ids;
}

std::shared_ptr<ExportController::Job> ExportController::startJob(const QString &text,
                                                                  const char *objectName)
{
    auto job = std::make_shared<Job>();
    m_running = job;
    auto *progress = new QProgressDialog(text, tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(QString::fromLatin1(objectName));
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    job->progress = progress;
    connect(progress, &QProgressDialog::canceled, this, [job] { job->cancelled = true; });
    m_dialogs.show(progress);
    return job;
}

void ExportController::finish(const std::shared_ptr<Job> &job, const QString &title,
                              const QString &text, bool failed)
{
    if (m_running == job)
        m_running.reset();
    if (job->progress)
        job->progress->close();
    auto *box = new QMessageBox(failed ? QMessageBox::Warning : QMessageBox::Information, title,
                                text, QMessageBox::Ok, m_window);
    box->setObjectName(failed ? QStringLiteral("exportFailed") : QStringLiteral("exportDone"));
    box->setTextFormat(Qt::PlainText); // paths chosen by the user, messages with names
    m_dialogs.show(box);
}

void ExportController::exportBag(const QVector<qint64> &ids, const QString &folder)
{
    if (!m_library || m_running)
        return;
    auto job = startJob(tr("Writing the bag…"), "bagProgress");
    BagOptions options;
    options.software = QStringLiteral("Amanat ") + QStringLiteral(AMANAT_VERSION);
    options.selection = tr("%n selected item(s)", nullptr, int(ids.size()));
    options.cancelled = &job->cancelled;
    m_library
        ->write([ids, folder, options](Library &writer) {
            return BagExporter::write(writer, ids, folder, options);
        })
        .then(this, [this, job](const Result<BagReport> &report) {
            if (m_running != job)
                return;
            if (!report.ok()) {
                finish(job, tr("Not Exported"), report.error().message, true);
                return;
            }
            QString text = tr("%n item(s) written to the bag %1.", nullptr, report->items)
                               .arg(isolated(report->path));
            if (report->withRedactions > 0)
                text += QLatin1Char(' ') +
                        tr("%n of them have redactions: the bag holds their original files as "
                           "they are, not redacted.",
                           nullptr, report->withRedactions);
            finish(job, tr("Bag Written"), text, false);
        });
}

void ExportController::exportUwazi(const QVector<qint64> &ids, const QString &zip)
{
    if (!m_library || m_running)
        return;
    auto job = startJob(tr("Writing the ZIP for Uwazi…"), "uwaziProgress");
    m_library
        ->write([ids, zip, job](Library &writer) {
            return UwaziExporter::write(writer, ids, zip, &job->cancelled);
        })
        .then(this, [this, job](const Result<UwaziReport> &report) {
            if (m_running != job)
                return;
            if (!report.ok()) {
                finish(job, tr("Not Exported"), report.error().message, true);
                return;
            }
            QString text =
                tr("%n item(s) written to %1 for Uwazi's CSV import.", nullptr, report->items)
                    .arg(isolated(report->path));
            if (report->withRedactions > 0)
                text += QLatin1Char(' ') +
                        tr("%n of them have redactions: the ZIP holds their original files as "
                           "they are, not redacted.",
                           nullptr, report->withRedactions);
            finish(job, tr("ZIP Written"), text, false);
        });
}

void ExportController::requestTimeStamp(const QVector<qint64> &ids, const QString &tsq)
{
    if (!m_library || m_running)
        return;
    auto job = startJob(tr("Writing the time-stamp request…"), "timeStampProgress");
    m_library
        ->write(
            [ids, tsq](Library &writer) { return TimeStamps::requestForItems(writer, ids, tsq); })
        .then(this, [this, job](const Result<TimeStamps::Requested> &requested) {
            if (m_running != job)
                return;
            if (!requested.ok()) {
                finish(job, tr("No Request Written"), requested.error().message, true);
                return;
            }
            finish(job, tr("Time-Stamp Request Written"),
                   tr("The request is in %1. Take it to a time-stamping authority when you are "
                      "online, then bring the reply back with File → Import Time-Stamp Reply….")
                       .arg(isolated(requested->path)),
                   false);
        });
}

void ExportController::importReply(const QString &tsr)
{
    if (!m_library || m_running)
        return;
    QFile file(tsr);
    if (file.size() > 1 << 20 || !file.open(QIODevice::ReadOnly)) {
        auto job = std::make_shared<Job>();
        finish(job, tr("Reply Not Imported"), tr("%1 cannot be read.").arg(isolated(tsr)), true);
        return;
    }
    const QByteArray reply = file.readAll();
    auto job = startJob(tr("Checking the reply…"), "timeStampReplyProgress");
    m_library->write([reply](Library &writer) { return TimeStamps::importReply(writer, reply); })
        .then(this, [this, job](const Result<TimeStamps::Stamped> &stamped) {
            if (m_running != job)
                return;
            if (!stamped.ok()) {
                finish(job, tr("Reply Not Imported"), stamped.error().message, true);
                return;
            }
            const QString when =
                QLocale().toString(stamped->time.toLocalTime(), QLocale::LongFormat);
            QString text = stamped->already ? tr("This reply was already stored; nothing changed.")
                                            : tr("Time stamp stored in the custody log: %1, by %2.")
                                                  .arg(when, isolated(stamped->authority));
            if (!stamped->trusted)
                text += QLatin1Char(' ') +
                        tr("The reply is intact and answers this library's request; who the "
                           "authority is was not checked against its certificate (amanat-cli "
                           "timestamp-import --tsa-ca does that).");
            finish(job, tr("Time Stamp Imported"), text, false);
        });
}

} // namespace amanat::ui
