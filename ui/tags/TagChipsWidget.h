#pragma once

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace amanat::ui {

class FlowLayout;
class LibraryEditor;

/** An item's tags as chips (each with a × that removes it) and a field that adds a tag on
 *  Enter, completing over every tag path. Edits go through the LibraryEditor (undoable). */
class TagChipsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TagChipsWidget(LibraryEditor *editor, QWidget *parent = nullptr);

    void setItem(qint64 itemId, const QStringList &tags);
    /** Every tag path, for completion. */
    void setKnownTags(const QStringList &paths);
    void clear();

    QStringList tags() const { return m_tags; }
    QLineEdit *input() const { return m_input; }

private:
    void rebuildChips();
    void addFromInput();

    LibraryEditor *m_editor;
    qint64 m_itemId = 0;
    QStringList m_tags;
    QWidget *m_chipArea = nullptr;
    FlowLayout *m_flow = nullptr;
    QLineEdit *m_input = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_completions = nullptr;
};

} // namespace amanat::ui
