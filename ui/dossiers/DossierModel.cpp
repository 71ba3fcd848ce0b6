#include "DossierModel.h"

#include "items/ItemListModel.h"
#include "items/ItemMimeData.h"
#include "common/LibraryWrites.h"
#include "library/Library.h"

#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>

namespace amanat::ui {

namespace {

// An index's internal id: 0 for a section row, 1 + the section's row for an exhibit row.
constexpr quintptr kSectionRow = 0;

enum class EntryKind : quint8
{
    Section = 1,
    Exhibit = 2
};

struct Entry
{
    EntryKind kind = EntryKind::Section;
    qint64 id = 0;
    qint64 dossierId = 0;
};

QByteArray encodeEntry(const Entry &entry)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << quint8(entry.kind) << entry.id << entry.dossierId;
    return bytes;
}

bool decodeEntry(const QMimeData *data, Entry *entry)
{
    if (!data || !data->hasFormat(DossierModel::entryMimeType()))
        return false;
    QDataStream in(data->data(DossierModel::entryMimeType()));
    quint8 kind = 0;
    in >> kind >> entry->id >> entry->dossierId;
    entry->kind = EntryKind(kind);
    return in.status() == QDataStream::Ok && entry->id > 0 &&
           (entry->kind == EntryKind::Section || entry->kind == EntryKind::Exhibit);
}

} // namespace

DossierModel::DossierModel(QObject *parent) : QAbstractItemModel(parent) {}

QString DossierModel::entryMimeType()
{
    return QStringLiteral("application/x-amanat-dossier-entry");
}

void DossierModel::setDossier(Library *library, qint64 dossierId)
{
    m_library = library;
    m_dossierId = library ? dossierId : 0;
    m_items.clear();
    reload();
}

void DossierModel::reload()
{
    m_items.clear(); // titles may have been edited in the main window meanwhile
    QVector<DossierSection> sections;
    if (m_library && m_dossierId > 0) {
        auto read = m_library->dossiers().sections(m_dossierId);
        if (read.ok())
            sections = std::move(*read);
        else
            Q_EMIT failed(read.error().message);
    }
    resetFrom(std::move(sections));
}

void DossierModel::resetFrom(QVector<DossierSection> sections)
{
    beginResetModel();
    m_sections = std::move(sections);
    endResetModel();
    Q_EMIT reloaded();
}

const DossierModel::ItemInfo &DossierModel::itemInfo(qint64 itemId) const
{
    auto found = m_items.constFind(itemId);
    if (found != m_items.constEnd())
        return *found;
    ItemInfo info;
    if (m_library) {
        auto item = m_library->items().get(itemId);
        if (item.ok()) {
            info.title = item->field("title");
            info.kind = item->kind;
        } else {
            info.title = tr("(item %1 is missing)").arg(itemId);
        }
    }
    return *m_items.insert(itemId, info);
}

bool DossierModel::check(const Status &status)
{
    if (status.ok())
        return true;
    Q_EMIT failed(status.error().message);
    return false;
}

const Exhibit *DossierModel::exhibitAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kSectionRow)
        return nullptr;
    const int sectionRow = int(index.internalId() - 1);
    if (sectionRow >= m_sections.size() || index.row() >= m_sections[sectionRow].exhibits.size())
        return nullptr;
    return &m_sections[sectionRow].exhibits[index.row()];
}

QModelIndex DossierModel::sectionIndex(qint64 sectionId) const
{
    for (int row = 0; row < m_sections.size(); ++row)
        if (m_sections[row].id == sectionId)
            return createIndex(row, 0, kSectionRow);
    return {};
}

QModelIndex DossierModel::exhibitIndex(qint64 exhibitId) const
{
    for (int s = 0; s < m_sections.size(); ++s)
        for (int row = 0; row < m_sections[s].exhibits.size(); ++row)
            if (m_sections[s].exhibits[row].id == exhibitId)
                return createIndex(row, 0, quintptr(s + 1));
    return {};
}

// Edits

Result<qint64> DossierModel::addSection(const QString &title)
{
    if (!m_library || m_dossierId <= 0)
        return makeError(ErrorCode::InvalidInput, tr("Save the dossier first."));
    const qint64 dossierId = m_dossierId;
    auto id = writeNow(*m_library, [dossierId, title](Library &writer) {
        return writer.dossiers().addSection(dossierId, title);
    });
    if (!id.ok())
        Q_EMIT failed(id.error().message);
    else
        reload();
    return id;
}

bool DossierModel::renameSection(qint64 sectionId, const QString &title)
{
    if (!m_library || !check(writeNow(*m_library, [sectionId, title](Library &writer) {
            return writer.dossiers().renameSection(sectionId, title);
        })))
        return false;
    reload();
    return true;
}

bool DossierModel::removeSection(qint64 sectionId)
{
    if (!m_library || !check(writeNow(*m_library, [sectionId](Library &writer) {
            return writer.dossiers().removeSection(sectionId);
        })))
        return false;
    reload();
    return true;
}

bool DossierModel::moveSection(qint64 sectionId, int newPosition)
{
    if (!m_library || !check(writeNow(*m_library, [sectionId, newPosition](Library &writer) {
            return writer.dossiers().moveSection(sectionId, newPosition);
        })))
        return false;
    reload();
    return true;
}

bool DossierModel::addItems(const QVector<qint64> &itemIds, qint64 sectionId, int row)
{
    if (!m_library || m_dossierId <= 0 || itemIds.isEmpty())
        return false;
    ExhibitRequest request;
    request.itemIds = itemIds;
    int sectionSize = -1;
    for (const DossierSection &section : std::as_const(m_sections))
        if (section.id == sectionId) {
            request.section = section.title;
            sectionSize = int(section.exhibits.size());
        }
    if (sectionId != 0 && sectionSize < 0)
        return check(makeError(ErrorCode::NotFound, tr("That section no longer exists.")));
    if (request.section.isEmpty() && m_sections.isEmpty())
        request.section = tr("A. Exhibits"); // a dossier without sections gets a first one
    // Added at the end of the section, unless dropped on a row inside it.
    const bool atRow = row >= 0 && sectionSize >= 0 && row < sectionSize;
    const qint64 dossierId = m_dossierId;
    auto ids = writeNow(*m_library, [=](Library &writer) {
        return atRow ? writer.dossiers().addExhibitsAt(dossierId, request, sectionId, row)
                     : writer.dossiers().addExhibits(dossierId, request);
    });
    if (!ids.ok())
        return check(ids.error());
    reload();
    return true;
}

bool DossierModel::removeExhibit(qint64 exhibitId)
{
    if (!m_library || !check(writeNow(*m_library, [exhibitId](Library &writer) {
            return writer.dossiers().removeExhibit(exhibitId);
        })))
        return false;
    reload();
    return true;
}

bool DossierModel::relabelExhibits()
{
    if (!m_library)
        return false;
    const qint64 dossierId = m_dossierId;
    const Status done = writeNow(*m_library, [dossierId](Library &writer) -> Status {
        auto changes = writer.dossiers().relabelExhibits(dossierId);
        return changes.ok() ? Status() : Status(changes.error());
    });
    if (!check(done))
        return false;
    reload();
    return true;
}

bool DossierModel::moveExhibit(qint64 exhibitId, qint64 sectionId, int newPosition)
{
    if (!m_library || !check(writeNow(*m_library, [=](Library &writer) {
            return writer.dossiers().moveExhibit(exhibitId, sectionId, newPosition);
        })))
        return false;
    reload();
    return true;
}

bool DossierModel::updateExhibit(const Exhibit &exhibit)
{
    if (!m_library || !check(writeNow(*m_library, [exhibit](Library &writer) {
            return writer.dossiers().updateExhibit(exhibit);
        })))
        return false;
    reload();
    return true;
}

bool DossierModel::moveBy(const QModelIndex &index, int delta)
{
    if (!index.isValid() || (delta != -1 && delta != 1))
        return false;
    if (const Exhibit *exhibit = exhibitAt(index)) {
        const int sectionRow = int(index.internalId() - 1);
        const int target = index.row() + delta;
        if (target >= 0 && target < m_sections[sectionRow].exhibits.size())
            return moveExhibit(exhibit->id, exhibit->sectionId, target);
        // Over the edge: into the neighbouring section, at its near end.
        const int neighbour = sectionRow + delta;
        if (neighbour < 0 || neighbour >= m_sections.size())
            return false;
        return moveExhibit(exhibit->id, m_sections[neighbour].id,
                           delta < 0 ? int(m_sections[neighbour].exhibits.size()) : 0);
    }
    const int target = index.row() + delta;
    if (target < 0 || target >= m_sections.size())
        return false;
    return moveSection(m_sections[index.row()].id, target);
}

// Model

QModelIndex DossierModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kSectionRow);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex DossierModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSectionRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSectionRow);
}

int DossierModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.column() != 0 || parent.internalId() != kSectionRow ||
        parent.row() >= m_sections.size())
        return 0;
    return int(m_sections[parent.row()].exhibits.size());
}

int DossierModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString DossierModel::timeText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    QString text =
        seconds >= 3600
            ? QStringLiteral("%1:%2:%3")
                  .arg(seconds / 3600)
                  .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                  .arg(seconds % 60, 2, 10, QLatin1Char('0'))
            : QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (ms % 1000 != 0)
        text += QStringLiteral(".%1").arg(ms % 1000, 3, 10, QLatin1Char('0'));
    return text;
}

QString DossierModel::rangeText(const Exhibit &exhibit)
{
    if (exhibit.firstPage && exhibit.lastPage)
        return *exhibit.firstPage == *exhibit.lastPage
                   ? tr("p. %1").arg(*exhibit.firstPage)
                   : tr("pp. %1–%2").arg(*exhibit.firstPage).arg(*exhibit.lastPage);
    if (exhibit.startMs && exhibit.endMs)
        return tr("%1–%2").arg(timeText(*exhibit.startMs), timeText(*exhibit.endMs));
    return {};
}

QVariant DossierModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kSectionRow) {
        if (index.row() >= m_sections.size())
            return {};
        const DossierSection &section = m_sections[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            // Shown across all columns (the editor spans section rows).
            if (index.column() == LabelColumn)
                return tr("%1  —  %n exhibit(s)", nullptr, int(section.exhibits.size()))
                    .arg(section.title);
            return {};
        case Qt::EditRole:
            return index.column() == LabelColumn ? QVariant(section.title) : QVariant();
        case Qt::FontRole:
            if (index.column() == LabelColumn) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case SectionIdRole:
            return section.id;
        case ExhibitIdRole:
        case ItemIdRole:
            return qint64(0);
        default:
            return {};
        }
    }
    const Exhibit *exhibit = exhibitAt(index);
    if (!exhibit)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn:
            return exhibit->label;
        case TitleColumn:
            return itemInfo(exhibit->itemId).title;
        case KindColumn:
            return ItemListModel::kindLabel(itemInfo(exhibit->itemId).kind);
        case RangeColumn: {
            const QString range = rangeText(*exhibit);
            return range.isEmpty() ? tr("all") : range;
        }
        default:
            return {};
        }
    case Qt::EditRole:
        return index.column() == LabelColumn ? QVariant(exhibit->label) : QVariant();
    case Qt::ToolTipRole:
        return exhibit->description.isEmpty() ? QVariant() : QVariant(exhibit->description);
    case SectionIdRole:
        return exhibit->sectionId;
    case ExhibitIdRole:
        return exhibit->id;
    case ItemIdRole:
        return exhibit->itemId;
    default:
        return {};
    }
}

QVariant DossierModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Label");
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Kind");
    case RangeColumn:
        return tr("Pages / segment");
    default:
        return {};
    }
}

bool DossierModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != LabelColumn)
        return false;
    const QString text = value.toString().trimmed();
    if (index.internalId() == kSectionRow) {
        const DossierSection &section = m_sections[index.row()];
        return text != section.title && renameSection(section.id, text);
    }
    const Exhibit *exhibit = exhibitAt(index);
    if (!exhibit || text == exhibit->label)
        return false;
    Exhibit changed = *exhibit;
    changed.label = text;
    return updateExhibit(changed);
}

Qt::ItemFlags DossierModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // between sections
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.column() == LabelColumn)
        flags |= Qt::ItemIsEditable;
    if (index.internalId() == kSectionRow)
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList DossierModel::mimeTypes() const
{
    return {ItemMimeData::mimeType(), entryMimeType()};
}

QMimeData *DossierModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (!index.isValid())
            continue;
        Entry entry;
        entry.dossierId = m_dossierId;
        if (const Exhibit *exhibit = exhibitAt(index)) {
            entry.kind = EntryKind::Exhibit;
            entry.id = exhibit->id;
        } else {
            entry.kind = EntryKind::Section;
            entry.id = m_sections.value(index.row()).id;
        }
        auto *data = new QMimeData;
        data->setData(entryMimeType(), encodeEntry(entry));
        return data;
    }
    return nullptr;
}

bool DossierModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                   int column, const QModelIndex &parent) const
{
    Q_UNUSED(row);
    Q_UNUSED(column);
    if (!data || !m_library || m_dossierId <= 0 ||
        (action != Qt::CopyAction && action != Qt::MoveAction))
        return false;
    if (parent.isValid() && parent.internalId() != kSectionRow)
        return false; // onto an exhibit: only between rows
    if (data->hasFormat(ItemMimeData::mimeType()))
        return !ItemMimeData::ids(data).isEmpty();
    Entry entry;
    if (!decodeEntry(data, &entry) || entry.dossierId != m_dossierId)
        return false;
    if (entry.kind == EntryKind::Section)
        return !parent.isValid() || parent.column() == 0;
    return !m_sections.isEmpty();
}

bool DossierModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // The section dropped into and the row in it (-1: the end).
    qint64 sectionId = 0;
    int sectionRow = -1;
    int rowInSection = -1;
    if (parent.isValid()) {
        sectionRow = parent.row();
        rowInSection = row;
    } else if (row > 0) {
        sectionRow = row - 1; // between two sections: the end of the one above
    } else if (row == 0) {
        sectionRow = 0;
        rowInSection = 0;
    } else {
        sectionRow = int(m_sections.size()) - 1; // on the empty area: the last section
    }
    if (sectionRow >= 0 && sectionRow < m_sections.size())
        sectionId = m_sections[sectionRow].id;

    if (data->hasFormat(ItemMimeData::mimeType()))
        return addItems(ItemMimeData::ids(data), sectionId, rowInSection);

    Entry entry;
    decodeEntry(data, &entry);
    if (entry.kind == EntryKind::Section) {
        const QModelIndex from = sectionIndex(entry.id);
        if (!from.isValid())
            return false;
        int target = parent.isValid() ? parent.row() : (row < 0 ? int(m_sections.size()) : row);
        if (target > from.row())
            --target; // positions count without the moving section
        return target != from.row() && moveSection(entry.id, target);
    }
    const QModelIndex from = exhibitIndex(entry.id);
    if (!from.isValid() || sectionId == 0)
        return false;
    int target = rowInSection < 0 ? int(m_sections[sectionRow].exhibits.size()) : rowInSection;
    const bool sameSection = from.parent().row() == sectionRow;
    if (sameSection && target > from.row())
        --target; // positions count without the moving exhibit
    if (sameSection && target == from.row())
        return false;
    return moveExhibit(entry.id, sectionId, target);
}

Qt::DropActions DossierModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

Qt::DropActions DossierModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace amanat::ui
