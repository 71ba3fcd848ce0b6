#pragma once

#include "common/BidiText.h"
#include "crypto/ExchangeKey.h"
#include "repository/ContactRepository.h"

#include <QDialog>
#include <QImage>
#include <QVector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace amanat::ui {

/** A fingerprint in two lines of eight groups, easier to read out and to follow; each line
 *  reads left to right in any interface (an isolate ends at a line break) and is aligned
 *  with the sentences around it. */
inline QString fingerprintLines(const ExchangeIdentity &identity)
{
    const QString grouped = identity.displayFingerprint();
    return inInterfaceDirection(leftToRight(grouped.left(39))) + QLatin1Char('\n') +
           inInterfaceDirection(leftToRight(grouped.mid(40)));
}

/** What Library → Exchange Key and Contacts… shows, read on the writer thread. */
struct ExchangeOverview
{
    ExchangeIdentity identity;
    QImage qrCode;
    QVector<Contact> contacts;
    QString inboxFolder;
};

/** This library's exchange key (to give to senders: the line, its fingerprint to read out,
 *  a QR code), the senders it knows (each can be forgotten), and the inbox folder watched
 *  for packages. Changes are asked for by signal; the controller makes them and calls
 *  setOverview() again. */
class ExchangeKeyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExchangeKeyDialog(QWidget *parent = nullptr);
    void setOverview(const ExchangeOverview &overview);

Q_SIGNALS:
    void forgetRequested(const QString &libraryId);
    void inboxChosen(const QString &folder); ///< empty: no inbox

private:
    void forgetSelected();

    QLineEdit *m_key;
    QLabel *m_fingerprint;
    QLabel *m_qr;
    QTreeWidget *m_contacts;
    QPushButton *m_forget;
    QLineEdit *m_inbox;
    QVector<Contact> m_known;
};

} // namespace amanat::ui
