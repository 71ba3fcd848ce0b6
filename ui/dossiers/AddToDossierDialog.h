#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace amanat {
class Library;
}

namespace amanat::ui {

/** Asks which dossier, and which of its sections, selected items join as exhibits ("Add to
 *  Dossier…" in the item list and the detail pane), so nobody has to drag them. */
class AddToDossierDialog : public QDialog
{
    Q_OBJECT

public:
    /** Lists the dossiers of @p library (read on this thread: a handful of rows). */
    AddToDossierDialog(Library *library, int itemCount, QWidget *parent = nullptr);

    /** 0 when the library has no dossier yet. */
    qint64 dossierId() const;
    /** The section's title; empty: the dossier's last section. */
    QString section() const;

private:
    void loadSections();

    Library *m_library;
    QComboBox *m_dossier = nullptr;
    QComboBox *m_section = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace amanat::ui
