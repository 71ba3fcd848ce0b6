#pragma once

#include <QDialog>
#include <QMap>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;

namespace amanat::ui {

class InterviewFields;

/** "New Testimony…": the interview form first (title, witness code, date and place,
 *  interviewer, interpreter, languages, consent), then the files that belong to it —
 *  recordings, scans of signed statements, typed transcripts — which are imported beside
 *  it, tagged with the witness code. The witness's name and contact are added afterwards in
 *  the testimony's protected fields, never here in the clear. */
class NewTestimonyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewTestimonyDialog(QWidget *parent = nullptr);
    ~NewTestimonyDialog() override;

    /** Field name → value, as the core stores them (title, language, witness_code, …). */
    QMap<QString, QString> fields() const;
    /** The files to import with it. */
    QStringList files() const;
    /** Adds files to the list (what "Add Files…" does once they are chosen). */
    void addFiles(const QStringList &paths);

    void accept() override;

private:
    QLineEdit *m_title = nullptr;
    QLineEdit *m_language = nullptr;
    std::unique_ptr<InterviewFields> m_interview;
    QListWidget *m_files = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace amanat::ui
