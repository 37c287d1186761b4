// The contingency checklist of one operability review, in manual order; edits are undo commands.
#pragma once

#include "domain/contingencyitem.h"
#include "editing/orderedrecordmodel.h"
#include "review/linkedincidents.h"
#include "store/contingencyrepository.h"

namespace Inflection {

class ContingencyModel : public OrderedRecordModel<ContingencyModel, ContingencyItem, ContingencyRepository>
{
    Q_OBJECT
public:
    enum Column {
        IssueColumn,
        LikelihoodColumn,
        ImpactColumn,
        ScoreColumn,
        CommentsColumn,
        EngineeringColumn,
        OnsiteMessagingColumn,
        PrColumn,
        IncidentsColumn, // the postmortems linked to the item ("did we foresee it?"); read only
        ColumnCount
    };

    enum Roles {
        LikelihoodRole = FirstOwnRole, // int 1–5
        ImpactRole, // int 1–5
        ScoreRole, // likelihood × impact
        PositionRole, // the fractional key of the manual order
        SortRole, // a value that sorts the column naturally
        IncidentsRole, // the uuids of the postmortems linked to the item
        IncidentCountRole, // how many
    };

    static constexpr int commandIdBase = 0x2000;

    static constexpr RecordNouns nouns = {"contingency", QT_TR_NOOP("Add contingency"),
        QT_TR_NOOP("Delete contingency"), QT_TR_NOOP("Move contingency"), QT_TR_NOOP("the contingency “%1”")};
    static constexpr Field labelField = ContingencyField::Issue;
    static constexpr const char *columnTitles[ColumnCount] = {QT_TR_NOOP("Issue"), QT_TR_NOOP("Likelihood"),
        QT_TR_NOOP("Impact"), QT_TR_NOOP("Score"), QT_TR_NOOP("Comments"), QT_TR_NOOP("Engineering"),
        QT_TR_NOOP("Onsite messaging"), QT_TR_NOOP("PR"), QT_TR_NOOP("Incidents")};

    using OrderedRecordModel::OrderedRecordModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The talk's explanation of each column as its tooltip.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Undoable structural edits. Rows are "insert before": rowCount() appends.
    QString addItem(int row, const ContingencyItem &fields = ContingencyItem())
    {
        return addRecord(row, fields);
    }
    // Several items as one undo step (the common contingencies, say); returns how many were added.
    int addItems(int row, const QList<ContingencyItem> &items);
    bool removeItems(const QStringList &uuids);
    bool moveItem(const QString &uuid, int destinationRow) { return moveRecord(uuid, destinationRow); }
    const ContingencyItem &itemAt(int row) const { return recordAt(row); }
    const QList<ContingencyItem> &items() const { return records(); }

    // What SetFieldCommand needs.
    QString shownValue(ContingencyField field, const QVariant &value) const;
    static QString fieldDisplayName(ContingencyField field) { return contingencyFields().displayName(field); }
    // "3 · Possible", as the grid shows a likelihood or an impact.
    static QString levelText(ContingencyField field, int level);

    // The postmortems linked to each item (by the item's uuid), as the document last read them.
    void setIncidents(const LinkedIncidents &incidents);
    QList<LinkedIncident> incidentsOf(const QString &itemUuid) const { return m_incidents.of(itemUuid); }

    // Nothing for the score and incidents columns.
    static std::optional<ContingencyField> fieldOfColumn(int column);

private:
    LinkedIncidents m_incidents;
};

} // namespace Inflection
