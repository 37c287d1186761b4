// What an import would add to a timeline, for the preview before it is written: read-only rows of
// time (in the workspace's zone), kind, who, what and where from.
#pragma once

#include "domain/timelineevent.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace Inflection {

class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, KindColumn, ActorColumn, TextColumn, SourceColumn, ColumnCount };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone);
    void setEvents(const QList<TimelineEvent> &events);
    const QList<TimelineEvent> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TimelineEvent> m_events;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace Inflection
