#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace amanat {
class Library;
}

namespace amanat::ui {

class FindBar;

/** The extracted text of a report, document or e-mail, read-only, with find (every match
 *  highlighted, the current one selected). */
class TextViewer : public QWidget
{
    Q_OBJECT

public:
    explicit TextViewer(QWidget *parent = nullptr);

    void open(Library &library, qint64 itemId);
    void clear();
    QString text() const;

private:
    void highlightAll();
    void step(bool backward);

    QPlainTextEdit *m_text = nullptr;
    FindBar *m_findBar = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace amanat::ui
