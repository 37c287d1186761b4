// Someone else with a review open: who, on which machine, when their app last said so.
#pragma once

#include <QDateTime>
#include <QString>

namespace Inflection {

struct Presence
{
    QString who;
    QString host;
    QDateTime seenAt;

    bool operator==(const Presence &other) const
    {
        return who == other.who && host == other.host && seenAt == other.seenAt;
    }
};

} // namespace Inflection
