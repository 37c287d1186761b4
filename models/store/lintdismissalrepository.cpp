// SQL for lint dismissals.
#include "lintdismissalrepository.h"

#include "../domain/timestamp.h"
#include "queryrows.h"
#include "recordupdate.h"
#include "workspace.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

const QString selectColumns
    = u"SELECT id, uuid, revision, created_at, updated_at, updated_by, review, field, "
      u"phrase, occurrence FROM lint_dismissal"_s;

LintDismissal dismissalFromQuery(const QSqlQuery &q)
{
    LintDismissal d;
    d.id = q.value(0).toLongLong();
    d.uuid = q.value(1).toString();
    d.revision = q.value(2).toInt();
    d.createdAt = timestampFromText(q.value(3).toString());
    d.updatedAt = timestampFromText(q.value(4).toString());
    d.updatedBy = q.value(5).toString();
    d.reviewId = q.value(6).toLongLong();
    d.field = q.value(7).toString();
    d.phrase = q.value(8).toString();
    d.occurrence = q.value(9).toInt();
    return d;
}

} // namespace

LintDismissalRepository::LintDismissalRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

QList<LintDismissal> LintDismissalRepository::forReview(qint64 reviewId, QString *error) const
{
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(selectColumns + u" WHERE review = :review ORDER BY id"_s);
    q.bindValue(u":review"_s, reviewId);
    return queryRows(q, dismissalFromQuery, error);
}

std::optional<LintDismissal> LintDismissalRepository::find(const LintDismissal &dismissal) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(selectColumns
        + u" WHERE review = :review AND field = :field AND phrase = :phrase AND occurrence = :n"_s);
    q.bindValue(u":review"_s, dismissal.reviewId);
    q.bindValue(u":field"_s, dismissal.field);
    q.bindValue(u":phrase"_s, dismissal.phrase.toLower());
    q.bindValue(u":n"_s, dismissal.occurrence);
    return queryRow(q, dismissalFromQuery, nullptr);
}

SaveResult<LintDismissal> LintDismissalRepository::dismiss(const LintDismissal &dismissal)
{
    LintDismissal d = dismissal;
    d.phrase = d.phrase.toLower();
    const auto result = RecordUpdate::create(m_workspace, u"lint_dismissal"_s, d,
        {{u"review"_s, d.reviewId}, {u"field"_s, d.field}, {u"phrase"_s, d.phrase},
            {u"occurrence"_s, d.occurrence}},
        {{d.reviewId, {}, {}, u"dismissed"_s, u"lint_dismissal"_s, {},
            QString(d.field + u": "_s + d.phrase)}},
        [&] { return find(d); });
    // Someone dismissed it first: it is dismissed, which is what was asked.
    if (result.status() == SaveResult<LintDismissal>::Status::Conflict)
        return SaveResult<LintDismissal>::saved(result.record());
    return result;
}

SaveResult<LintDismissal> LintDismissalRepository::restore(const LintDismissal &dismissal)
{
    const auto stored = dismissal.id ? std::optional<LintDismissal>(dismissal) : find(dismissal);
    if (!stored)
        return SaveResult<LintDismissal>::saved(dismissal); // already back
    return RecordUpdate::remove(m_workspace, u"lint_dismissal"_s, *stored,
        {stored->reviewId, {}, {}, u"restored"_s, u"lint_dismissal"_s,
            QString(stored->field + u": "_s + stored->phrase), {}},
        [&] { return find(*stored); });
}

} // namespace Inflection
