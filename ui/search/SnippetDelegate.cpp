#include "SnippetDelegate.h"

#include "items/SearchResultModel.h"
#include "SnippetText.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace amanat::ui {

SnippetDelegate::SnippetDelegate(QObject *parent) : IsolatingDelegate(parent) {}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const QVariant html = index.data(SearchResultModel::SnippetRole);
    if (!html.isValid()) {
        IsolatingDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const SnippetText snippet = SnippetText::parse(html.toString());
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect textRect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(2, 0, -2, 0);
    QString text = snippet.text;
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QTextLayout layout(text, opt.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    // The snippet's own direction (an Arabic snippet in an English window reads right to left).
    textOption.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    layout.setTextOption(textOption);

    const bool selected = opt.state & QStyle::State_Selected;
    QTextCharFormat mark;
    mark.setFontWeight(QFont::Bold);
    if (!selected) {
        QColor background = opt.palette.color(QPalette::Highlight);
        background.setAlpha(70);
        mark.setBackground(background);
    }
    QList<QTextLayout::FormatRange> ranges;
    for (const SnippetText::Range &range : snippet.marks)
        ranges.append({range.start, range.length, mark});
    layout.setFormats(ranges);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(1e6);
    layout.endLayout();

    painter->save();
    painter->setClipRect(textRect);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal y = textRect.top() + (textRect.height() - line.height()) / 2.0;
    qreal x = textRect.left();
    if (textOption.textDirection() == Qt::RightToLeft)
        x = textRect.right() - line.naturalTextWidth();
    // Start the line at its first hit when the hit would be cut off.
    if (!snippet.marks.isEmpty() && textOption.textDirection() == Qt::LeftToRight) {
        const qreal hitX = line.cursorToX(snippet.marks.first().start);
        if (hitX > textRect.width() * 0.6)
            x -= hitX - textRect.width() * 0.2;
    }
    layout.draw(painter, QPointF(x, y));
    painter->restore();
}

} // namespace amanat::ui
