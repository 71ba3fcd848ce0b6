#include "PassphraseFields.h"

#include "crypto/PassphraseStrength.h"
#include "library/Library.h"

#include "common/SecretLineEdit.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>

namespace amanat::ui {

namespace {

QColor colorFor(PassphraseStrength::Level level)
{
    switch (level) {
    case PassphraseStrength::Level::VeryWeak:
        return QColor(0xc6, 0x28, 0x28);
    case PassphraseStrength::Level::Weak:
        return QColor(0xef, 0x6c, 0x00);
    case PassphraseStrength::Level::Fair:
        return QColor(0xf9, 0xa8, 0x25);
    case PassphraseStrength::Level::Strong:
        return QColor(0x43, 0xa0, 0x47);
    case PassphraseStrength::Level::VeryStrong:
        return QColor(0x2e, 0x7d, 0x32);
    case PassphraseStrength::Level::Empty:
        break;
    }
    return QColor(Qt::gray);
}

} // namespace

PassphraseFields::PassphraseFields(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("passphraseFields"));
    m_first = newSecretLineEdit(this, QStringLiteral("newPassphraseEdit"));
    m_second = newSecretLineEdit(this, QStringLiteral("repeatPassphraseEdit"));

    m_meter = new QProgressBar(this);
    m_meter->setObjectName(QStringLiteral("strengthMeter"));
    m_meter->setRange(0, 5);
    m_meter->setTextVisible(false);
    m_meter->setMaximumHeight(8);
    m_meter->setAccessibleName(tr("Passphrase strength"));
    m_strengthLabel = new QLabel(this);
    m_strengthLabel->setObjectName(QStringLiteral("strengthLabel"));
    m_strengthLabel->setMinimumWidth(m_strengthLabel->fontMetrics().horizontalAdvance(
        PassphraseStrength::labelFor(PassphraseStrength::Level::VeryStrong) +
        QStringLiteral("  ")));
    auto *meterRow = new QHBoxLayout;
    meterRow->addWidget(m_meter, 1);
    meterRow->addWidget(m_strengthLabel);

    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("passphraseHintLabel"));
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setTextFormat(Qt::PlainText);
    // Room for a line of hint at all times: a hint appearing does not move the fields.
    m_hintLabel->setMinimumHeight(m_hintLabel->fontMetrics().lineSpacing());

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Passphrase:"), m_first);
    form->addRow(tr("&Repeat it:"), m_second);
    form->addRow(tr("Strength:"), meterRow);
    form->addRow(QString(), m_hintLabel);

    connect(m_first, &QLineEdit::textChanged, this, &PassphraseFields::update);
    connect(m_second, &QLineEdit::textChanged, this, &PassphraseFields::update);
    connect(m_first, &QLineEdit::returnPressed, m_second,
            [this] { m_second->setFocus(Qt::TabFocusReason); });
    connect(m_second, &QLineEdit::returnPressed, this, &PassphraseFields::submitted);
    update();
}

bool PassphraseFields::isAcceptable() const
{
    if (m_first->text().isEmpty() || m_first->text() != m_second->text())
        return false;
    QByteArray bytes = m_first->text().toUtf8();
    const SecureBuffer passphrase = SecureBuffer::takeFrom(bytes);
    return Library::checkPassphrase(passphrase).ok();
}

SecureBuffer PassphraseFields::takePassphrase()
{
    QByteArray bytes = m_first->text().toUtf8();
    SecureBuffer passphrase = SecureBuffer::takeFrom(bytes);
    clear();
    return passphrase;
}

void PassphraseFields::clear()
{
    m_first->clear();
    m_second->clear();
}

void PassphraseFields::setFieldsEnabled(bool enabled)
{
    m_first->setEnabled(enabled);
    m_second->setEnabled(enabled);
}

void PassphraseFields::update()
{
    const QString text = m_first->text();
    const auto estimate = PassphraseStrength::estimate(text);
    m_meter->setValue(int(estimate.level));
    QPalette meterPalette = m_meter->palette();
    meterPalette.setColor(QPalette::Highlight, colorFor(estimate.level));
    m_meter->setPalette(meterPalette);
    m_strengthLabel->setText(estimate.label);

    QString hint;
    if (!text.isEmpty()) {
        QByteArray bytes = text.toUtf8();
        const SecureBuffer passphrase = SecureBuffer::takeFrom(bytes);
        const Status minimum = Library::checkPassphrase(passphrase);
        if (!minimum.ok())
            hint = minimum.error().message;
        else if (!m_second->text().isEmpty() && m_second->text() != text)
            hint = tr("The two passphrases differ.");
        else
            hint = estimate.hint;
    }
    m_hintLabel->setText(hint);
    m_hintLabel->setVisible(!hint.isEmpty());
    Q_EMIT changed();
}

} // namespace amanat::ui
