// One-row proposal model.
#include "architecture/proposalmodel.h"

#include "domain/textmerge.h"

namespace Inflection {

ProposalModel::ProposalModel(ProposalRepository *repository, qint64 reviewId, QObject *parent)
    : SingleRecordModel(repository, reviewId, parent)
{ }

QVariant ProposalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const auto field = static_cast<ProposalField>(index.column());
    if (field == ProposalField::Decision && role == Qt::DisplayRole)
        return proposalDecisions().displayName(proposal().decision);
    return proposal().field(field);
}

bool ProposalModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto field = static_cast<ProposalField>(index.column());
    if (field == ProposalField::Body)
        return saveBody(value.toString());
    return setField(field, value);
}

bool ProposalModel::saveBody(const QString &text)
{
    if (text == proposal().body)
        return true;
    const QString base = proposal().body;
    Result<Proposal> result = repository()->updateField(proposal(), ProposalField::Body, text);
    if (result.isConflict() && result.hasValue()) {
        const Proposal theirs = *result;
        if (const auto merged = mergeTexts(base, text, theirs.body)) {
            // Apart: both edits kept in one text, saved over theirs as an ordinary change.
            result = repository()->updateField(theirs, ProposalField::Body, *merged);
            if (result && *merged != text)
                reportConflict(tr("%1 changed another part of the proposal while you were writing; their "
                                  "changes and yours are merged.")
                                   .arg(theirs.updatedBy));
        } else {
            result = repository()->overwriteBody(theirs, text);
            if (result)
                reportConflict(tr("%1 changed the same part of the proposal while you were writing. "
                                  "Your text was saved; theirs is kept whole in the review's history.")
                                   .arg(theirs.updatedBy));
        }
    }
    if (!result) {
        reportError(result.message());
        return false;
    }
    // The editor shows this text, or (after a merge) is brought up to it.
    setRecordWithoutUndo(*result, BodyColumn, BodyColumn);
    return true;
}

QString ProposalModel::describe(const Proposal &) const
{
    return tr("the proposal");
}

QString ProposalModel::shownValue(ProposalField field, const QVariant &value) const
{
    if (field == ProposalField::Decision)
        return proposalDecisions().displayNameOfKey(value.toString());
    return conflictValueText(value);
}

} // namespace Inflection
