// Adds or updates a review from the JSON interchange format, validated against the shipped schema.
#pragma once

#include "../domain/result.h"
#include "../domain/reviewtree.h"

#include <QByteArray>
#include <QString>

namespace Inflection {

class Workspace;

class ReviewImporter
{
public:
    struct Imported
    {
        bool created = false; // a new review; otherwise the workspace's copy was replaced
        QString uuid;
        // false: the server recorded the importing login as the author of what was written, as it does
        // for everyone but the workspace's administrator; a file and an administrator keep the authors.
        bool authorsKept = true;
        QString message; // "Added “…”." / "Updated “…”.", then loginRecordedNote() unless authorsKept
    };

    explicit ReviewImporter(Workspace *workspace);

    // All in one transaction: either the whole review is written, or nothing is. An existing
    // review (same uuid) is replaced unless the workspace copy changed later than the file's
    // (ErrorKind::Newer, unless force). Invalid: not JSON, or not of the format (the message names the
    // first bad field); Refused: the workspace holds that uuid as another kind of review.
    Result<Imported> importJson(const QByteArray &json, bool force = false);
    Result<Imported> importFile(const QString &path, bool force = false);
    // Copies (publishes) a review with all its children from source: the same path as a file.
    Result<Imported> copyFrom(Workspace *source, const QString &uuid, bool force = false);

    // The review a valid interchange document describes; times and authors missing from it are now
    // and author.
    static ReviewTree treeOf(const QJsonObject &review, const QString &author);
    // Says that the server recorded the login instead of the authors (Imported::authorsKept false).
    static QString loginRecordedNote();

private:
    Result<Imported> write(const ReviewTree &tree, bool force);

    Workspace *m_workspace;
};

} // namespace Inflection
