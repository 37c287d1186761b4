// Imports decision records (a folder of them or one file) as architecture reviews: first a plan of what
// would be added or updated, then the plan written.
#pragma once

#include "../domain/result.h"
#include "decisionrecord.h"

#include <QList>
#include <QString>

namespace Inflection {

class Workspace;

class DecisionRecordImporter
{
public:
    struct Item
    {
        DecisionRecord record;
        QString uuid; // the review it becomes or updates
        bool update = false; // the workspace has that review already
        QString supersededBy; // the successor's review uuid, when the link was found
        QString supersededByTitle;
    };
    struct Failure
    {
        QString path;
        QString reason;
    };
    struct Plan
    {
        QList<Item> items; // in file name order
        QList<Failure> failures;
        int additions() const;
        int updates() const;
        int supersedeLinks() const; // links resolved to a review
        int unresolvedLinks = 0; // "Superseded by" links to records not found
    };
    struct Summary
    {
        int added = 0;
        int updated = 0;
    };

    explicit DecisionRecordImporter(Workspace *workspace);

    // The records in path (a folder's *.md files, its README and templates left out; or one file).
    // Missing when path is not there; a file that cannot be read is a Failure of the plan, not an error.
    Result<Plan> plan(const QString &path, DecisionRecordFormat format = DecisionRecordFormat::Auto) const;
    // Writes the plan: each record a review (a new one, or the one it updates: its title, status,
    // decision, date, people and proposal replaced, everything else kept).
    Result<Summary> apply(const Plan &plan);

    // The uuid a record without one is imported under: the same for the same file, so that importing
    // again updates.
    static QString uuidForFile(const QString &path);

private:
    Workspace *m_workspace;
};

} // namespace Inflection
