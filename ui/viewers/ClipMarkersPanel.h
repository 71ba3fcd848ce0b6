#pragma once

#include "repository/ClipMarkers.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;

namespace amanat {
class Library;
}

namespace amanat::ui {

/** In and out points with a note, saved with the item (ClipMarkers, logged), and the list
 *  of the item's clips; activating one asks the player to seek to its start. */
class ClipMarkersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClipMarkersPanel(QWidget *parent = nullptr);

    void setItem(Library *library, qint64 itemId);
    void clear();
    /** The player's position, for the in/out buttons. */
    void setPosition(qint64 ms) { m_position = ms; }
    void setInPoint(qint64 ms);
    void setOutPoint(qint64 ms);
    /** Saves the marked clip; false (and a message shown) when it cannot be. */
    bool saveClip();
    int clipCount() const;

    static QString formatTime(qint64 ms);

Q_SIGNALS:
    void seekRequested(qint64 ms);

private:
    void reload();
    void updateMarks();

    Library *m_library = nullptr;
    qint64 m_itemId = 0;
    qint64 m_position = 0;
    qint64 m_in = -1;
    qint64 m_out = -1;
    QToolButton *m_inButton = nullptr;
    QToolButton *m_outButton = nullptr;
    QLabel *m_marks = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_save = nullptr;
    QListWidget *m_list = nullptr;
    QToolButton *m_delete = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace amanat::ui
