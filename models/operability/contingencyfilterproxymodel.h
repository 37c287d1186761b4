// Sorts the contingency checklist by any column and filters it to one heatmap cell.
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <optional>

namespace Inflection {

class ContingencyFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    struct Cell
    {
        int likelihood = 0;
        int impact = 0;
        bool operator==(const Cell &other) const
        {
            return likelihood == other.likelihood && impact == other.impact;
        }
        bool operator!=(const Cell &other) const { return !(*this == other); }
    };

    explicit ContingencyFilterProxyModel(QObject *parent = nullptr);

    // Only the items of that likelihood × impact cell; nullopt shows all.
    void setCellFilter(std::optional<Cell> cell);
    std::optional<Cell> cellFilter() const { return m_cell; }

Q_SIGNALS:
    void cellFilterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<Cell> m_cell;
    // Created on the first text comparison: building a collator loads locale data.
    mutable std::optional<QCollator> m_collator;
};

} // namespace Inflection
