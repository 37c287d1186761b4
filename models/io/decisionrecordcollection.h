// Writes every architecture review of a workspace into a folder as numbered decision records
// ("0007-title-in-dashes.md") with an index (README.md). A review keeps its number and file name from
// run to run (found again by the uuid each file records, or, for a record Inflection did not write, by
// the uuid its import gave it), an existing file keeps its format, and only files whose text changed
// are written, so a repository sees only the reviews that changed. The index lists every record in the
// folder; a README.md Inflection did not write is left as it is.
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
        QString indexLeft; // the index file left alone because Inflection did not write it
    };

    static Result<Summary> exportAll(
        Workspace *workspace, const QString &dir, DecisionRecordFormat format = DecisionRecordFormat::Madr);
};

} // namespace Inflection
