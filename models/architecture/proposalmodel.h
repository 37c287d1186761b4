// An architecture review's proposal and outcome as a one-row table (a column a field), for forms
// through QDataWidgetMapper. The proposal text itself is saved as it is typed (debounced) without
// undo steps: the editor's own undo covers it.
#pragma once

#include "domain/proposal.h"
#include "editing/singlerecordmodel.h"
#include "store/proposalrepository.h"

namespace Inflection {

class ProposalModel : public SingleRecordModel<ProposalModel, Proposal, ProposalRepository>
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

    static constexpr int commandIdBase = 0x9000;

    ProposalModel(ProposalRepository *repository, qint64 reviewId, QObject *parent = nullptr);

    const Proposal &proposal() const { return record(); }
    // Stores the proposal text. When someone else changed it meanwhile: edits of different parts are
    // merged (proposal().body is then the merged text); edits of the same part keep this text (it is what
    // the user sees) and theirs whole in the review's history. conflictOccurred says which.
    bool saveBody(const QString &text);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // What SetFieldCommand needs.
    QString describe(const Proposal &proposal) const;
    QString shownValue(ProposalField field, const QVariant &value) const;
    static QString fieldDisplayName(ProposalField field) { return proposalFields().displayName(field); }
};

} // namespace Inflection
