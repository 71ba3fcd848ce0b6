#pragma once

#include "repository/DossierRepository.h"

#include <QWidget>

class QDateEdit;
class QLineEdit;
class QPushButton;

namespace amanat::ui {

/** The case details of a dossier as printed on a bundle's cover: name, court, case number,
 *  parties, counsel and hearing date (which may be "none"). It only edits a Dossier value;
 *  saveRequested() is emitted when a field loses focus after a change, on Return and on
 *  the Save button, and the owner saves through the repository. */
class CaseDetailsForm : public QWidget
{
    Q_OBJECT

public:
    explicit CaseDetailsForm(QWidget *parent = nullptr);

    void setDossier(const Dossier &dossier);
    /** The dossier as edited (id and times as given to setDossier()). */
    Dossier dossier() const;
    /** True when a field differs from what setDossier() gave. */
    bool isModified() const;

Q_SIGNALS:
    void saveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void clearHearingDate();

    Dossier m_original;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_court = nullptr;
    QLineEdit *m_caseNumber = nullptr;
    QLineEdit *m_parties = nullptr;
    QLineEdit *m_counsel = nullptr;
    QLineEdit *m_aNumber = nullptr;
    QDateEdit *m_hearingDate = nullptr;
    QPushButton *m_clearDate = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace amanat::ui
