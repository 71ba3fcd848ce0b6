#pragma once

#include "crypto/SecureBuffer.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace amanat::ui {

/** A new passphrase typed twice, with a strength meter and a line saying what is wrong
 *  (too short, the two differ). takePassphrase() moves it into locked memory and clears
 *  both fields. Used when creating a library and when replacing a forgotten passphrase. */
class PassphraseFields : public QWidget
{
    Q_OBJECT

public:
    explicit PassphraseFields(QWidget *parent = nullptr);

    /** Both fields hold the same passphrase and it passes Library::checkPassphrase(). */
    bool isAcceptable() const;
    SecureBuffer takePassphrase();
    void clear();
    void setFieldsEnabled(bool enabled);
    QLineEdit *firstField() const { return m_first; }

Q_SIGNALS:
    void changed();
    void submitted();

private:
    void update();

    QLineEdit *m_first = nullptr;
    QLineEdit *m_second = nullptr;
    QProgressBar *m_meter = nullptr;
    QLabel *m_strengthLabel = nullptr;
    QLabel *m_hintLabel = nullptr;
};

} // namespace amanat::ui
