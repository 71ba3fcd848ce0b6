#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace amanat::ui {

/** A find field with previous/next buttons and a status ("3 of 12", "Not found"). Enter
 *  finds the next match, Shift+Enter the previous one. Viewers do the searching. */
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    QString text() const;
    void setStatus(const QString &status);
    void clear();
    void focusField();

Q_SIGNALS:
    /** The text changed (debounced by the viewer if it needs to). */
    void textEdited(const QString &text);
    void findNext();
    void findPrevious();

private:
    QLineEdit *m_field = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace amanat::ui
