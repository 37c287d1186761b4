// Reads and writes an architecture review's proposal and outcome (one row, made on the first change).
#pragma once

#include "../domain/proposal.h"
#include "saveresult.h"

#include <optional>

namespace Inflection {

class Workspace;
using ProposalSaveResult = SaveResult<Proposal>;

class ProposalRepository
{
public:
    explicit ProposalRepository(Workspace *workspace);

    // The stored proposal, or a blank one (id 0) when nothing was written yet.
    Proposal forReview(qint64 reviewId, QString *error = nullptr) const;
    std::optional<Proposal> find(qint64 reviewId, QString *error = nullptr) const;
    ProposalSaveResult updateField(const Proposal &base, ProposalField field, const QVariant &value);
    // Writes text over someone else's newer proposal (theirs, as stored now), keeping theirs whole in
    // the change log.
    ProposalSaveResult overwriteBody(const Proposal &theirs, const QString &text);

private:
    Workspace *m_workspace;
};

} // namespace Inflection
