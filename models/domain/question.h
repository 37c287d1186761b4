// A question collected before an architecture review's meeting, with its votes (one per person)
// and, once asked in the meeting, its answer.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Inflection {

struct Question
{
    qint64 id = 0;
    QString uuid;
    int revision = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy;

    qint64 reviewId = 0;
    QString text;
    QString author;
    bool answered = false;
    QString answer;
    QStringList voters; // who voted, in the order they did

    bool operator==(const Question &other) const
    {
        return id == other.id && uuid == other.uuid && revision == other.revision && text == other.text
            && author == other.author && answered == other.answered && answer == other.answer
            && voters == other.voters;
    }
};

} // namespace Inflection
