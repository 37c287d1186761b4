// SQL for contributing factors.
#include "contributingfactorrepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

using RecordWriter::text;

QVariant storedEvents(const QStringList &uuids)
{
    return text(uuids.join(u' ')); // never NULL, also when there are none
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

Result<QHash<QString, int>> ContributingFactorRepository::countsByCategory() const
{
    QSqlQuery q(workspace()->database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT category, count(*) FROM contributing_factor GROUP BY category"_s);
    if (!q.exec())
        return Result<QHash<QString, int>>::failure(q.lastError().text());
    QHash<QString, int> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

} // namespace Inflection
