// Reads timeline events from a Slack workspace export: a channel folder of YYYY-MM-DD.json day
// files (or one of them), names from each message's user_profile or the export's users.json,
// channel names from its channels.json. System messages (joins, leaves, topic changes…) are
// skipped; mentions, channel references and links are written out as text. What Slack shows beside
// a message is kept in the event's text, so that the preview shows it as it will be stored: a
// thread reply names the message it answers (and is ordered after it), an edited message is marked
// so, shared files are named by their titles, and a monitoring integration's message (PagerDuty,
// Datadog, Nagios…) is an alert under the integration's name.
#pragma once

#include "parsedtimeline.h"

#include <QByteArray>
#include <QHash>

namespace Inflection {

class SlackTimelineParser
{
public:
    using Users = QHash<QString, QString>; // user id -> name
    using Channels = QHash<QString, QString>; // channel id -> name

    // users.json: [{"id": "U…", "real_name": …, "profile": {"real_name": …, "display_name": …},
    // "name": …}, …].
    static Users parseUsers(const QByteArray &bytes);
    // channels.json: [{"id": "C…", "name": …}, …].
    static Channels parseChannels(const QByteArray &bytes);
    // One day file, appended to parsed; place names the file in the places of unreadable messages.
    // Returns false (parsed untouched) when the bytes are not a Slack day file.
    static bool parseDay(const QByteArray &bytes, const Users &users, const QString &source,
        const QString &place, ParsedTimeline *parsed, const Channels &channels = {});
    // A channel folder or one day file, with the users.json and channels.json of the export it
    // belongs to; events in the order of their threads (see ParsedTimeline::orderTimes).
    static ParsedTimeline parsePath(const QString &path, const ImportProgress &progress = {});
    // "<@U1|bob> see <https://x|the graph> &amp; more" -> "@bob see the graph (https://x) & more".
    static QString plainText(const QString &text, const Users &users, const Channels &channels = {});
    // Whether a bot of this name is a monitoring or paging integration, whose messages are alerts.
    static bool isAlertingIntegration(const QString &botName);
};

} // namespace Inflection
