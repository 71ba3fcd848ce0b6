#pragma once

#include <QDialog>

class QAction;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace amanat {
class Library;
}

namespace amanat::ui {

class OcrLanguageList;

/** Preferences: auto-lock time, whether recent libraries are remembered, the theme (all in
 *  QSettings, nothing about any archive) and, when a library is open, its default OCR
 *  languages and the custodian its custody log names (stored inside that library). Saved
 *  when accepted. */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /** @p library: the open library, or nullptr (then OCR languages cannot be set). */
    explicit SettingsDialog(Library *library, QWidget *parent = nullptr);

    void accept() override;
    /** A "Contacts" row under This library whose button closes Settings and runs @p action
     *  (Library → Exchange Key and Contacts…). */
    void addContactsAction(QAction *action);

private:
    Library *m_library = nullptr;
    QSpinBox *m_autoLock = nullptr;
    QCheckBox *m_rememberRecent = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    OcrLanguageList *m_ocrLanguages = nullptr;
    QLabel *m_errorLabel = nullptr;
    QString m_loadedOcrLanguages;
    QLineEdit *m_custodian = nullptr;
    QString m_loadedCustodian;
    QFormLayout *m_libraryForm = nullptr;
};

} // namespace amanat::ui
