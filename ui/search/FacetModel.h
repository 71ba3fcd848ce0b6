#pragma once

#include "search/SearchEngine.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace amanat::ui {

/** The facets of the current search as a two-level tree: groups (kind, tag, year) with the
 *  values found among the hits and their counts. Values are checkable, at most one per
 *  group; the checked ones become query filters (filterQuery()) that narrow the search. */
class FacetModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Group
    {
        KindGroup,
        TagGroup,
        YearGroup,
        GroupCount
    };
    enum Role
    {
        GroupRole = Qt::UserRole + 1,
        ValueRole,
        CountRole
    };

    explicit FacetModel(QObject *parent = nullptr);

    enum class Refresh
    {
        Replace,          ///< a new query: every group shows the values of its hits
        KeepCheckedGroups ///< only the ticked values changed: a group with a ticked value
                          ///< keeps listing its other values, to switch to one of them
    };
    /** Shows the facets of a result; checked values stay checked. */
    void setFacets(const SearchFacets &facets, Refresh refresh = Refresh::Replace);
    /** Forgets the facets and what was checked. */
    void clear();
    /** Checks @p value of @p group (unchecking another of the group), or unchecks it. */
    void setChecked(Group group, const QString &value, bool checked);
    void toggle(const QModelIndex &index);
    bool hasCheckedValues() const;
    /** The checked values as query filters, e.g. `kind:report tag:"A/B" after:2017 before:2017`. */
    QString filterQuery() const;
    /** The ticked value of @p group, or empty. */
    QString checkedValue(Group group) const { return m_checked[group]; }
    /** How a ticked value reads on its chip: "Kind: Report", "Tag: Violations/Detention". */
    QString chipLabel(Group group) const;
    /** The index of @p value in @p group, or an invalid index. */
    QModelIndex indexOf(Group group, const QString &value) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    /** The checked values changed: the search should run again with filterQuery(). */
    void filtersChanged();

private:
    struct Value
    {
        QString value;
        qint64 count;
    };
    QString label(Group group, const Value &value) const;

    QVector<Value> m_values[GroupCount];
    QString m_checked[GroupCount];
};

} // namespace amanat::ui
