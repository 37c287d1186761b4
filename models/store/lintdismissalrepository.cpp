// SQL for dismissed coach findings.
#include "lintdismissalrepository.h"

#include "recordupdate.h"
#include "recordwriter.h"
#include "rowreader.h"
#include "workspace.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

const RowReader<LintDismissal> rows {u"lint_dismissal"_s, {u"field"_s, u"phrase"_s, u"occurrence"_s},
    [](const QSqlQuery &q, int first, LintDismissal &d) {
        d.field = q.value(first).toString();
        d.phrase = q.value(first + 1).toString();
        d.occurrence = q.value(first + 2).toInt();
    }};

} // namespace

LintDismissalRepository::LintDismissalRepository(Workspace *workspace)
    : m_workspace(workspace)
{ }

Result<QList<LintDismissal>> LintDismissalRepository::forReview(qint64 reviewId) const
{
    return rows.forReview(m_workspace->database(), reviewId, u"id"_s);
}

Result<LintDismissal> LintDismissalRepository::find(const LintDismissal &dismissal) const
{
    return rows.findWhere(m_workspace->database(),
        {{u"review"_s, dismissal.reviewId}, {u"field"_s, dismissal.field},
            {u"phrase"_s, dismissal.phrase.toLower()}, {u"occurrence"_s, dismissal.occurrence}});
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
