#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace amanat::ui {

/** The line under a form or list that says why something was refused: plain text (never
 *  markup from a message), wrapped, selectable, in the app's error red, hidden while empty. */
namespace ErrorLabel {

QLabel *create(QWidget *parent, const QString &objectName);
/** Shows @p message in @p label, or hides the label when @p message is empty. */
void show(QLabel *label, const QString &message);

} // namespace ErrorLabel

} // namespace amanat::ui
