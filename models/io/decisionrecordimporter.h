// Imports decision records (a folder of them or one file) as architecture reviews: first a plan of what
// would be added or updated, then the plan written.
#pragma once

#include "../domain/result.h"
#include "../domain/reviewtree.h"
#include "decisionrecord.h"

#include <QFileInfo>
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
        bool unchanged = false; // …and importing would change nothing of it
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
        int updates() const; // reviews the import changes
        int unchanged() const; // reviews it finds as they are
        int supersedeLinks() const; // links resolved to a review
        int unresolvedLinks = 0; // "Superseded by" links to records not found
    };
    struct Summary
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
    };

    explicit DecisionRecordImporter(Workspace *workspace);

    // The records in path (a folder's *.md files, its README and templates left out; or one file).
    // Missing when path is not there; a file that cannot be read is a Failure of the plan, not an error.
    Result<Plan> plan(const QString &path, DecisionRecordFormat format = DecisionRecordFormat::Auto) const;
    // Writes the plan: each record a review (a new one, or the one it updates: its title, status,
    // decision, date, people and proposal replaced, everything else kept).
    Result<Summary> apply(const Plan &plan);

    // The uuid a record without one is imported under: the same for the same file wherever the folder
    // lies, so that importing again, or a teammate's import of their clone, updates. Made of the file's
    // path within its repository (the nearest folder with .git) and the repository's remote.origin.url
    // when it has one; outside a repository, of the folder imported (root) where it lies and the file's
    // path within it.
    static QString uuidForFile(const QString &path, const QString &root);
    // The uuid earlier versions gave a record outside a repository: of its path within root alone.
    static QString folderRelativeUuidForFile(const QString &path, const QString &root);
    // The uuid earlier versions gave such a record (made of its absolute path): still found, so that
    // what was imported then is updated, not added again.
    static QString legacyUuidForFile(const QString &path);
    // Whether a folder's file is a record (not its README, index or template).
    static bool isRecordFile(const QFileInfo &file);

private:
    // tree (the stored review, or an empty one for a new review) with what item's record says.
    ReviewTree merged(const Item &item, ReviewTree tree, const QDateTime &now, int order) const;

    Workspace *m_workspace;
};

} // namespace Inflection
