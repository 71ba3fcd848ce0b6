#include "ImportListModel.h"

#include <QFileInfo>

namespace amanat::ui {

ImportListModel::ImportListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportListModel::setFiles(const QStringList &paths)
{
    beginResetModel();
    m_rows.clear();
    m_rowOfPath.clear();
    m_rows.reserve(paths.size());
    for (const QString &path : paths) {
        m_rowOfPath.insert(path, int(m_rows.size()));
        m_rows.append({path, QFileInfo(path).fileName(), State::Queued, {}});
    }
    endResetModel();
}

void ImportListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_rowOfPath.clear();
    m_rowOfPath.squeeze();
    endResetModel();
}

void ImportListModel::setState(int row, State state, const QString &reason)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &entry = m_rows[row];
    entry.state = state;
    entry.reason = reason;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ImportListModel::settleUnfinished(State queued, State extracting)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const State state = m_rows.at(row).state;
        if (state == State::Queued || state == State::Storing)
            setState(row, queued);
        else if (state == State::Extracting)
            setState(row, extracting);
    }
}

bool ImportListModel::isFinal(State state)
{
    return state != State::Queued && state != State::Storing && state != State::Extracting;
}

QString ImportListModel::stateLabel(State state)
{
    switch (state) {
    case State::Queued:
        return tr("Queued");
    case State::Storing:
        return tr("Storing");
    case State::Extracting:
        return tr("Extracting");
    case State::Done:
        return tr("Done");
    case State::Duplicate:
        return tr("Duplicate");
    case State::ExtractionFailed:
        return tr("Stored; extraction failed");
    case State::Failed:
        return tr("Failed");
    case State::Pending:
        return tr("Stored; extraction pending");
    case State::NotImported:
        return tr("Not imported");
    }
    return {};
}

int ImportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case StateRole:
        return int(row.state);
    case ReasonRole:
        return row.reason;
    case PathRole:
        return row.path;
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return row.name;
        if (row.reason.isEmpty())
            return stateLabel(row.state);
        return tr("%1: %2").arg(stateLabel(row.state), row.reason);
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return row.path;
        return row.reason.isEmpty() ? stateLabel(row.state) : row.reason;
    default:
        return {};
    }
}

QVariant ImportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn)
        return tr("File");
    if (section == StatusColumn)
        return tr("Status");
    return {};
}

} // namespace amanat::ui
