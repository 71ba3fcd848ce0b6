#pragma once

#include <QStyledItemDelegate>

namespace amanat::ui {

/** Paints a search snippet (SearchResultModel::SnippetRole) on one line with its hits
 *  highlighted, in the text's own direction; other cells are painted as usual. */
class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SnippetDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace amanat::ui
