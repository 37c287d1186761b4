// Slack's export format: https://slack.com/help/articles/220556107 (message formatting:
// https://api.slack.com/reference/surfaces/formatting).
#include "slacktimelineparser.h"

#include "ziparchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <climits>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

// Subtypes that are messages people wrote; every other subtype is the system talking.
bool isPersonMessage(const QString &subtype)
{
    static const QSet<QString> kept {QString(), u"bot_message"_s, u"me_message"_s, u"thread_broadcast"_s,
        u"file_share"_s, u"reply_broadcast"_s};
    return kept.contains(subtype);
}

QString unescape(QString text)
{
    text.replace(u"&lt;"_s, u"<"_s);
    text.replace(u"&gt;"_s, u">"_s);
    text.replace(u"&amp;"_s, u"&"_s);
    return text;
}

QDateTime timeFromTs(const QJsonValue &value)
{
    const QString ts = value.toString();
    static const QRegularExpression pattern(u"^(\\d{1,12})(?:\\.(\\d{1,9}))?$"_s);
    const QRegularExpressionMatch m = pattern.match(ts);
    if (!m.hasMatch())
        return {};
    const qint64 seconds = m.captured(1).toLongLong();
    const int millis = QString(m.captured(2) + u"000"_s).left(3).toInt();
    return QDateTime::fromMSecsSinceEpoch(seconds * 1000 + millis, Qt::UTC);
}

QString nameIn(const QJsonObject &profile)
{
    for (const QString &key : {u"real_name"_s, u"display_name"_s}) {
        const QString name = profile.value(key).toString().trimmed();
        if (!name.isEmpty())
            return name;
    }
    return {};
}

bool isBotMessage(const QJsonObject &message)
{
    return message.value(u"subtype"_s).toString() == u"bot_message"_s
        || !message.value(u"bot_id"_s).toString().isEmpty();
}

QString userName(const QJsonObject &message, const SlackTimelineParser::Users &users)
{
    if (isBotMessage(message)) {
        // An integration posts under the name it was given, not under the user who installed it.
        for (const QString &name : {message.value(u"username"_s).toString(),
                 message.value(u"bot_profile"_s).toObject().value(u"name"_s).toString()}) {
            if (!name.trimmed().isEmpty())
                return name.trimmed();
        }
    }
    const QString real = nameIn(message.value(u"user_profile"_s).toObject());
    if (!real.isEmpty())
        return real;
    const QString id = message.value(u"user"_s).toString();
    if (const auto it = users.constFind(id); it != users.constEnd())
        return *it;
    for (const QString &key : {u"username"_s, u"bot_profile"_s}) {
        const QJsonValue value = message.value(key);
        const QString name
            = value.isObject() ? value.toObject().value(u"name"_s).toString() : value.toString();
        if (!name.isEmpty())
            return name;
    }
    return !id.isEmpty() ? id : message.value(u"bot_id"_s).toString();
}

// What an integration wrote in its attachments (the text of a message that has none of its own):
// each attachment's fallback, the plain-text summary Slack asks every integration for, else its
// title and text.
QString attachmentText(const QJsonObject &message)
{
    QStringList parts;
    const QJsonArray attachments = message.value(u"attachments"_s).toArray();
    for (const QJsonValue &value : attachments) {
        const QJsonObject attachment = value.toObject();
        QString text = attachment.value(u"fallback"_s).toString().trimmed();
        if (text.isEmpty()) {
            QStringList pieces;
            for (const QString &key : {u"pretext"_s, u"title"_s, u"text"_s}) {
                const QString piece = attachment.value(key).toString().trimmed();
                if (!piece.isEmpty())
                    pieces.append(piece);
            }
            text = pieces.join(u": "_s);
        }
        if (!text.isEmpty())
            parts.append(text);
    }
    return parts.join(u" — "_s);
}

// The text of a message's blocks (Block Kit), for a message whose "text" is empty: rich text's words,
// links, mentions (as Slack's own <@U…> markup, resolved later like the text's) and emoji by name;
// section and header blocks' text. Nested elements (lists, quotes) are walked in order.
void appendBlockText(const QJsonValue &value, QString *out)
{
    if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            appendBlockText(element, out);
        return;
    }
    const QJsonObject object = value.toObject();
    const QString type = object.value(u"type"_s).toString();
    if (type == u"text"_s || type == u"mrkdwn"_s || type == u"plain_text"_s) {
        *out += object.value(u"text"_s).toString();
    } else if (type == u"link"_s) {
        const QString text = object.value(u"text"_s).toString();
        *out += text.isEmpty() ? object.value(u"url"_s).toString() : text;
    } else if (type == u"user"_s) {
        *out += u"<@"_s + object.value(u"user_id"_s).toString() + u'>';
    } else if (type == u"channel"_s) {
        *out += u"<#"_s + object.value(u"channel_id"_s).toString() + u'>';
    } else if (type == u"emoji"_s) {
        *out += u':' + object.value(u"name"_s).toString() + u':';
    } else if (object.value(u"text"_s).isObject()) { // section, header
        appendBlockText(object.value(u"text"_s), out);
    }
    if (object.contains(u"elements"_s)) {
        if (!out->isEmpty() && !out->endsWith(u' ') && type != u"rich_text_section"_s)
            *out += u' ';
        appendBlockText(object.value(u"elements"_s), out);
    }
}

QString blockText(const QJsonObject &message)
{
    QString text;
    appendBlockText(message.value(u"blocks"_s), &text);
    return text.simplified();
}

// The titles of the files shared with the message (files[], or file in older exports).
QStringList fileTitles(const QJsonObject &message)
{
    QJsonArray files = message.value(u"files"_s).toArray();
    if (message.value(u"file"_s).isObject())
        files.append(message.value(u"file"_s));
    QStringList titles;
    for (const QJsonValue &value : std::as_const(files)) {
        const QJsonObject file = value.toObject();
        QString title = file.value(u"title"_s).toString().trimmed();
        if (title.isEmpty())
            title = file.value(u"name"_s).toString().trimmed();
        if (!title.isEmpty())
            titles.append(title);
    }
    return titles;
}

QString channelOf(const QString &folder)
{
    return u"Slack #"_s + QFileInfo(folder).fileName();
}

} // namespace

SlackTimelineParser::Users SlackTimelineParser::parseUsers(const QByteArray &bytes)
{
    Users users;
    const QJsonArray list = QJsonDocument::fromJson(bytes).array();
    for (const QJsonValue &value : list) {
        const QJsonObject user = value.toObject();
        const QString id = user.value(u"id"_s).toString();
        if (id.isEmpty())
            continue;
        QString name = user.value(u"real_name"_s).toString().trimmed();
        if (name.isEmpty())
            name = nameIn(user.value(u"profile"_s).toObject());
        if (name.isEmpty())
            name = user.value(u"name"_s).toString();
        if (!name.isEmpty())
            users.insert(id, name);
    }
    return users;
}

SlackTimelineParser::Channels SlackTimelineParser::parseChannels(const QByteArray &bytes)
{
    Channels channels;
    const QJsonArray list = QJsonDocument::fromJson(bytes).array();
    for (const QJsonValue &value : list) {
        const QJsonObject channel = value.toObject();
        const QString id = channel.value(u"id"_s).toString();
        const QString name = channel.value(u"name"_s).toString();
        if (!id.isEmpty() && !name.isEmpty())
            channels.insert(id, name);
    }
    return channels;
}

bool SlackTimelineParser::isAlertingIntegration(const QString &botName)
{
    // Monitoring, paging and incident tools that post to Slack: what they post is an alert.
    static const QStringList tools {u"pagerduty"_s, u"datadog"_s, u"nagios"_s, u"opsgenie"_s, u"grafana"_s,
        u"prometheus"_s, u"alertmanager"_s, u"sentry"_s, u"new relic"_s, u"newrelic"_s, u"zabbix"_s,
        u"icinga"_s, u"victorops"_s, u"splunk"_s, u"cloudwatch"_s, u"pingdom"_s, u"statuscake"_s,
        u"uptimerobot"_s, u"checkly"_s, u"honeycomb"_s, u"dynatrace"_s, u"appdynamics"_s, u"sensu"_s,
        u"healthchecks"_s, u"alert"_s, u"monitor"_s};
    const QString name = botName.toLower();
    return std::any_of(
        tools.cbegin(), tools.cend(), [&name](const QString &tool) { return name.contains(tool); });
}

namespace {

// Slack writes emoji by name (":fire:"); the ones an incident channel uses most are shown as emoji, any
// other name stays as written. A clock (14:02:30) names none.
QString withEmoji(const QString &text)
{
    if (!text.contains(u':'))
        return text;
    static const QHash<QString, QString> emoji {{u"+1"_s, u"👍"_s}, {u"thumbsup"_s, u"👍"_s}, {u"-1"_s, u"👎"_s},
        {u"thumbsdown"_s, u"👎"_s}, {u"fire"_s, u"🔥"_s}, {u"eyes"_s, u"👀"_s}, {u"white_check_mark"_s, u"✅"_s},
        {u"heavy_check_mark"_s, u"✔️"_s}, {u"x"_s, u"❌"_s}, {u"warning"_s, u"⚠️"_s},
        {u"rotating_light"_s, u"🚨"_s}, {u"rocket"_s, u"🚀"_s}, {u"tada"_s, u"🎉"_s},
        {u"thinking_face"_s, u"🤔"_s}, {u"pray"_s, u"🙏"_s}, {u"sweat_smile"_s, u"😅"_s},
        {u"scream"_s, u"😱"_s}, {u"sob"_s, u"😭"_s}, {u"slightly_smiling_face"_s, u"🙂"_s},
        {u"smile"_s, u"😄"_s}, {u"joy"_s, u"😂"_s}, {u"ok_hand"_s, u"👌"_s}, {u"raised_hands"_s, u"🙌"_s},
        {u"clap"_s, u"👏"_s}, {u"wave"_s, u"👋"_s}, {u"bug"_s, u"🐛"_s}, {u"boom"_s, u"💥"_s},
        {u"hourglass"_s, u"⌛"_s}, {u"hourglass_flowing_sand"_s, u"⏳"_s}, {u"stopwatch"_s, u"⏱️"_s},
        {u"red_circle"_s, u"🔴"_s}, {u"large_green_circle"_s, u"🟢"_s}, {u"green_circle"_s, u"🟢"_s},
        {u"large_yellow_circle"_s, u"🟡"_s}, {u"no_entry"_s, u"⛔"_s}, {u"construction"_s, u"🚧"_s},
        {u"mag"_s, u"🔍"_s}, {u"point_up"_s, u"☝️"_s}, {u"heart"_s, u"❤️"_s}, {u"100"_s, u"💯"_s},
        {u"muscle"_s, u"💪"_s}, {u"facepalm"_s, u"🤦"_s}, {u"face_palm"_s, u"🤦"_s},
        {u"shrug"_s, u"🤷"_s}, {u"sos"_s, u"🆘"_s}, {u"chart_with_upwards_trend"_s, u"📈"_s},
        {u"chart_with_downwards_trend"_s, u"📉"_s}, {u"pager"_s, u"📟"_s}, {u"skull"_s, u"💀"_s}};
    static const QRegularExpression name(u":([a-z0-9_+-]+):"_s);
    QString out;
    qsizetype from = 0;
    for (auto it = name.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const auto found = emoji.constFind(m.captured(1));
        if (found == emoji.cend())
            continue;
        out += QStringView(text).mid(from, m.capturedStart() - from) + *found;
        from = m.capturedEnd();
    }
    return from == 0 ? text : out + QStringView(text).mid(from);
}

} // namespace

QString SlackTimelineParser::plainText(const QString &text, const Users &users, const Channels &channels)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'<', i);
        const qsizetype close = open < 0 ? -1 : text.indexOf(u'>', open);
        if (open < 0 || close < 0) {
            out += withEmoji(unescape(text.mid(i)));
            break;
        }
        out += withEmoji(unescape(text.mid(i, open - i)));
        const QString inner = text.mid(open + 1, close - open - 1);
        const qsizetype bar = inner.indexOf(u'|');
        const QString target = bar < 0 ? inner : inner.left(bar);
        const QString label = bar < 0 ? QString() : unescape(inner.mid(bar + 1));
        if (target.startsWith(u'@')) {
            const QString name = users.value(target.mid(1));
            out += u'@' + (!name.isEmpty() ? name : !label.isEmpty() ? label : target.mid(1));
        } else if (target.startsWith(u'#')) {
            out += u'#' + (!label.isEmpty() ? label : channels.value(target.mid(1), target.mid(1)));
        } else if (target.startsWith(u'!')) {
            // <!here>, <!channel>, <!subteam^S1|@team>, <!date^…|fallback>
            out += !label.isEmpty() ? label : u'@' + target.mid(1).section(u'^', 0, 0);
        } else {
            const QString url = unescape(target);
            const QString shown = url.startsWith(u"mailto:"_s) ? url.mid(7) : url;
            out += label.isEmpty() || label == shown ? shown : label + u" ("_s + shown + u')';
        }
        i = close + 1;
    }
    return out;
}

bool SlackTimelineParser::parseDay(const QByteArray &bytes, const Users &users, const QString &source,
    const QString &place, ParsedTimeline *parsed, const Channels &channels)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return false;
    const QJsonArray messages = document.array();
    // A day file holds message objects; an array of anything else is some other JSON.
    bool anyMessage = messages.isEmpty();
    for (const QJsonValue &value : messages) {
        if (value.isObject() && value.toObject().contains(u"ts"_s))
            anyMessage = true;
    }
    if (!anyMessage)
        return false;
    int index = 0;
    for (const QJsonValue &value : messages) {
        ++index;
        const QJsonObject message = value.toObject();
        const QString where = place + u':' + QString::number(index);
        if (!value.isObject()) {
            parsed->addUnreadable(where);
            continue;
        }
        const QString type = message.value(u"type"_s).toString(u"message"_s);
        const QString subtype = message.value(u"subtype"_s).toString();
        if (type != u"message"_s || !isPersonMessage(subtype)) {
            ++parsed->skipped;
            continue;
        }
        TimelineEvent event;
        event.occurredAt = timeFromTs(message.value(u"ts"_s));
        const QJsonValue textValue = message.value(u"text"_s);
        if (!event.occurredAt.isValid() || !(textValue.isString() || textValue.isUndefined())) {
            parsed->addUnreadable(where);
            continue;
        }
        QString text = plainText(textValue.toString(), users, channels).trimmed();
        if (text.isEmpty())
            text = plainText(blockText(message), users, channels).trimmed();
        if (text.isEmpty())
            text = plainText(attachmentText(message), users, channels).trimmed();
        const QStringList files = fileTitles(message);
        if (!files.isEmpty()) {
            const QString titles = files.join(u", "_s);
            text = text.isEmpty()
                ? QCoreApplication::translate("Inflection::SlackTimelineParser", "shared a file: %1")
                      .arg(titles)
                : QCoreApplication::translate("Inflection::SlackTimelineParser", "%1 (shared a file: %2)")
                      .arg(text, titles);
        }
        if (text.isEmpty()) { // nothing written, nothing shared
            ++parsed->skipped;
            continue;
        }
        event.actor = userName(message, users);
        if (message.value(u"edited"_s).isObject())
            text = QCoreApplication::translate("Inflection::SlackTimelineParser", "%1 (edited)").arg(text);
        // A reply in a thread: thread_ts is its thread's first message, which it answers.
        QDateTime orderTime = event.occurredAt;
        const QString ts = message.value(u"ts"_s).toString();
        const QString threadTs = message.value(u"thread_ts"_s).toString();
        if (!threadTs.isEmpty() && threadTs != ts) {
            const QDateTime threadTime = timeFromTs(threadTs);
            if (threadTime.isValid() && threadTime <= event.occurredAt)
                orderTime = threadTime;
            QString parent = message.value(u"parent_user_id"_s).toString();
            if (parent.isEmpty()) // a reply also sent to the channel carries its thread's root
                parent = message.value(u"root"_s).toObject().value(u"user"_s).toString();
            parent = users.value(parent, parent);
            text = parent.isEmpty()
                ? QCoreApplication::translate("Inflection::SlackTimelineParser", "↳ In a thread: %1")
                      .arg(text)
                : QCoreApplication::translate("Inflection::SlackTimelineParser", "↳ In reply to %1: %2")
                      .arg(parent, text);
        }
        event.text = text;
        event.kind = isBotMessage(message) && isAlertingIntegration(event.actor)
            ? TimelineKind::Alert
            : TimelineKind::Communication;
        event.source = source;
        parsed->events.append(event);
        parsed->orderTimes.append(orderTime);
    }
    return true;
}

namespace {

// One channel's day files, however they are stored: read(i) gives the i-th one's bytes.
struct DaySource
{
    QString shownPath; // for messages: the folder, file or zip
    QStringList days; // file names, YYYY-MM-DD.json, in order
    std::function<Result<QByteArray>(int)> read;
    bool readErrorIsFatal = false; // a damaged zip stops the import; a file that cannot be opened is counted
};

ParsedTimeline parseDays(const DaySource &from, const SlackTimelineParser::Users &users,
    const SlackTimelineParser::Channels &channels, const QString &source, const ImportProgress &progress)
{
    ParsedTimeline parsed;
    const qsizetype count = from.days.size();
    int read = 0;
    for (int i = 0; i < count; ++i) {
        if (progress && !progress(i, count)) {
            parsed.cancelled = true;
            return parsed;
        }
        const QString &name = from.days.at(i);
        const Result<QByteArray> bytes = from.read(i);
        if (!bytes) {
            if (from.readErrorIsFatal) {
                parsed = ParsedTimeline();
                parsed.error = bytes.message();
                return parsed;
            }
            parsed.addUnreadable(name);
            continue;
        }
        if (SlackTimelineParser::parseDay(*bytes, users, source, name, &parsed, channels))
            ++read;
        else
            parsed.addUnreadable(name);
    }
    if (read == 0) {
        parsed = ParsedTimeline();
        parsed.error = count == 1 ? QCoreApplication::translate(
                           "Inflection::SlackTimelineParser", "%1 is not a Slack export day file.")
                                        .arg(QDir::toNativeSeparators(from.shownPath))
                                  : QCoreApplication::translate("Inflection::SlackTimelineParser",
                                      "None of the day files in %1 is a Slack export day file.")
                                        .arg(QDir::toNativeSeparators(from.shownPath));
    }
    if (progress)
        progress(count, count);
    return parsed;
}

const QRegularExpression &dayName()
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}\\.json$"_s);
    return pattern;
}

// Where a zip keeps its export: the folder of its users.json or channels.json, the shallowest one
// (a zip made again from an unpacked export has the export's folder around it); "" or "folder/".
QString exportRoot(const QStringList &names)
{
    QString root;
    int depth = INT_MAX;
    for (const QString &name : names) {
        const QString file = name.section(u'/', -1);
        if (file != u"users.json"_s && file != u"channels.json"_s)
            continue;
        const int d = int(name.count(u'/'));
        if (d < depth) {
            depth = d;
            root = name.left(name.size() - file.size());
        }
    }
    return root;
}

// The channel folders of the export in the zip, by name, each with its day files (by file name).
QMap<QString, QStringList> zipChannelDays(const QStringList &names)
{
    const QString root = exportRoot(names);
    QMap<QString, QStringList> channels;
    for (const QString &name : names) {
        if (!name.startsWith(root))
            continue;
        const QStringList parts = name.mid(root.size()).split(u'/');
        if (parts.size() == 2 && !parts.at(0).isEmpty() && dayName().match(parts.at(1)).hasMatch())
            channels[parts.at(0)].append(parts.at(1));
    }
    for (QStringList &days : channels)
        days.sort();
    return channels;
}

Result<QByteArray> readInZip(ZipArchive *zip, const QString &name)
{
    if (!zip->contains(name))
        return QByteArray();
    return zip->read(name);
}

QString channelList(const QMap<QString, QStringList> &channels)
{
    return channels.keys().join(u", "_s);
}

} // namespace

bool SlackTimelineParser::isZip(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile()
        && (info.suffix().compare(u"zip"_s, Qt::CaseInsensitive) == 0 || ZipArchive::looksLikeZip(path));
}

Result<QList<SlackTimelineParser::ZipChannel>> SlackTimelineParser::zipChannels(const QString &path)
{
    ZipArchive zip;
    if (const Result<> opened = zip.open(path); !opened)
        return Result<QList<ZipChannel>>::errorOf(opened);
    const QMap<QString, QStringList> channels = zipChannelDays(zip.names());
    if (channels.isEmpty())
        return Result<QList<ZipChannel>>::failure(ErrorKind::Invalid,
            QCoreApplication::translate("Inflection::SlackTimelineParser",
                "%1 is not a Slack export: it has no channel folders of day files (YYYY-MM-DD.json).")
                .arg(QDir::toNativeSeparators(path)));
    QList<ZipChannel> list;
    for (auto it = channels.cbegin(); it != channels.cend(); ++it)
        list.append({it.key(), int(it.value().size())});
    return list;
}

ParsedTimeline SlackTimelineParser::parseZip(
    const QString &path, const QString &channel, const ImportProgress &progress)
{
    ParsedTimeline parsed;
    ZipArchive zip;
    if (const Result<> opened = zip.open(path); !opened) {
        parsed.error = opened.message();
        return parsed;
    }
    const QMap<QString, QStringList> channels = zipChannelDays(zip.names());
    if (channels.isEmpty()) {
        parsed.error = QCoreApplication::translate("Inflection::SlackTimelineParser",
            "%1 is not a Slack export: it has no channel folders of day files (YYYY-MM-DD.json).")
                           .arg(QDir::toNativeSeparators(path));
        return parsed;
    }
    QString chosen = channel.startsWith(u'#') ? channel.mid(1) : channel;
    if (chosen.isEmpty() && channels.size() == 1)
        chosen = channels.firstKey();
    if (chosen.isEmpty()) {
        parsed.error = QCoreApplication::translate(
            "Inflection::SlackTimelineParser", "%1 holds several channels; choose one of them: %2.")
                           .arg(QDir::toNativeSeparators(path), channelList(channels));
        return parsed;
    }
    if (!channels.contains(chosen)) {
        parsed.error = QCoreApplication::translate(
            "Inflection::SlackTimelineParser", "%1 has no channel “%2”; its channels: %3.")
                           .arg(QDir::toNativeSeparators(path), chosen, channelList(channels));
        return parsed;
    }

    const QString root = exportRoot(zip.names());
    const Result<QByteArray> usersBytes = readInZip(&zip, root + u"users.json"_s);
    const Result<QByteArray> channelsBytes = readInZip(&zip, root + u"channels.json"_s);
    for (const auto *bytes : {&usersBytes, &channelsBytes}) {
        if (!*bytes) {
            parsed.error = bytes->message();
            return parsed;
        }
    }
    const QString folder = root + chosen + u'/';
    DaySource days;
    days.shownPath = path + u'/' + chosen;
    days.days = channels.value(chosen);
    days.read = [&zip, &days, &folder](int i) {
        return zip.read(folder + days.days.at(i));
    };
    days.readErrorIsFatal = true;
    return parseDays(
        days, parseUsers(*usersBytes), parseChannels(*channelsBytes), u"Slack #"_s + chosen, progress);
}

ParsedTimeline SlackTimelineParser::parsePath(
    const QString &path, const ImportProgress &progress, const QString &channel)
{
    ParsedTimeline parsed;
    const QFileInfo info(path);
    if (isZip(path))
        return parseZip(path, channel, progress);
    QStringList days;
    QString folder;
    if (info.isDir()) {
        folder = info.absoluteFilePath();
        const QStringList names = QDir(folder).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            if (dayName().match(name).hasMatch())
                days.append(name);
        }
        if (days.isEmpty()) {
            // The whole export, unpacked: its channels are the folders inside it that hold day files.
            QStringList channelFolders;
            for (const QString &name :
                QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
                const QStringList inside
                    = QDir(QDir(folder).filePath(name)).entryList({u"*.json"_s}, QDir::Files);
                if (std::any_of(inside.cbegin(), inside.cend(),
                        [](const QString &file) { return dayName().match(file).hasMatch(); }))
                    channelFolders.append(u"#"_s + name);
            }
            parsed.error = channelFolders.isEmpty()
                ? QCoreApplication::translate("Inflection::SlackTimelineParser",
                    "%1 is not a Slack channel folder: it has no day files (YYYY-MM-DD.json).")
                      .arg(QDir::toNativeSeparators(path))
                : QCoreApplication::translate("Inflection::SlackTimelineParser",
                    "%1 is a whole Slack export: choose one of its channel folders (%2), or the export's "
                    "zip file.")
                      .arg(QDir::toNativeSeparators(path), channelFolders.join(u", "_s));
            return parsed;
        }
    } else if (info.isFile()) {
        folder = info.absolutePath();
        days.append(info.fileName());
    } else {
        parsed.error = QCoreApplication::translate("Inflection::SlackTimelineParser", "%1 does not exist.")
                           .arg(QDir::toNativeSeparators(path));
        return parsed;
    }

    Users users;
    QFile usersFile(QFileInfo(folder).dir().filePath(u"users.json"_s));
    if (usersFile.open(QIODevice::ReadOnly))
        users = parseUsers(usersFile.readAll());
    Channels channels;
    QFile channelsFile(QFileInfo(folder).dir().filePath(u"channels.json"_s));
    if (channelsFile.open(QIODevice::ReadOnly))
        channels = parseChannels(channelsFile.readAll());

    DaySource source;
    source.shownPath = path;
    source.days = days;
    source.read = [&folder, &days](int i) -> Result<QByteArray> {
        QFile file(QDir(folder).filePath(days.at(i)));
        if (!file.open(QIODevice::ReadOnly))
            return Result<QByteArray>::failure(file.errorString());
        return file.readAll();
    };
    return parseDays(source, users, channels, channelOf(folder), progress);
}

} // namespace Inflection
