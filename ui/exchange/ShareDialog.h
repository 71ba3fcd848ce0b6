#pragma once

#include "crypto/ExchangeKey.h"
#include "repository/ContactRepository.h"

#include <QDialog>
#include <QVector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace amanat::ui {

/** What a share needs to know (Share… on a selection, a tag or a dossier): which libraries
 *  may open the package (known senders ticked, other keys pasted), whether witnesses' names
 *  and testimonies without consent go too, and where the package is saved. */
class ShareDialog : public QDialog
{
    Q_OBJECT

public:
    /** @p what says what is shared ("3 items", "the tag Places/Kashgar"). */
    ShareDialog(const QString &what, const QVector<Contact> &contacts, const QString &suggestedPath,
                QWidget *parent = nullptr);

    QVector<ExchangeIdentity> recipients() const { return m_recipients; }
    bool includeProtected() const;
    bool overrideConsent() const;
    QString outFile() const;

private:
    void chooseFile();
    void validateAndAccept();

    QVector<Contact> m_contacts;
    QListWidget *m_known;
    QPlainTextEdit *m_keys;
    QCheckBox *m_protected;
    QCheckBox *m_consent;
    QLineEdit *m_path;
    QLabel *m_error;
    QVector<ExchangeIdentity> m_recipients;
};

} // namespace amanat::ui
