// SQL for departures.
#include "departurerepository.h"

#include "recordrows.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

using RecordWriter::text;

const RecordTable<Departure>::Mapping layout {
    u"departure"_s,
    departureFields(),
    {u"position"_s, u"kind"_s, u"name"_s, u"costs"_s, u"tradeoffs"_s, u"prohibits"_s},
    [](const QSqlQuery &q, int c, Departure &d) {
        d.position = q.value(c).toString();
        d.kind = departureKinds().fromKey(q.value(c + 1).toString(), DepartureKind::Other);
        d.name = q.value(c + 2).toString();
        d.costs = q.value(c + 3).toString();
        d.tradeoffs = q.value(c + 4).toString();
        d.prohibits = q.value(c + 5).toString();
    },
    [](const Departure &d) -> QVariantList {
        return {d.position, departureKinds().key(d.kind), text(d.name), text(d.costs), text(d.tradeoffs),
            text(d.prohibits)};
    },
    [](DepartureField, const QVariant &value) -> QVariant { return text(value.toString()); },
    [](const Departure &d) { return d.name; },
};

} // namespace

DepartureRepository::DepartureRepository(Workspace *workspace)
    : RecordTable(workspace, layout)
{ }

Result<DepartureRepository::TechnologyCounts> DepartureRepository::technologyByReview(
    const TechRadar &radar) const
{
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT review, name FROM departure WHERE trim(name) <> ''"_s))
        return Result<TechnologyCounts>::failure(q.lastError().text());
    TechnologyCounts counts;
    while (q.next()) {
        const TechnologyState state = radar.stateOf(q.value(1).toString());
        if (state == TechnologyState::New)
            ++counts.fresh[q.value(0).toLongLong()];
        else if (state == TechnologyState::OnHold)
            ++counts.onHold[q.value(0).toLongLong()];
    }
    return counts;
}

} // namespace Inflection
