// Presence rows: upserted on each heartbeat, read by age.
#include "presencerepository.h"

#include "../domain/timestamp.h"
#include "recordwriter.h"
#include "scopedtransaction.h"
#include "workspace.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

PresenceRepository::PresenceRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

Result<> PresenceRepository::beat(
    const QString &session, const QString &host, const QStringList &reviewUuids, const QDateTime &sweepBefore)
{
    if (m_workspace->isReadOnly())
        return {}; // nothing can be said; others will not see this session
    QSqlDatabase db = m_workspace->database();
    ScopedTransaction transaction(db);
    if (Result<> begun = transaction.begun(); !begun)
        return begun;
    const QString now = RecordWriter::now();
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM presence WHERE session = :session OR seen_at < :sweep"_s);
    q.bindValue(u":session"_s, session);
    q.bindValue(u":sweep"_s, timestampToText(sweepBefore));
    if (!q.exec())
        return Result<>::failure(q.lastError().text());
    q.prepare(u"INSERT INTO presence (session, review, who, host, seen_at) "
              u"VALUES (:session, :review, :who, :host, :at)"_s);
    for (const QString &uuid : reviewUuids) {
        q.bindValue(u":session"_s, session);
        q.bindValue(u":review"_s, uuid);
        q.bindValue(u":who"_s, RecordWriter::text(m_workspace->author()));
        q.bindValue(u":host"_s, RecordWriter::text(host));
        q.bindValue(u":at"_s, now);
        if (!q.exec())
            return Result<>::failure(q.lastError().text());
    }
    return transaction.commit();
}

Result<> PresenceRepository::leave(const QString &session)
{
    if (m_workspace->isReadOnly())
        return {};
    QSqlQuery q(m_workspace->database());
    q.prepare(u"DELETE FROM presence WHERE session = :session"_s);
    q.bindValue(u":session"_s, session);
    if (!q.exec())
        return Result<>::failure(q.lastError().text());
    return {};
}

Result<QHash<QString, QList<Presence>>> PresenceRepository::othersSince(
    const QString &session, const QDateTime &since) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(u"SELECT review, who, host, max(seen_at) FROM presence WHERE session <> :session AND "
              u"seen_at >= :since GROUP BY review, who, host ORDER BY review, who, host"_s);
    q.bindValue(u":session"_s, session);
    q.bindValue(u":since"_s, timestampToText(since));
    if (!q.exec())
        return Result<QHash<QString, QList<Presence>>>::failure(q.lastError().text());
    QHash<QString, QList<Presence>> others;
    while (q.next())
        others[q.value(0).toString()].append(
            {q.value(1).toString(), q.value(2).toString(), timestampFromText(q.value(3).toString())});
    return others;
}

} // namespace Inflection
