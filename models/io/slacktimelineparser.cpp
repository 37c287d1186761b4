// Slack's export format: https://slack.com/help/articles/220556107 (message formatting:
// https://api.slack.com/reference/surfaces/formatting).
#include "slacktimelineparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

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

QString userName(const QJsonObject &message, const SlackTimelineParser::Users &users)
{
    const QString real = message.value(u"user_profile"_s).toObject().value(u"real_name"_s).toString();
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
    return id;
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
        QString name = user.value(u"real_name"_s).toString();
        if (name.isEmpty())
            name = user.value(u"profile"_s).toObject().value(u"real_name"_s).toString();
        if (name.isEmpty())
            name = user.value(u"name"_s).toString();
        if (!name.isEmpty())
            users.insert(id, name);
    }
    return users;
}

QString SlackTimelineParser::plainText(const QString &text, const Users &users)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'<', i);
        const qsizetype close = open < 0 ? -1 : text.indexOf(u'>', open);
        if (open < 0 || close < 0) {
            out += unescape(text.mid(i));
            break;
        }
        out += unescape(text.mid(i, open - i));
        const QString inner = text.mid(open + 1, close - open - 1);
        const qsizetype bar = inner.indexOf(u'|');
        const QString target = bar < 0 ? inner : inner.left(bar);
        const QString label = bar < 0 ? QString() : unescape(inner.mid(bar + 1));
        if (target.startsWith(u'@')) {
            const QString name = users.value(target.mid(1));
            out += u'@' + (!name.isEmpty() ? name : !label.isEmpty() ? label : target.mid(1));
        } else if (target.startsWith(u'#')) {
            out += u'#' + (!label.isEmpty() ? label : target.mid(1));
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
    const QString &place, ParsedTimeline *parsed)
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
        if (!event.occurredAt.isValid() || !message.value(u"text"_s).isString()) {
            parsed->addUnreadable(where);
            continue;
        }
        event.text = plainText(message.value(u"text"_s).toString(), users).trimmed();
        if (event.text.isEmpty()) { // a file or attachment with nothing written
            ++parsed->skipped;
            continue;
        }
        event.actor = userName(message, users);
        event.kind = TimelineKind::Communication;
        event.source = source;
        parsed->events.append(event);
    }
    return true;
}

ParsedTimeline SlackTimelineParser::parsePath(const QString &path, const ImportProgress &progress)
{
    ParsedTimeline parsed;
    const QFileInfo info(path);
    static const QRegularExpression dayName(u"^\\d{4}-\\d{2}-\\d{2}\\.json$"_s);
    QStringList days;
    QString folder;
    if (info.isDir()) {
        folder = info.absoluteFilePath();
        const QStringList names = QDir(folder).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            if (dayName.match(name).hasMatch())
                days.append(QDir(folder).filePath(name));
        }
        if (days.isEmpty()) {
            parsed.error = QCoreApplication::translate("Inflection::SlackTimelineParser",
                "%1 is not a Slack channel folder: it has no day files (YYYY-MM-DD.json).")
                               .arg(QDir::toNativeSeparators(path));
            return parsed;
        }
    } else if (info.isFile()) {
        folder = info.absolutePath();
        days.append(info.absoluteFilePath());
    } else {
        parsed.error = QCoreApplication::translate("Inflection::SlackTimelineParser", "%1 does not exist.")
                           .arg(QDir::toNativeSeparators(path));
        return parsed;
    }

    Users users;
    QFile usersFile(QFileInfo(folder).dir().filePath(u"users.json"_s));
    if (usersFile.open(QIODevice::ReadOnly))
        users = parseUsers(usersFile.readAll());

    const QString source = channelOf(folder);
    int read = 0;
    for (int i = 0; i < days.size(); ++i) {
        if (progress && !progress(i, days.size())) {
            parsed.cancelled = true;
            return parsed;
        }
        QFile file(days.at(i));
        const QString name = QFileInfo(file).fileName();
        if (!file.open(QIODevice::ReadOnly)) {
            parsed.addUnreadable(name);
            continue;
        }
        if (parseDay(file.readAll(), users, source, name, &parsed))
            ++read;
        else
            parsed.addUnreadable(name);
    }
    if (read == 0) {
        parsed = ParsedTimeline();
        parsed.error = days.size() == 1 ? QCoreApplication::translate(
                           "Inflection::SlackTimelineParser", "%1 is not a Slack export day file.")
                                              .arg(QDir::toNativeSeparators(path))
                                        : QCoreApplication::translate("Inflection::SlackTimelineParser",
                                            "None of the day files in %1 is a Slack export day file.")
                                              .arg(QDir::toNativeSeparators(path));
    }
    if (progress)
        progress(days.size(), days.size());
    return parsed;
}

} // namespace Inflection
