// SQL for contingency items.
#include "contingencyrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

using RecordWriter::text;

QVariant storedValue(ContingencyField field, const QVariant &value)
{
    switch (field) {
    case ContingencyField::Likelihood:
    case ContingencyField::Impact:
        return value.toInt();
    case ContingencyField::PrNeeded:
        return value.toBool() ? 1 : 0;
    default:
        return text(value.toString());
    }
}

const RecordTable<ContingencyItem>::Mapping layout {
    u"contingency"_s,
    contingencyFields(),
    {u"issue"_s, u"likelihood"_s, u"impact"_s, u"comments"_s, u"engineering"_s, u"onsite_messaging"_s,
        u"pr_needed"_s, u"position"_s},
    [](const QSqlQuery &q, int c, ContingencyItem &item) {
        item.issue = q.value(c).toString();
        item.likelihood = q.value(c + 1).toInt();
        item.impact = q.value(c + 2).toInt();
        item.comments = q.value(c + 3).toString();
        item.engineering = q.value(c + 4).toString();
        item.onsiteMessaging = q.value(c + 5).toString();
        item.prNeeded = q.value(c + 6).toInt() != 0;
        item.position = q.value(c + 7).toString();
    },
    [](const ContingencyItem &item) -> QVariantList {
        return {text(item.issue), item.likelihood, item.impact, text(item.comments), text(item.engineering),
            text(item.onsiteMessaging), item.prNeeded ? 1 : 0, item.position};
    },
    storedValue,
    [](const ContingencyItem &item) { return item.issue; },
};

} // namespace

ContingencyRepository::ContingencyRepository(Workspace *workspace)
    : RecordTable(workspace, layout)
{ }

} // namespace Inflection
