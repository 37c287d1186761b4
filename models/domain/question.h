// A question collected before an architecture review's meeting, with its votes (one per person)
// and, once asked in the meeting, its answer.
#pragma once

#include "storedrecord.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Inflection {

struct Question : ReviewPart
{
    QString text;
    QString author;
    bool answered = false;
    QString answer;
    QStringList voters; // who voted, in the order they did

    bool operator==(const Question &other) const
    {
        return sameReviewPart(other) && text == other.text && author == other.author
            && answered == other.answered && answer == other.answer && voters == other.voters;
    }
};

} // namespace Inflection
