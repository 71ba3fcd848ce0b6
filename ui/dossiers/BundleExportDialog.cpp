#include "BundleExportDialog.h"

#include "RedactionReviewDialog.h"
#include "bundle/RedactionReview.h"
#include "common/BidiText.h"
#include "common/PrivateFileDialog.h"
#include "library/Library.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>

namespace amanat::ui {

BundleExportDialog::BundleExportDialog(Library *library, qint64 dossierId, QWidget *parent)
    : QDialog(parent), m_library(library), m_dossierId(dossierId)
{
    setObjectName(QStringLiteral("bundleExportDialog"));
    setWindowTitle(tr("Export Court Bundle"));
    setWindowModality(Qt::ApplicationModal);

    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->addItem(tr("UK tribunal (A4)"), int(BundleOptions::Profile::Uk));
    m_profile->addItem(tr("US court (Letter)"), int(BundleOptions::Profile::Us));
    m_numbering = new QComboBox(this);
    m_numbering->setObjectName(QStringLiteral("numberingCombo"));
    m_numbering->addItem(tr("Continuous (BUNDLE-000001, …)"),
                         int(BundleOptions::Numbering::Continuous));
    m_numbering->addItem(tr("By section (A1, A2… B1, …)"), int(BundleOptions::Numbering::Section));
    m_numbering->setToolTip(tr("Family courts and some tribunals number each section's pages "
                               "on their own: A1, A2… in the first section, B1… in the next."));
    m_prefix = new QLineEdit(QStringLiteral("BUNDLE"), this);
    m_prefix->setObjectName(QStringLiteral("batesPrefixEdit"));
    m_start = new QSpinBox(this);
    m_start->setObjectName(QStringLiteral("batesStartSpin"));
    m_start->setRange(1, 99'999'999);
    m_maxSize = new QDoubleSpinBox(this);
    m_maxSize->setObjectName(QStringLiteral("maxSizeSpin"));
    m_maxSize->setRange(0.01, 100'000);
    m_maxSize->setDecimals(2);
    m_maxSize->setValue(25);
    m_maxSize->setSuffix(tr(" MB"));
    m_maxSize->setToolTip(tr("The bundle is split into numbered parts at exhibit boundaries "
                             "above this size (25 MB for US immigration e-filing, 50 MB for "
                             "the UK Upper Tribunal)."));
    m_overrideConsent = new QCheckBox(
        tr("File testimonies without recorded court consent (written to the custody log)"), this);
    m_overrideConsent->setObjectName(QStringLiteral("overrideConsentCheck"));

    m_acceptUnreviewed =
        new QCheckBox(tr("Export pages nobody reviewed (written to the custody log and printed "
                         "on the exhibit sheets)"),
                      this);
    m_acceptUnreviewed->setObjectName(QStringLiteral("acceptUnreviewedCheck"));
    m_acceptUnreviewed->setToolTip(
        tr("Without it, the export stops while pages of scans, photos or pages naming "
           "protected people await a person's look in the redaction review."));

    connect(m_numbering, &QComboBox::currentIndexChanged, this,
            &BundleExportDialog::updateNumberingFields);
    auto *layoutBox = new QGroupBox(tr("Bundle"), this);
    auto *layoutForm = new QFormLayout(layoutBox);
    layoutForm->addRow(tr("&Profile:"), m_profile);
    layoutForm->addRow(tr("Page &numbers:"), m_numbering);
    layoutForm->addRow(tr("Bates p&refix:"), m_prefix);
    layoutForm->addRow(tr("&First number:"), m_start);
    layoutForm->addRow(tr("&Split above:"), m_maxSize);
    layoutForm->addRow(m_overrideConsent);
    layoutForm->addRow(m_acceptUnreviewed);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("transportPasswordEdit"));
    m_passwordAgain = new QLineEdit(this);
    m_passwordAgain->setObjectName(QStringLiteral("transportPasswordAgainEdit"));
    for (QLineEdit *edit : {m_password, m_passwordAgain}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                  Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    }
    auto *transportBox = new QGroupBox(tr("Encrypted transport copy (optional)"), this);
    auto *transportForm = new QFormLayout(transportBox);
    auto *transportNote =
        new QLabel(tr("Also writes bundle-transport.pdf, encrypted with AES-256, for sending. The "
                      "filing copy is never encrypted."),
                   this);
    transportNote->setWordWrap(true);
    transportForm->addRow(transportNote);
    transportForm->addRow(tr("Pass&word:"), m_password);
    transportForm->addRow(tr("&Again:"), m_passwordAgain);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("outputFolderEdit"));
    m_folder->setPlaceholderText(tr("Type a folder, or choose one"));
    m_folder->setAccessibleName(tr("Folder for the bundle"));
    m_chooseFolder = new QPushButton(tr("C&hoose…"), this);
    m_chooseFolder->setObjectName(QStringLiteral("chooseFolderButton"));
    connect(m_chooseFolder, &QPushButton::clicked, this, &BundleExportDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseFolder);
    m_subfolder = new QLineEdit(
        QStringLiteral("bundle-%1")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm"))),
        this);
    m_subfolder->setObjectName(QStringLiteral("subfolderEdit"));
    m_subfolder->setToolTip(tr("A new folder made for the bundle. Avoid names of people: "
                               "folder names travel with the bundle."));
    auto *outputBox = new QGroupBox(tr("Output"), this);
    auto *outputForm = new QFormLayout(outputBox);
    auto *folderLabel = new QLabel(tr("&Into folder:"), this);
    folderLabel->setBuddy(m_chooseFolder); // a row that is a layout gets no buddy by itself
    outputForm->addRow(folderLabel, folderRow);
    outputForm->addRow(tr("&New folder name:"), m_subfolder);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 0); // the exporter reports steps, not fractions
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("exportStepLabel"));
    m_step->setTextFormat(Qt::PlainText);
    m_step->setWordWrap(true);
    m_step->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("exportMessageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_openReview = new QPushButton(tr("&Review Redactions…"), this);
    m_openReview->setObjectName(QStringLiteral("openReviewButton"));
    m_openReview->setAutoDefault(false);
    m_openReview->hide();
    connect(m_openReview, &QPushButton::clicked, this, &BundleExportDialog::openReview);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_openReview, 0, Qt::AlignTop);
    m_result = new QPlainTextEdit(this);
    m_result->setObjectName(QStringLiteral("exportResultText"));
    m_result->setReadOnly(true);
    m_result->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 9 + 12);
    m_result->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    m_cancel = m_buttons->addButton(tr("&Cancel Export"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("cancelExportButton"));
    m_cancel->hide();
    connect(m_export, &QPushButton::clicked, this, &BundleExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &BundleExportDialog::cancelExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BundleExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(layoutBox);
    layout->addWidget(transportBox);
    layout->addWidget(outputBox);
    layout->addWidget(m_progress);
    layout->addWidget(m_step);
    layout->addLayout(messageRow);
    layout->addWidget(m_result, 1);
    layout->addWidget(m_buttons);

    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this,
            [this] { showOutcome(m_watcher->result()); });
    resize(560, sizeHint().height());
}

BundleExportDialog::~BundleExportDialog()
{
    waitForExport(); // the worker uses the library and reports to this dialog
}

void BundleExportDialog::waitForExport()
{
    if (m_running)
        m_watcher->waitForFinished();
}

void BundleExportDialog::setOutputFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

void BundleExportDialog::chooseFolder()
{
    const QString folder = PrivateFileDialog::existingDirectory(
        this, tr("Folder for the Bundle"), QDir::fromNativeSeparators(m_folder->text()));
    if (!folder.isEmpty())
        setOutputFolder(folder);
}

bool BundleExportDialog::takePassword(std::optional<SecureBuffer> *out)
{
    QByteArray first = m_password->text().toUtf8();
    QByteArray second = m_passwordAgain->text().toUtf8();
    m_password->clear();
    m_passwordAgain->clear();
    const bool same = first == second;
    SecureBuffer buffer = SecureBuffer::takeFrom(first);
    wipeBytes(second);
    if (!same)
        return false;
    if (!buffer.isEmpty())
        *out = std::move(buffer);
    return true;
}

void BundleExportDialog::startExport()
{
    if (m_running || !m_library)
        return;
    if (m_busyCheck) {
        const QString reason = m_busyCheck();
        if (!reason.isEmpty()) {
            showMessage(reason, true);
            return;
        }
    }
    auto options = std::make_shared<BundleOptions>();
    options->profile = BundleOptions::Profile(m_profile->currentData().toInt());
    options->numbering = BundleOptions::Numbering(m_numbering->currentData().toInt());
    options->prefix = m_prefix->text().trimmed();
    if (auto checked = BundleExporter::checkPrefix(options->prefix); !checked.ok()) {
        showMessage(checked.error().message, true);
        m_prefix->setFocus();
        return;
    }
    options->start = m_start->value();
    options->maxPartBytes = qint64(m_maxSize->value() * 1'000'000);
    options->overrideConsent = m_overrideConsent->isChecked();
    options->acceptUnreviewed = m_acceptUnreviewed->isChecked();
    options->helperPath = m_helperPath;
    options->appVersion = QStringLiteral(AMANAT_VERSION);

    const QString folder = QDir::fromNativeSeparators(m_folder->text());
    const QString name = m_subfolder->text().trimmed();
    if (folder.trimmed().isEmpty()) {
        showMessage(tr("Choose the folder to put the bundle in."), true);
        m_folder->setFocus();
        return;
    }
    if (!QFileInfo(folder).isDir()) {
        showMessage(tr("There is no folder %1. Type an existing folder, or choose one.")
                        .arg(QDir::toNativeSeparators(folder)),
                    true);
        m_folder->setFocus();
        return;
    }
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name == QLatin1String(".") || name == QLatin1String("..")) {
        showMessage(tr("Give the new folder a name without slashes."), true);
        m_subfolder->setFocus();
        return;
    }
    const QString outDir = QDir(folder).filePath(name);
    if (QFileInfo::exists(outDir)) {
        showMessage(tr("%1 already exists: choose another folder name.").arg(name), true);
        m_subfolder->setFocus();
        return;
    }
    if (!takePassword(&options->transportPassword)) {
        showMessage(tr("The two transport passwords differ. Type them again."), true);
        m_password->setFocus();
        return;
    }

    m_report.reset();
    m_openReview->hide();
    m_result->clear();
    m_result->hide();
    showMessage(QString(), false);
    setRunning(true);
    Q_EMIT exportStarted();
    Library *library = m_library;
    const qint64 dossierId = m_dossierId;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    m_watcher->setFuture(QtConcurrent::run([this, library, dossierId, options, outDir, cancelled] {
        Outcome outcome;
        // Its own connection, on this worker: the window's is never shared. What the export
        // logs goes to the library's writer thread.
        auto view = library->openReadView(library->writer());
        if (!view.ok()) {
            outcome.error = view.error();
            return outcome;
        }
        BundleExporter exporter(**view, std::move(*options));
        exporter.cancelled = cancelled.get();
        // This dialog outlives the worker (its destructor waits), so `this` is safe here.
        exporter.progress = [this](const QString &step) {
            QMetaObject::invokeMethod(
                this, [this, step] { showProgress(step); }, Qt::QueuedConnection);
        };
        auto report = exporter.run(dossierId, outDir);
        if (report.ok())
            outcome.report = std::move(*report);
        else
            outcome.error = report.error();
        return outcome;
    }));
}

bool BundleExportDialog::pagesAwaitReview() const
{
    if (!m_library || m_running)
        return false;
    auto pages = RedactionReview::pages(*m_library, m_dossierId);
    return pages.ok() && std::any_of(pages->cbegin(), pages->cend(),
                                     [](const ReviewPage &page) { return !page.approved(); });
}

RedactionReviewDialog *BundleExportDialog::reviewDialog() const
{
    return m_review;
}

void BundleExportDialog::openReview()
{
    if (!m_library || m_running || m_review)
        return;
    auto *review = new RedactionReviewDialog(m_library, m_dossierId, this);
    review->setAttribute(Qt::WA_DeleteOnClose);
    review->setHelperPath(m_helperPath);
    connect(review, &QDialog::finished, this, [this] {
        m_openReview->setVisible(pagesAwaitReview());
        if (!m_openReview->isVisible())
            showMessage(tr("Every page has been reviewed. Export again."), false);
    });
    m_review = review;
    review->open();
}

void BundleExportDialog::updateNumberingFields()
{
    // A prefix and a first number belong to continuous numbering only.
    const bool continuous = BundleOptions::Numbering(m_numbering->currentData().toInt()) ==
                            BundleOptions::Numbering::Continuous;
    m_prefix->setEnabled(continuous && !m_running);
    m_start->setEnabled(continuous && !m_running);
}

void BundleExportDialog::setRunning(bool running)
{
    m_running = running;
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_profile, m_numbering, m_prefix, m_start, m_maxSize, m_password, m_passwordAgain,
             m_overrideConsent, m_acceptUnreviewed, m_chooseFolder, m_subfolder, m_export})
        widget->setEnabled(!running);
    updateNumberingFields();
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    m_step->setVisible(running);
    if (running)
        m_step->setText(tr("Preparing the bundle…"));
}

void BundleExportDialog::cancelExport()
{
    if (!m_running || !m_cancelled)
        return;
    m_cancelled->store(true);
    m_cancel->setEnabled(false);
    m_step->setText(tr("Cancelling: pages already being made are finished first…"));
}

void BundleExportDialog::showProgress(const QString &step)
{
    if (m_running && !(m_cancelled && m_cancelled->load()))
        m_step->setText(step);
}

void BundleExportDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_message->setPalette(palette);
}

void BundleExportDialog::showOutcome(const Outcome &outcome)
{
    setRunning(false);
    if (!outcome.report && outcome.error.code == ErrorCode::Cancelled) {
        showMessage(outcome.error.message, false);
        Q_EMIT exportFinished(false);
        return;
    }
    if (!outcome.report) {
        showMessage(tr("The bundle was not written. %1").arg(outcome.error.message), true);
        // Refused for pages awaiting review: offer the review, here, on top of this dialog.
        m_openReview->setVisible(!m_acceptUnreviewed->isChecked() && pagesAwaitReview());
        Q_EMIT exportFinished(false);
        return;
    }
    const BundleReport &r = *outcome.report;
    m_report = r;
    showMessage(tr("Bundle written: %n page(s), %1 to %2.", nullptr, r.pages)
                    .arg(r.firstBates, r.lastBates),
                false);
    QStringList lines;
    lines << tr("Folder: %1").arg(QDir::toNativeSeparators(r.folder));
    lines << tr("Filing copy: %1").arg(r.pdfFiles.join(QStringLiteral(", ")));
    if (!r.transportFiles.isEmpty())
        lines << tr("Transport copy: %1").arg(r.transportFiles.join(QStringLiteral(", ")));
    if (!r.nativeFiles.isEmpty())
        lines << tr("Native files: %1").arg(r.nativeFiles.join(QStringLiteral(", ")));
    lines << tr("Pages: %1").arg(r.pages);
    lines << tr("Bates range: %1 – %2").arg(r.firstBates, r.lastBates);
    lines << tr("Manifest SHA-256: %1").arg(leftToRight(r.manifestSha256));
    lines << tr("Signing key fingerprint: %1").arg(r.fingerprint);
    for (const QString &warning : r.warnings)
        lines << tr("Warning: %1").arg(warning);
    m_result->setPlainText(lines.join(QLatin1Char('\n')));
    m_result->show();
    m_subfolder->clear(); // the next export needs a new folder
    resize(width(), std::max(height(), sizeHint().height()));
    Q_EMIT exportFinished(true);
}

void BundleExportDialog::reject()
{
    if (m_running)
        return; // Cancel Export stops it; closing must not leave it running unseen
    QDialog::reject();
}

void BundleExportDialog::closeEvent(QCloseEvent *event)
{
    if (m_running) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace amanat::ui
