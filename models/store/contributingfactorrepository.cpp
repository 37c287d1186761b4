// SQL for contributing factors.
#include "contributingfactorrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

using RecordWriter::text;

// No event: an empty text, never NULL (the column is NOT NULL).
QString storedEvents(const QStringList &uuids)
{
    return text(uuids.join(u' '));
}

const RecordTable<ContributingFactor>::Mapping layout {
    u"contributing_factor"_s,
    contributingFactorFields(),
    {u"text"_s, u"category"_s, u"events"_s, u"position"_s},
    [](const QSqlQuery &q, int c, ContributingFactor &f) {
        f.text = q.value(c).toString();
        f.category = q.value(c + 1).toString();
        f.events = q.value(c + 2).toString().split(u' ', Qt::SkipEmptyParts);
        f.position = q.value(c + 3).toString();
    },
    [](const ContributingFactor &f) -> QVariantList {
        return {text(f.text), text(f.category), storedEvents(f.events), f.position};
    },
    [](ContributingFactorField field, const QVariant &value) -> QVariant {
        if (field == ContributingFactorField::Events)
            return storedEvents(value.toStringList());
        return text(value.toString());
    },
    [](const ContributingFactor &f) { return f.text; },
};

} // namespace

ContributingFactorRepository::ContributingFactorRepository(Workspace *workspace)
    : RecordTable(workspace, layout)
{ }

} // namespace Inflection
