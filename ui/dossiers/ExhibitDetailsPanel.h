#pragma once

#include "repository/ClipMarkers.h"
#include "repository/DossierRepository.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace amanat::ui {

/** The details of one exhibit: label, description, page range, time segment, and filing it
 *  without the witness's court consent (with a warning that this is logged). Apply (or
 *  Return in a field) emits applyRequested() with the edited exhibit; the owner saves it
 *  through the repository. Input that cannot be an exhibit is reported in the panel. */
class ExhibitDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ExhibitDetailsPanel(QWidget *parent = nullptr);

    /** Shows @p exhibit of an item of @p kind; nullptr clears and disables the panel. */
    void setExhibit(const Exhibit *exhibit, const QString &kind);
    /** The clip markers saved on the exhibit's recording, offered as its segment. */
    void setClips(const QVector<ClipMarker> &clips);
    bool hasExhibit() const { return m_exhibit.id != 0; }
    /** The exhibit as edited; false (with the reason shown) when the input is not valid. */
    bool edited(Exhibit *out);
    void showError(const QString &message);

    /** "[[h:]mm:]ss[.mmm]" → milliseconds, or -1. */
    static qint64 parseTime(const QString &text);

Q_SIGNALS:
    void applyRequested(const amanat::Exhibit &exhibit);

private:
    void apply();
    void updateConsentWarning();

    Exhibit m_exhibit;
    QLineEdit *m_label = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QSpinBox *m_firstPage = nullptr;
    QSpinBox *m_lastPage = nullptr;
    QLineEdit *m_start = nullptr;
    QLineEdit *m_end = nullptr;
    QComboBox *m_clips = nullptr;
    QCheckBox *m_consent = nullptr;
    QLabel *m_consentWarning = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace amanat::ui
