// Reads timeline events from a Slack workspace export: the export's zip as Slack gives it (one of
// its channels), a channel folder of YYYY-MM-DD.json day files unpacked from it (or one of them),
// names from each message's user_profile or the export's users.json,
// channel names from its channels.json. System messages (joins, leaves, topic changes…) are
// skipped; mentions, channel references and links are written out as text. What Slack shows beside
// a message is kept in the event's text, so that the preview shows it as it will be stored: a
// thread reply names the message it answers (and is ordered after it), an edited message is marked
// so, shared files are named by their titles, and a monitoring integration's message (PagerDuty,
// Datadog, Nagios…) is an alert under the integration's name.
#pragma once

#include "../domain/result.h"
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
    // belongs to, or an export zip (see parseZip); events in the order of their threads (see
    // ParsedTimeline::orderTimes).
    static ParsedTimeline parsePath(
        const QString &path, const ImportProgress &progress = {}, const QString &channel = {});

    struct ZipChannel
    {
        QString name;
        int days = 0; // day files: days with messages
    };
    // Whether path is a zip file (by its name or its first bytes).
    static bool isZip(const QString &path);
    // The channels of an export zip: its folders of day files, by name.
    static Result<QList<ZipChannel>> zipChannels(const QString &path);
    // One channel of an export zip (users.json, channels.json, a folder of day files per channel,
    // as Slack exports them, or all of it in one folder of the zip); without a channel, the only
    // one. Read exactly as the unpacked channel folder would be.
    static ParsedTimeline parseZip(
        const QString &path, const QString &channel = {}, const ImportProgress &progress = {});
    // "<@U1|bob> see <https://x|the graph> &amp; more" -> "@bob see the graph (https://x) & more".
    static QString plainText(const QString &text, const Users &users, const Channels &channels = {});
    // Whether a bot of this name is a monitoring or paging integration, whose messages are alerts.
    static bool isAlertingIntegration(const QString &botName);
};

} // namespace Inflection
