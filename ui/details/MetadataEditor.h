#pragma once

#include "repository/ItemRepository.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace amanat::ui {

class LibraryEditor;

/** Edits the common metadata of one item (kind, title, description, event date, place, language,
 *  source and citation fields, notes). Each field is saved when editing finishes, as one
 *  undoable command through the LibraryEditor; a value the core refuses is shown with the
 *  reason and put back. Protected witness fields are never shown here. */
class MetadataEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MetadataEditor(LibraryEditor *editor, QWidget *parent = nullptr);

    void showItem(const Item &item);
    void clear();
    qint64 itemId() const { return m_item.id; }

    /** The object name of a field's editor: "title" → "titleEdit", "event_date" → "eventDateEdit".
     */
    static QString editorName(const QString &field);

private:
    void addLine(const char *field, const QString &label, const QString &placeholder = {});
    void addText(const char *field, const QString &label);
    void commit(const QString &field, const QString &value);
    void revert(const QString &field);
    bool eventFilter(QObject *watched, QEvent *event) override;

    LibraryEditor *m_editor;
    Item m_item;
    QFormLayout *m_form = nullptr;
    QLabel *m_error = nullptr;
    QComboBox *m_kind = nullptr;
    QHash<QString, QLineEdit *> m_lines;
    QHash<QString, QPlainTextEdit *> m_texts;
};

} // namespace amanat::ui
