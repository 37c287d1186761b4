// SQL for parked ideas.
#include "parkinglotrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

const RecordTable<ParkedIdea>::Mapping layout {
    u"parking_lot"_s,
    parkedIdeaFields(),
    {u"text"_s, u"position"_s},
    [](const QSqlQuery &q, int c, ParkedIdea &idea) {
        idea.text = q.value(c).toString();
        idea.position = q.value(c + 1).toString();
    },
    [](const ParkedIdea &idea) -> QVariantList {
        return {RecordWriter::text(idea.text), idea.position};
    },
    [](ParkedIdeaField, const QVariant &value) -> QVariant { return RecordWriter::text(value.toString()); },
    [](const ParkedIdea &idea) { return idea.text; },
};

} // namespace

ParkingLotRepository::ParkingLotRepository(Workspace *workspace)
    : RecordTable(workspace, layout)
{ }

} // namespace Inflection
