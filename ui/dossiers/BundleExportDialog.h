#pragma once

#include "bundle/BundleExporter.h"

#include <QDialog>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
template <typename T> class QFutureWatcher;

namespace amanat {
class Library;
}

namespace amanat::ui {

class RedactionReviewDialog;

/** Exports a dossier as a court bundle: profile, Bates prefix and first number, part size,
 *  an optional transport password, the consent override, whether to export pages nobody
 *  reviewed (logged and printed on the sheets), and an output folder (chosen with
 *  PrivateFileDialog) plus the name of a new sub-folder. When an export is refused because
 *  pages await redaction review, the dialog offers to open the review on top of itself.
 *
 *  BundleExporter::run() blocks, so it runs on a worker thread. It reads through the
 *  library's own connection and appends custody events at the end, so nothing else may use
 *  that connection meanwhile: the dialog is application-modal while it runs (the main
 *  window and the dossier editor take no input), it refuses to start while busyReason()
 *  says another writer is at work (e.g. an import), and it cannot be closed until the
 *  export ends. Progress sentences are marshalled to the GUI thread. The result (files,
 *  pages, Bates range, manifest SHA-256, key fingerprint) or the error is shown in the
 *  dialog. */
class BundleExportDialog : public QDialog
{
    Q_OBJECT

public:
    BundleExportDialog(Library *library, qint64 dossierId, QWidget *parent = nullptr);
    ~BundleExportDialog() override;

    /** Returns a sentence when an export must not start now (empty: it may). */
    void setBusyCheck(std::function<QString()> check) { m_busyCheck = std::move(check); }
    /** The folder the bundle's sub-folder goes into (tests set it; users pick it). */
    void setOutputFolder(const QString &folder);
    /** The amanat-extract helper for rasterising (empty: the default). */
    void setHelperPath(const QString &path) { m_helperPath = path; }

    bool isRunning() const { return m_running; }
    /** The last export's report, when it succeeded. */
    const std::optional<BundleReport> &report() const { return m_report; }
    /** Waits for a running export (on shutdown). */
    void waitForExport();
    /** The redaction review opened from this dialog while it is open, else nullptr. */
    RedactionReviewDialog *reviewDialog() const;

Q_SIGNALS:
    void exportStarted();
    /** The export ended, with a report or with an error. */
    void exportFinished(bool ok);

public Q_SLOTS:
    void startExport();
    /** Asks the running export to stop; it ends with nothing written and nothing logged. */
    void cancelExport();
    /** Opens the redaction review of the dossier over this dialog. */
    void openReview();
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Outcome
    {
        std::optional<BundleReport> report;
        Error error;
    };
    void chooseFolder();
    void updateNumberingFields();
    void setRunning(bool running);
    void showOutcome(const Outcome &outcome);
    void showProgress(const QString &step);
    void showMessage(const QString &text, bool error);
    /** Whether pages of the dossier await review (read on the GUI thread, when idle). */
    bool pagesAwaitReview() const;
    /** Reads the password fields into locked memory and clears them; false if they differ. */
    bool takePassword(std::optional<SecureBuffer> *out);

    Library *m_library;
    qint64 m_dossierId;
    std::function<QString()> m_busyCheck;
    QString m_helperPath;
    bool m_running = false;
    std::optional<BundleReport> m_report;
    QFutureWatcher<Outcome> *m_watcher = nullptr;

    QComboBox *m_profile = nullptr;
    QComboBox *m_numbering = nullptr;
    QLineEdit *m_prefix = nullptr;
    QSpinBox *m_start = nullptr;
    QDoubleSpinBox *m_maxSize = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_passwordAgain = nullptr;
    QCheckBox *m_overrideConsent = nullptr;
    QCheckBox *m_acceptUnreviewed = nullptr;
    QPushButton *m_openReview = nullptr;
    QPointer<RedactionReviewDialog> m_review;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_chooseFolder = nullptr;
    QLineEdit *m_subfolder = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_step = nullptr;
    QLabel *m_message = nullptr;
    QPlainTextEdit *m_result = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled; ///< the running export's stop flag
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace amanat::ui
