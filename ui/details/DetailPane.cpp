#include "DetailPane.h"

#include "CustodyHistoryWidget.h"
#include "common/BidiText.h"
#include "MetadataEditor.h"
#include "items/ItemListModel.h"
#include "tags/TagChipsWidget.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace amanat::ui {

DetailPane::DetailPane(LibraryEditor *editor, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("itemDetails"));
    m_stack = new QStackedWidget(this);
    m_placeholder = new QLabel(m_stack);
    m_placeholder->setObjectName(QStringLiteral("itemDetailsPlaceholderLabel"));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->addWidget(m_placeholder);

    m_content = new QWidget(m_stack);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("detailTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_kind = new QLabel(m_content);
    m_kind->setObjectName(QStringLiteral("detailKindLabel"));
    m_kind->setTextFormat(Qt::PlainText);
    m_kind->setForegroundRole(QPalette::PlaceholderText);
    content->addWidget(m_title);
    content->addWidget(m_kind);

    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_viewer = createViewer(m_tabs);
    m_tabs->addTab(m_viewer, tr("View"));

    auto *scroll = new QScrollArea(m_tabs);
    scroll->setObjectName(QStringLiteral("detailScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *details = new QWidget(scroll);
    auto *detailsLayout = new QVBoxLayout(details);
    m_metadata = new MetadataEditor(editor, details);
    detailsLayout->addWidget(m_metadata);
    auto *tagsBox = new QGroupBox(tr("Tags"), details);
    auto *tagsLayout = new QVBoxLayout(tagsBox);
    m_chips = new TagChipsWidget(editor, tagsBox);
    tagsLayout->addWidget(m_chips);
    detailsLayout->addWidget(tagsBox);
    m_original = new QLabel(details);
    m_original->setObjectName(QStringLiteral("detailOriginalLabel"));
    m_original->setTextFormat(Qt::PlainText);
    m_original->setWordWrap(true);
    m_original->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_original->setForegroundRole(QPalette::PlaceholderText);
    detailsLayout->addWidget(m_original);
    detailsLayout->addStretch(1);
    scroll->setWidget(details);
    m_tabs->addTab(scroll, tr("Details"));

    m_history = new CustodyHistoryWidget(m_tabs);
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->setCurrentIndex(1);
    content->addWidget(m_tabs, 1);
    m_stack->addWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

void DetailPane::showItem(amanat::Library *library, const Item &item, int page)
{
    updateItem(library, item);
    m_viewer->setItem(library, item.id, page);
}

void DetailPane::updateItem(amanat::Library *library, const Item &item)
{
    m_itemId = item.id;
    const QString title = item.field("title");
    m_title->setText(title.isEmpty() ? tr("Untitled") : title);
    m_kind->setText(ItemListModel::kindLabel(item.kind));
    m_metadata->showItem(item);
    m_chips->setItem(item.id, item.tags);
    QStringList original;
    const QLocale locale;
    if (item.original.present) {
        original << tr("Original file: %1").arg(isolated(item.original.name))
                 << tr("Size: %1").arg(isolated(locale.formattedDataSize(item.original.size)))
                 << tr("SHA-256: %1").arg(leftToRight(item.original.sha256))
                 << tr("Imported: %1").arg(leftToRight(item.original.importedAt));
    } else {
        original << tr("No original file");
    }
    original << tr("Added: %1").arg(leftToRight(item.createdAt))
             << tr("Modified: %1").arg(leftToRight(item.modifiedAt));
    for (QString &line : original)
        line = inInterfaceDirection(line);
    m_original->setText(original.join(QLatin1Char('\n')));
    m_history->showItem(library, item.id);
    m_stack->setCurrentWidget(m_content);
}

void DetailPane::showMessage(const QString &message)
{
    m_placeholder->setText(message);
    m_stack->setCurrentWidget(m_placeholder);
}

void DetailPane::clear()
{
    m_itemId = 0;
    m_viewer->clear();
    m_metadata->clear();
    m_chips->clear();
    m_history->clearHistory();
    m_title->clear();
    m_kind->clear();
    m_original->clear();
    showMessage(tr("Select an item to see its details."));
}

void DetailPane::setKnownTags(const QStringList &paths)
{
    m_chips->setKnownTags(paths);
}

} // namespace amanat::ui
