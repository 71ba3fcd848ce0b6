#pragma once

#include <QStyledItemDelegate>

namespace amanat::ui {

/** Draws a left-to-right text (an English title, a tag path, a date) in a right-to-left view as a
 *  unit of its own: cut short, it ends "…in the…" on its right, where it was cut, instead of
 *  getting the ellipsis on its left, before its first word. Alignment stays the view's. */
class IsolatingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace amanat::ui
