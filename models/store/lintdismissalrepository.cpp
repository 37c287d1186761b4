// SQL for dismissed coach findings.
#include "lintdismissalrepository.h"

#include "recordrows.h"
#include "recordupdate.h"
#include "recordwriter.h"
#include "workspace.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

QString selectColumns()
{
    return u"SELECT "_s + RecordRows::metaColumns()
        + u", review, field, phrase, occurrence FROM lint_dismissal"_s;
}

LintDismissal dismissalFromQuery(const QSqlQuery &q)
{
    LintDismissal d;
    RecordRows::readMeta(q, &d);
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

Result<QList<LintDismissal>> LintDismissalRepository::forReview(qint64 reviewId) const
{
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(selectColumns() + u" WHERE review = :review ORDER BY id"_s);
    q.bindValue(u":review"_s, reviewId);
    return RecordRows::list(q, dismissalFromQuery);
}

Result<LintDismissal> LintDismissalRepository::find(const LintDismissal &dismissal) const
{
    QSqlQuery q(m_workspace->database());
    q.prepare(selectColumns()
        + u" WHERE review = :review AND field = :field AND phrase = :phrase AND occurrence = :n"_s);
    q.bindValue(u":review"_s, dismissal.reviewId);
    q.bindValue(u":field"_s, dismissal.field);
    q.bindValue(u":phrase"_s, dismissal.phrase.toLower());
    q.bindValue(u":n"_s, dismissal.occurrence);
    return RecordRows::one(q, dismissalFromQuery);
}

RecordWriter::ColumnValues LintDismissalRepository::columnsOf(const LintDismissal &d)
{
    return {{u"review"_s, d.reviewId}, {u"field"_s, d.field}, {u"phrase"_s, d.phrase.toLower()},
        {u"occurrence"_s, d.occurrence}};
}

Result<LintDismissal> LintDismissalRepository::dismiss(const LintDismissal &dismissal)
{
    LintDismissal d = dismissal;
    d.phrase = d.phrase.toLower();
    Result<LintDismissal> stored = RecordUpdate::create(m_workspace, u"lint_dismissal"_s, d, columnsOf(d),
        {{d.reviewId, {}, {}, u"dismissed"_s, u"lint_dismissal"_s, {},
            QString(d.field + u": "_s + d.phrase)}},
        [&] { return find(d); });
    // Someone dismissed it first: it is dismissed, which is what was asked.
    if (stored.isConflict() && stored.hasValue())
        return std::move(stored).value();
    return stored;
}

Result<LintDismissal> LintDismissalRepository::restore(const LintDismissal &dismissal)
{
    LintDismissal stored = dismissal;
    if (dismissal.id == 0) {
        Result<LintDismissal> found = find(dismissal);
        if (found.error() == ErrorKind::Missing)
            return dismissal; // already back
        if (!found)
            return found;
        stored = *found;
    }
    return RecordUpdate::remove(m_workspace, u"lint_dismissal"_s, stored,
        {stored.reviewId, {}, {}, u"restored"_s, u"lint_dismissal"_s,
            QString(stored.field + u": "_s + stored.phrase), {}},
        [&] { return find(stored); });
}

} // namespace Inflection
