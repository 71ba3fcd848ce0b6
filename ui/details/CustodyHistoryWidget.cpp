#include "CustodyHistoryWidget.h"

#include "CustodyEventText.h"
#include "common/BidiText.h"
#include "library/Library.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLocale>

namespace amanat::ui {

CustodyHistoryWidget::CustodyHistoryWidget(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("custodyHistoryTree"));
    setColumnCount(3);
    setHeaderLabels({tr("Time"), tr("By"), tr("What happened")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(true);
}

void CustodyHistoryWidget::showItem(amanat::Library *library, qint64 itemId)
{
    clear();
    if (!library)
        return;
    auto events = library->custody().events(itemId);
    if (!events.ok()) {
        auto *row = new QTreeWidgetItem(this);
        row->setText(2, events.error().message);
        return;
    }
    const QLocale locale;
    // Each cell reads in its own script's direction (an English sentence or a date in a
    // right-to-left window keeps its final stop at its end).
    for (const CustodyEvent &event : *events) {
        auto *row = new QTreeWidgetItem(this);
        const QDateTime at = QDateTime::fromString(event.at, Qt::ISODateWithMs);
        row->setText(0,
                     isolated(at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat)
                                           : event.at));
        row->setToolTip(0, event.at);
        row->setText(1, isolated(event.actor));
        // A sentence to read; the recorded action and details, as hashed, for checking.
        // Details never hold protected fields (CustodyLog guarantees it).
        row->setText(2, isolated(CustodyEventText::sentence(event)));
        row->setToolTip(
            2, event.action + QStringLiteral(": ") +
                   QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)));
    }
    resizeColumnToContents(0);
    resizeColumnToContents(1);
}

void CustodyHistoryWidget::clearHistory()
{
    clear();
}

} // namespace amanat::ui
