// SQL for remediation items.
#include "remediationrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

using RecordWriter::text;

const RecordTable<RemediationItem>::Mapping layout {
    u"remediation"_s,
    remediationFields(),
    {u"text"_s, u"type"_s, u"owner"_s, u"ticket"_s, u"due"_s, u"status"_s, u"position"_s},
    [](const QSqlQuery &q, int c, RemediationItem &r) {
        r.text = q.value(c).toString();
        r.type = remediationTypes().fromKey(q.value(c + 1).toString(), RemediationType::Other);
        r.owner = q.value(c + 2).toString();
        r.ticket = q.value(c + 3).toString();
        r.due = QDate::fromString(q.value(c + 4).toString(), Qt::ISODate);
        r.status = remediationStatuses().fromKey(q.value(c + 5).toString(), RemediationStatus::Open);
        r.position = q.value(c + 6).toString();
    },
    [](const RemediationItem &r) -> QVariantList {
        return {text(r.text), remediationTypes().key(r.type), text(r.owner), text(r.ticket),
            RecordWriter::date(r.due), remediationStatuses().key(r.status), r.position};
    },
    [](RemediationField field, const QVariant &value) {
        return field == RemediationField::Due ? RecordWriter::date(value.toDate())
                                              : QVariant(text(value.toString()));
    },
    [](const RemediationItem &r) { return r.text; },
};

} // namespace

RemediationRepository::RemediationRepository(Workspace *workspace)
    : RecordTable(workspace, layout)
{ }

Result<QHash<qint64, int>> RemediationRepository::overdueByReview(const QDate &today) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(u"SELECT review, count(*) FROM remediation WHERE status <> 'done' AND due IS NOT NULL "
              u"AND due < :today GROUP BY review"_s);
    q.bindValue(u":today"_s, today.toString(Qt::ISODate));
    return RecordRows::countsByReview(q);
}

} // namespace Inflection
