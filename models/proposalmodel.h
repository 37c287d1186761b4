// An architecture review's proposal and outcome as a one-row table (a column a field), for forms
// through QDataWidgetMapper. The proposal text itself is saved as it is typed (debounced) without
// undo steps: the editor's own undo covers it.
#pragma once

#include "domain/proposal.h"
#include "recordtablemodel.h"
#include "store/saveresult.h"

namespace Inflection {

class ProposalRepository;

class ProposalModel : public RecordTableModel
{
    Q_OBJECT
public:
    // Columns follow ProposalField.
    enum Column {
        BodyColumn,
        DecisionColumn,
        DecisionNotesColumn,
        NotesColumn,
        AgreementsColumn,
        LearningsColumn,
        ColumnCount
    };

    using Record = Proposal;
    using Field = ProposalField;
    static constexpr int commandIdBase = 0x9000;

    ProposalModel(ProposalRepository *repository, qint64 reviewId, QObject *parent = nullptr);

    bool reload(QString *error = nullptr);
    const Proposal &proposal() const { return m_proposal; }
    // One undoable edit (the outcome's fields and the decision).
    bool setField(ProposalField field, const QVariant &value);
    // Stores the proposal text. When someone else changed it meanwhile: edits of different parts are
    // merged (proposal().body is then the merged text); edits of the same part keep this text (it is what
    // the user sees) and theirs whole in the review's history. conflictOccurred says which.
    bool saveBody(const QString &text);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // What SetFieldCommand needs.
    const Proposal *recordByUuid(const QString &) const { return &m_proposal; }
    SaveResult<Proposal> saveField(const Proposal &base, ProposalField field, const QVariant &value);
    void replaceRecordWithoutUndo(const Proposal &proposal);
    QString conflictMessage(const Proposal &theirs, ProposalField field, const QVariant &mine) const;
    static QString fieldDisplayName(ProposalField field) { return proposalFieldDisplayName(field); }

private:
    ProposalRepository *m_repository;
    Proposal m_proposal;
};

} // namespace Inflection
