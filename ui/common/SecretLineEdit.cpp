#include "SecretLineEdit.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QLineEdit>

namespace amanat::ui {

namespace {

QString showText()
{
    return QCoreApplication::translate("amanat::ui::SecretLineEdit", "Show passphrase");
}

QString hideText()
{
    return QCoreApplication::translate("amanat::ui::SecretLineEdit", "Hide passphrase");
}

} // namespace

QLineEdit *newSecretLineEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    QAction *show = edit->addAction(QIcon(QStringLiteral(":/icons/show-secret.svg")),
                                    QLineEdit::TrailingPosition);
    show->setObjectName(objectName + QStringLiteral("ShowAction"));
    show->setCheckable(true);
    show->setText(showText());
    show->setToolTip(showText());
    QObject::connect(show, &QAction::toggled, edit, [edit, show](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        show->setIcon(QIcon(shown ? QStringLiteral(":/icons/hide-secret.svg")
                                  : QStringLiteral(":/icons/show-secret.svg")));
        show->setText(shown ? hideText() : showText());
        show->setToolTip(show->text());
    });
    return edit;
}

} // namespace amanat::ui
