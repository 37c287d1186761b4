// Open and answered questions.
#include "architecture/questionfilterproxymodel.h"

#include "architecture/questionmodel.h"

namespace Inflection {

QuestionFilterProxyModel::QuestionFilterProxyModel(bool answered, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_answered(answered)
{
    setDynamicSortFilter(true);
    sort(0);
}

bool QuestionFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return sourceModel()->index(sourceRow, 0, sourceParent).data(QuestionModel::AnsweredRole).toBool()
        == m_answered;
}

bool QuestionFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_answered) {
        const int votesLeft = left.data(QuestionModel::VotesRole).toInt();
        const int votesRight = right.data(QuestionModel::VotesRole).toInt();
        if (votesLeft != votesRight)
            return votesLeft > votesRight;
    }
    const QDateTime createdLeft = left.data(QuestionModel::CreatedAtRole).toDateTime();
    const QDateTime createdRight = right.data(QuestionModel::CreatedAtRole).toDateTime();
    if (createdLeft != createdRight)
        return createdLeft < createdRight;
    return left.row() < right.row();
}

} // namespace Inflection
