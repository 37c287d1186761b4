// Import of reviews from the interchange format: validate, then write the review and its children.
#include "reviewimporter.h"

#include "../store/changelogrepository.h"
#include "reviewexporter.h"

#include "../domain/fractionalkey.h"
#include "../domain/timestamp.h"
#include "../store/recordwriter.h"
#include "../store/reviewrepository.h"
#include "../store/scopedtransaction.h"
#include "../store/workspace.h"
#include "jsonschemavalidator.h"

#include "../store/recordupdate.h"
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

using Outcome = ReviewImporter::Result::Outcome;

ReviewImporter::Result result(Outcome outcome, const QString &uuid, const QString &message)
{
    return {outcome, uuid, message};
}

QVariant timeOrNull(const QJsonValue &value)
{
    return value.isString() ? QVariant(timestampToText(timestampFromText(value.toString())))
                            : QVariant(QMetaType::fromType<QString>());
}

QString uuidOrNew(const QJsonObject &object)
{
    const QString uuid = object.value(u"uuid"_s).toString();
    return uuid.isEmpty() ? RecordUpdate::newUuid() : uuid;
}

// Who and when a child row was last changed: the file's, or this import's.
struct Stamp
{
    QString at;
    QString by;
    QString createdAt;
};

Stamp stampOf(const QJsonObject &object, const Stamp &fallback)
{
    Stamp stamp = fallback;
    if (object.contains(u"updated_at"_s))
        stamp.at = timestampToText(timestampFromText(object.value(u"updated_at"_s).toString()));
    if (object.contains(u"updated_by"_s))
        stamp.by = object.value(u"updated_by"_s).toString();
    stamp.createdAt = object.contains(u"created_at"_s)
        ? timestampToText(timestampFromText(object.value(u"created_at"_s).toString()))
        : stamp.at;
    return stamp;
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

ReviewImporter::ReviewImporter(Workspace *workspace)
    : m_workspace(workspace)
{ }

ReviewImporter::Result ReviewImporter::importFile(const QString &path, bool force)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result(Outcome::Failed, {},
            QCoreApplication::translate("Inflection::ReviewImporter", "“%1” cannot be read: %2")
                .arg(path, file.errorString()));
    return importJson(file.readAll(), force);
}

ReviewImporter::Result ReviewImporter::copyFrom(Workspace *source, const QString &uuid, bool force)
{
    QString error;
    const auto document = ReviewExporter(source).toJson(uuid, &error);
    if (!document)
        return result(Outcome::Failed, uuid, error);
    return importJson(ReviewExporter::serialize(*document), force);
}

ReviewImporter::Result ReviewImporter::importJson(const QByteArray &json, bool force)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return result(Outcome::Invalid, {},
            QCoreApplication::translate("Inflection::ReviewImporter", "not JSON: %1 at byte %2")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    QString error;
    if (!JsonSchemaValidator::reviewSchema().validate(
            document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()), &error))
        return result(Outcome::Invalid, {}, error);
    if (m_workspace->isReadOnly())
        return result(Outcome::Failed, {},
            QCoreApplication::translate(
                "Inflection::ReviewImporter", "The workspace is read-only; nothing was imported."));

    const QJsonObject r = document.object().value(u"review"_s).toObject();
    const QString uuid = r.value(u"uuid"_s).toString();
    const QString now = RecordWriter::now();
    const Stamp importStamp {now, m_workspace->author(), now};
    const Stamp reviewStamp = stampOf(r, importStamp);

    QSqlDatabase db = m_workspace->database();
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return result(Outcome::Failed, uuid, transaction.errorMessage());

    const auto existing = ReviewRepository(m_workspace).find(uuid, &error);
    if (!error.isEmpty())
        return result(Outcome::Failed, uuid, error);
    if (existing && existing->kind != reviewKindFromKey(r.value(u"kind"_s).toString()))
        return result(Outcome::Refused, uuid,
            QCoreApplication::translate("Inflection::ReviewImporter",
                "The workspace has review %1 as another kind of review; nothing was imported.")
                .arg(uuid));
    if (existing && !force) {
        // Newer: the review or anything in it was edited here after the copy being imported was.
        const QDateTime lastEdit = std::max(existing->updatedAt,
            timestampFromText(ChangeLogRepository(m_workspace).lastEditAt(existing->id, &error)));
        if (!error.isEmpty())
            return result(Outcome::Failed, uuid, error);
        if (lastEdit > timestampFromText(reviewStamp.at))
            return result(Outcome::Newer, uuid,
                QCoreApplication::translate("Inflection::ReviewImporter",
                    "The workspace copy of “%1” is newer (changed %2) than the one being imported (%3); "
                    "nothing was imported.")
                    .arg(existing->title, timestampToText(lastEdit), reviewStamp.at));
    }

    const RecordWriter::ColumnValues reviewColumns = {
        {u"title"_s, r.value(u"title"_s).toString()},
        {u"status"_s, r.value(u"status"_s).toString()},
        {u"system"_s, r.value(u"system"_s).toString(u""_s)},
        {u"tags"_s, r.value(u"tags"_s).toString(u""_s)},
        {u"owner"_s, r.value(u"owner"_s).toString(u""_s)},
        {u"meeting_at"_s, timeOrNull(r.value(u"meeting_at"_s))},
        {u"superseded_by"_s,
            r.value(u"superseded_by"_s).isString() ? QVariant(r.value(u"superseded_by"_s).toString())
                                                   : QVariant(QMetaType::fromType<QString>())},
    };
    qint64 reviewId = 0;
    if (existing) {
        reviewId = existing->id;
        QSqlQuery update(db);
        update.prepare(u"UPDATE review SET title = :title, status = :status, system = :system, tags = :tags, "
                       u"owner = :owner, meeting_at = :meeting_at, superseded_by = :superseded_by, "
                       u"created_at = :created, "
                       u"updated_at = :at, "
                       u"updated_by = :by, revision = revision + 1 WHERE id = :id"_s);
        for (const auto &[column, value] : reviewColumns)
            update.bindValue(u':' + column, value);
        update.bindValue(u":created"_s, reviewStamp.createdAt);
        update.bindValue(u":at"_s, reviewStamp.at);
        update.bindValue(u":by"_s, reviewStamp.by);
        update.bindValue(u":id"_s, reviewId);
        if (!exec(update, &error))
            return result(Outcome::Failed, uuid, error);
        // The children are replaced as a whole by the file's.
        for (const QString &table : {u"checklist_answer"_s, u"attendee"_s, u"launch"_s, u"contingency"_s,
                 u"incident"_s, u"timeline_event"_s, u"remediation"_s, u"parking_lot"_s, u"lint_dismissal"_s,
                 u"proposal"_s, u"departure"_s, u"comment"_s, u"question"_s}) {
            QSqlQuery remove(db);
            remove.prepare(u"DELETE FROM "_s + table + u" WHERE review = :review"_s);
            remove.bindValue(u":review"_s, reviewId);
            if (!exec(remove, &error))
                return result(Outcome::Failed, uuid, error);
        }
    } else {
        RecordWriter::ColumnValues columns = reviewColumns;
        columns.prepend({u"kind"_s, r.value(u"kind"_s).toString()});
        reviewId = RecordWriter::insert(
            db, u"review"_s, uuid, columns, reviewStamp.by, reviewStamp.at, &error, reviewStamp.createdAt);
        if (reviewId == 0)
            return result(Outcome::Failed, uuid, error);
    }

    for (const QJsonValue &value : r.value(u"checklist"_s).toArray()) {
        const QJsonObject a = value.toObject();
        const Stamp s = stampOf(a, importStamp);
        if (!RecordWriter::insert(db, u"checklist_answer"_s, RecordUpdate::newUuid(),
                {{u"review"_s, reviewId}, {u"key"_s, a.value(u"key"_s).toString()},
                    {u"answer"_s, a.value(u"answer"_s).toString()},
                    {u"notes"_s, a.value(u"notes"_s).toString(u""_s)}},
                s.by, s.at, &error, s.createdAt))
            return result(Outcome::Failed, uuid, error);
    }
    const QJsonArray attendees = r.value(u"attendees"_s).toArray();
    const QStringList attendeeKeys = FractionalKey::sequence(int(attendees.size()));
    for (qsizetype i = 0; i < attendees.size(); ++i) {
        const QJsonObject a = attendees.at(i).toObject();
        const Stamp s = stampOf(a, importStamp);
        if (!RecordWriter::insert(db, u"attendee"_s, uuidOrNew(a),
                {{u"review"_s, reviewId}, {u"name"_s, a.value(u"name"_s).toString()},
                    {u"role"_s, a.value(u"role"_s).toString()},
                    {u"present"_s, a.value(u"present"_s).toBool() ? 1 : 0},
                    {u"position"_s, attendeeKeys.at(i)}},
                s.by, s.at, &error, s.createdAt))
            return result(Outcome::Failed, uuid, error);
    }
    if (r.contains(u"launch"_s)) {
        const QJsonObject l = r.value(u"launch"_s).toObject();
        const Stamp s = stampOf(l, importStamp);
        if (!RecordWriter::insert(db, u"launch"_s, uuidOrNew(l),
                {{u"review"_s, reviewId}, {u"go_live_at"_s, timeOrNull(l.value(u"go_live_at"_s))},
                    {u"pushed_by"_s, l.value(u"pushed_by"_s).toString(u""_s)},
                    {u"rollout"_s, l.value(u"rollout"_s).toString(u"all-at-once"_s)},
                    {u"communication"_s, l.value(u"communication"_s).toString(u""_s)},
                    {u"decision"_s, l.value(u"decision"_s).toString(u"pending"_s)},
                    {u"decision_notes"_s, l.value(u"decision_notes"_s).toString(u""_s)}},
                s.by, s.at, &error, s.createdAt))
            return result(Outcome::Failed, uuid, error);
    }
    const QJsonArray contingencies = r.value(u"contingencies"_s).toArray();
    const QStringList keys = FractionalKey::sequence(int(contingencies.size()));
    for (qsizetype i = 0; i < contingencies.size(); ++i) {
        const QJsonObject c = contingencies.at(i).toObject();
        const Stamp s = stampOf(c, importStamp);
        if (!RecordWriter::insert(db, u"contingency"_s, uuidOrNew(c),
                {{u"review"_s, reviewId}, {u"issue"_s, c.value(u"issue"_s).toString()},
                    {u"likelihood"_s, c.value(u"likelihood"_s).toInt()},
                    {u"impact"_s, c.value(u"impact"_s).toInt()},
                    {u"comments"_s, c.value(u"comments"_s).toString(u""_s)},
                    {u"engineering"_s, c.value(u"engineering"_s).toString(u""_s)},
                    {u"onsite_messaging"_s, c.value(u"onsite_messaging"_s).toString(u""_s)},
                    {u"pr_needed"_s, c.value(u"pr_needed"_s).toBool() ? 1 : 0}, {u"position"_s, keys.at(i)}},
                s.by, s.at, &error, s.createdAt))
            return result(Outcome::Failed, uuid, error);
    }
    if (r.contains(u"incident"_s)) {
        const QJsonObject f = r.value(u"incident"_s).toObject();
        const Stamp s = stampOf(f, importStamp);
        if (!RecordWriter::insert(db, u"incident"_s, uuidOrNew(f),
                {{u"review"_s, reviewId}, {u"started_at"_s, timeOrNull(f.value(u"started_at"_s))},
                    {u"detected_at"_s, timeOrNull(f.value(u"detected_at"_s))},
                    {u"resolved_at"_s, timeOrNull(f.value(u"resolved_at"_s))},
                    {u"status_page_at"_s, timeOrNull(f.value(u"status_page_at"_s))},
                    {u"severity"_s, f.value(u"severity"_s).toString(u""_s)},
                    {u"summary"_s, f.value(u"summary"_s).toString(u""_s)},
                    {u"impact"_s, f.value(u"impact"_s).toString(u""_s)},
                    {u"order_agreed"_s, f.value(u"order_agreed"_s).toBool() ? 1 : 0}},
                s.by, s.at, &error, s.createdAt))
            return result(Outcome::Failed, uuid, error);
    }
    const QJsonArray remediation = r.value(u"remediation"_s).toArray();
    const QStringList remediationKeys = FractionalKey::sequence(int(remediation.size()));
    for (qsizetype i = 0; i < remediation.size(); ++i) {
        const QJsonObject item = remediation.at(i).toObject();
        const Stamp s = stampOf(item, importStamp);
        const QJsonValue due = item.value(u"due"_s);
        if (!RecordWriter::insert(db, u"remediation"_s, uuidOrNew(item),
                {{u"review"_s, reviewId}, {u"text"_s, item.value(u"text"_s).toString()},
                    {u"type"_s, item.value(u"type"_s).toString(u"prevent"_s)},
                    {u"owner"_s, item.value(u"owner"_s).toString(u""_s)},
                    {u"ticket"_s, item.value(u"ticket"_s).toString(u""_s)},
                    {u"due"_s,
                        due.isString() ? QVariant(due.toString()) : QVariant(QMetaType::fromType<QString>())},
                    {u"status"_s, item.value(u"status"_s).toString(u"open"_s)},
                    {u"position"_s, remediationKeys.at(i)}},
                s.by, s.at, &error, s.createdAt))
            return result(Outcome::Failed, uuid, error);
    }
    const QJsonArray parked = r.value(u"parking_lot"_s).toArray();
    const QStringList parkedKeys = FractionalKey::sequence(int(parked.size()));
    for (qsizetype i = 0; i < parked.size(); ++i) {
        const QJsonObject idea = parked.at(i).toObject();
        const Stamp s = stampOf(idea, importStamp);
        if (!RecordWriter::insert(db, u"parking_lot"_s, uuidOrNew(idea),
                {{u"review"_s, reviewId}, {u"text"_s, idea.value(u"text"_s).toString()},
                    {u"position"_s, parkedKeys.at(i)}},
                s.by, s.at, &error, s.createdAt))
            return result(Outcome::Failed, uuid, error);
    }
    for (const QJsonValue &value : r.value(u"lint_dismissals"_s).toArray()) {
        const QJsonObject d = value.toObject();
        const Stamp s = stampOf(d, importStamp);
        if (!RecordWriter::insert(db, u"lint_dismissal"_s, uuidOrNew(d),
                {{u"review"_s, reviewId}, {u"field"_s, d.value(u"field"_s).toString()},
                    {u"phrase"_s, d.value(u"phrase"_s).toString().toLower()},
                    {u"occurrence"_s, d.value(u"occurrence"_s).toInt()}},
                s.by, s.at, &error, s.createdAt))
            return result(Outcome::Failed, uuid, error);
    }
    if (r.contains(u"proposal"_s)) {
        const QJsonObject p = r.value(u"proposal"_s).toObject();
        const Stamp s = stampOf(p, importStamp);
        if (!RecordWriter::insert(db, u"proposal"_s, uuidOrNew(p),
                {{u"review"_s, reviewId}, {u"body"_s, p.value(u"body"_s).toString(u""_s)},
                    {u"decision"_s, p.value(u"decision"_s).toString(u"pending"_s)},
                    {u"decision_notes"_s, p.value(u"decision_notes"_s).toString(u""_s)},
                    {u"notes"_s, p.value(u"notes"_s).toString(u""_s)},
                    {u"agreements"_s, p.value(u"agreements"_s).toString(u""_s)},
                    {u"learnings"_s, p.value(u"learnings"_s).toString(u""_s)}},
                s.by, s.at, &error, s.createdAt))
            return result(Outcome::Failed, uuid, error);
    }
    const QJsonArray departures = r.value(u"departures"_s).toArray();
    const QStringList departureKeys = FractionalKey::sequence(int(departures.size()));
    for (qsizetype i = 0; i < departures.size(); ++i) {
        const QJsonObject d = departures.at(i).toObject();
        const Stamp s = stampOf(d, importStamp);
        if (!RecordWriter::insert(db, u"departure"_s, uuidOrNew(d),
                {{u"review"_s, reviewId}, {u"position"_s, departureKeys.at(i)},
                    {u"kind"_s, d.value(u"kind"_s).toString(u"tool"_s)},
                    {u"name"_s, d.value(u"name"_s).toString()},
                    {u"costs"_s, d.value(u"costs"_s).toString(u""_s)},
                    {u"tradeoffs"_s, d.value(u"tradeoffs"_s).toString(u""_s)},
                    {u"prohibits"_s, d.value(u"prohibits"_s).toString(u""_s)}},
                s.by, s.at, &error, s.createdAt))
            return result(Outcome::Failed, uuid, error);
    }
    // Threads before their replies, as the file lists them.
    for (const QJsonValue &value : r.value(u"comments"_s).toArray()) {
        const QJsonObject c = value.toObject();
        const Stamp s = stampOf(c, importStamp);
        const QJsonValue parent = c.value(u"parent"_s);
        if (!RecordWriter::insert(db, u"comment"_s, uuidOrNew(c),
                {{u"review"_s, reviewId}, {u"field"_s, c.value(u"field"_s).toString(u"proposal.body"_s)},
                    {u"exact"_s, c.value(u"exact"_s).toString(u""_s)},
                    {u"prefix"_s, c.value(u"prefix"_s).toString(u""_s)},
                    {u"suffix"_s, c.value(u"suffix"_s).toString(u""_s)},
                    {u"anchor_start"_s, c.value(u"start"_s).toInteger()},
                    {u"anchor_end"_s, c.value(u"end"_s).toInteger()},
                    {u"author"_s, c.value(u"author"_s).toString(u""_s)},
                    {u"text"_s, c.value(u"text"_s).toString()},
                    {u"resolved_by"_s, c.value(u"resolved_by"_s).toString(u""_s)},
                    {u"resolved_at"_s, timeOrNull(c.value(u"resolved_at"_s))},
                    {u"parent"_s,
                        parent.isString() ? QVariant(parent.toString())
                                          : QVariant(QMetaType::fromType<QString>())}},
                s.by, s.at, &error, s.createdAt))
            return result(Outcome::Failed, uuid, error);
    }
    for (const QJsonValue &value : r.value(u"questions"_s).toArray()) {
        const QJsonObject q = value.toObject();
        const Stamp s = stampOf(q, importStamp);
        const qint64 questionId = RecordWriter::insert(db, u"question"_s, uuidOrNew(q),
            {{u"review"_s, reviewId}, {u"text"_s, q.value(u"text"_s).toString()},
                {u"author"_s, q.value(u"author"_s).toString(u""_s)},
                {u"answered"_s, q.value(u"answered"_s).toBool() ? 1 : 0},
                {u"answer"_s, q.value(u"answer"_s).toString(u""_s)}},
            s.by, s.at, &error, s.createdAt);
        if (questionId == 0)
            return result(Outcome::Failed, uuid, error);
        QSqlQuery vote(db);
        vote.prepare(
            u"INSERT OR IGNORE INTO vote (question, voter, created_at) VALUES (:question, :voter, :at)"_s);
        for (const QJsonValue &voter : q.value(u"votes"_s).toArray()) {
            vote.bindValue(u":question"_s, questionId);
            vote.bindValue(u":voter"_s, voter.toString());
            vote.bindValue(u":at"_s, s.at);
            if (!exec(vote, &error))
                return result(Outcome::Failed, uuid, error);
        }
    }
    const QJsonArray timeline = r.value(u"timeline"_s).toArray();
    const QStringList eventKeys = FractionalKey::sequence(int(timeline.size()));
    for (qsizetype i = 0; i < timeline.size(); ++i) {
        const QJsonObject e = timeline.at(i).toObject();
        const Stamp s = stampOf(e, importStamp);
        if (!RecordWriter::insert(db, u"timeline_event"_s, uuidOrNew(e),
                {{u"review"_s, reviewId}, {u"position"_s, eventKeys.at(i)},
                    {u"occurred_at"_s, timeOrNull(e.value(u"occurred_at"_s))},
                    {u"kind"_s, e.value(u"kind"_s).toString()},
                    {u"actor"_s, e.value(u"actor"_s).toString(u""_s)},
                    {u"text"_s, e.value(u"text"_s).toString()},
                    {u"known_by"_s, e.value(u"known_by"_s).toString(u""_s)},
                    {u"source"_s, e.value(u"source"_s).toString(u""_s)},
                    {u"agreed"_s, e.value(u"agreed"_s).toBool() ? 1 : 0},
                    {u"reasoning"_s, e.value(u"reasoning"_s).toString(u""_s)}},
                s.by, s.at, &error, s.createdAt))
            return result(Outcome::Failed, uuid, error);
    }
    if (!RecordWriter::log(db, {reviewId, now, m_workspace->author(), u"imported"_s, {}, {}, {}}, &error))
        return result(Outcome::Failed, uuid, error);
    if (!transaction.commit())
        return result(Outcome::Failed, uuid, transaction.errorMessage());
    return result(existing ? Outcome::Updated : Outcome::Created, uuid,
        existing ? QCoreApplication::translate("Inflection::ReviewImporter", "Updated “%1”.")
                       .arg(r.value(u"title"_s).toString())
                 : QCoreApplication::translate("Inflection::ReviewImporter", "Added “%1”.")
                       .arg(r.value(u"title"_s).toString()));
}

} // namespace Inflection
