// Reads timeline events from a Slack workspace export: a channel folder of YYYY-MM-DD.json day
// files (or one of them), names from each message's user_profile or the export's users.json.
// System messages (joins, leaves, topic changes…) are skipped; mentions, channel references and
// links are written out as text.
#pragma once

#include "parsedtimeline.h"

#include <QByteArray>
#include <QHash>

namespace Inflection {

class SlackTimelineParser
{
public:
    using Users = QHash<QString, QString>; // user id -> name

    // users.json: [{"id": "U…", "real_name": …, "profile": {"real_name": …}, "name": …}, …].
    static Users parseUsers(const QByteArray &bytes);
    // One day file, appended to parsed; place names the file in the places of unreadable messages.
    // Returns false (parsed untouched) when the bytes are not a Slack day file.
    static bool parseDay(const QByteArray &bytes, const Users &users, const QString &source,
        const QString &place, ParsedTimeline *parsed);
    // A channel folder or one day file, with the users.json of the export it belongs to.
    static ParsedTimeline parsePath(const QString &path, const ImportProgress &progress = {});
    // "<@U1|bob> see <https://x|the graph> &amp; more" -> "@bob see the graph (https://x) & more".
    static QString plainText(const QString &text, const Users &users);
};

} // namespace Inflection
