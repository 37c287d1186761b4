// Heatmap-cell filter and natural sorting over ContingencyModel.
#include "operability/contingencyfilterproxymodel.h"

#include "operability/contingencymodel.h"

namespace Inflection {

ContingencyFilterProxyModel::ContingencyFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ContingencyModel::SortRole);
}

void ContingencyFilterProxyModel::setCellFilter(std::optional<Cell> cell)
{
    if (cell == m_cell)
        return;
    m_cell = cell;
    invalidateFilter();
    Q_EMIT cellFilterChanged();
}

bool ContingencyFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_cell)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(ContingencyModel::LikelihoodRole).toInt() == m_cell->likelihood
        && index.data(ContingencyModel::ImpactRole).toInt() == m_cell->impact;
}

bool ContingencyFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString) {
        if (!m_collator) {
            m_collator.emplace();
            m_collator->setNumericMode(true);
            m_collator->setCaseSensitivity(Qt::CaseInsensitive);
        }
        return m_collator->compare(l.toString(), r.toString()) < 0;
    }
    if (l.typeId() == QMetaType::Int || l.typeId() == QMetaType::Bool) {
        if (l.toInt() != r.toInt())
            return l.toInt() < r.toInt();
        // Equal values keep the manual order in either direction (a descending sort reverses
        // whatever this returns, so the tie-break is reversed first).
        const QString leftKey = left.data(ContingencyModel::PositionRole).toString();
        const QString rightKey = right.data(ContingencyModel::PositionRole).toString();
        return sortOrder() == Qt::AscendingOrder ? leftKey < rightKey : rightKey < leftKey;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Inflection
