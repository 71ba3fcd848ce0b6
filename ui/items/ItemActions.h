#pragma once

#include <QMap>
#include <QObject>
#include <QVector>

#include <functional>

class QAction;
class QWidget;

namespace amanat {
class Library;
}

namespace amanat::ui {

class LibraryEditor;
class ReextractRunner;

/** What can be done to the selected items, for the Item menu, the item list's context
 *  menu and the detail pane: a new testimony, delete (undoable until the library is locked), export
 * the original, read the text again with chosen OCR languages, add to a dossier. Each action asks
 * what it needs in a dialog, then calls the method of the same name, which the GUI tests call
 * directly. Results and failures are reported as sentences. */
class ItemActions : public QObject
{
    Q_OBJECT

public:
    ItemActions(QWidget *window, LibraryEditor *editor, ReextractRunner *reextract);

    /** Where the selection comes from (the item list). */
    void setSelectionSource(std::function<QVector<qint64>()> selection);
    /** The library (not owned; a read view); nullptr disables every action. */
    void setLibrary(Library *library);
    /** Enables the actions that fit the current selection. */
    void updateEnabled();

    QAction *newTestimonyAction() const { return m_newTestimony; }
    QAction *deleteAction() const { return m_delete; }
    QAction *exportAction() const { return m_export; }
    QAction *readAgainAction() const { return m_readAgain; }
    QAction *addToDossierAction() const { return m_addToDossier; }
    QList<QAction *> actions() const;

    // What the actions do once their dialog is answered.
    /** Creates a testimony from @p fields (title, witness_code, …), tagged
     *  "Testimonies/<witness code>"; @p files are then imported with that tag
     *  (importRequested()). Returns its id, or 0 (and failed()). */
    qint64 createTestimony(const QMap<QString, QString> &fields, const QStringList &files);
    void deleteItems(const QVector<qint64> &itemIds);
    /** Writes item @p itemId's original to @p path (an existing file is not overwritten). */
    void exportOriginal(qint64 itemId, const QString &path);
    bool readAgain(const QVector<qint64> &itemIds, const QString &ocrLanguages);
    bool addToDossier(const QVector<qint64> &itemIds, qint64 dossierId, const QString &section);

Q_SIGNALS:
    /** A sentence for the status line ("Exported to …"). */
    void message(const QString &text);
    void failed(const QString &text);
    /** @p files should be imported with @p tags (the main window's import does it). */
    void importRequested(const QStringList &files, const QStringList &tags);
    /** A new item was made: lists should show it. */
    void itemCreated(qint64 itemId);
    /** Exhibits were added to @p dossierId (an open editor on it should reload). */
    void exhibitsAdded(qint64 dossierId);

private:
    void askNewTestimony();
    void confirmDelete();
    void chooseExportTarget();
    void chooseReadAgainLanguages();
    void chooseDossier();
    QVector<qint64> selection() const;

    QWidget *m_window;
    LibraryEditor *m_editor;
    ReextractRunner *m_reextract;
    Library *m_library = nullptr;
    std::function<QVector<qint64>()> m_selection;
    QAction *m_newTestimony = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_export = nullptr;
    QAction *m_readAgain = nullptr;
    QAction *m_addToDossier = nullptr;
};

} // namespace amanat::ui
