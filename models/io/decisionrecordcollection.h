// Writes every architecture review of a workspace into a folder as numbered decision records
// ("0007-title-in-dashes.md") with an index (README.md). A review keeps its number and file name from
// run to run (found again by the uuid each file records), and only files whose text changed are
// written, so a repository sees only the reviews that changed.
#pragma once

#include "../domain/result.h"
#include "decisionrecord.h"

#include <QString>
#include <QStringList>

namespace Inflection {

class Workspace;

class DecisionRecordCollection
{
public:
    struct Summary
    {
        QStringList written; // file names written (new or changed), the index included
        int unchanged = 0;
        int records = 0;
    };

    static Result<Summary> exportAll(
        Workspace *workspace, const QString &dir, DecisionRecordFormat format = DecisionRecordFormat::Madr);
};

} // namespace Inflection
