#include "SettingsDialog.h"

#include "app/InterfaceLanguage.h"
#include "app/ShellSettings.h"
#include "app/ThemeManager.h"
#include "common/LibraryWrites.h"
#include "library/Library.h"
#include "settings/OcrLanguageList.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace amanat::ui {

SettingsDialog::SettingsDialog(Library *library, QWidget *parent)
    : QDialog(parent), m_library(library)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_autoLock = new QSpinBox(this);
    m_autoLock->setObjectName(QStringLiteral("autoLockSpin"));
    m_autoLock->setRange(0, 240);
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setValue(ShellSettings::autoLockMinutes());

    m_rememberRecent = new QCheckBox(tr("Remember recently opened libraries"), this);
    m_rememberRecent->setObjectName(QStringLiteral("rememberRecentCheck"));
    m_rememberRecent->setChecked(ShellSettings::rememberRecent());
    auto *recentNote = new QLabel(
        tr("Only the folders are remembered, on this computer. Switching this off forgets "
           "them at once."),
        this);
    recentNote->setWordWrap(true);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Follow the system"), int(ShellSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(ShellSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(ShellSettings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(ShellSettings::theme())));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Follow the system"), QString());
    for (const QString &code : InterfaceLanguage::codes())
        m_language->addItem(InterfaceLanguage::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(ShellSettings::interfaceLanguage())));
    auto *languageNote = new QLabel(tr("A new language applies when Amanat starts again."), this);
    languageNote->setWordWrap(true);

    auto *appBox = new QGroupBox(tr("This computer"), this);
    auto *appForm = new QFormLayout(appBox);
    appForm->addRow(tr("&Lock after idle:"), m_autoLock);
    appForm->addRow(QString(), m_rememberRecent);
    appForm->addRow(QString(), recentNote);
    appForm->addRow(tr("&Theme:"), m_theme);
    appForm->addRow(tr("Lan&guage:"), m_language);
    appForm->addRow(QString(), languageNote);

    m_ocrLanguages = new OcrLanguageList(this);
    m_ocrLanguages->setMaximumHeight(m_ocrLanguages->fontMetrics().height() * 7);
    auto *ocrNote = new QLabel(this);
    ocrNote->setWordWrap(true);
    if (m_library) {
        auto current = m_library->extractions().defaultOcrLanguages();
        if (current.ok())
            m_loadedOcrLanguages = *current;
        m_ocrLanguages->setSelection(m_loadedOcrLanguages);
        ocrNote->setText(tr("The languages of the scans and photos you import from now on. "
                            "Each page is read in those of them written in its script. "
                            "Items already imported keep their text until you read them "
                            "again (Item → Read Text Again)."));
    } else {
        m_ocrLanguages->setEnabled(false);
        ocrNote->setText(tr("Unlock a library to change its OCR languages."));
    }
    // Who the custody log (and every bundle's manifest) names as acting: a person, not the
    // computer's account. Kept inside the library, never in this computer's settings.
    m_custodian = new QLineEdit(this);
    m_custodian->setObjectName(QStringLiteral("custodianEdit"));
    m_custodian->setPlaceholderText(tr("Your name, as a court should read it"));
    m_custodian->setMaxLength(200);
    if (m_library) {
        auto current = m_library->custody().custodianName();
        if (current.ok())
            m_loadedCustodian = *current;
        m_custodian->setText(m_loadedCustodian);
    } else {
        m_custodian->setEnabled(false);
    }
    auto *custodianNote =
        new QLabel(tr("Recorded as who acted in the library's chain of custody."), this);
    custodianNote->setWordWrap(true);
    auto *libraryBox = new QGroupBox(tr("This library"), this);
    m_libraryForm = new QFormLayout(libraryBox);
    m_libraryForm->addRow(tr("&OCR languages:"), m_ocrLanguages);
    m_libraryForm->addRow(QString(), ocrNote);
    m_libraryForm->addRow(tr("&Custodian:"), m_custodian);
    m_libraryForm->addRow(QString(), custodianNote);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("settingsErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(appBox);
    layout->addWidget(libraryBox);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    // Wide enough that the notes wrap to a few lines, and never shorter than they need.
    for (QGroupBox *box : {appBox, libraryBox})
        box->setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
}

void SettingsDialog::accept()
{
    const QString languages = m_ocrLanguages->selection();
    if (m_library && languages != m_loadedOcrLanguages) {
        Status status =
            languages.isEmpty()
                ? Status(makeError(ErrorCode::InvalidInput, tr("Tick at least one OCR language.")))
                : ExtractionStore::checkOcrLanguages(languages);
        if (status.ok())
            status = writeNow(*m_library, [languages](Library &writer) {
                return writer.extractions().setDefaultOcrLanguages(languages);
            });
        if (!status.ok()) {
            m_errorLabel->setText(status.error().message);
            m_errorLabel->show();
            m_ocrLanguages->setFocus();
            return;
        }
    }
    const QString custodian = m_custodian->text().trimmed();
    if (m_library && custodian != m_loadedCustodian) {
        const Status status = writeNow(*m_library, [custodian](Library &writer) {
            return writer.atomically([&custodian](Library &library) {
                return library.custody().setCustodianName(custodian, library.program());
            });
        });
        if (!status.ok()) {
            m_errorLabel->setText(status.error().message);
            m_errorLabel->show();
            m_custodian->setFocus();
            return;
        }
        m_loadedCustodian = custodian;
    }
    ShellSettings::setAutoLockMinutes(m_autoLock->value());
    ShellSettings::setRememberRecent(m_rememberRecent->isChecked());
    const auto theme = ShellSettings::Theme(m_theme->currentData().toInt());
    if (theme != ShellSettings::theme()) {
        ShellSettings::setTheme(theme);
        ThemeManager::apply(theme);
    }
    ShellSettings::setInterfaceLanguage(m_language->currentData().toString());
    QDialog::accept();
}

void SettingsDialog::addContactsAction(QAction *action)
{
    auto *button = new QPushButton(tr("Exchange Key and Contacts…"), this);
    button->setObjectName(QStringLiteral("contactsButton"));
    button->setEnabled(m_library != nullptr && action->isEnabled());
    // Settings is modal: it closes first, then the contacts open beside the library.
    connect(button, &QPushButton::clicked, this, [this, action] {
        reject();
        QTimer::singleShot(0, action, &QAction::trigger);
    });
    auto *note = new QLabel(tr("The libraries that have sent packages here, this library's "
                               "exchange key, and the inbox folder."),
                            this);
    note->setWordWrap(true);
    m_libraryForm->addRow(tr("Contacts:"), button);
    m_libraryForm->addRow(QString(), note);
}

} // namespace amanat::ui
