#pragma once

#include "crypto/SecureBuffer.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace amanat::ui {

/** Shows a new library's recovery key once, in large monospace groups, with Print… and
 *  Save as PDF…, and lets the user continue only after typing two of its groups back or,
 *  once it was printed or saved, ticking "I have kept it". clearKey() wipes the key from
 *  memory and from every widget. */
class RecoveryKeyPage : public QWidget
{
    Q_OBJECT

public:
    explicit RecoveryKeyPage(QWidget *parent = nullptr);

    /** Shows @p key (in its printed form) for the library called @p libraryName. */
    void setKey(const QString &libraryName, SecureBuffer key);
    void clearKey();
    /** The confirming button's text ("Open the library" unless set). */
    void setContinueText(const QString &text);

Q_SIGNALS:
    void confirmed();

private:
    void print();
    void savePdf();
    void markKept();
    void updateContinue();
    bool groupsConfirmed() const;
    QString group(int index) const;

    QString m_libraryName;
    SecureBuffer m_key;
    QLabel *m_keyLabel = nullptr;
    QLabel *m_keptLabel = nullptr;
    QLabel *m_groupLabelA = nullptr;
    QLabel *m_groupLabelB = nullptr;
    QLineEdit *m_groupEditA = nullptr;
    QLineEdit *m_groupEditB = nullptr;
    QCheckBox *m_keptCheck = nullptr;
    QPushButton *m_continueButton = nullptr;
    int m_groupA = 0;
    int m_groupB = 0;
};

} // namespace amanat::ui
