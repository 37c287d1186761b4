// The contingency checklist of one operability review, in manual order; edits are undo commands.
#pragma once

#include "domain/contingencyitem.h"
#include "editing/orderedrecordmodel.h"
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
        ColumnCount
    };

    enum Roles {
        UuidRole = Qt::UserRole,
        LikelihoodRole, // int 1–5
        ImpactRole, // int 1–5
        ScoreRole, // likelihood × impact
        PositionRole, // the fractional key of the manual order
        SortRole, // a value that sorts the column naturally
    };

    static constexpr int commandIdBase = 0x2000;

    // For OrderedRecordModel and the commands.
    static QString addText();
    static QString removeText();
    static QString moveText();
    // Drag and drop carries the uuids of the rows, one a line.
    static QString mimeType();
    QString describe(const ContingencyItem &item) const;

    ContingencyModel(ContingencyRepository *repository, qint64 reviewId, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
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

    // Nothing for the score column.
    static std::optional<ContingencyField> fieldOfColumn(int column);
};

} // namespace Inflection
