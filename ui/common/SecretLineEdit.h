#pragma once

#include <QString>

class QLineEdit;
class QWidget;

namespace amanat::ui {

/** A field for a passphrase: hidden as typed, kept from input methods' predictions and
 *  history, with an eye button at its end that shows what was typed while it is pressed
 *  on (a long passphrase typed blind is easy to get wrong). */
QLineEdit *newSecretLineEdit(QWidget *parent, const QString &objectName);

} // namespace amanat::ui
