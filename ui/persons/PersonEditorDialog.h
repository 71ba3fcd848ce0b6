#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace amanat {
class Library;
}

namespace amanat::ui {

/** Adds a protected person (a code, name variants one per line, contacts one per line), or
 *  edits one. When editing, the names and contacts stay hidden until the user presses
 *  Reveal, which records a `person_reveal` custody event (PersonRepository::logReveal)
 *  before anything is shown; without revealing, only the code can be changed. Saved on OK
 *  through the PersonRepository (each change logged with counts, never values); a refusal
 *  is shown and the dialog stays open. The fields are emptied when it closes. */
class PersonEditorDialog : public QDialog
{
    Q_OBJECT

public:
    /** @p personId 0 adds a new person. */
    PersonEditorDialog(Library *library, qint64 personId, QWidget *parent = nullptr);
    ~PersonEditorDialog() override;

    qint64 personId() const { return m_personId; }
    bool isRevealed() const { return m_revealed; }

public Q_SLOTS:
    /** Logs the reveal and shows the values; false when it could not be logged. */
    bool reveal();
    void accept() override;
    void done(int result) override;

private:
    bool save();
    void showError(const QString &message);
    static QStringList lines(const QPlainTextEdit *edit);

    Library *m_library;
    qint64 m_personId;
    bool m_witness = false;
    bool m_revealed = false;
    QString m_code;
    QStringList m_names;
    QStringList m_contacts;

    QLineEdit *m_codeEdit = nullptr;
    QWidget *m_hidden = nullptr;
    QLabel *m_hiddenLabel = nullptr;
    QPushButton *m_reveal = nullptr;
    QWidget *m_values = nullptr;
    QPlainTextEdit *m_namesEdit = nullptr;
    QPlainTextEdit *m_contactsEdit = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace amanat::ui
