#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <QVector>

#include <optional>

namespace amanat {
class Library;
}

namespace amanat::ui {

/** The protected people of a library, one row each: the code, how many names and contacts
 *  are recorded, and the testimony a witness belongs to. It never holds a name or contact:
 *  only their counts are kept when the people are read. */
class ProtectedPersonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        NamesColumn,
        ContactsColumn,
        TestimonyColumn,
        ColumnCount
    };
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1,
        ItemIdRole ///< the testimony's item id, or 0
    };

    explicit ProtectedPersonModel(QObject *parent = nullptr);

    /** Lists the people of @p library (not owned); nullptr empties the model. Returns the
     *  error message when they cannot be read (empty: read). */
    QString setLibrary(Library *library);
    QString reload();

    /** The row of person @p personId, or -1. */
    int rowOf(qint64 personId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 id = 0;
        QString code;
        std::optional<qint64> itemId;
        int names = 0;
        int contacts = 0;
    };

    Library *m_library = nullptr;
    QVector<Row> m_rows;
};

} // namespace amanat::ui
