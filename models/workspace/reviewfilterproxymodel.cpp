// Kind, status and search filters over ReviewListModel.
#include "workspace/reviewfilterproxymodel.h"

#include "workspace/reviewlistmodel.h"

#include <QDateTime>

namespace Inflection {

ReviewFilterProxyModel::ReviewFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ReviewListModel::SortRole);
}

void ReviewFilterProxyModel::ensureComplete()
{
    QAbstractItemModel *source = sourceModel();
    if (source && source->canFetchMore(QModelIndex()))
        source->fetchMore(QModelIndex());
}

void ReviewFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    // The source loads its most recently changed reviews first, so that order needs no more.
    if (!(column == ReviewListModel::UpdatedColumn && order == Qt::DescendingOrder))
        ensureComplete();
    QSortFilterProxyModel::sort(column, order);
}

void ReviewFilterProxyModel::setKindFilter(std::optional<ReviewKind> kind)
{
    if (kind == m_kind)
        return;
    if (kind)
        ensureComplete();
    m_kind = kind;
    invalidateFilter();
}

void ReviewFilterProxyModel::setStatusFilter(std::optional<ReviewStatus> status)
{
    if (status == m_status)
        return;
    if (status)
        ensureComplete();
    m_status = status;
    invalidateFilter();
}

void ReviewFilterProxyModel::setSearchHits(const std::optional<QList<SearchHit>> &hits)
{
    QHash<QString, SearchHit> byUuid;
    std::optional<QSet<QString>> uuids;
    if (hits) {
        uuids.emplace();
        for (const SearchHit &hit : *hits) {
            byUuid.insert(hit.uuid, hit);
            uuids->insert(hit.uuid);
        }
    }
    const bool sameRows = uuids == m_matches;
    m_hits = std::move(byUuid);
    setSearchMatches(uuids);
    // The same reviews may have matched elsewhere this time: their snippets change.
    if (sameRows && rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
            {MatchPlaceRole, MatchSnippetRole, MatchTextRole, MatchMarkedRole, Qt::ToolTipRole});
}

QVariant ReviewFilterProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == MatchPlaceRole || role == MatchSnippetRole || role == MatchTextRole || role == MatchMarkedRole
        || (role == Qt::ToolTipRole && !m_hits.isEmpty())) {
        const auto hit = m_hits.constFind(index.data(ReviewListModel::UuidRole).toString());
        if (hit == m_hits.constEnd())
            return role == Qt::ToolTipRole ? QSortFilterProxyModel::data(index, role) : QVariant();
        switch (role) {
        case MatchPlaceRole:
            return hit->placeName();
        case MatchSnippetRole:
            return hit->snippetHtml();
        case MatchMarkedRole:
            return hit->snippet;
        default:
            //: Where a search found a review, and the text there; in the review list.
            return tr("%1: %2").arg(hit->placeName(), hit->snippetText());
        }
    }
    return QSortFilterProxyModel::data(index, role);
}

void ReviewFilterProxyModel::setSearchMatches(const std::optional<QSet<QString>> &uuids)
{
    if (!uuids)
        m_hits.clear();
    if (uuids == m_matches)
        return;
    if (uuids)
        ensureComplete();
    m_matches = uuids;
    invalidateFilter();
}

bool ReviewFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind && index.data(ReviewListModel::KindRole).toInt() != static_cast<int>(*m_kind))
        return false;
    if (m_status && index.data(ReviewListModel::StatusRole).toInt() != static_cast<int>(*m_status))
        return false;
    if (m_matches && !m_matches->contains(index.data(ReviewListModel::UuidRole).toString()))
        return false;
    return true;
}

bool ReviewFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    switch (l.typeId()) {
    case QMetaType::QString:
        if (!m_collator) {
            m_collator.emplace();
            m_collator->setNumericMode(true);
            m_collator->setCaseSensitivity(Qt::CaseInsensitive);
        }
        return m_collator->compare(l.toString(), r.toString()) < 0;
    case QMetaType::QDateTime:
        return l.toDateTime() < r.toDateTime();
    case QMetaType::Int:
        return l.toInt() < r.toInt();
    case QMetaType::LongLong:
        return l.toLongLong() < r.toLongLong();
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace Inflection
