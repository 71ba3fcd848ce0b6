#include "RedactionsPanel.h"

#include "common/LibraryWrites.h"
#include "library/Library.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace amanat::ui {

namespace {

constexpr int kRedactionIdRole = Qt::UserRole + 1;

} // namespace

RedactionsPanel::RedactionsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("redactionsPanel"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("redactionList"));
    m_list->setAccessibleName(tr("Redactions of this item"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 4 + 8);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("redactTextEdit"));
    m_text->setPlaceholderText(tr("Text to remove from the bundle"));
    m_text->setAccessibleName(tr("Text to remove from the bundle"));
    m_add = new QPushButton(tr("Redact"), this);
    m_add->setObjectName(QStringLiteral("addRedactionButton"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeRedactionButton"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("redactionErrorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *note = new QLabel(tr("Redactions apply to every export of this item; the original "
                               "stays as it is. Page areas are drawn in the viewer."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto add = [this] {
        if (addText(m_text->text()))
            m_text->clear();
    };
    connect(m_add, &QPushButton::clicked, this, add);
    connect(m_text, &QLineEdit::returnPressed, this, add);
    connect(m_remove, &QPushButton::clicked, this, &RedactionsPanel::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_text, 1);
    addRow->addWidget(m_add);
    addRow->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(addRow);
    layout->addWidget(m_error);
    layout->addWidget(note);
    setItem(nullptr, 0);
}

void RedactionsPanel::setItem(Library *library, qint64 itemId)
{
    m_library = library;
    m_itemId = library ? itemId : 0;
    setEnabled(m_itemId > 0);
    showError(QString());
    reload();
}

int RedactionsPanel::count() const
{
    return m_list->count();
}

void RedactionsPanel::reload()
{
    m_list->clear();
    m_remove->setEnabled(false);
    if (!m_library || m_itemId <= 0)
        return;
    auto all = m_library->redactions().forItem(m_itemId);
    if (!all.ok()) {
        showError(all.error().message);
        return;
    }
    for (const Redaction &r : *all) {
        const QString text = r.kind == Redaction::Kind::Text
                                 ? tr("Text: “%1”").arg(r.text)
                                 : tr("Page %1, area %2 %, %3 %, %4 × %5 %")
                                       .arg(r.page)
                                       .arg(qRound(r.area.x() * 100))
                                       .arg(qRound(r.area.y() * 100))
                                       .arg(qRound(r.area.width() * 100))
                                       .arg(qRound(r.area.height() * 100));
        auto *row = new QListWidgetItem(text, m_list);
        row->setData(kRedactionIdRole, r.id);
    }
}

bool RedactionsPanel::addText(const QString &text)
{
    if (!m_library || m_itemId <= 0 || text.trimmed().isEmpty())
        return false;
    const qint64 itemId = m_itemId;
    const QString trimmed = text.trimmed();
    auto added = writeNow(*m_library, [itemId, trimmed](Library &writer) {
        return writer.redactions().addText(itemId, trimmed);
    });
    if (!added.ok()) {
        showError(added.error().message);
        return false;
    }
    showError(QString());
    reload();
    return true;
}

void RedactionsPanel::removeSelected()
{
    QListWidgetItem *row = m_list->currentItem();
    if (!m_library || !row)
        return;
    const qint64 redactionId = row->data(kRedactionIdRole).toLongLong();
    auto removed = writeNow(*m_library, [redactionId](Library &writer) {
        return writer.redactions().remove(redactionId);
    });
    if (!removed.ok())
        showError(removed.error().message);
    reload();
}

void RedactionsPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace amanat::ui
