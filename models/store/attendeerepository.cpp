// SQL for attendees.
#include "attendeerepository.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

const RecordTable<Attendee>::Mapping layout {
    u"attendee"_s,
    attendeeFields(),
    {u"name"_s, u"role"_s, u"present"_s, u"position"_s},
    [](const QSqlQuery &q, int c, Attendee &a) {
        a.name = q.value(c).toString();
        a.role = q.value(c + 1).toString();
        a.present = q.value(c + 2).toInt() != 0;
        a.position = q.value(c + 3).toString();
    },
    [](const Attendee &a) -> QVariantList {
        return {RecordWriter::text(a.name), a.role, a.present ? 1 : 0, a.position};
    },
    [](AttendeeField field, const QVariant &value) {
        return field == AttendeeField::Present ? QVariant(value.toBool() ? 1 : 0)
                                               : QVariant(RecordWriter::text(value.toString()));
    },
    [](const Attendee &a) { return a.name; },
};

} // namespace

AttendeeRepository::AttendeeRepository(Workspace *workspace)
    : RecordTable(workspace, layout)
{ }

} // namespace Inflection
