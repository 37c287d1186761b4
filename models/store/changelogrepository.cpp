// change_log reads: a review's history, newest first, and its last edit.
#include "changelogrepository.h"

#include "../domain/attendee.h"
#include "../domain/contingencyitem.h"
#include "../domain/departure.h"
#include "../domain/incidentfacts.h"
#include "../domain/launchplan.h"
#include "../domain/proposal.h"
#include "../domain/remediationitem.h"
#include "../domain/review.h"
#include "../domain/timelineevent.h"
#include "recordrows.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

ChangeLogRepository::ChangeLogRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

Result<QList<RecordWriter::ChangeLogEntry>> ChangeLogRepository::forReview(qint64 reviewId, int limit) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(u"SELECT review, at, by, what, coalesce(field, ''), old_value, new_value FROM change_log "
              u"WHERE review = :review ORDER BY at DESC, id DESC LIMIT :limit"_s);
    q.bindValue(u":review"_s, reviewId);
    q.bindValue(u":limit"_s, limit);
    return RecordRows::list(q, [](const QSqlQuery &row) {
        RecordWriter::ChangeLogEntry entry;
        entry.review = row.value(0).toLongLong();
        entry.at = row.value(1).toString();
        entry.by = row.value(2).toString();
        entry.what = row.value(3).toString();
        entry.field = row.value(4).toString();
        entry.oldValue = row.value(5);
        entry.newValue = row.value(6);
        return entry;
    });
}

Result<QString> ChangeLogRepository::lastEditAt(qint64 reviewId) const
{
    QSqlQuery q(m_workspace->database());
    // An import replaces the review whole: edits before the latest one are gone with what they changed.
    q.prepare(
        u"SELECT max(at) FROM change_log WHERE review = :review AND what <> 'imported' AND at > "
        u"coalesce((SELECT max(at) FROM change_log WHERE review = :again AND what = 'imported'), '')"_s);
    q.bindValue(u":review"_s, reviewId);
    q.bindValue(u":again"_s, reviewId);
    return RecordRows::one(q, [](const QSqlQuery &row) { return row.value(0).toString(); });
}

namespace {

// The display name of a column of one kind of record, by its key; empty when it is not one of them.
template<typename Field>
QString columnName(const KeyTable<Field> &fields, const QString &column)
{
    const auto field = fields.fromKey(column);
    return field ? fields.displayName(*field) : QString();
}

// What a kind of record is called in a review's history; empty for a name that is not a record's.
QString recordDisplayName(const QString &record)
{
    static const QHash<QString, const char *> names = {
        {u"contingency"_s, QT_TRANSLATE_NOOP("Inflection::ChangeLog", "contingency")},
        {u"timeline_event"_s, QT_TRANSLATE_NOOP("Inflection::ChangeLog", "timeline event")},
        {u"incident"_s, QT_TRANSLATE_NOOP("Inflection::ChangeLog", "incident")},
        {u"proposal"_s, QT_TRANSLATE_NOOP("Inflection::ChangeLog", "proposal")},
        {u"remediation"_s, QT_TRANSLATE_NOOP("Inflection::ChangeLog", "remediation item")},
        {u"departure"_s, QT_TRANSLATE_NOOP("Inflection::ChangeLog", "departure")},
        {u"launch"_s, QT_TRANSLATE_NOOP("Inflection::ChangeLog", "launch plan")},
        {u"attendee"_s, QT_TRANSLATE_NOOP("Inflection::ChangeLog", "attendee")},
        {u"comment"_s, QT_TRANSLATE_NOOP("Inflection::ChangeLog", "comment")},
        {u"question"_s, QT_TRANSLATE_NOOP("Inflection::ChangeLog", "question")},
        {u"parking_lot"_s, QT_TRANSLATE_NOOP("Inflection::ChangeLog", "parked idea")},
        {u"checklist"_s, QT_TRANSLATE_NOOP("Inflection::ChangeLog", "checklist")},
        {u"checklist_answer"_s, QT_TRANSLATE_NOOP("Inflection::ChangeLog", "checklist")},
        {u"contributing_factor"_s, QT_TRANSLATE_NOOP("Inflection::ChangeLog", "contributing factor")},
        {u"incident_link"_s, QT_TRANSLATE_NOOP("Inflection::ChangeLog", "linked item")},
        {u"lint_dismissal"_s, QT_TRANSLATE_NOOP("Inflection::ChangeLog", "dismissed finding")},
    };
    const char *name = names.value(record);
    return name ? QCoreApplication::translate("Inflection::ChangeLog", name) : QString();
}

// The display name of a column of a kind of record; empty when it is not one of its columns.
QString recordColumnName(const QString &record, const QString &column)
{
    if (record == u"contingency"_s)
        return columnName(contingencyFields(), column);
    if (record == u"timeline_event"_s)
        return columnName(timelineFields(), column);
    if (record == u"incident"_s)
        return columnName(incidentFields(), column);
    if (record == u"proposal"_s)
        return columnName(proposalFields(), column);
    if (record == u"remediation"_s)
        return columnName(remediationFields(), column);
    if (record == u"departure"_s)
        return columnName(departureFields(), column);
    if (record == u"launch"_s)
        return columnName(launchFields(), column);
    if (record == u"attendee"_s)
        return columnName(attendeeFields(), column);
    return {};
}

} // namespace

QString ChangeLogRepository::fieldDisplayName(const QString &key)
{
    const QString record = key.section(u'.', 0, 0);
    const QString column = key.section(u'.', 1);
    if (column.isEmpty()) {
        // A field of the review itself, or a whole record added, deleted or moved ("attendee").
        const QString reviewField = columnName(reviewFields(), key);
        if (!reviewField.isEmpty())
            return reviewField;
        const QString recordName = recordDisplayName(key);
        return recordName.isEmpty() ? QString(key).replace(u'_', u' ') : recordName;
    }
    QString recordName = recordDisplayName(record);
    if (recordName.isEmpty())
        recordName = QString(record).replace(u'_', u' ');
    QString columnText = recordColumnName(record, column);
    if (columnText.isEmpty())
        columnText = QString(column).replace(u'_', u' ').replace(u'.', u' ');
    //: A changed field in a review's history: the kind of record, then its field ("contingency: impact")
    return QCoreApplication::translate("Inflection::ChangeLog", "%1: %2").arg(recordName, columnText);
}

QString ChangeLogRepository::actionDisplayName(const QString &what)
{
    if (what == u"created"_s)
        return QCoreApplication::translate("Inflection::ChangeLog", "added");
    if (what == u"updated"_s)
        return QCoreApplication::translate("Inflection::ChangeLog", "changed");
    if (what == u"deleted"_s)
        return QCoreApplication::translate("Inflection::ChangeLog", "deleted");
    if (what == u"moved"_s)
        return QCoreApplication::translate("Inflection::ChangeLog", "moved");
    if (what == u"imported"_s)
        return QCoreApplication::translate("Inflection::ChangeLog", "imported");
    if (what == u"overwritten"_s)
        return QCoreApplication::translate("Inflection::ChangeLog", "overwrote");
    if (what == u"resolved"_s)
        return QCoreApplication::translate("Inflection::ChangeLog", "resolved");
    if (what == u"reopened"_s)
        return QCoreApplication::translate("Inflection::ChangeLog", "reopened");
    if (what == u"voted"_s)
        return QCoreApplication::translate("Inflection::ChangeLog", "voted on");
    if (what == u"unvoted"_s)
        return QCoreApplication::translate("Inflection::ChangeLog", "took back a vote on");
    if (what == u"restored"_s)
        return QCoreApplication::translate("Inflection::ChangeLog", "restored");
    if (what == u"dismissed"_s)
        return QCoreApplication::translate("Inflection::ChangeLog", "dismissed");
    return what;
}

} // namespace Inflection
