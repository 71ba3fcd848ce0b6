#include "IsolatingDelegate.h"

#include "BidiText.h"

namespace amanat::ui {

void IsolatingDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->direction == Qt::RightToLeft && !option->text.isEmpty() &&
        !option->text.isRightToLeft())
        option->text = isolated(option->text);
}

} // namespace amanat::ui
