// One of the Insights figures as a table (incidents by month, durations, factor categories, follow-through,
// owners, foresight and its matrix, recurring remediation, new technology): what a chart shows, readable
// row by row, and what the page's charts are drawn from.
#pragma once

#include "domain/incidentfacts.h"
#include "domain/insightfigures.h"
#include "domain/riskmatrix.h"

#include <QAbstractTableModel>
#include <QColor>
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
        Foresight, // Incidents (foreseen, the mitigation worked…), Incidents, Share
        ForesightMatrix, // Likelihood, Impact, Risk, Incidents, Items: the cells with an incident
        RecurringRemediation, // Idea, Postmortems, Items, Done
        NewTechnology, // Technology, System, Reviewed, Incidents since, On its system, Linked
    };
    enum Roles {
        ValueRole = Qt::UserRole, // the number behind a cell (seconds for durations; none when missing)
        ReviewsRole, // the uuids of the postmortems behind the row (categories)
        MonthRole, // the month's first day (months)
        LikelihoodRole, // the cell's likelihood, 1–5 (foresight matrix)
        ImpactRole, // the cell's impact, 1–5 (foresight matrix)
        CellCountRole, // the incidents of the cell (foresight matrix)
        LabelsRole, // what the row stands for, as a list (the cell's items; the idea's wordings)
    };
    // The first column of counts (or durations) after the row's name.
    static constexpr int firstValueColumn = 1;

    explicit InsightTableModel(Table table, QObject *parent = nullptr);

    Table table() const { return m_table; }
    // Rebuilds the rows from the figures; levels name the severities (their order is the columns').
    void setFigures(const InsightFigures &figures, const QList<SeverityLevel> &levels);
    // The risk level each cell of the foresight matrix is shown with.
    void setRiskMatrix(const RiskMatrix &matrix) { m_matrix = matrix; }
    // Months: the severity key of each column from Incidents + 1 on.
    QStringList severityKeys() const { return m_severityKeys; }
    // The colour of the months' index-th severity column (the workspace's levels first, in their order),
    // on the page and on paper alike: apart in colour and in grey, the most severe level darkest.
    static QColor severityColour(int index);

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
        int likelihood = 0;
        int impact = 0;
        QStringList labels {};
    };

    Table m_table;
    QStringList m_headers;
    QStringList m_severityKeys;
    QList<Row> m_rows;
    RiskMatrix m_matrix;
    int m_textColumns = firstValueColumn; // the leading columns that name (left aligned)
};

} // namespace Inflection
