// The launch plan as a one-row table (a column a field), for a form through QDataWidgetMapper.
#pragma once

#include "domain/launchplan.h"
#include "editconflict.h"
#include "store/saveresult.h"

#include <QAbstractTableModel>

class QUndoStack;

namespace Inflection {

class LaunchRepository;

class LaunchPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Columns follow LaunchField.
    enum Column {
        GoLiveAtColumn,
        PushedByColumn,
        RolloutColumn,
        CommunicationColumn,
        DecisionColumn,
        DecisionNotesColumn,
        ColumnCount
    };

    using Record = LaunchPlan;
    using Field = LaunchField;
    static constexpr int commandIdBase = 0x5000;

    LaunchPlanModel(LaunchRepository *repository, qint64 reviewId, QObject *parent = nullptr);

    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    QUndoStack *undoStackFor(const QString &) const { return m_undoStack; }
    bool reload(QString *error = nullptr);
    const LaunchPlan &plan() const { return m_plan; }
    // One undoable edit; Rollout and Decision take their keys ("percentage", "no-go", …).
    bool setField(LaunchField field, const QVariant &value);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    // EditRole of Rollout and Decision is the index in rolloutKeys() / launchDecisionKeys(), as a
    // combo box's currentIndex.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // What SetFieldCommand needs; the plan's "uuid" is the review's id as text.
    const LaunchPlan *recordByUuid(const QString &) const { return &m_plan; }
    SaveResult<LaunchPlan> saveField(const LaunchPlan &base, LaunchField field, const QVariant &value);
    void replaceRecordWithoutUndo(const LaunchPlan &plan);
    QString conflictMessage(const LaunchPlan &theirs, LaunchField field, const QVariant &mine) const;
    static QString fieldDisplayName(LaunchField field) { return launchFieldDisplayName(field); }
    void reportConflict(const EditConflict &conflict) { Q_EMIT conflictOccurred(conflict); }
    void reportError(const QString &message) { Q_EMIT errorOccurred(message); }

Q_SIGNALS:
    void conflictOccurred(const Inflection::EditConflict &conflict);
    void errorOccurred(const QString &message);

private:
    LaunchRepository *m_repository;
    LaunchPlan m_plan;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace Inflection
