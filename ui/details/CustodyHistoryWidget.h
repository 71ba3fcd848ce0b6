#pragma once

#include <QTreeWidget>

namespace amanat {
class Library;
}

namespace amanat::ui {

/** The custody events of one item, oldest first: time, action, actor, details. */
class CustodyHistoryWidget : public QTreeWidget
{
    Q_OBJECT

public:
    explicit CustodyHistoryWidget(QWidget *parent = nullptr);

    void showItem(amanat::Library *library, qint64 itemId);
    void clearHistory();
};

} // namespace amanat::ui
