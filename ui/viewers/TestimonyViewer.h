#pragma once

#include "common/Result.h"

#include <QFuture>
#include <QMap>
#include <QWidget>

#include <memory>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace amanat {
class Library;
}

namespace amanat::ui {

class InterviewFields;
class TestimonyRecordings;
class TranscriptPane;

/** A testimony: its fields (witness code, interview date and place, interviewer, consent
 *  and its date), its recordings (TestimonyRecordings), the transcript with autosave (about a
 * second after typing stops, and on leaving), and the protected witness name and contact, hidden
 * until the user asks to reveal them and confirms; each reveal is written to the custody log (field
 * names only). Everything is saved through the core, so the search index and the log follow. */
class TestimonyViewer : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kAutosaveDelayMs = 1000; ///< as TranscriptPane's

    explicit TestimonyViewer(QWidget *parent = nullptr);
    ~TestimonyViewer() override;

    void open(Library &library, qint64 itemId);
    /** Saves a pending transcript edit, then forgets the item and hides the protected
     *  fields again. */
    void clear();
    /** Saves the transcript now if it changed; false when saving failed. */
    bool flushTranscript();
    /** What the autosave timer runs: the same save, without waiting for it (the writer may
     *  be busy storing a large file); the status line says when it is saved. */
    void autosaveTranscript();
    bool isRevealed() const { return m_revealed; }

Q_SIGNALS:
    void transcriptSaved();

private:
    void load();
    void saveFields();
    void askReveal();
    void reveal();
    void hideProtected();

    Library *m_library = nullptr;
    qint64 m_itemId = 0;
    QMap<QString, QString> m_loaded;
    std::unique_ptr<InterviewFields> m_interview;
    QPushButton *m_saveFields = nullptr;
    QLabel *m_fieldsStatus = nullptr;
    TranscriptPane *m_transcript = nullptr;
    TestimonyRecordings *m_recordings = nullptr;
    QLabel *m_protectedHidden = nullptr;
    QWidget *m_protectedFields = nullptr;
    QLineEdit *m_witnessName = nullptr;
    QLineEdit *m_witnessContact = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_hide = nullptr;
    QMessageBox *m_confirm = nullptr;
    bool m_revealed = false;
    QMap<QString, QString> m_revealedValues;
};

} // namespace amanat::ui
