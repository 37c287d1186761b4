// A postmortem's incident facts as a one-row table (a column a field), for a form through QDataWidgetMapper.
#pragma once

#include "domain/incidentfacts.h"
#include "editing/singlerecordmodel.h"
#include "store/incidentrepository.h"

#include <QTimeZone>

namespace Inflection {

class IncidentModel : public SingleRecordModel<IncidentModel, IncidentFacts, IncidentRepository>
{
    Q_OBJECT
public:
    // Columns follow IncidentField.
    enum Column {
        StartedAtColumn,
        DetectedAtColumn,
        ResolvedAtColumn,
        StatusPageAtColumn,
        SeverityColumn,
        SummaryColumn,
        ImpactColumn,
        OrderAgreedColumn,
        MitigatedAtColumn,
        WentWellColumn,
        LuckyColumn,
        NotForeseenColumn,
        ColumnCount
    };

    static constexpr int commandIdBase = 0x7000;

    IncidentModel(IncidentRepository *repository, qint64 reviewId, QObject *parent = nullptr);

    // The workspace's time zone: times are shown in it, and what a form returns is read in it.
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    const IncidentFacts &facts() const { return record(); }
    IncidentDurations durations() const { return IncidentDurations::of(record()); }

    // Times as wall-clock times in the workspace's zone; invalid when not known.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // What SetFieldCommand needs.
    QString describe(const IncidentFacts &facts) const;
    QString shownValue(IncidentField field, const QVariant &value) const;
    static QString fieldDisplayName(IncidentField field) { return incidentFields().displayName(field); }

private:
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace Inflection
