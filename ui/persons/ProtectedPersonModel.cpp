#include "ProtectedPersonModel.h"

#include "library/Library.h"

namespace amanat::ui {

ProtectedPersonModel::ProtectedPersonModel(QObject *parent) : QAbstractTableModel(parent) {}

QString ProtectedPersonModel::setLibrary(Library *library)
{
    m_library = library;
    return reload();
}

QString ProtectedPersonModel::reload()
{
    QVector<Row> rows;
    QString error;
    if (m_library) {
        auto people = m_library->persons().all();
        if (people.ok()) {
            for (const ProtectedPerson &person : std::as_const(*people))
                rows.append(Row{person.id, person.code, person.itemId, int(person.names.size()),
                                int(person.contacts.size())});
        } else {
            error = people.error().message;
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    return error;
}

int ProtectedPersonModel::rowOf(qint64 personId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == personId)
            return row;
    return -1;
}

int ProtectedPersonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProtectedPersonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProtectedPersonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return row.code;
        case NamesColumn:
            return tr("%n name(s)", nullptr, row.names);
        case ContactsColumn:
            return tr("%n contact(s)", nullptr, row.contacts);
        case TestimonyColumn:
            return row.itemId ? tr("Witness of item %1").arg(*row.itemId) : tr("Recorded here");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TestimonyColumn)
            return row.itemId ? tr("The witness of testimony item %1: the code is the "
                                   "testimony's witness code.")
                                    .arg(*row.itemId)
                              : tr("Recorded in this list (a relative, a photographer, anyone "
                                   "a file names), not as a testimony's witness.");
        break;
    case PersonIdRole:
        return row.id;
    case ItemIdRole:
        return row.itemId.value_or(0);
    default:
        break;
    }
    return QVariant();
}

QVariant ProtectedPersonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NamesColumn:
        return tr("Names");
    case ContactsColumn:
        return tr("Contacts");
    case TestimonyColumn:
        return tr("Witness of");
    }
    return QVariant();
}

} // namespace amanat::ui
