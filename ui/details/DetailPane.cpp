#include "DetailPane.h"

#include "CustodyHistoryWidget.h"
#include "common/BidiText.h"
#include "MetadataEditor.h"
#include "items/ItemListModel.h"
#include "tags/TagChipsWidget.h"

#include "library/Library.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
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
    m_extraction = new QLabel(m_content);
    m_extraction->setObjectName(QStringLiteral("extractionStatusLabel"));
    m_extraction->setTextFormat(Qt::PlainText);
    m_extraction->setWordWrap(true);
    m_extraction->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_extraction->hide();
    m_actions = new QHBoxLayout;
    m_actions->setContentsMargins(0, 0, 0, 0);
    m_actions->addStretch(1);
    content->addWidget(m_title);
    content->addWidget(m_kind);
    content->addWidget(m_extraction);
    content->addLayout(m_actions);

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

void DetailPane::showItem(amanat::Library *library, const Item &item, int page,
                          const QString &searchText)
{
    updateItem(library, item);
    m_viewer->setItem(library, item.id, page, searchText);
    m_viewerKind = item.kind;
}

void DetailPane::updateItem(amanat::Library *library, const Item &item)
{
    // A new kind may need another viewer (a document made a testimony shows its form).
    const bool kindChanged =
        item.id == m_itemId && !m_viewerKind.isEmpty() && item.kind != m_viewerKind;
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
    showExtraction(library, item);
    m_stack->setCurrentWidget(m_content);
    if (kindChanged) {
        m_viewer->setItem(library, item.id, 0, QString());
        m_viewerKind = item.kind;
    }
}

void DetailPane::showExtraction(amanat::Library *library, const Item &item)
{
    QString sentence;
    auto info = library->extractions().info(item.id); // one row by its key
    if (!info.ok()) {
        sentence = info.error().message;
    } else if (*info && item.original.present) {
        const ExtractionInfo &extraction = **info;
        const QString reason =
            extraction.error.isEmpty() ? tr("no reason was given") : isolated(extraction.error);
        if (extraction.status == QLatin1String("failed"))
            sentence = tr("Its text could not be read: %1.").arg(reason);
        else if (extraction.status == QLatin1String("partial"))
            sentence = tr("Only part of its text could be read: %1.").arg(reason);
        else if (extraction.status == QLatin1String("needs_password"))
            sentence = tr("The file is protected by a password, so its text could not be read.");
        else if (extraction.status == QLatin1String("pending"))
            sentence = tr("Its text has not been read yet. Item → Read Text Again reads it now.");
    }
    m_extraction->setText(sentence);
    m_extraction->setVisible(!sentence.isEmpty());
}

void DetailPane::setItemActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_content);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        m_actions->insertWidget(m_actions->count() - 1, button);
    }
    // The buttons stand above the tabs, so Tab reaches them before the tabs (they were
    // made last and would otherwise come after the last field of the last tab).
    QWidget *before = m_tabs->previousInFocusChain();
    for (QToolButton *button :
         m_content->findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly)) {
        QWidget::setTabOrder(before, button);
        before = button;
    }
}

void DetailPane::showMessage(const QString &message)
{
    m_placeholder->setText(message);
    m_stack->setCurrentWidget(m_placeholder);
}

void DetailPane::clear()
{
    m_itemId = 0;
    m_viewerKind.clear();
    m_viewer->clear();
    m_metadata->clear();
    m_chips->clear();
    m_history->clearHistory();
    m_title->clear();
    m_kind->clear();
    m_extraction->clear();
    m_extraction->hide();
    m_original->clear();
    showMessage(tr("Select an item to see its details."));
}

void DetailPane::setKnownTags(const QStringList &paths)
{
    m_chips->setKnownTags(paths);
}

} // namespace amanat::ui
