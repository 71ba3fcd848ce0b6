#pragma once

#include "repository/DossierRepository.h"

#include <QAbstractItemModel>
#include <QHash>

namespace amanat {
class Library;
}

namespace amanat::ui {

/** One dossier as a tree: sections at the top level, their exhibits under them. Columns:
 *  label (a section's title), the item's title, its kind, and the exhibit's page range or
 *  time segment.
 *
 *  Accepts drops of item ids (ItemMimeData, from the item list: added to the section dropped
 *  on, or the last one) and internal moves of exhibits and sections. Every change goes
 *  through the DossierRepository, so it is one transaction with its custody event; the model
 *  then reloads from the library (a model reset) and tells the view through reloaded(). A
 *  failure is reported through failed() and changes nothing. */
class DossierModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        LabelColumn,
        TitleColumn,
        KindColumn,
        RangeColumn,
        ColumnCount
    };
    enum Role
    {
        SectionIdRole = Qt::UserRole + 1, ///< the row's section (for an exhibit: its section)
        ExhibitIdRole,                    ///< 0 for a section row
        ItemIdRole                        ///< 0 for a section row
    };

    explicit DossierModel(QObject *parent = nullptr);

    /** Shows dossier @p dossierId of @p library (not owned); nullptr or 0 empties the model. */
    void setDossier(Library *library, qint64 dossierId);
    qint64 dossierId() const { return m_dossierId; }
    /** Reads the sections and exhibits again (a reset). */
    void reload();

    const QVector<DossierSection> &sections() const { return m_sections; }
    /** The exhibit at @p index, or nullptr for a section row or an invalid index. */
    const Exhibit *exhibitAt(const QModelIndex &index) const;
    QModelIndex sectionIndex(qint64 sectionId) const;
    QModelIndex exhibitIndex(qint64 exhibitId) const;

    // Edits through the repository; each returns false (and emits failed()) when refused.
    Result<qint64> addSection(const QString &title);
    bool renameSection(qint64 sectionId, const QString &title);
    bool removeSection(qint64 sectionId);
    bool moveSection(qint64 sectionId, int newPosition);
    /** Adds @p itemIds to section @p sectionId (0: the last section, created when there is
     *  none) at @p row (-1: the end), in one transaction. */
    bool addItems(const QVector<qint64> &itemIds, qint64 sectionId, int row = -1);
    bool removeExhibit(qint64 exhibitId);
    /** Labels the exhibits again in order (A1, A2… B1…); false on an error (shown). */
    bool relabelExhibits();
    bool moveExhibit(qint64 exhibitId, qint64 sectionId, int newPosition);
    bool updateExhibit(const Exhibit &exhibit);
    /** Moves the section or exhibit at @p index one place up (-1) or down (+1); an exhibit
     *  at the edge of its section goes to the end/start of the neighbouring section. */
    bool moveBy(const QModelIndex &index, int delta);

    /** The MIME type of a dragged section or exhibit inside the tree. */
    static QString entryMimeType();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    /** "pp. 3–7", "1:05–2:30" or empty (the whole item). */
    static QString rangeText(const Exhibit &exhibit);
    /** Milliseconds as "[h:]mm:ss[.mmm]". */
    static QString timeText(qint64 ms);

Q_SIGNALS:
    /** The model was reset after a change or reload(). */
    void reloaded();
    void failed(const QString &message);

private:
    struct ItemInfo
    {
        QString title;
        QString kind;
    };
    const ItemInfo &itemInfo(qint64 itemId) const;
    bool check(const Status &status);
    void resetFrom(QVector<DossierSection> sections);

    Library *m_library = nullptr;
    qint64 m_dossierId = 0;
    QVector<DossierSection> m_sections;
    mutable QHash<qint64, ItemInfo> m_items;
};

} // namespace amanat::ui
