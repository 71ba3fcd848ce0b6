#include "TextViewer.h"

#include "FindBar.h"
#include "library/Library.h"
#include "common/BidiText.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QTextBlock>
#include <QTextDocument>
#include <QVBoxLayout>

namespace amanat::ui {

TextViewer::TextViewer(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("textViewer"));
    m_findBar = new FindBar(this);
    m_text = new QPlainTextEdit(this);
    followTextDirection(m_text);
    m_text->setObjectName(QStringLiteral("documentTextEdit"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setPlaceholderText(tr("No text was extracted from this item."));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("textMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_findBar);
    layout->addWidget(m_message);
    layout->addWidget(m_text, 1);

    connect(m_findBar, &FindBar::textEdited, this, [this] {
        highlightAll();
        m_text->moveCursor(QTextCursor::Start);
        step(false);
    });
    connect(m_findBar, &FindBar::findNext, this, [this] { step(false); });
    connect(m_findBar, &FindBar::findPrevious, this, [this] { step(true); });
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] { m_findBar->focusField(); });
}

void TextViewer::open(Library &library, qint64 itemId)
{
    clear();
    auto pages = library.items().text(itemId);
    if (!pages.ok()) {
        m_message->setText(pages.error().message);
        m_message->show();
        return;
    }
    QStringList parts;
    for (const auto &entry : std::as_const(*pages))
        parts << entry.second;
    m_text->setPlainText(parts.join(QStringLiteral("\n\n")));
}

void TextViewer::clear()
{
    m_text->clear();
    m_text->setExtraSelections({});
    m_findBar->clear();
    m_message->clear();
    m_message->hide();
}

QString TextViewer::text() const
{
    return m_text->toPlainText();
}

void TextViewer::highlightAll()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString needle = m_findBar->text();
    int count = 0;
    if (!needle.isEmpty()) {
        QTextDocument *document = m_text->document();
        QTextCursor cursor(document);
        constexpr int kMaxHighlights = 5000;
        while (count < kMaxHighlights) {
            cursor = document->find(needle, cursor);
            if (cursor.isNull())
                break;
            QTextEdit::ExtraSelection selection;
            selection.cursor = cursor;
            selection.format.setBackground(QColor(255, 220, 0, 140));
            selections.append(selection);
            ++count;
        }
    }
    m_text->setExtraSelections(selections);
    m_findBar->setStatus(needle.isEmpty()
                             ? QString()
                             : (count == 0 ? tr("Not found") : tr("%n match(es)", nullptr, count)));
}

void TextViewer::step(bool backward)
{
    const QString needle = m_findBar->text();
    if (needle.isEmpty())
        return;
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!m_text->find(needle, flags)) {
        m_text->moveCursor(backward ? QTextCursor::End : QTextCursor::Start);
        m_text->find(needle, flags);
    }
}

} // namespace amanat::ui
