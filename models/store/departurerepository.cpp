// SQL for departures.
#include "departurerepository.h"

#include "../domain/fractionalkey.h"
#include "../domain/timestamp.h"
#include "queryrows.h"
#include "recordupdate.h"
#include "recordwriter.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

const QString selectColumns
    = u"SELECT id, uuid, revision, created_at, updated_at, updated_by, review, position, "
      u"kind, name, costs, tradeoffs, prohibits FROM departure"_s;

Departure departureFromQuery(const QSqlQuery &q)
{
    Departure d;
    d.id = q.value(0).toLongLong();
    d.uuid = q.value(1).toString();
    d.revision = q.value(2).toInt();
    d.createdAt = timestampFromText(q.value(3).toString());
    d.updatedAt = timestampFromText(q.value(4).toString());
    d.updatedBy = q.value(5).toString();
    d.reviewId = q.value(6).toLongLong();
    d.position = q.value(7).toString();
    d.kind = q.value(8).toString();
    d.name = q.value(9).toString();
    d.costs = q.value(10).toString();
    d.tradeoffs = q.value(11).toString();
    d.prohibits = q.value(12).toString();
    return d;
}

} // namespace

DepartureRepository::DepartureRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

QList<Departure> DepartureRepository::forReview(qint64 reviewId, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(selectColumns + u" WHERE review = :review ORDER BY position, id"_s);
    q.bindValue(u":review"_s, reviewId);
    return queryRows(q, departureFromQuery, error);
}

std::optional<Departure> DepartureRepository::find(const QString &uuid, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(selectColumns + u" WHERE uuid = :uuid"_s);
    q.bindValue(u":uuid"_s, uuid);
    return queryRow(q, departureFromQuery, error);
}

std::optional<Departure> DepartureRepository::insert(const Departure &departure, QString *error)
{
    if (!FractionalKey::isValid(departure.position)) {
        *error = QCoreApplication::translate(
            "Inflection::DepartureRepository", "The departure has no valid place in the list.");
        return std::nullopt;
    }
    const auto result = RecordUpdate::create(m_workspace, u"departure"_s, departure,
        {{u"review"_s, departure.reviewId}, {u"position"_s, departure.position}, {u"kind"_s, departure.kind},
            {u"name"_s, RecordWriter::text(departure.name)},
            {u"costs"_s, RecordWriter::text(departure.costs)},
            {u"tradeoffs"_s, RecordWriter::text(departure.tradeoffs)},
            {u"prohibits"_s, RecordWriter::text(departure.prohibits)}},
        {{departure.reviewId, {}, {}, u"created"_s, u"departure"_s, {}, departure.name}},
        [&] { return find(departure.uuid); });
    if (!result.isSaved()) {
        *error = result.errorMessage().isEmpty()
            ? QCoreApplication::translate("Inflection::DepartureRepository", "The departure already exists.")
            : result.errorMessage();
        return std::nullopt;
    }
    return result.record();
}

DepartureSaveResult DepartureRepository::updateField(
    const Departure &base, DepartureField field, const QVariant &value)
{
    Departure edited = base;
    if (!edited.setField(field, value))
        return DepartureSaveResult::failed(QCoreApplication::translate(
            "Inflection::DepartureRepository", "That is not a kind of departure."));
    const QString stored = RecordWriter::text(edited.field(field).toString());
    return RecordUpdate::update(m_workspace, u"departure"_s, base, edited,
        {{departureFieldKey(field), stored}},
        {{base.reviewId, {}, {}, u"updated"_s, u"departure."_s + departureFieldKey(field),
            base.field(field).toString(), stored}},
        [&] { return find(base.uuid); });
}

DepartureSaveResult DepartureRepository::move(const Departure &base, const QString &position)
{
    if (!FractionalKey::isValid(position))
        return DepartureSaveResult::failed(QCoreApplication::translate(
            "Inflection::DepartureRepository", "The departure has no valid place in the list."));
    Departure moved = base;
    moved.position = position;
    return RecordUpdate::update(m_workspace, u"departure"_s, base, moved, {{u"position"_s, position}},
        {{base.reviewId, {}, {}, u"moved"_s, u"departure"_s, base.position, position}},
        [&] { return find(base.uuid); });
}

DepartureSaveResult DepartureRepository::remove(const Departure &base)
{
    return RecordUpdate::remove(m_workspace, u"departure"_s, base,
        {base.reviewId, {}, {}, u"deleted"_s, u"departure"_s, base.name, {}},
        [&] { return find(base.uuid); });
}

QHash<qint64, int> DepartureRepository::newTechnologyByReview(QString *error) const
{
    QHash<qint64, int> counts;
    QSqlQuery q(m_workspace->database());
    q.prepare(u"SELECT review, count(*) FROM departure WHERE trim(name) <> '' AND NOT EXISTS "
              u"(SELECT 1 FROM known_technology WHERE known_technology.name = trim(departure.name)) "
              u"GROUP BY review"_s);
    for (const auto &[review, count] : queryRows(
             q,
             [](const QSqlQuery &row) { return std::pair(row.value(0).toLongLong(), row.value(1).toInt()); },
             error))
        counts.insert(review, count);
    return counts;
}

} // namespace Inflection
