// A review's history for a table: when, who, what changed, the value before and after.
#pragma once

#include "store/recordwriter.h"

#include <QAbstractTableModel>

namespace Inflection {

class Workspace;

class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, ChangeColumn, BeforeColumn, AfterColumn, ColumnCount };

    explicit HistoryModel(Workspace *workspace, QObject *parent = nullptr);

    // The review shown (0: none). Reads its history at once.
    void setReview(qint64 reviewId);
    qint64 reviewId() const { return m_reviewId; }
    // Reads the history again; rows that did not change keep their places.
    Result<> reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The most recent entries shown; older ones are left in the file.
    static constexpr int limit = 2000;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    Workspace *m_workspace;
    qint64 m_reviewId = 0;
    QList<RecordWriter::ChangeLogEntry> m_entries;
};

} // namespace Inflection
