// The contingency checklist of one operability review, in manual order; edits are undo commands.
#pragma once

#include "domain/contingencyitem.h"
#include "store/saveresult.h"

#include <QAbstractTableModel>
#include <QList>

class QUndoCommand;
class QUndoStack;

namespace Inflection {

class ContingencyRepository;

class ContingencyModel : public QAbstractTableModel
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

    // For SetFieldCommand.
    using Record = ContingencyItem;
    using Field = ContingencyField;
    static constexpr int commandIdBase = 0x2000;

    // For PresenceCommand.
    static QString addText();
    static QString removeText();
    static QString moveText();

    // Drag and drop carries the uuids of the rows, one a line.
    static QString mimeType();

    ContingencyModel(ContingencyRepository *repository, qint64 reviewId, QObject *parent = nullptr);

    // Where edits are recorded; without one an edit is applied at once, not undoable.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    QUndoStack *undoStack() const { return m_undoStack; }
    ContingencyRepository *repository() const { return m_repository; }
    qint64 reviewId() const { return m_reviewId; }

    // Loads from the store, keeping rows (and so selections) of items that are still there.
    bool reload(QString *error = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Reordering: by keyboard (moveRows) and by drag and drop; both push one undo command a row.
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
        const QModelIndex &destinationParent, int destinationChild) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

    // Undoable structural edits. Rows are "insert before": rowCount() appends.
    QString addItem(int row, const ContingencyItem &fields = ContingencyItem());
    // Several items as one undo step (the common contingencies, say); returns how many were added.
    int addItems(int row, const QList<ContingencyItem> &items);
    bool removeItems(const QStringList &uuids);
    bool moveItem(const QString &uuid, int destinationRow);

    int rowOfUuid(const QString &uuid) const;
    const ContingencyItem &itemAt(int row) const { return m_items.at(row); }
    const QList<ContingencyItem> &items() const { return m_items; }
    // A key that puts an item before `row` (rowCount(): at the end), ignoring the row being moved.
    QString positionBefore(int row, const QString &ignoredUuid = QString()) const;

    // What SetFieldCommand needs.
    const ContingencyItem *recordByUuid(const QString &uuid) const;
    SaveResult<ContingencyItem> saveField(
        const ContingencyItem &base, ContingencyField field, const QVariant &value);
    void replaceRecordWithoutUndo(const ContingencyItem &item);
    QString conflictMessage(
        const ContingencyItem &theirs, ContingencyField field, const QVariant &mine) const;
    static QString fieldDisplayName(ContingencyField field) { return contingencyFieldDisplayName(field); }

    // Store and model together, for the structural commands. Each returns false (and reports why)
    // when the store refused.
    bool storeInsert(ContingencyItem *item);
    bool storeRemove(const QString &uuid, ContingencyItem *removed);
    bool storeMove(const QString &uuid, const QString &from, const QString &to);

    // Changes between the matching begin…/end… calls; the row follows the item's position.
    void insertItemWithoutUndo(const ContingencyItem &item);
    void removeItemWithoutUndo(const QString &uuid);

    void reportConflict(const QString &message) { Q_EMIT conflictOccurred(message); }
    void reportError(const QString &message) { Q_EMIT errorOccurred(message); }

    static bool fieldOfColumn(int column, ContingencyField *field);

Q_SIGNALS:
    void conflictOccurred(const QString &message);
    void errorOccurred(const QString &message);

private:
    // Where an item with that position (and id) belongs among the other rows.
    int sortedRow(const ContingencyItem &item, int ignoredRow) const;
    void moveToSortedRow(int row);
    void push(QUndoCommand *command);

    ContingencyRepository *m_repository;
    qint64 m_reviewId;
    QList<ContingencyItem> m_items;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace Inflection
