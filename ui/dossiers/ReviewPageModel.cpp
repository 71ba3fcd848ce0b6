#include "ReviewPageModel.h"

#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace amanat::ui {

namespace {

QColor stateColour(ReviewPageModel::State state)
{
    switch (state) {
    case ReviewPageModel::State::Unreviewed:
        return QColor(0xc6, 0x28, 0x28);
    case ReviewPageModel::State::Changed:
        return QColor(0xe0, 0x8e, 0x0b);
    case ReviewPageModel::State::Reviewed:
        break;
    }
    return QColor(0x2e, 0x7d, 0x32);
}

/** A filled dot in the state's colour, with a darker ring so it shows on any background.
 *  The text beside it says the same: colour is never the only sign. */
QIcon stateIcon(ReviewPageModel::State state)
{
    const QColor colour = stateColour(state);
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour.darker(150), 3));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(6, 6, 20, 20));
    painter.end();
    return QIcon(pixmap);
}

QString shownTime(const QString &iso)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!when.isValid())
        return iso;
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ReviewPageModel::ReviewPageModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReviewPageModel::setPages(const QVector<ReviewPage> &pages)
{
    bool samePages = pages.size() == m_pages.size();
    for (int i = 0; samePages && i < pages.size(); ++i)
        samePages = pages.at(i).itemId == m_pages.at(i).itemId &&
                    pages.at(i).page == m_pages.at(i).page &&
                    pages.at(i).exhibitLabel == m_pages.at(i).exhibitLabel;
    if (samePages) {
        m_pages = pages;
        if (!m_pages.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_pages.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_pages = pages;
    endResetModel();
}

const ReviewPage *ReviewPageModel::pageAt(int row) const
{
    return row >= 0 && row < m_pages.size() ? &m_pages.at(row) : nullptr;
}

int ReviewPageModel::rowOf(qint64 itemId, int page) const
{
    for (int row = 0; row < m_pages.size(); ++row)
        if (m_pages.at(row).itemId == itemId && m_pages.at(row).page == page)
            return row;
    return -1;
}

int ReviewPageModel::nextUnreviewed(int row) const
{
    const int count = int(m_pages.size());
    for (int step = 1; step <= count; ++step) {
        const int candidate = ((row + step) % count + count) % count;
        if (!m_pages.at(candidate).approved())
            return candidate;
    }
    return -1;
}

int ReviewPageModel::unreviewedCount() const
{
    return int(std::count_if(m_pages.cbegin(), m_pages.cend(),
                             [](const ReviewPage &page) { return !page.approved(); }));
}

ReviewPageModel::State ReviewPageModel::stateOf(const ReviewPage &page)
{
    if (page.approved())
        return State::Reviewed;
    return page.review ? State::Changed : State::Unreviewed;
}

QString ReviewPageModel::statusText(const ReviewPage &page)
{
    switch (stateOf(page)) {
    case State::Unreviewed:
        return tr("Not reviewed");
    case State::Changed:
        return tr("Changed since %1 reviewed it on %2")
            .arg(page.review->reviewer, shownTime(page.review->reviewedAt));
    case State::Reviewed:
        return tr("Reviewed by %1 on %2")
            .arg(page.review->reviewer, shownTime(page.review->reviewedAt));
    }
    return QString();
}

int ReviewPageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pages.size());
}

int ReviewPageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewPageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ReviewPage &page = m_pages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ExhibitColumn:
            return page.exhibitLabel;
        case PageColumn:
            return page.page;
        case StatusColumn:
            return statusText(page);
        case ReasonColumn:
            return page.reason;
        }
        break;
    case Qt::ToolTipRole:
        return tr("Exhibit %1, page %2\n%3\n%4")
            .arg(page.exhibitLabel)
            .arg(page.page)
            .arg(page.reason, statusText(page));
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return stateIcon(stateOf(page));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PageColumn)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        break;
    case ItemIdRole:
        return page.itemId;
    case PageRole:
        return page.page;
    case StateRole:
        return int(stateOf(page));
    default:
        break;
    }
    return QVariant();
}

QVariant ReviewPageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case ExhibitColumn:
        return tr("Exhibit");
    case PageColumn:
        return tr("Page");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Why");
    }
    return QVariant();
}

} // namespace amanat::ui
