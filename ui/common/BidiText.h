#pragma once

#include <QEvent>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QString>
#include <QTextDocument>
#include <QTextOption>

namespace amanat::ui {

/** A value that must read left to right whatever the surrounding text (a hash, an ISO time,
 *  a path): wrapped in a Unicode left-to-right isolate, so that in an Arabic or Uyghur
 *  sentence "2026-12-06T21:14:08Z" is not reordered into "06T21:14:08Z-12-2026". */
inline QString leftToRight(const QString &value)
{
    return QChar(0x2066) + value + QChar(0x2069);
}

/** A value of unknown direction (a file name, a title) kept apart from the sentence around
 *  it: a first-strong isolate, so its own script decides how it reads. */
inline QString isolated(const QString &value)
{
    return QChar(0x2068) + value + QChar(0x2069);
}

/** @p line as a paragraph of the interface's direction, whatever its first letter: in an
 *  Arabic interface "SHA-256: …" is aligned right like the lines around it. */
inline QString inInterfaceDirection(const QString &line)
{
    const QChar mark(QGuiApplication::layoutDirection() == Qt::RightToLeft ? 0x200F : 0x200E);
    return mark + line;
}

namespace detail {

/** Each paragraph is ordered in its own direction (Auto), and the text is aligned to the
 *  side its first words are written from: QPlainTextEdit aligns a whole document one way. */
inline void applyTextDirection(QPlainTextEdit *edit)
{
    const bool rightToLeft = edit->document()->toPlainText().left(4000).isRightToLeft();
    QTextOption option = edit->document()->defaultTextOption();
    const Qt::Alignment alignment =
        (rightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute;
    if (option.textDirection() == Qt::LayoutDirectionAuto && option.alignment() == alignment)
        return;
    option.setTextDirection(Qt::LayoutDirectionAuto);
    option.setAlignment(alignment);
    edit->document()->setDefaultTextOption(option);
}

/** Keeps applyTextDirection() in force: the editor resets its direction to its own on every
 *  layout direction change (also when first shown), and new text may be in another script. */
class TextDirectionKeeper : public QObject
{
public:
    explicit TextDirectionKeeper(QPlainTextEdit *edit) : QObject(edit), m_edit(edit)
    {
        QObject::connect(edit, &QPlainTextEdit::textChanged, this,
                         [edit] { applyTextDirection(edit); });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_edit &&
            (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::Show))
            applyTextDirection(m_edit);
        return false;
    }

private:
    QPlainTextEdit *m_edit;
};

} // namespace detail

/** Lays out @p edit's text in the direction of the text itself, whatever the interface's: a
 *  Uyghur or Arabic document reads right to left and is aligned right, an English one left,
 *  and each paragraph is ordered in its own script's direction (extracted text and
 *  transcripts mix scripts). */
inline void followTextDirection(QPlainTextEdit *edit)
{
    detail::applyTextDirection(edit);
    edit->installEventFilter(new detail::TextDirectionKeeper(edit));
}

} // namespace amanat::ui
