// change_log reads: a review's history, newest first, and its last edit.
#include "changelogrepository.h"

#include "queryrows.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

ChangeLogRepository::ChangeLogRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

QList<RecordWriter::ChangeLogEntry> ChangeLogRepository::forReview(
    qint64 reviewId, int limit, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(u"SELECT review, at, by, what, coalesce(field, ''), old_value, new_value FROM change_log "
              u"WHERE review = :review ORDER BY at DESC, id DESC LIMIT :limit"_s);
    q.bindValue(u":review"_s, reviewId);
    q.bindValue(u":limit"_s, limit);
    return queryRows(
        q,
        [](const QSqlQuery &row) {
            RecordWriter::ChangeLogEntry entry;
            entry.review = row.value(0).toLongLong();
            entry.at = row.value(1).toString();
            entry.by = row.value(2).toString();
            entry.what = row.value(3).toString();
            entry.field = row.value(4).toString();
            entry.oldValue = row.value(5);
            entry.newValue = row.value(6);
            return entry;
        },
        error);
}

QString ChangeLogRepository::lastEditAt(qint64 reviewId, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    // An import replaces the review whole: edits before the latest one are gone with what they changed.
    q.prepare(
        u"SELECT max(at) FROM change_log WHERE review = :review AND what <> 'imported' AND at > "
        u"coalesce((SELECT max(at) FROM change_log WHERE review = :again AND what = 'imported'), '')"_s);
    q.bindValue(u":review"_s, reviewId);
    q.bindValue(u":again"_s, reviewId);
    const auto at = queryRow(
        q, [](const QSqlQuery &row) { return row.value(0).toString(); }, error);
    return at.value_or(QString());
}

QString ChangeLogRepository::fieldDisplayName(const QString &key)
{
    QString words = key;
    words.replace(u'.', u' ').replace(u'_', u' ');
    return words;
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
