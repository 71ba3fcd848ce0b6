#pragma once

#include "bundle/RedactionReview.h"

#include <QAbstractTableModel>
#include <QVector>

namespace amanat::ui {

/** The pages of a dossier that await a person's look before export (RedactionReview::pages),
 *  one row each: exhibit label, page, status and the reason it needs a look. The status
 *  says whether nobody reviewed the page, whether it changed since someone did (the page or
 *  the rules that apply to it), or who reviewed it and when. */
class ReviewPageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ExhibitColumn,
        PageColumn,
        StatusColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role
    {
        ItemIdRole = Qt::UserRole + 1,
        PageRole,
        StateRole ///< a State, as int
    };
    enum class State
    {
        Unreviewed,
        Changed, ///< reviewed once, but the page or its rules changed since
        Reviewed
    };

    explicit ReviewPageModel(QObject *parent = nullptr);

    /** Shows @p pages. When they are the same pages in the same order as now (only their
     *  reviews changed), the rows are updated in place so a view keeps its selection. */
    void setPages(const QVector<ReviewPage> &pages);
    const QVector<ReviewPage> &pages() const { return m_pages; }
    const ReviewPage *pageAt(int row) const;
    /** The row of page @p page of item @p itemId, or -1. */
    int rowOf(qint64 itemId, int page) const;
    /** The first page after @p row (wrapping around) that is not approved, or -1. */
    int nextUnreviewed(int row) const;
    int unreviewedCount() const;

    static State stateOf(const ReviewPage &page);
    /** "Not reviewed", "Changed since X reviewed it on D", "Reviewed by X on D". */
    static QString statusText(const ReviewPage &page);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<ReviewPage> m_pages;
};

} // namespace amanat::ui
