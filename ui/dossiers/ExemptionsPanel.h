#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace amanat {
class Library;
}

namespace amanat::ui {

/** "Not redacted in this dossier": the protected people the user chose to leave readable in
 *  one dossier's bundles (e.g. the appellant in their own appeal), each with the reason,
 *  which is mandatory. Adds and removes exemptions through PersonRepository::exempt and
 *  unexempt (logged with the reason; the bundle prints it). People are named by their
 *  code, never by a name. */
class ExemptionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ExemptionsPanel(QWidget *parent = nullptr);

    /** Shows the exemptions of @p dossierId in @p library (not owned); 0 disables the panel. */
    void setDossier(Library *library, qint64 dossierId);
    int count() const;

public Q_SLOTS:
    void reload();
    /** Exempts the person chosen in the list with the reason typed; false when refused. */
    bool exemptChosen();
    void removeSelected();

Q_SIGNALS:
    /** An exemption was added or removed: the dossier's redaction rules changed. */
    void exemptionsChanged();

private:
    void showError(const QString &message);
    void updateButtons();

    Library *m_library = nullptr;
    qint64 m_dossierId = 0;
    QListWidget *m_list = nullptr;
    QComboBox *m_person = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_exempt = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace amanat::ui
