#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QString>
#include <QVector>

namespace amanat::ui {

/** The files of the running (or last) import, one row each: the file name and what has
 *  happened to it. Lives in memory only; clear() forgets every name (on lock, for one). */
class ImportListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class State
    {
        Queued,
        Storing,
        Extracting,
        Done,
        Duplicate,
        ExtractionFailed, ///< stored, but text/metadata not (fully) extracted
        Failed,           ///< not stored
        Pending,          ///< stored; extraction left for later (the import was cancelled)
        NotImported       ///< never tried (cancelled, or the import stopped early)
    };
    enum Column
    {
        NameColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        StateRole = Qt::UserRole + 1,
        ReasonRole,
        PathRole
    };

    explicit ImportListModel(QObject *parent = nullptr);

    void setFiles(const QStringList &paths);
    void clear();
    /** The row of @p path, or -1. */
    int rowOf(const QString &path) const { return m_rowOfPath.value(path, -1); }
    void setState(int row, State state, const QString &reason = {});
    State state(int row) const { return m_rows.at(row).state; }
    QString reason(int row) const { return m_rows.at(row).reason; }
    /** Rows still queued, storing or extracting get @p queued / @p extracting. */
    void settleUnfinished(State queued, State extracting);

    static QString stateLabel(State state);
    static bool isFinal(State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString path;
        QString name;
        State state = State::Queued;
        QString reason;
    };
    QVector<Row> m_rows;
    QHash<QString, int> m_rowOfPath;
};

} // namespace amanat::ui
