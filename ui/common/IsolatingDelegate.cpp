#include "IsolatingDelegate.h"

#include "BidiText.h"

namespace amanat::ui {

void IsolatingDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->direction == Qt::RightToLeft && !option->text.isEmpty() &&
        !option->text.isRightToLeft())
        option->text = leftToRight(option->text); // also dates and numbers, which have no letter
}

} // namespace amanat::ui
