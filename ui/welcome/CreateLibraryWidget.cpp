#include "CreateLibraryWidget.h"

#include "PassphraseFields.h"
#include "RecoveryKeyPage.h"
#include "app/ShellSettings.h"
#include "common/PrivateFileDialog.h"
#include "helper/OcrLanguages.h"
#include "library/Library.h"
#include "settings/OcrLanguageList.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace amanat::ui {

namespace {

const QString kSuffix = QStringLiteral(".amanat");

/** The OCR languages a new library starts with: English and the language of the interface,
 *  when its model is installed. */
QString suggestedOcrLanguages()
{
    static const QHash<QLocale::Language, QString> models{
        {QLocale::Chinese, QStringLiteral("chi_sim")}, {QLocale::Arabic, QStringLiteral("ara")},
        {QLocale::Uyghur, QStringLiteral("uig")},      {QLocale::French, QStringLiteral("fra")},
        {QLocale::Spanish, QStringLiteral("spa")},     {QLocale::Russian, QStringLiteral("rus")},
        {QLocale::Turkish, QStringLiteral("tur")},     {QLocale::Persian, QStringLiteral("fas")}};
    const QString own = models.value(QLocale().language());
    if (!own.isEmpty() && OcrLanguages::installed().contains(own))
        return own + QStringLiteral("+eng");
    return QStringLiteral("eng");
}

/** Where a new library goes unless the user chooses: Documents, or the home folder when
 *  there is no Documents folder (never a folder that does not exist). */
QString suggestedFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

} // namespace

CreateLibraryWidget::CreateLibraryWidget(const QString &program, QWidget *parent)
    : QWidget(parent), m_program(program)
{
    setObjectName(QStringLiteral("createLibraryWidget"));

    // Page 1: the form.
    auto *form = new QWidget(this);
    form->setObjectName(QStringLiteral("createFormPage"));
    auto *heading = new QLabel(tr("Create a new library"), form);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    heading->setFont(headingFont);

    m_nameEdit = new QLineEdit(form);
    m_nameEdit->setObjectName(QStringLiteral("libraryNameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. Casework"));
    m_folderEdit = new QLineEdit(form);
    m_folderEdit->setObjectName(QStringLiteral("parentFolderEdit"));
    m_chooseButton = new QPushButton(tr("Choose…"), form);
    m_chooseButton->setObjectName(QStringLiteral("chooseParentFolderButton"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(m_chooseButton);

    auto *fields = new QFormLayout;
    fields->addRow(tr("&Name:"), m_nameEdit);
    fields->addRow(tr("In &folder:"), folderRow);
    if (auto *label = qobject_cast<QLabel *>(fields->labelForField(folderRow)))
        label->setBuddy(m_folderEdit);

    auto *passphraseIntro = new QLabel(
        tr("The passphrase unlocks the library. A sentence of several words that only you "
           "would think of is strong and easy to remember. There is no way to reset it "
           "without the recovery key."),
        form);
    passphraseIntro->setWordWrap(true);
    m_passphrase = new PassphraseFields(form);

    auto *ocrIntro = new QLabel(tr("Languages of the scans and photos you will import (pages "
                                   "are read in these; you can change them later in "
                                   "Settings):"),
                                form);
    ocrIntro->setWordWrap(true);
    m_ocrLanguages = new OcrLanguageList(form);
    m_ocrLanguages->setMaximumHeight(m_ocrLanguages->fontMetrics().height() * 6);

    m_errorLabel = new QLabel(form);
    m_errorLabel->setObjectName(QStringLiteral("createErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    m_errorLabel->setPalette(errorPalette);
    // Its line is kept while hidden: a message appearing does not move what is below it.
    QSizePolicy keepSpace = m_errorLabel->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_errorLabel->setSizePolicy(keepSpace);
    m_errorLabel->hide();

    m_busyIndicator = new QProgressBar(form);
    m_busyIndicator->setObjectName(QStringLiteral("createBusyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->hide();
    m_busyLabel = new QLabel(tr("Creating the library and deriving its keys…"), form);
    m_busyLabel->hide();

    m_backButton = new QPushButton(tr("&Back"), form);
    m_backButton->setObjectName(QStringLiteral("createBackButton"));
    m_createButton = new QPushButton(tr("&Create library"), form);
    m_createButton->setObjectName(QStringLiteral("createLibraryButton"));
    m_createButton->setDefault(true);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_backButton);
    buttonRow->addStretch();
    buttonRow->addWidget(m_busyLabel);
    buttonRow->addWidget(m_busyIndicator, 1);
    buttonRow->addWidget(m_createButton);

    auto *formLayout = new QVBoxLayout(form);
    formLayout->addWidget(heading);
    formLayout->addSpacing(8);
    formLayout->addLayout(fields);
    formLayout->addSpacing(8);
    formLayout->addWidget(passphraseIntro);
    formLayout->addWidget(m_passphrase);
    formLayout->addSpacing(8);
    formLayout->addWidget(ocrIntro);
    formLayout->addWidget(m_ocrLanguages);
    formLayout->addWidget(m_errorLabel);
    formLayout->addSpacing(12);
    formLayout->addLayout(buttonRow);

    // Page 2: the recovery key.
    m_keyPage = new RecoveryKeyPage(this);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("createPages"));
    m_pages->addWidget(form);
    m_pages->addWidget(m_keyPage);
    m_pages->setMaximumWidth(640);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(m_pages, 4);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);

    m_watcher = new QFutureWatcher<CreateResult>(this);
    connect(m_watcher, &QFutureWatcher<CreateResult>::finished, this,
            &CreateLibraryWidget::finishCreate);
    connect(m_chooseButton, &QPushButton::clicked, this, &CreateLibraryWidget::chooseFolder);
    connect(m_createButton, &QPushButton::clicked, this, &CreateLibraryWidget::create);
    connect(m_passphrase, &PassphraseFields::submitted, this, &CreateLibraryWidget::create);
    connect(m_backButton, &QPushButton::clicked, this, &CreateLibraryWidget::cancelled);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &CreateLibraryWidget::updateCreateButton);
    connect(m_folderEdit, &QLineEdit::textChanged, this, &CreateLibraryWidget::updateCreateButton);
    // A message about the name or folder goes as soon as what it named is fixed.
    for (QLineEdit *edit : {m_nameEdit, m_folderEdit})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (m_errorLabel->isVisible() && validate().isEmpty())
                m_errorLabel->hide();
        });
    connect(m_ocrLanguages, &OcrLanguageList::selectionChanged, this,
            &CreateLibraryWidget::updateCreateButton);
    // Enter creates the library, as the default button would in a dialog; with something
    // still missing it goes on to the next field instead.
    for (QLineEdit *edit : {m_nameEdit, m_folderEdit})
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (m_createButton->isEnabled())
                create();
            else
                focusNextChild();
        });
    connect(m_passphrase, &PassphraseFields::changed, this,
            &CreateLibraryWidget::updateCreateButton);
    connect(m_keyPage, &RecoveryKeyPage::confirmed, this, &CreateLibraryWidget::finished);
    reset();
}

// A creation still running finishes on its own; its library closes with the future.
CreateLibraryWidget::~CreateLibraryWidget() = default;

void CreateLibraryWidget::reset()
{
    m_keyPage->clearKey();
    m_pages->setCurrentIndex(0);
    m_nameEdit->clear();
    m_passphrase->clear();
    m_errorLabel->hide();
    m_folderEdit->setText(QDir::toNativeSeparators(suggestedFolder()));
    m_ocrLanguages->setSelection(suggestedOcrLanguages());
    m_nameEdit->setFocus();
    updateCreateButton();
}

std::unique_ptr<Library> CreateLibraryWidget::takeLibrary()
{
    return std::move(m_library);
}

QString CreateLibraryWidget::targetPath() const
{
    QString name = m_nameEdit->text().trimmed();
    if (name.isEmpty())
        return QString();
    if (!name.endsWith(kSuffix, Qt::CaseInsensitive))
        name += kSuffix;
    return QDir(QDir::fromNativeSeparators(m_folderEdit->text().trimmed())).filePath(name);
}

QString CreateLibraryWidget::validate() const
{
    const QString name = m_nameEdit->text().trimmed();
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.startsWith(QLatin1Char('.')))
        return tr("The name cannot contain slashes or start with a dot.");
    const QFileInfo parent(QDir::fromNativeSeparators(m_folderEdit->text().trimmed()));
    if (!parent.isDir())
        return tr("The folder %1 does not exist. Choose an existing folder.")
            .arg(QDir::toNativeSeparators(parent.filePath()));
    if (!parent.isWritable())
        return tr("Amanat cannot write in %1. Choose another folder.")
            .arg(QDir::toNativeSeparators(parent.filePath()));
    const QFileInfo target(targetPath());
    if (target.exists() && !(target.isDir() && QDir(target.filePath()).isEmpty()))
        return tr("%1 already exists. Choose another name.").arg(target.fileName());
    return QString();
}

void CreateLibraryWidget::chooseFolder()
{
    const QString path =
        PrivateFileDialog::existingDirectory(this, tr("Choose where to create the library"),
                                             QDir::fromNativeSeparators(m_folderEdit->text()));
    if (!path.isEmpty())
        m_folderEdit->setText(QDir::toNativeSeparators(path));
}

void CreateLibraryWidget::create()
{
    if (m_busy || !m_createButton->isEnabled())
        return;
    const QString problem = validate();
    if (!problem.isEmpty()) {
        m_errorLabel->setText(problem);
        m_errorLabel->show();
        return;
    }
    m_errorLabel->hide();
    const QString path = targetPath();
    auto passphrase = std::make_shared<SecureBuffer>(m_passphrase->takePassphrase());
    const QString program = m_program;
    const QString ocrLanguages = m_ocrLanguages->selection();
    setBusy(true);
    m_watcher->setFuture(
        QtConcurrent::run([path, passphrase, program, ocrLanguages]() -> CreateResult {
            CreateResult created = Library::create(path, *passphrase, program);
            // Ticked from the installed languages, so it holds; if writing it failed, the
            // library would read English until the languages are set in Settings.
            if (created.ok() && ocrLanguages != QLatin1String("eng"))
                (void)created->library->extractions().setDefaultOcrLanguages(ocrLanguages);
            return created;
        }));
}

void CreateLibraryWidget::finishCreate()
{
    CreateResult result = m_watcher->future().takeResult();
    setBusy(false);
    if (!result.ok()) {
        m_errorLabel->setText(result.error().message);
        m_errorLabel->show();
        m_passphrase->firstField()->setFocus();
        return;
    }
    m_library = std::move(result->library);
    ShellSettings::addRecentLibrary(m_library->path());
    m_keyPage->setKey(QDir(m_library->path()).dirName(), std::move(result->recoveryKey));
    m_pages->setCurrentWidget(m_keyPage);
}

void CreateLibraryWidget::setBusy(bool busy)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_nameEdit->setEnabled(!busy);
    m_folderEdit->setEnabled(!busy);
    m_chooseButton->setEnabled(!busy);
    m_passphrase->setFieldsEnabled(!busy);
    m_ocrLanguages->setEnabled(!busy);
    m_backButton->setEnabled(!busy);
    updateCreateButton();
}

void CreateLibraryWidget::updateCreateButton()
{
    m_createButton->setEnabled(!m_busy && !m_nameEdit->text().trimmed().isEmpty() &&
                               !m_folderEdit->text().trimmed().isEmpty() &&
                               !m_ocrLanguages->selection().isEmpty() &&
                               m_passphrase->isAcceptable());
}

} // namespace amanat::ui
