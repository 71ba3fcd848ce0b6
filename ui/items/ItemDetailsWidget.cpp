#include "ItemDetailsWidget.h"

#include "ItemListModel.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace amanat::ui {

namespace {

QString orDash(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("—") : value;
}

} // namespace

ItemDetailsWidget::ItemDetailsWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("itemDetails"));
    auto *layout = new QVBoxLayout(this);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("itemDetailsPlaceholderLabel"));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    layout->addWidget(m_placeholder);

    m_fields = new QWidget(this);
    m_form = new QFormLayout(m_fields);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_title = addRow(tr("Title"), "detailTitleLabel");
    m_kind = addRow(tr("Kind"), "detailKindLabel");
    m_eventDate = addRow(tr("Event date"), "detailEventDateLabel");
    m_place = addRow(tr("Place"), "detailPlaceLabel");
    m_sourceAuthor = addRow(tr("Source author"), "detailSourceAuthorLabel");
    m_sourceTitle = addRow(tr("Source title"), "detailSourceTitleLabel");
    m_sourcePublished = addRow(tr("Published"), "detailSourcePublishedLabel");
    m_sourceUrl = addRow(tr("Source URL"), "detailSourceUrlLabel");
    m_tags = addRow(tr("Tags"), "detailTagsLabel");
    m_fileName = addRow(tr("Original file"), "detailFileNameLabel");
    m_sha256 = addRow(tr("SHA-256"), "detailSha256Label");
    m_created = addRow(tr("Added"), "detailCreatedLabel");
    m_modified = addRow(tr("Modified"), "detailModifiedLabel");
    layout->addWidget(m_fields);
    layout->addStretch(1);
    clear();
}

QLabel *ItemDetailsWidget::addRow(const QString &label, const char *objectName)
{
    auto *value = new QLabel(m_fields);
    value->setObjectName(QString::fromLatin1(objectName));
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_form->addRow(label, value);
    m_values.append(value);
    return value;
}

void ItemDetailsWidget::showItem(const Item &item)
{
    m_title->setText(orDash(item.field("title")));
    m_kind->setText(ItemListModel::kindLabel(item.kind));
    m_eventDate->setText(orDash(item.field("event_date")));
    m_place->setText(orDash(item.field("place")));
    m_sourceAuthor->setText(orDash(item.field("source_author")));
    m_sourceTitle->setText(orDash(item.field("source_title")));
    m_sourcePublished->setText(orDash(item.field("source_published")));
    m_sourceUrl->setText(orDash(item.field("source_url")));
    m_tags->setText(orDash(item.tags.join(QStringLiteral(", "))));
    m_fileName->setText(item.original.present ? orDash(item.original.name) : tr("No original"));
    m_sha256->setText(item.original.present ? item.original.sha256 : QStringLiteral("—"));
    m_created->setText(orDash(item.createdAt));
    m_modified->setText(orDash(item.modifiedAt));
    m_placeholder->hide();
    m_fields->show();
}

void ItemDetailsWidget::showMessage(const QString &message)
{
    m_fields->hide();
    m_placeholder->setText(message);
    m_placeholder->show();
}

void ItemDetailsWidget::clear()
{
    for (QLabel *value : std::as_const(m_values))
        value->clear();
    showMessage(tr("Select an item to see its details."));
}

} // namespace amanat::ui
