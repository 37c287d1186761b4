// The question board's two lists: open questions by votes (most first, then oldest first), and the
// answered ones in the order they were asked.
#pragma once

#include <QSortFilterProxyModel>

namespace Inflection {

class QuestionFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit QuestionFilterProxyModel(bool answered, QObject *parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_answered;
};

} // namespace Inflection
