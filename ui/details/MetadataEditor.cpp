#include "MetadataEditor.h"

#include "main/LibraryEditor.h"
#include "model/ItemFields.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace amanat::ui {

MetadataEditor::MetadataEditor(LibraryEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor)
{
    setObjectName(QStringLiteral("metadataEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("metadataErrorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();
    layout->addWidget(m_error);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(m_form);

    // Every item's kind can change (a testimony imported as a plain document); the change
    // is an edit like any other: undoable and in the history.
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (const QString &kind : itemKinds())
        m_kind->addItem(ItemFields::kindLabel(kind), kind);
    connect(m_kind, &QComboBox::activated, this,
            [this] { commit(QStringLiteral("kind"), m_kind->currentData().toString()); });
    m_form->addRow(tr("&Kind"), m_kind);
    addLine("title", tr("Title"));
    addText("description", tr("Description"));
    addLine("event_date", tr("Event date"), tr("YYYY, YYYY-MM, YYYY-MM-DD or a range A/B"));
    addLine("place", tr("Place"));
    addLine("language", tr("Language"), tr("e.g. en, ug, ar-SY"));
    addLine("source_author", tr("Source author"));
    addLine("source_title", tr("Source title"));
    addLine("source_published", tr("Published"), tr("YYYY-MM-DD"));
    addLine("source_url", tr("Source URL"));
    addLine("source_accessed", tr("Accessed"), tr("YYYY-MM-DD"));
    addText("notes", tr("Notes"));
    // A translation names its original; bundles put it after that and add a certificate.
    addLine("translation_of", tr("Translation of"), tr("number of the original item"));
    addLine("translator", tr("Translator"), tr("Name, qualification, address"));
    addLine("translation_date", tr("Translation date"), tr("YYYY-MM-DD"));
    clear();
}

QString MetadataEditor::editorName(const QString &field)
{
    QString name;
    bool upper = false;
    for (const QChar c : field) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name + QStringLiteral("Edit");
}

void MetadataEditor::addLine(const char *field, const QString &label, const QString &placeholder)
{
    const QString name = QString::fromLatin1(field);
    auto *edit = new QLineEdit(this);
    edit->setObjectName(editorName(name));
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::editingFinished, this,
            [this, edit, name] { commit(name, edit->text()); });
    m_form->addRow(label, edit);
    m_lines.insert(name, edit);
}

void MetadataEditor::addText(const char *field, const QString &label)
{
    const QString name = QString::fromLatin1(field);
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(editorName(name));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    edit->installEventFilter(this); // saved when focus leaves
    m_form->addRow(label, edit);
    m_texts.insert(name, edit);
}

bool MetadataEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        for (auto it = m_texts.constBegin(); it != m_texts.constEnd(); ++it)
            if (it.value() == watched)
                commit(it.key(), it.value()->toPlainText());
    }
    return QWidget::eventFilter(watched, event);
}

void MetadataEditor::showItem(const Item &item)
{
    m_item = item;
    m_error->hide();
    m_kind->setCurrentIndex(m_kind->findData(item.kind));
    for (auto it = m_lines.constBegin(); it != m_lines.constEnd(); ++it)
        if (it.value()->text() != item.fields.value(it.key()))
            it.value()->setText(item.fields.value(it.key()));
    for (auto it = m_texts.constBegin(); it != m_texts.constEnd(); ++it)
        if (it.value()->toPlainText() != item.fields.value(it.key()))
            it.value()->setPlainText(item.fields.value(it.key()));
    setEnabled(true);
}

void MetadataEditor::clear()
{
    m_item = Item();
    for (QLineEdit *edit : std::as_const(m_lines))
        edit->clear();
    for (QPlainTextEdit *edit : std::as_const(m_texts))
        edit->clear();
    m_error->hide();
    setEnabled(false);
}

void MetadataEditor::commit(const QString &field, const QString &value)
{
    const QString current =
        field == QLatin1String("kind") ? m_item.kind : m_item.fields.value(field);
    if (m_item.id == 0 || value == current)
        return;
    QString message;
    const auto connection = connect(m_editor, &LibraryEditor::failed, this,
                                    [&message](const QString &text) { message = text; });
    const bool ok = m_editor->setFields(m_item.id, {{field, value}});
    disconnect(connection);
    if (ok) {
        m_error->hide();
        return;
    }
    m_error->setText(message);
    m_error->show();
    revert(field);
}

void MetadataEditor::revert(const QString &field)
{
    if (field == QLatin1String("kind"))
        m_kind->setCurrentIndex(m_kind->findData(m_item.kind));
    if (QLineEdit *edit = m_lines.value(field))
        edit->setText(m_item.fields.value(field));
    if (QPlainTextEdit *edit = m_texts.value(field))
        edit->setPlainText(m_item.fields.value(field));
}

} // namespace amanat::ui
