// SQL for launch plans.
#include "launchrepository.h"

#include "../domain/timestamp.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

using RecordWriter::text;

const RecordTable<LaunchPlan>::Mapping layout {
    u"launch"_s,
    launchFields(),
    {u"go_live_at"_s, u"pushed_by"_s, u"rollout"_s, u"communication"_s, u"decision"_s, u"decision_notes"_s},
    [](const QSqlQuery &q, int c, LaunchPlan &plan) {
        plan.goLiveAt = timestampFromText(q.value(c).toString());
        plan.pushedBy = q.value(c + 1).toString();
        plan.rollout = rollouts().fromKey(q.value(c + 2).toString(), Rollout::AllAtOnce);
        plan.communication = q.value(c + 3).toString();
        plan.decision = launchDecisions().fromKey(q.value(c + 4).toString(), LaunchDecision::Pending);
        plan.decisionNotes = q.value(c + 5).toString();
    },
    [](const LaunchPlan &plan) -> QVariantList {
        return {RecordWriter::time(plan.goLiveAt), text(plan.pushedBy), rollouts().key(plan.rollout),
            text(plan.communication), launchDecisions().key(plan.decision), text(plan.decisionNotes)};
    },
    [](LaunchField field, const QVariant &value) {
        return field == LaunchField::GoLiveAt ? RecordWriter::time(value.toDateTime())
                                              : QVariant(text(value.toString()));
    },
    [](const LaunchPlan &) { return QString(); },
    u"id"_s,
    {u"review"_s},
};

} // namespace

LaunchRepository::LaunchRepository(Workspace *workspace)
    : RecordTable(workspace, layout)
{ }

} // namespace Inflection
