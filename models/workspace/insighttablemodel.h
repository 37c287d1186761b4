// One of the Insights figures as a table (incidents by month, durations, factor categories, follow-through,
// owners): what a chart shows, readable row by row, and what the page's charts are drawn from.
#pragma once

#include "domain/incidentfacts.h"
#include "domain/insightfigures.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace Inflection {

class InsightTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Table {
        Months, // Month, Incidents, then an incident count per severity
        Durations, // Measure, Incidents, Median, 90th percentile
        Categories, // Category, Factors, Postmortems
        FollowThrough, // What, Items, Share of all items
        Owners, // Owner, Open, Overdue, Oldest open
    };
    enum Roles {
        ValueRole = Qt::UserRole, // the number behind a cell (seconds for durations; none when missing)
        ReviewsRole, // the uuids of the postmortems behind the row (categories)
        MonthRole, // the month's first day (months)
    };
    // The first column of counts (or durations) after the row's name.
    static constexpr int firstValueColumn = 1;

    explicit InsightTableModel(Table table, QObject *parent = nullptr);

    Table table() const { return m_table; }
    // Rebuilds the rows from the figures; levels name the severities (their order is the columns').
    void setFigures(const InsightFigures &figures, const QList<SeverityLevel> &levels);
    // Months: the severity key of each column from Incidents + 1 on.
    QStringList severityKeys() const { return m_severityKeys; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QStringList text; // per column
        QList<QVariant> values; // per column
        QStringList reviews;
        QDate month;
    };

    Table m_table;
    QStringList m_headers;
    QStringList m_severityKeys;
    QList<Row> m_rows;
};

} // namespace Inflection
