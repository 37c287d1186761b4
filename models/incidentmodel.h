// A postmortem's incident facts as a one-row table (a column a field), for a form through QDataWidgetMapper.
#pragma once

#include "domain/incidentfacts.h"
#include "recordtablemodel.h"
#include "store/saveresult.h"

#include <QTimeZone>

namespace Inflection {

class IncidentRepository;

class IncidentModel : public RecordTableModel
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
        ColumnCount
    };

    using Record = IncidentFacts;
    using Field = IncidentField;
    static constexpr int commandIdBase = 0x7000;

    IncidentModel(IncidentRepository *repository, qint64 reviewId, QObject *parent = nullptr);

    bool reload(QString *error = nullptr);
    // The workspace's time zone: times are shown in it, and what a form returns is read in it.
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    const IncidentFacts &facts() const { return m_facts; }
    IncidentDurations durations() const { return IncidentDurations::of(m_facts); }
    // One undoable edit.
    bool setField(IncidentField field, const QVariant &value);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    // Times as wall-clock times in the workspace's zone; invalid when not known.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // What SetFieldCommand needs.
    const IncidentFacts *recordByUuid(const QString &) const { return &m_facts; }
    SaveResult<IncidentFacts> saveField(
        const IncidentFacts &base, IncidentField field, const QVariant &value);
    void replaceRecordWithoutUndo(const IncidentFacts &facts);
    QString conflictMessage(const IncidentFacts &theirs, IncidentField field, const QVariant &mine) const;
    static QString fieldDisplayName(IncidentField field) { return incidentFieldDisplayName(field); }

private:
    IncidentRepository *m_repository;
    IncidentFacts m_facts;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace Inflection
