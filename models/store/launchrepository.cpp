// SQL for launch plans.
#include "launchrepository.h"

#include "../domain/timestamp.h"
#include "recordupdate.h"
#include "recordwriter.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

QVariant storedValue(LaunchField field, const QVariant &value)
{
    if (field == LaunchField::GoLiveAt) {
        const QDateTime time = value.toDateTime();
        return time.isValid() ? QVariant(timestampToText(time)) : QVariant(QMetaType::fromType<QString>());
    }
    return RecordWriter::text(value.toString());
}

} // namespace

LaunchRepository::LaunchRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

std::optional<LaunchPlan> LaunchRepository::find(qint64 reviewId, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(
        u"SELECT id, uuid, revision, updated_at, updated_by, go_live_at, pushed_by, rollout, communication, "
        u"decision, decision_notes FROM launch WHERE review = :review"_s);
    q.bindValue(u":review"_s, reviewId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    LaunchPlan plan;
    plan.id = q.value(0).toLongLong();
    plan.uuid = q.value(1).toString();
    plan.revision = q.value(2).toInt();
    plan.updatedAt = timestampFromText(q.value(3).toString());
    plan.updatedBy = q.value(4).toString();
    plan.reviewId = reviewId;
    plan.goLiveAt = timestampFromText(q.value(5).toString());
    plan.pushedBy = q.value(6).toString();
    plan.rollout = q.value(7).toString();
    plan.communication = q.value(8).toString();
    plan.decision = q.value(9).toString();
    plan.decisionNotes = q.value(10).toString();
    return plan;
}

LaunchPlan LaunchRepository::forReview(qint64 reviewId, QString *error) const
{
    if (auto plan = find(reviewId, error))
        return *plan;
    LaunchPlan blank;
    blank.reviewId = reviewId;
    return blank;
}

LaunchSaveResult LaunchRepository::updateField(
    const LaunchPlan &base, LaunchField field, const QVariant &value)
{
    LaunchPlan edited = base;
    if (!edited.setField(field, value))
        return LaunchSaveResult::failed(QCoreApplication::translate(
            "Inflection::LaunchRepository", "That value does not fit the launch plan."));
    const QVariant stored = storedValue(field, edited.field(field));
    const QList<RecordWriter::ChangeLogEntry> log {{base.reviewId, {}, {}, u"updated"_s,
        u"launch."_s + launchFieldKey(field), storedValue(field, base.field(field)), stored}};
    const auto current = [&] {
        return find(base.reviewId, nullptr);
    };
    // The first change creates the row (unless someone else's got there first).
    return RecordUpdate::updateOrCreate(m_workspace, u"launch"_s, base, edited,
        {{launchFieldKey(field), stored}}, {{u"review"_s, base.reviewId}, {launchFieldKey(field), stored}},
        log, current);
}

} // namespace Inflection
