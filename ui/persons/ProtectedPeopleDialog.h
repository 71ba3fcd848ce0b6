#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QMessageBox;
class QPushButton;
class QTableView;

namespace amanat {
class Library;
}

namespace amanat::ui {

class PersonEditorDialog;
class ProtectedPersonModel;

/** Library → Protected People: everyone whose identity must not leave the library, listed
 *  by code with the number of names and contacts (never the values). Adds and edits people
 *  in a PersonEditorDialog (values shown only after a logged reveal) and deletes them after
 *  a confirmation. Every change goes through the PersonRepository and its custody events. */
class ProtectedPeopleDialog : public QDialog
{
    Q_OBJECT

public:
    ProtectedPeopleDialog(Library *library, QWidget *parent = nullptr);
    ~ProtectedPeopleDialog() override;

    ProtectedPersonModel *model() const { return m_model; }
    /** The add or edit dialog while it is open (tests drive it), else nullptr. */
    PersonEditorDialog *editor() const;
    /** The delete confirmation while it is open, else nullptr. */
    QMessageBox *confirmation() const;

public Q_SLOTS:
    void addPerson();
    void editSelected();
    void deleteSelected();
    void reload();

private:
    void openEditor(qint64 personId);
    void updateButtons();
    void showError(const QString &message);
    qint64 selectedPerson() const;

    Library *m_library;
    ProtectedPersonModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_error = nullptr;
    QPointer<PersonEditorDialog> m_editor;
    QPointer<QMessageBox> m_confirm;
};

} // namespace amanat::ui
