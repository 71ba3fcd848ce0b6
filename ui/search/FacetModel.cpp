#include "FacetModel.h"

#include "items/ItemListModel.h"
#include "search/SearchQuery.h"

namespace amanat::ui {

namespace {

constexpr quintptr kGroupNode = 0; // internal id of a group; a value's is its group + 1
constexpr int kMaxValuesPerGroup = 30;

} // namespace

FacetModel::FacetModel(QObject *parent) : QAbstractItemModel(parent) {}

void FacetModel::setFacets(const SearchFacets &facets, Refresh refresh)
{
    beginResetModel();
    const QVector<FacetCount> *sources[GroupCount] = {&facets.kinds, &facets.tags, &facets.years};
    for (int group = 0; group < GroupCount; ++group) {
        // Narrowed by its own ticked value, a group's hits would show only that value.
        if (refresh == Refresh::KeepCheckedGroups && !m_checked[group].isEmpty() &&
            !m_values[group].isEmpty())
            continue;
        m_values[group].clear();
        bool checkedSeen = m_checked[group].isEmpty();
        for (const FacetCount &count : *sources[group]) {
            if (m_values[group].size() >= kMaxValuesPerGroup)
                break;
            m_values[group].append({count.value, count.count});
            checkedSeen = checkedSeen || count.value == m_checked[group];
        }
        // A checked tag may have no hit carrying exactly it (its sub-tags matched): keep it.
        if (!checkedSeen)
            m_values[group].prepend({m_checked[group], -1});
    }
    endResetModel();
}

void FacetModel::clear()
{
    beginResetModel();
    for (int group = 0; group < GroupCount; ++group) {
        m_values[group].clear();
        m_checked[group].clear();
    }
    endResetModel();
}

void FacetModel::setChecked(Group group, const QString &value, bool checked)
{
    const QString old = m_checked[group];
    const QString now = checked ? value : (old == value ? QString() : old);
    if (now == old)
        return;
    m_checked[group] = now;
    for (const QString &changed : {old, now}) {
        const QModelIndex at = indexOf(group, changed);
        if (at.isValid())
            Q_EMIT dataChanged(at, at, {Qt::CheckStateRole});
    }
    Q_EMIT filtersChanged();
}

void FacetModel::toggle(const QModelIndex &index)
{
    if (!index.isValid() || index.internalId() == kGroupNode)
        return;
    const auto group = Group(index.internalId() - 1);
    const QString value = m_values[group].at(index.row()).value;
    setChecked(group, value, m_checked[group] != value);
}

bool FacetModel::hasCheckedValues() const
{
    for (const QString &checked : m_checked)
        if (!checked.isEmpty())
            return true;
    return false;
}

QString FacetModel::filterQuery() const
{
    QStringList parts;
    if (!m_checked[KindGroup].isEmpty())
        parts << QStringLiteral("kind:") + m_checked[KindGroup];
    if (!m_checked[TagGroup].isEmpty())
        parts << SearchQuery::tagFilter(m_checked[TagGroup]);
    if (!m_checked[YearGroup].isEmpty())
        parts << QStringLiteral("after:") + m_checked[YearGroup]
              << QStringLiteral("before:") + m_checked[YearGroup];
    return parts.join(QLatin1Char(' '));
}

QModelIndex FacetModel::indexOf(Group group, const QString &value) const
{
    if (value.isEmpty())
        return {};
    for (int row = 0; row < m_values[group].size(); ++row)
        if (m_values[group].at(row).value == value)
            return createIndex(row, 0, quintptr(group) + 1);
    return {};
}

QModelIndex FacetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupNode);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex FacetModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupNode)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupNode);
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.column() != 0 || parent.internalId() != kGroupNode)
        return 0;
    return int(m_values[parent.row()].size());
}

int FacetModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QString FacetModel::chipLabel(Group group) const
{
    const QString &value = m_checked[group];
    switch (group) {
    case KindGroup:
        return tr("Kind: %1").arg(ItemListModel::kindLabel(value));
    case TagGroup:
        return tr("Tag: %1").arg(value);
    case YearGroup:
    case GroupCount:
        break;
    }
    return tr("Year: %1").arg(value);
}

QString FacetModel::label(Group group, const Value &value) const
{
    const QString name = group == KindGroup ? ItemListModel::kindLabel(value.value) : value.value;
    return value.count < 0 ? name : tr("%1 (%2)").arg(name).arg(value.count);
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupNode) {
        const auto group = Group(index.row());
        if (role == GroupRole)
            return int(group);
        if (role != Qt::DisplayRole)
            return {};
        switch (group) {
        case KindGroup:
            return tr("Kind");
        case TagGroup:
            return tr("Tag");
        case YearGroup:
            return tr("Year");
        default:
            return {};
        }
    }
    const auto group = Group(index.internalId() - 1);
    const Value &value = m_values[group].at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return label(group, value);
    case Qt::CheckStateRole:
        return m_checked[group] == value.value ? Qt::Checked : Qt::Unchecked;
    case GroupRole:
        return int(group);
    case ValueRole:
        return value.value;
    case CountRole:
        return value.count;
    default:
        return {};
    }
}

bool FacetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.internalId() == kGroupNode || role != Qt::CheckStateRole)
        return false;
    const auto group = Group(index.internalId() - 1);
    setChecked(group, m_values[group].at(index.row()).value, value.toInt() == int(Qt::Checked));
    return true;
}

Qt::ItemFlags FacetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupNode)
        return Qt::ItemIsEnabled;
    // Not user-checkable: the view toggles a value on click or Space (see LibraryView), so a
    // click on the check box does not toggle it twice.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace amanat::ui
