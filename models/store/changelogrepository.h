// Reads a review's history: the change_log rows its edits wrote.
#pragma once

#include "recordwriter.h"

#include <QList>
#include <QString>

namespace Inflection {

class Workspace;

class ChangeLogRepository
{
public:
    explicit ChangeLogRepository(Workspace *workspace);

    // Newest first, at most limit entries.
    Result<QList<RecordWriter::ChangeLogEntry>> forReview(qint64 reviewId, int limit) const;
    // When the review or anything in it was last edited here since it was last imported (an import
    // carries the time of the copy it came from in the review's own time); empty when never.
    Result<QString> lastEditAt(qint64 reviewId) const;

    // The words a history shows for a logged field key ("contingency.impact" → "contingency: Impact"),
    // in the interface's language.
    static QString fieldDisplayName(const QString &key);
    // The words for a logged action ("updated" → "changed").
    static QString actionDisplayName(const QString &what);

private:
    Workspace *m_workspace;
};

} // namespace Inflection
