// Filters the review list by kind, status and full-text search, and sorts it by SortRole.
#pragma once

#include "domain/reviewkind.h"
#include "domain/reviewstatus.h"
#include "domain/searchhit.h"

#include <QCollator>
#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>
#include <optional>

namespace Inflection {

class ReviewFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // What a search found in a review, on every column of its row while a search filters the list.
    enum Roles {
        MatchPlaceRole = Qt::UserRole + 0x200, // where it matched, translated ("Timeline")
        MatchSnippetRole, // the text around the match as rich text, matched words in <b>
        MatchTextRole, // the same, plain: "Timeline: …restart the rabbitmq node…"
        MatchMarkedRole, // the snippet, matched words between SearchHit::matchStart and matchEnd
    };

    explicit ReviewFilterProxyModel(QObject *parent = nullptr);

    void setKindFilter(std::optional<ReviewKind> kind);
    std::optional<ReviewKind> kindFilter() const { return m_kind; }
    void setStatusFilter(std::optional<ReviewStatus> status);
    std::optional<ReviewStatus> statusFilter() const { return m_status; }
    // The uuids a search matched; nullopt shows every review.
    void setSearchMatches(const std::optional<QSet<QString>> &uuids);
    // The reviews a search found, with their snippets; nullopt shows every review.
    void setSearchHits(const std::optional<QList<SearchHit>> &hits);
    bool isSearching() const { return m_matches.has_value(); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

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
    QHash<QString, SearchHit> m_hits; // by uuid
    // Created on first string comparison: building a collator loads locale data, which startup
    // (sorted by date) does not need.
    mutable std::optional<QCollator> m_collator;
};

} // namespace Inflection
