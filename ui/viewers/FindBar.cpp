#include "FindBar.h"

#include "ViewerIcons.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace amanat::ui {

FindBar::FindBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("findBar"));
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("findEdit"));
    m_field->setPlaceholderText(tr("Find in document"));
    m_field->setClearButtonEnabled(true);
    m_field->setMinimumWidth(160);
    m_previous = new QToolButton(this);
    m_previous->setObjectName(QStringLiteral("findPreviousButton"));
    m_previous->setIcon(viewerIcon("go-up", "go-up"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_previous->setAutoRaise(true);
    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("findNextButton"));
    m_next->setIcon(viewerIcon("go-down", "go-down"));
    m_next->setToolTip(tr("Next match (Enter)"));
    m_next->setAutoRaise(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findStatusLabel"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_status);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::textEdited);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (QGuiApplication::keyboardModifiers() & Qt::ShiftModifier)
            Q_EMIT findPrevious();
        else
            Q_EMIT findNext();
    });
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
}

QString FindBar::text() const
{
    return m_field->text();
}

void FindBar::setStatus(const QString &status)
{
    m_status->setText(status);
}

void FindBar::clear()
{
    const QSignalBlocker blocker(m_field);
    m_field->clear();
    m_status->clear();
}

void FindBar::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

} // namespace amanat::ui
