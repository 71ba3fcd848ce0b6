#pragma once

#include "common/IsolatingDelegate.h"

namespace amanat::ui {

/** Paints a search snippet (SearchResultModel::SnippetRole) on one line with its hits
 *  highlighted, in the text's own direction; other cells (the same column of the item list
 *  shows dates) are painted as IsolatingDelegate paints them. */
class SnippetDelegate : public IsolatingDelegate
{
    Q_OBJECT

public:
    explicit SnippetDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace amanat::ui
