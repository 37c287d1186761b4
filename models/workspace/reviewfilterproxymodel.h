// Filters the review list by kind, status and full-text search, and sorts it by SortRole.
#pragma once

#include "domain/reviewkind.h"
#include "domain/reviewstatus.h"

#include <QCollator>
#include <QSet>
#include <QSortFilterProxyModel>
#include <optional>

namespace Inflection {

class ReviewFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ReviewFilterProxyModel(QObject *parent = nullptr);

    void setKindFilter(std::optional<ReviewKind> kind);
    std::optional<ReviewKind> kindFilter() const { return m_kind; }
    void setStatusFilter(std::optional<ReviewStatus> status);
    std::optional<ReviewStatus> statusFilter() const { return m_status; }
    // The uuids a search matched; nullopt shows every review.
    void setSearchMatches(const std::optional<QSet<QString>> &uuids);

    // Sorting other than by most recent change, and filtering, need every review loaded.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void ensureComplete();

    std::optional<ReviewKind> m_kind;
    std::optional<ReviewStatus> m_status;
    std::optional<QSet<QString>> m_matches;
    // Created on first string comparison: building a collator loads locale data, which startup
    // (sorted by date) does not need.
    mutable std::optional<QCollator> m_collator;
};

} // namespace Inflection
