#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace amanat {
class Library;
}

namespace amanat::ui {

/** The redactions of one item, as a bundle will apply them: text redactions (every
 *  occurrence of a string) and page areas (drawn in the viewers). Adds text redactions and
 *  removes any, through the RedactionRepository (logged without the hidden string). The
 *  originals never change; redactions apply to exports only. */
class RedactionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RedactionsPanel(QWidget *parent = nullptr);

    /** Shows the redactions of @p itemId in @p library (not owned); 0 clears the panel. */
    void setItem(Library *library, qint64 itemId);
    qint64 itemId() const { return m_itemId; }
    int count() const;

public Q_SLOTS:
    void reload();
    bool addText(const QString &text);
    void removeSelected();

private:
    void showError(const QString &message);

    Library *m_library = nullptr;
    qint64 m_itemId = 0;
    QListWidget *m_list = nullptr;
    QLineEdit *m_text = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace amanat::ui
