// Reads and writes an architecture review's proposal and outcome (one row, made on the first change).
#pragma once

#include "../domain/proposal.h"
#include "recordtable.h"

namespace Inflection {

class ProposalRepository : public RecordTable<Proposal>
{
public:
    explicit ProposalRepository(Workspace *workspace);

    // Writes text over someone else's newer proposal (theirs, as stored now), keeping theirs whole in
    // the change log.
    Result<Proposal> overwriteBody(const Proposal &theirs, const QString &text);
};

} // namespace Inflection
