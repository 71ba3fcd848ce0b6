#include "TranscriptEdit.h"

#include "common/BidiText.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextBlock>

namespace amanat::ui {

namespace {

const QRegularExpression &timeCodePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\[(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{2})\\]"));
    return pattern;
}

/** Draws time codes as links, so that they look clickable. */
class TimeCodeHighlighter : public QSyntaxHighlighter
{
public:
    explicit TimeCodeHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

protected:
    void highlightBlock(const QString &text) override
    {
        QTextCharFormat link;
        link.setForeground(QPalette().color(QPalette::Link));
        link.setFontUnderline(true);
        auto matches = timeCodePattern().globalMatch(text);
        while (matches.hasNext()) {
            const auto match = matches.next();
            setFormat(int(match.capturedStart()), int(match.capturedLength()), link);
        }
    }
};

} // namespace

TranscriptEdit::TranscriptEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    new TimeCodeHighlighter(document());
    followTextDirection(this); // a Uyghur answer right to left, an English question left
    setMouseTracking(true);
    // Tab leaves the transcript, as in every other field: a keyboard user is never caught in
    // it, and a tab character has no meaning in a transcript.
    setTabChangesFocus(true);
}

std::optional<qint64> TranscriptEdit::parseTimeCode(const QString &code)
{
    const auto match = timeCodePattern().match(code);
    if (!match.hasMatch() || match.capturedLength() != code.size())
        return std::nullopt;
    const qint64 hours = match.captured(1).toLongLong();
    const qint64 minutes = match.captured(2).toLongLong();
    const qint64 seconds = match.captured(3).toLongLong();
    if (seconds > 59 || (match.capturedLength(1) > 0 && minutes > 59))
        return std::nullopt;
    return ((hours * 60 + minutes) * 60 + seconds) * 1000;
}

QString TranscriptEdit::formatTimeCode(qint64 ms)
{
    const qint64 total = qMax<qint64>(0, ms) / 1000;
    const qint64 hours = total / 3600;
    const qint64 minutes = (total / 60) % 60;
    const qint64 seconds = total % 60;
    if (hours > 0)
        return QStringLiteral("[%1:%2:%3]")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(seconds, 2, 10, QLatin1Char('0'));
    return QStringLiteral("[%1:%2]")
        .arg(minutes, 2, 10, QLatin1Char('0'))
        .arg(seconds, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> TranscriptEdit::timeCodeAt(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return std::nullopt;
    const int inBlock = position - block.position();
    auto matches = timeCodePattern().globalMatch(block.text());
    while (matches.hasNext()) {
        const auto match = matches.next();
        if (inBlock >= match.capturedStart() && inBlock <= match.capturedEnd())
            return parseTimeCode(match.captured(0));
    }
    return std::nullopt;
}

std::optional<qint64> TranscriptEdit::timeBefore(int position) const
{
    const QString text = toPlainText().left(position + 1);
    std::optional<qint64> last;
    auto matches = timeCodePattern().globalMatch(text);
    while (matches.hasNext())
        if (auto ms = parseTimeCode(matches.next().captured(0)))
            last = ms;
    return last;
}

void TranscriptEdit::insertTimeCode(qint64 ms)
{
    textCursor().insertText(formatTimeCode(ms) + QLatin1Char(' '));
}

void TranscriptEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F8 && event->modifiers() == Qt::NoModifier) {
        Q_EMIT pauseOrResumeRequested();
        return;
    }
    if (event->key() == Qt::Key_F9 && event->modifiers() == Qt::NoModifier) {
        Q_EMIT currentTimeRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void TranscriptEdit::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    if (auto ms = timeCodeAt(cursorForPosition(event->position().toPoint()).position()))
        Q_EMIT seekRequested(*ms);
}

void TranscriptEdit::mouseMoveEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseMoveEvent(event);
    const bool overCode =
        timeCodeAt(cursorForPosition(event->position().toPoint()).position()).has_value();
    viewport()->setCursor(overCode ? Qt::PointingHandCursor : Qt::IBeamCursor);
}

} // namespace amanat::ui
