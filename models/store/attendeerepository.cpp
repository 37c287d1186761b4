// SQL for attendees.
#include "attendeerepository.h"

#include "../domain/fractionalkey.h"
#include "../domain/timestamp.h"
#include "recordwriter.h"
#include "scopedtransaction.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

const QString selectColumns
    = u"SELECT id, uuid, revision, updated_at, updated_by, review, name, role, present, position FROM attendee"_s;

Attendee attendeeFromQuery(const QSqlQuery &q)
{
    Attendee a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    a.revision = q.value(2).toInt();
    a.updatedAt = timestampFromText(q.value(3).toString());
    a.updatedBy = q.value(4).toString();
    a.reviewId = q.value(5).toLongLong();
    a.name = q.value(6).toString();
    a.role = q.value(7).toString();
    a.present = q.value(8).toInt() != 0;
    a.position = q.value(9).toString();
    return a;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Inflection::AttendeeRepository", text);
}

QVariant storedValue(AttendeeField field, const QVariant &value)
{
    return field == AttendeeField::Present ? QVariant(value.toBool() ? 1 : 0)
                                           : QVariant(RecordWriter::text(value.toString()));
}

} // namespace

AttendeeRepository::AttendeeRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

QList<Attendee> AttendeeRepository::forReview(qint64 reviewId, QString *error) const
{
    QList<Attendee> result;
    QSqlQuery q(m_workspace->database());
    q.prepare(selectColumns + u" WHERE review = :review ORDER BY position, id"_s);
    q.bindValue(u":review"_s, reviewId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return result;
    }
    while (q.next())
        result.append(attendeeFromQuery(q));
    return result;
}

std::optional<Attendee> AttendeeRepository::find(const QString &uuid, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(selectColumns + u" WHERE uuid = :uuid"_s);
    q.bindValue(u":uuid"_s, uuid);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return attendeeFromQuery(q);
}

std::optional<Attendee> AttendeeRepository::insert(const Attendee &attendee, QString *error)
{
    if (m_workspace->isReadOnly()) {
        *error = tr("The workspace is read-only; the change was not saved.");
        return std::nullopt;
    }
    Attendee stored = attendee;
    if (stored.uuid.isEmpty())
        stored.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!FractionalKey::isValid(stored.position)) {
        *error = tr("The attendee has no valid place in the list.");
        return std::nullopt;
    }
    QSqlDatabase db = m_workspace->database();
    ScopedTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.errorMessage();
        return std::nullopt;
    }
    const QString now = RecordWriter::now();
    stored.id = RecordWriter::insert(db, u"attendee"_s, stored.uuid,
        {{u"review"_s, stored.reviewId}, {u"name"_s, RecordWriter::text(stored.name)},
            {u"role"_s, stored.role}, {u"present"_s, stored.present ? 1 : 0},
            {u"position"_s, stored.position}},
        m_workspace->author(), now, error);
    if (stored.id == 0
        || !RecordWriter::log(db,
            {stored.reviewId, now, m_workspace->author(), u"created"_s, u"attendee"_s, {}, stored.name},
            error))
        return std::nullopt;
    if (!transaction.commit()) {
        *error = transaction.errorMessage();
        return std::nullopt;
    }
    stored.revision = 1;
    stored.updatedAt = timestampFromText(now);
    stored.updatedBy = m_workspace->author();
    return stored;
}

AttendeeSaveResult AttendeeRepository::staleOrGone(const Attendee &base) const
{
    QString error;
    const auto current = find(base.uuid, &error);
    if (!current)
        return AttendeeSaveResult::failed(
            error.isEmpty() ? tr("Someone else removed this attendee.") : error);
    return AttendeeSaveResult::conflict(*current);
}

AttendeeSaveResult AttendeeRepository::updateField(
    const Attendee &base, AttendeeField field, const QVariant &value)
{
    if (m_workspace->isReadOnly())
        return AttendeeSaveResult::failed(tr("The workspace is read-only; the change was not saved."));
    Attendee edited = base;
    if (!edited.setField(field, value))
        return AttendeeSaveResult::failed(tr("That is not a role."));
    static const QString columns[] = {u"name"_s, u"role"_s, u"present"_s};
    const QString column = columns[static_cast<int>(field)];
    QSqlDatabase db = m_workspace->database();
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return AttendeeSaveResult::failed(transaction.errorMessage());
    const QString now = RecordWriter::now();
    QString error;
    switch (RecordWriter::update(db, u"attendee"_s, base.id, base.revision,
        {{column, storedValue(field, value)}}, m_workspace->author(), now, &error)) {
    case RecordWriter::Outcome::Failed:
        return AttendeeSaveResult::failed(error);
    case RecordWriter::Outcome::Stale:
        transaction.commit();
        return staleOrGone(base);
    case RecordWriter::Outcome::Written:
        break;
    }
    if (!RecordWriter::log(db,
            {base.reviewId, now, m_workspace->author(), u"updated"_s, u"attendee."_s + column,
                storedValue(field, base.field(field)), storedValue(field, value)},
            &error))
        return AttendeeSaveResult::failed(error);
    if (!transaction.commit())
        return AttendeeSaveResult::failed(transaction.errorMessage());
    edited.revision = base.revision + 1;
    edited.updatedAt = timestampFromText(now);
    edited.updatedBy = m_workspace->author();
    return AttendeeSaveResult::saved(edited);
}

AttendeeSaveResult AttendeeRepository::remove(const Attendee &base)
{
    if (m_workspace->isReadOnly())
        return AttendeeSaveResult::failed(tr("The workspace is read-only; the change was not saved."));
    QSqlDatabase db = m_workspace->database();
    ScopedTransaction transaction(db);
    if (!transaction.isActive())
        return AttendeeSaveResult::failed(transaction.errorMessage());
    QString error;
    switch (RecordWriter::remove(db, u"attendee"_s, base.id, base.revision, &error)) {
    case RecordWriter::Outcome::Failed:
        return AttendeeSaveResult::failed(error);
    case RecordWriter::Outcome::Stale:
        transaction.commit();
        return staleOrGone(base);
    case RecordWriter::Outcome::Written:
        break;
    }
    if (!RecordWriter::log(db,
            {base.reviewId, RecordWriter::now(), m_workspace->author(), u"deleted"_s, u"attendee"_s,
                base.name, {}},
            &error)
        || !transaction.commit())
        return AttendeeSaveResult::failed(error.isEmpty() ? transaction.errorMessage() : error);
    return AttendeeSaveResult::saved(base);
}

} // namespace Inflection
