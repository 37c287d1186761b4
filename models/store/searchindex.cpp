// The search index: one row per review, a column per place; rebuilt per queued review, read with snippets.
#include "searchindex.h"

#include "migrator.h"
#include "scopedtransaction.h"
#include "sqldialect.h"
#include "workspace.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

// The text of a review's child rows, a row a line in display order, a row's columns joined by " — "
// (empty ones left out after the first). Table and column names are fixed strings of this file.
QString rowsOf(const QString &table, const QStringList &columns, const QString &order)
{
    QString line = columns.first();
    for (const QString &column : columns.mid(1))
        line += u" || coalesce(' — ' || nullif("_s + column + u", ''), '')"_s;
    return u"coalesce((SELECT group_concat(line, char(10)) FROM (SELECT "_s + line + u" AS line FROM "_s
        + table + u" WHERE review = r.id ORDER BY "_s + order + u")), '')"_s;
}

// What goes into each column of the index (places(fullVersion), in that order), for review r.
QStringList columnContents()
{
    return {
        u"r.title"_s,
        u"r.system"_s,
        u"r.tags"_s,
        u"r.owner"_s,
        u"coalesce((SELECT body FROM proposal WHERE review = r.id), '')"_s,
        rowsOf(u"comment"_s, {u"text"_s}, u"id"_s),
        rowsOf(u"departure"_s, {u"name"_s, u"costs"_s, u"tradeoffs"_s, u"prohibits"_s}, u"position"_s),
        rowsOf(u"question"_s, {u"text"_s, u"answer"_s}, u"id"_s),
        rowsOf(u"proposal"_s, {u"decision_notes"_s, u"notes"_s, u"agreements"_s, u"learnings"_s}, u"id"_s),
        rowsOf(u"checklist_answer"_s, {u"notes"_s}, u"id"_s),
        rowsOf(u"attendee"_s, {u"name"_s}, u"position"_s),
        rowsOf(u"launch"_s, {u"communication"_s, u"pushed_by"_s, u"decision_notes"_s}, u"id"_s),
        rowsOf(u"contingency"_s, {u"issue"_s, u"comments"_s, u"engineering"_s, u"onsite_messaging"_s},
            u"position"_s),
        // The incident's place holds what the postmortem learned too: its contributing factors.
        rowsOf(u"incident"_s, {u"summary"_s, u"impact"_s, u"severity"_s, u"went_well"_s, u"lucky"_s}, u"id"_s)
            + u" || char(10) || "_s + rowsOf(u"contributing_factor"_s, {u"text"_s}, u"position"_s),
        rowsOf(u"timeline_event"_s, {u"text"_s, u"actor"_s, u"known_by"_s, u"source"_s, u"reasoning"_s},
            u"position"_s),
        rowsOf(u"remediation"_s, {u"text"_s, u"owner"_s, u"ticket"_s}, u"position"_s),
        rowsOf(u"parking_lot"_s, {u"text"_s}, u"position"_s),
    };
}

// A server keeps its index in step by its own triggers and searches with search_reviews(), which gives
// each review's best place and snippet (marked as SQLite's snippet() marks them), best first.
Result<std::optional<QList<SearchHit>>> searchServer(QSqlDatabase &db, const QString &userText)
{
    using Found = Result<std::optional<QList<SearchHit>>>;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT uuid, kind, title, place, snippet FROM search_reviews(:text)"_s);
    q.bindValue(u":text"_s, userText);
    if (!q.exec())
        return Found::failure(q.lastError().text());
    QList<SearchHit> hits;
    while (q.next()) {
        SearchHit hit;
        hit.uuid = q.value(0).toString();
        hit.kind = reviewKinds().fromKey(q.value(1).toString()).value_or(ReviewKind::Architecture);
        hit.title = q.value(2).toString();
        hit.place = q.value(3).toString();
        hit.snippet = q.value(4).toString();
        hits.append(hit);
    }
    return Found(std::optional<QList<SearchHit>>(std::move(hits)));
}

Result<> run(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        return Result<>::failure(SqlDialect::of(db).describeWriteError(q.lastError()));
    return {};
}

} // namespace

Result<bool> SearchIndex::anyPending(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT EXISTS (SELECT 1 FROM search_pending)"_s) || !q.next())
        return Result<bool>::failure(q.lastError().text());
    return q.value(0).toBool();
}

QStringList SearchIndex::places(int schemaVersion)
{
    QStringList all {u"title"_s, u"system"_s, u"tags"_s, u"owner"_s};
    if (schemaVersion >= fullVersion)
        all += {u"proposal"_s, u"comments"_s, u"departures"_s, u"questions"_s, u"outcome"_s, u"checklist"_s,
            u"attendees"_s, u"launch"_s, u"contingencies"_s, u"incident"_s, u"timeline"_s, u"remediation"_s,
            u"parking_lot"_s};
    return all;
}

Result<> SearchIndex::updatePending(QSqlDatabase &db)
{
    // A server indexes what a statement wrote in that statement (its triggers): nothing waits.
    if (!SqlDialect::of(db).isSqlite())
        return {};
    // The tables read here are those of the latest schema: between two migration steps they may not
    // all be there yet. The last step's commit indexes what the steps before queued.
    static const int latest = Migrator::latestVersion();
    if (latest < fullVersion || SqlDialect::of(db).schemaVersion(db) != latest)
        return {};
    const Result<bool> pending = anyPending(db);
    if (!pending)
        return Result<>::errorOf(pending);
    if (!*pending)
        return {};
    static const QString insert = []() -> QString {
        const QStringList columns = places(fullVersion);
        return u"INSERT INTO review_search (rowid, "_s + columns.join(u", "_s) + u") SELECT r.id, "_s
            + columnContents().join(u", "_s)
            + u" FROM review AS r WHERE r.id IN (SELECT review FROM search_pending)"_s;
    }();
    if (Result<> removed
        = run(db, u"DELETE FROM review_search WHERE rowid IN (SELECT review FROM search_pending)"_s);
        !removed)
        return removed;
    if (Result<> inserted = run(db, insert); !inserted)
        return inserted;
    return run(db, u"DELETE FROM search_pending"_s);
}

Result<> SearchIndex::rebuild(Workspace *workspace)
{
    QSqlDatabase db = workspace->database();
    ScopedTransaction transaction(db);
    if (Result<> begun = transaction.begun(); !begun)
        return begun;
    if (Result<> queued = run(db,
            u"INSERT INTO search_pending (review) SELECT id FROM review WHERE true "
            u"ON CONFLICT DO NOTHING"_s);
        !queued)
        return queued;
    return transaction.commit(); // the commit indexes what is queued
}

Result<std::optional<QList<SearchHit>>> SearchIndex::search(Workspace *workspace, const QString &userText)
{
    using Found = Result<std::optional<QList<SearchHit>>>;
    QSqlDatabase db = workspace->database();
    const QString match = SqlDialect::of(db).fullTextQuery(userText);
    if (match.isEmpty())
        return Found(std::nullopt); // nothing to search for: no filter
    if (!SqlDialect::of(db).isSqlite())
        return searchServer(db, userText);
    const int version = workspace->schemaVersion();
    if (version >= fullVersion && !workspace->isReadOnly()) {
        // Writes only queue their review (an edit of a review with a long timeline stays fast); the
        // queued reviews are indexed here, before the index is read.
        const Result<bool> pending = anyPending(db);
        if (!pending)
            return Found::errorOf(pending);
        if (*pending) {
            ScopedTransaction transaction(db);
            if (Result<> indexed = updatePending(db); !indexed)
                return Found::errorOf(indexed);
            if (Result<> committed = transaction.commit(); !committed)
                return Found::errorOf(committed);
        }
    }
    const QStringList places = SearchIndex::places(version);
    QStringList snippets;
    for (qsizetype column = 0; column < places.size(); ++column)
        snippets
            += u"snippet(review_search, "_s + QString::number(column) + u", char(2), char(3), '…', 12)"_s;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT review.uuid, review.kind, review.title, "_s + snippets.join(u", "_s)
        + u" FROM review_search JOIN review ON review.id = review_search.rowid "
          u"WHERE review_search MATCH :match ORDER BY rank"_s);
    q.bindValue(u":match"_s, match);
    if (!q.exec())
        return Found::failure(q.lastError().text());
    QList<SearchHit> hits;
    while (q.next()) {
        SearchHit hit;
        hit.uuid = q.value(0).toString();
        hit.kind = reviewKinds().fromKey(q.value(1).toString()).value_or(ReviewKind::Architecture);
        hit.title = q.value(2).toString();
        // The place with the most matched words; the first of equals (the title before the text).
        qsizetype best = 0;
        for (qsizetype column = 0; column < places.size(); ++column) {
            const QString snippet = q.value(int(3 + column)).toString();
            const qsizetype marks = snippet.count(QChar(SearchHit::matchStart));
            if (marks > best) {
                best = marks;
                hit.place = places.at(column);
                hit.snippet = snippet;
            }
        }
        if (hit.place.isEmpty()) {
            hit.place = places.first();
            hit.snippet = hit.title;
        }
        hits.append(hit);
    }
    return Found(std::optional<QList<SearchHit>>(std::move(hits)));
}

} // namespace Inflection
