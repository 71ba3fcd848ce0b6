#include "CustodyHistoryWidget.h"

#include "library/Library.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLocale>

namespace amanat::ui {

CustodyHistoryWidget::CustodyHistoryWidget(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("custodyHistoryTree"));
    setColumnCount(4);
    setHeaderLabels({tr("Time"), tr("Action"), tr("By"), tr("Details")});
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
        row->setText(3, events.error().message);
        return;
    }
    const QLocale locale;
    for (const CustodyEvent &event : *events) {
        auto *row = new QTreeWidgetItem(this);
        const QDateTime at = QDateTime::fromString(event.at, Qt::ISODateWithMs);
        row->setText(0, at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat)
                                     : event.at);
        row->setToolTip(0, event.at);
        row->setText(1, event.action);
        row->setText(2, event.actor);
        // Details never hold protected fields (CustodyLog guarantees it).
        const QString details =
            QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact));
        row->setText(3, details);
        row->setToolTip(3, details);
    }
    resizeColumnToContents(0);
    resizeColumnToContents(1);
}

void CustodyHistoryWidget::clearHistory()
{
    clear();
}

} // namespace amanat::ui
