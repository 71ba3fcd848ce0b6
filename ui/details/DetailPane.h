#pragma once

#include "ViewerFactory.h"
#include "repository/ItemRepository.h"

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace amanat {
class Library;
}

namespace amanat::ui {

class CustodyHistoryWidget;
class LibraryEditor;
class MetadataEditor;
class TagChipsWidget;

/** The selected item: its title and kind on top, then tabs for the viewer, the metadata
 *  editor with the tag chips and the original's record, and the custody history. */
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(LibraryEditor *editor, QWidget *parent = nullptr);

    /** Shows @p item of @p library (not owned), the viewer at @p page, or at the passage
     *  of @p searchText, where a search hit is. */
    void showItem(amanat::Library *library, const Item &item, int page = 0,
                  const QString &searchText = {});
    /** Updates the shown item after an edit, leaving the viewer alone. */
    void updateItem(amanat::Library *library, const Item &item);
    void showMessage(const QString &message);
    void clear();
    void setKnownTags(const QStringList &paths);
    /** Buttons under the title for what can be done to the item (add to a dossier, …). */
    void setItemActions(const QList<QAction *> &actions);

    qint64 itemId() const { return m_itemId; }
    TagChipsWidget *tagChips() const { return m_chips; }
    MetadataEditor *metadataEditor() const { return m_metadata; }

private:
    void showExtraction(amanat::Library *library, const Item &item);

    QLabel *m_placeholder = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_extraction = nullptr; ///< why the text could not be read, when it could not
    QHBoxLayout *m_actions = nullptr;
    QTabWidget *m_tabs = nullptr;
    ItemViewerWidget *m_viewer = nullptr;
    MetadataEditor *m_metadata = nullptr;
    TagChipsWidget *m_chips = nullptr;
    QLabel *m_original = nullptr;
    CustodyHistoryWidget *m_history = nullptr;
    qint64 m_itemId = 0;
    QString m_viewerKind; ///< the kind the viewer was opened for
};

} // namespace amanat::ui
