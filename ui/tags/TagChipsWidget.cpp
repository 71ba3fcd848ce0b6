#include "TagChipsWidget.h"

#include "FlowLayout.h"
#include "main/LibraryEditor.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace amanat::ui {

TagChipsWidget::TagChipsWidget(LibraryEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor)
{
    setObjectName(QStringLiteral("tagChips"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chipArea = new QWidget(this);
    m_chipArea->setObjectName(QStringLiteral("tagChipArea"));
    m_flow = new FlowLayout(m_chipArea);
    layout->addWidget(m_chipArea);

    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("tagInputEdit"));
    m_input->setPlaceholderText(tr("Add a tag (Enter)"));
    m_input->setClearButtonEnabled(true);
    m_completions = new QStringListModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_input->setCompleter(m_completer);
    layout->addWidget(m_input);
    connect(m_input, &QLineEdit::returnPressed, this, &TagChipsWidget::addFromInput);
    clear();
}

void TagChipsWidget::setItem(qint64 itemId, const QStringList &tags)
{
    m_itemId = itemId;
    m_tags = tags;
    m_input->setEnabled(itemId != 0);
    rebuildChips();
}

void TagChipsWidget::setKnownTags(const QStringList &paths)
{
    if (m_completions->stringList() != paths)
        m_completions->setStringList(paths);
}

void TagChipsWidget::clear()
{
    setItem(0, {});
    m_input->clear();
}

void TagChipsWidget::addFromInput()
{
    // The completer's popup may still hold the chosen path when Enter arrives.
    const QString path = m_input->text().trimmed();
    if (m_itemId == 0 || path.isEmpty())
        return;
    if (m_editor->tagItems({m_itemId}, path))
        m_input->clear();
}

void TagChipsWidget::rebuildChips()
{
    while (QLayoutItem *item = m_flow->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &path : std::as_const(m_tags)) {
        auto *chip = new QFrame(m_chipArea);
        chip->setObjectName(QStringLiteral("tagChip"));
        chip->setProperty("tagPath", path);
        chip->setFrameShape(QFrame::StyledPanel);
        chip->setAutoFillBackground(true);
        chip->setBackgroundRole(QPalette::AlternateBase);
        auto *row = new QHBoxLayout(chip);
        row->setContentsMargins(6, 1, 1, 1);
        row->setSpacing(2);
        auto *label = new QLabel(path, chip);
        label->setTextFormat(Qt::PlainText);
        row->addWidget(label);
        auto *remove = new QToolButton(chip);
        remove->setObjectName(QStringLiteral("removeTagButton"));
        remove->setText(QStringLiteral("×"));
        remove->setAutoRaise(true);
        remove->setToolTip(tr("Remove the tag %1").arg(path));
        remove->setAccessibleName(tr("Remove the tag %1").arg(path));
        connect(remove, &QToolButton::clicked, this, [this, path] {
            if (m_itemId != 0)
                m_editor->untagItems({m_itemId}, path);
        });
        row->addWidget(remove);
        m_flow->addWidget(chip);
    }
    m_chipArea->updateGeometry();
}

} // namespace amanat::ui
