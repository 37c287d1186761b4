// Adds or updates a review from the JSON interchange format, validated against the shipped schema.
#pragma once

#include <QByteArray>
#include <QString>

namespace Inflection {

class Workspace;

class ReviewImporter
{
public:
    struct Result
    {
        enum class Outcome {
            Created,
            Updated,
            Newer, // the workspace copy was edited after the one imported; nothing written (force replaces
                   // it)
            Refused, // the workspace holds that uuid as another kind of review; nothing written
            Invalid, // not JSON, or not of the format; message names the first bad field
            Failed,
        };
        Outcome outcome = Outcome::Failed;
        QString uuid;
        QString message;
        bool ok() const { return outcome == Outcome::Created || outcome == Outcome::Updated; }
    };

    explicit ReviewImporter(Workspace *workspace);

    // All in one transaction: either the whole review is written, or nothing is. An existing
    // review (same uuid) is replaced unless the workspace copy changed later than the file's,
    // which is refused unless force is set.
    Result importJson(const QByteArray &json, bool force = false);
    Result importFile(const QString &path, bool force = false);
    // Copies (publishes) a review with all its children from source: the same path as a file.
    Result copyFrom(Workspace *source, const QString &uuid, bool force = false);

private:
    Workspace *m_workspace;
};

} // namespace Inflection
