// One-row proposal model.
#include "proposalmodel.h"

#include "domain/textmerge.h"

#include "setfieldcommand.h"
#include "store/proposalrepository.h"

namespace Inflection {

ProposalModel::ProposalModel(ProposalRepository *repository, qint64 reviewId, QObject *parent)
    : RecordTableModel(parent)
    , m_repository(repository)
{
    m_proposal.reviewId = reviewId;
}

bool ProposalModel::reload(QString *error)
{
    QString loadError;
    const Proposal fresh = m_repository->forReview(m_proposal.reviewId, &loadError);
    if (!loadError.isEmpty()) {
        if (error)
            *error = loadError;
        return false;
    }
    replaceRecordWithoutUndo(fresh);
    return true;
}

int ProposalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

int ProposalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProposalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const auto field = static_cast<ProposalField>(index.column());
    if (field == ProposalField::Decision && role == Qt::DisplayRole)
        return proposalDecisionDisplayName(m_proposal.decision);
    return m_proposal.field(field);
}

Qt::ItemFlags ProposalModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags f = QAbstractTableModel::flags(index);
    return index.isValid() ? f | Qt::ItemIsEditable : f;
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

bool ProposalModel::setField(ProposalField field, const QVariant &value)
{
    Proposal probe = m_proposal;
    if (!probe.setField(field, value) || probe.field(field) == m_proposal.field(field))
        return false;
    const QVariant normalised = probe.field(field);
    push(new SetFieldCommand<ProposalModel>(this, QString::number(m_proposal.reviewId), field, normalised));
    return m_proposal.field(field) == normalised;
}

bool ProposalModel::saveBody(const QString &text)
{
    if (text == m_proposal.body)
        return true;
    const QString base = m_proposal.body;
    auto result = m_repository->updateField(m_proposal, ProposalField::Body, text);
    if (result.status() == SaveResult<Proposal>::Status::Conflict) {
        const Proposal theirs = result.record();
        if (const auto merged = mergeTexts(base, text, theirs.body)) {
            // Apart: both edits kept in one text, saved over theirs as an ordinary change.
            result = m_repository->updateField(theirs, ProposalField::Body, *merged);
            if (result.isSaved() && *merged != text)
                Q_EMIT conflictOccurred(
                    tr("%1 changed another part of the proposal while you were writing; their changes and "
                       "yours are merged.")
                        .arg(theirs.updatedBy));
        } else {
            result = m_repository->overwriteBody(theirs, text);
            if (result.isSaved())
                Q_EMIT conflictOccurred(
                    tr("%1 changed the same part of the proposal while you were writing. "
                       "Your text was saved; theirs is kept whole in the review's history.")
                        .arg(theirs.updatedBy));
        }
    }
    if (!result.isSaved()) {
        Q_EMIT errorOccurred(result.errorMessage());
        return false;
    }
    // The editor shows this text, or (after a merge) is brought up to it.
    m_proposal = result.record();
    Q_EMIT dataChanged(index(0, BodyColumn), index(0, BodyColumn));
    return true;
}

SaveResult<Proposal> ProposalModel::saveField(
    const Proposal &base, ProposalField field, const QVariant &value)
{
    return m_repository->updateField(base, field, value);
}

void ProposalModel::replaceRecordWithoutUndo(const Proposal &proposal)
{
    if (proposal == m_proposal)
        return;
    m_proposal = proposal;
    Q_EMIT dataChanged(index(0, 0), index(0, ColumnCount - 1));
}

QString ProposalModel::conflictMessage(
    const Proposal &theirs, ProposalField field, const QVariant &mine) const
{
    auto shown = [field](const QVariant &value) {
        return field == ProposalField::Decision ? proposalDecisionDisplayName(value.toString())
                                                : value.toString();
    };
    return tr("%1 changed the %2 before you. Theirs: “%3”. Yours, not saved: “%4”.")
        .arg(theirs.updatedBy, proposalFieldDisplayName(field), shown(theirs.field(field)), shown(mine));
}

} // namespace Inflection
