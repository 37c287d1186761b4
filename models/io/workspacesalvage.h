// Copies the reviews out of a workspace Inflection refuses to open (its schema holds something the
// migrations did not make) into a new workspace, through the interchange format: each review is read on
// a read-only, defensive connection that trusts nothing in the file's schema (reading runs no trigger),
// written out as interchange JSON, validated against the format's schema like any imported file, and
// imported. What the format does not carry (the history of changes) stays behind.
#pragma once

#include "../domain/result.h"

#include <QString>
#include <QStringList>

namespace Inflection {

class WorkspaceSalvage
{
public:
    struct Outcome
    {
        QStringList schemaProblems; // how the source differs from what Inflection makes
        QStringList copied; // "“title” (uuid)", one a review copied
        QStringList notCopied; // "“title” (uuid): why", one a review that could not be
        QString settingsProblem; // empty when the workspace's settings were copied
    };

    // target must not exist yet. Fails (and leaves no target) when source cannot be read at all.
    static Result<Outcome> salvage(const QString &source, const QString &target);
};

} // namespace Inflection
