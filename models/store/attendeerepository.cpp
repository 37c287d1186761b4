// SQL for attendees.
#include "attendeerepository.h"

#include "../domain/fractionalkey.h"
#include "../domain/timestamp.h"
#include "queryrows.h"
#include "recordupdate.h"
#include "recordwriter.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

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
    QSqlQuery q(m_workspace->database());
    q.prepare(selectColumns + u" WHERE review = :review ORDER BY position, id"_s);
    q.bindValue(u":review"_s, reviewId);
    return queryRows(q, attendeeFromQuery, error);
}

std::optional<Attendee> AttendeeRepository::find(const QString &uuid, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(selectColumns + u" WHERE uuid = :uuid"_s);
    q.bindValue(u":uuid"_s, uuid);
    return queryRow(q, attendeeFromQuery, error);
}

std::optional<Attendee> AttendeeRepository::insert(const Attendee &attendee, QString *error)
{
    if (!FractionalKey::isValid(attendee.position)) {
        *error = QCoreApplication::translate(
            "Inflection::AttendeeRepository", "The attendee has no valid place in the list.");
        return std::nullopt;
    }
    const auto result = RecordUpdate::create(m_workspace, u"attendee"_s, attendee,
        {{u"review"_s, attendee.reviewId}, {u"name"_s, RecordWriter::text(attendee.name)},
            {u"role"_s, attendee.role}, {u"present"_s, attendee.present ? 1 : 0},
            {u"position"_s, attendee.position}},
        {{attendee.reviewId, {}, {}, u"created"_s, u"attendee"_s, {}, attendee.name}},
        [] { return std::optional<Attendee>(); });
    if (!result.isSaved()) {
        *error = result.errorMessage();
        return std::nullopt;
    }
    return result.record();
}

AttendeeSaveResult AttendeeRepository::updateField(
    const Attendee &base, AttendeeField field, const QVariant &value)
{
    Attendee edited = base;
    if (!edited.setField(field, value))
        return AttendeeSaveResult::failed(
            QCoreApplication::translate("Inflection::AttendeeRepository", "That is not a role."));
    static const QString columns[] = {u"name"_s, u"role"_s, u"present"_s};
    const QString column = columns[static_cast<int>(field)];
    return RecordUpdate::update(m_workspace, u"attendee"_s, base, edited,
        {{column, storedValue(field, value)}},
        {{base.reviewId, {}, {}, u"updated"_s, u"attendee."_s + column, storedValue(field, base.field(field)),
            storedValue(field, value)}},
        [&] { return find(base.uuid); });
}

AttendeeSaveResult AttendeeRepository::remove(const Attendee &base)
{
    return RecordUpdate::remove(m_workspace, u"attendee"_s, base,
        {base.reviewId, {}, {}, u"deleted"_s, u"attendee"_s, base.name, {}}, [&] { return find(base.uuid); });
}

} // namespace Inflection
