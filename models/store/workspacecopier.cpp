// Copies a workspace table by table through the columns both sides have: one generic walk, no statement
// per table, so a column added by a migration is copied without a change here.
#include "workspacecopier.h"

#include "reviewtables.h"

#include "scopedtransaction.h"
#include "sqldialect.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <algorithm>
#include <map>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

// The tables that belong to a review, parents before children: its content, each naming its review by
// the column "review", votes (by their question) after the questions, and its history. Presence and the
// search index are not content: the destination keeps its own.
const QStringList &reviewParts()
{
    static const QStringList parts = [] {
        QStringList tables = ReviewTables::content();
        tables.insert(tables.indexOf(u"question"_s) + 1, u"vote"_s);
        tables.append(u"change_log"_s);
        return tables;
    }();
    return parts;
}

// What the source and the destination hold of one review, to decide whether to copy it.
struct ReviewState
{
    qint64 id = -1; // -1: not there
    int revision = 0;
    QString latest; // the later of its updated_at and its last change in the log
    QString title;
};

class Copier
{
public:
    Copier(const Workspace &source, const Workspace &destination)
        : m_source(source.database())
        , m_destination(destination.database())
        , m_dialect(destination.dialect())
    { }

    Result<> copyWorkspaceParts(WorkspaceCopier::Outcome *outcome);
    Result<QStringList> sourceReviews();
    Result<> copyReview(const QString &uuid, WorkspaceCopier::Outcome *outcome);
    Result<> afterBulkWrite();

private:
    // The columns of table that both have, in the destination's order, without the row id.
    const QStringList &columns(const QString &table);
    QString quoted(const QString &identifier) const
    {
        return m_destination.driver()->escapeIdentifier(identifier, QSqlDriver::FieldName);
    }
    QString columnList(const QString &table, const QString &prefix = QString())
    {
        QStringList names;
        for (const QString &column : columns(table))
            names << prefix + quoted(column);
        return names.join(u", "_s);
    }
    // INSERT of one row of table's columns, with values from source (a query selecting columnList);
    // replaced: column values to put instead of the source's. Returns the new row's id when wanted.
    Result<qint64> insert(const QString &table, const QSqlQuery &source,
        const QHash<QString, QVariant> &replaced, bool returningId, const QString &conflict = QString());
    Result<ReviewState> stateOf(QSqlDatabase db, const QString &uuid) const;
    Result<> fail(const QSqlQuery &query) const
    {
        return Result<>::failure(m_dialect.describeWriteError(query.lastError()));
    }

    QSqlDatabase m_source;
    QSqlDatabase m_destination;
    const SqlDialect &m_dialect;
    QHash<QString, QStringList> m_columns;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_inserts; // by statement
};

const QStringList &Copier::columns(const QString &table)
{
    auto found = m_columns.constFind(table);
    if (found != m_columns.constEnd())
        return *found;
    const QSqlRecord from = m_source.record(table);
    const QSqlRecord to = m_destination.record(table);
    QStringList names;
    for (int i = 0; i < to.count(); ++i) {
        const QString name = to.fieldName(i);
        if (name != u"id"_s && from.indexOf(name) >= 0)
            names << name;
    }
    return *m_columns.insert(table, names);
}

Result<qint64> Copier::insert(const QString &table, const QSqlQuery &source,
    const QHash<QString, QVariant> &replaced, bool returningId, const QString &conflict)
{
    const QStringList &names = columns(table);
    QStringList marks(names.size(), u"?"_s);
    const QString statement = u"INSERT INTO "_s + quoted(table) + u" ("_s + columnList(table)
        + u") VALUES ("_s + marks.join(u", "_s) + u")"_s + conflict
        + (returningId ? u" RETURNING id"_s : QString());
    // Prepared once per run: on a server, preparing is a round trip of its own.
    std::unique_ptr<QSqlQuery> &prepared = m_inserts[statement];
    if (!prepared) {
        prepared = std::make_unique<QSqlQuery>(m_destination);
        if (!prepared->prepare(statement)) {
            const Result<> failed = fail(*prepared);
            prepared.reset();
            return Result<qint64>::errorOf(failed);
        }
    }
    QSqlQuery &query = *prepared;
    for (int i = 0; i < names.size(); ++i)
        query.addBindValue(replaced.value(names.at(i), source.value(i)));
    if (!query.exec())
        return Result<qint64>::errorOf(fail(query));
    qint64 result = query.numRowsAffected();
    if (returningId)
        result = query.next() ? query.value(0).toLongLong() : qint64(-1);
    query.finish();
    return result;
}

Result<ReviewState> Copier::stateOf(QSqlDatabase db, const QString &uuid) const
{
    QSqlQuery query(db);
    query.prepare(u"SELECT r.id, r.revision, r.updated_at, r.title, "
                  u"(SELECT max(c.at) FROM change_log AS c WHERE c.review = r.id) "
                  u"FROM review AS r WHERE r.uuid = ?"_s);
    query.addBindValue(uuid);
    if (!query.exec())
        return Result<ReviewState>::failure(query.lastError().text());
    ReviewState state;
    if (query.next()) {
        state.id = query.value(0).toLongLong();
        state.revision = query.value(1).toInt();
        state.latest = std::max(query.value(2).toString(), query.value(4).toString());
        state.title = query.value(3).toString();
    }
    return state;
}

Result<> Copier::copyWorkspaceParts(WorkspaceCopier::Outcome *outcome)
{
    ScopedTransaction transaction(m_destination);
    if (const Result<> begun = transaction.begun(); !begun)
        return begun;
    const Result<bool> kept = transaction.keepAuthors();
    if (!kept)
        return Result<>::errorOf(kept);
    outcome->authorsKept = outcome->authorsKept && *kept;

    // Settings, by key: the later change wins; the destination's is named when it is the later one.
    const QString settings = u"workspace_setting"_s;
    QSqlQuery rows(m_source);
    if (!rows.exec(u"SELECT "_s + columnList(settings) + u" FROM workspace_setting ORDER BY key"_s))
        return Result<>::failure(rows.lastError().text());
    const int key = int(columns(settings).indexOf(u"key"_s));
    const int value = int(columns(settings).indexOf(u"value"_s));
    const int updatedAt = int(columns(settings).indexOf(u"updated_at"_s));
    while (rows.next()) {
        QSqlQuery there(m_destination);
        there.prepare(u"SELECT value, updated_at FROM workspace_setting WHERE key = ?"_s);
        there.addBindValue(rows.value(key));
        if (!there.exec())
            return fail(there);
        if (there.next()) {
            if (there.value(0).toString() == rows.value(value).toString())
                continue;
            if (there.value(1).toString() > rows.value(updatedAt).toString()) {
                outcome->settingsNewerAtDestination << rows.value(key).toString();
                continue;
            }
            QSqlQuery remove(m_destination);
            remove.prepare(u"DELETE FROM workspace_setting WHERE key = ?"_s);
            remove.addBindValue(rows.value(key));
            if (!remove.exec())
                return fail(remove);
        }
        if (const Result<qint64> added = insert(settings, rows, {}, false); !added)
            return Result<>::errorOf(added);
        ++outcome->settingsCopied;
    }

    // Known technologies, by uuid: a newer revision replaces the destination's; a name the destination
    // already knows under another uuid stays as it is there.
    const QString technology = u"known_technology"_s;
    if (!rows.exec(u"SELECT "_s + columnList(technology) + u" FROM known_technology ORDER BY id"_s))
        return Result<>::failure(rows.lastError().text());
    const int uuid = int(columns(technology).indexOf(u"uuid"_s));
    const int revision = int(columns(technology).indexOf(u"revision"_s));
    while (rows.next()) {
        QSqlQuery there(m_destination);
        there.prepare(u"SELECT id, revision FROM known_technology WHERE uuid = ?"_s);
        there.addBindValue(rows.value(uuid));
        if (!there.exec())
            return fail(there);
        if (there.next()) {
            if (there.value(1).toInt() >= rows.value(revision).toInt())
                continue;
            QSqlQuery remove(m_destination);
            remove.prepare(u"DELETE FROM known_technology WHERE id = ?"_s);
            remove.addBindValue(there.value(0));
            if (!remove.exec())
                return fail(remove);
        }
        const Result<qint64> added = insert(technology, rows, {}, false, u" ON CONFLICT DO NOTHING"_s);
        if (!added)
            return Result<>::errorOf(added);
        outcome->technologiesCopied += int(*added > 0);
    }
    return transaction.commit();
}

Result<QStringList> Copier::sourceReviews()
{
    QSqlQuery query(m_source);
    if (!query.exec(u"SELECT uuid FROM review ORDER BY id"_s))
        return Result<QStringList>::failure(query.lastError().text());
    QStringList uuids;
    while (query.next())
        uuids << query.value(0).toString();
    return uuids;
}

Result<> Copier::copyReview(const QString &uuid, WorkspaceCopier::Outcome *outcome)
{
    const Result<ReviewState> from = stateOf(m_source, uuid);
    if (!from)
        return Result<>::errorOf(from);
    const QString name
        = QCoreApplication::translate("Inflection::WorkspaceCopier", "“%1” (%2)").arg(from->title, uuid);
    ScopedTransaction transaction(m_destination);
    if (const Result<> begun = transaction.begun(); !begun)
        return begun;
    const Result<ReviewState> to = stateOf(m_destination, uuid);
    if (!to)
        return Result<>::errorOf(to);
    if (to->id >= 0) {
        if (to->latest > from->latest || (to->latest == from->latest && to->revision > from->revision)) {
            outcome->newerAtDestination << name;
            return {};
        }
        if (to->latest == from->latest && to->revision == from->revision) {
            ++outcome->unchanged;
            return {};
        }
    }
    const Result<bool> kept = transaction.keepAuthors();
    if (!kept)
        return Result<>::errorOf(kept);
    outcome->authorsKept = outcome->authorsKept && *kept;
    if (to->id >= 0) {
        // The older copy goes, with its parts (ON DELETE CASCADE), and the source's takes its place.
        QSqlQuery remove(m_destination);
        remove.prepare(u"DELETE FROM review WHERE id = ?"_s);
        remove.addBindValue(to->id);
        if (!remove.exec())
            return fail(remove);
    }

    QSqlQuery rows(m_source);
    rows.prepare(u"SELECT "_s + columnList(u"review"_s) + u" FROM review WHERE id = ?"_s);
    rows.addBindValue(from->id);
    if (!rows.exec() || !rows.next())
        return Result<>::failure(rows.lastError().text());
    const Result<qint64> review = insert(u"review"_s, rows, {}, true);
    if (!review)
        return Result<>::errorOf(review);

    QHash<qint64, qint64> questions; // the source's question ids to the destination's
    for (const QString &table : reviewParts()) {
        const bool isVote = table == u"vote"_s;
        rows.prepare(u"SELECT id, "_s + columnList(table) + u" FROM "_s + quoted(table)
            + (isVote ? u" WHERE question IN (SELECT id FROM question WHERE review = ?)"_s
                      : u" WHERE review = ?"_s)
            + u" ORDER BY id"_s);
        rows.addBindValue(from->id);
        if (!rows.exec())
            return Result<>::failure(rows.lastError().text());
        // insert() reads the values by column, so the id at 0 is moved out of the way with a copy of the
        // row that starts at the first column.
        const QStringList &names = columns(table);
        const int parent = int(names.indexOf(isVote ? u"question"_s : u"review"_s));
        while (rows.next()) {
            QHash<QString, QVariant> replaced;
            for (int i = 0; i < names.size(); ++i)
                replaced.insert(names.at(i), rows.value(i + 1));
            replaced.insert(names.at(parent),
                isVote ? QVariant(questions.value(rows.value(parent + 1).toLongLong())) : QVariant(*review));
            const Result<qint64> added = insert(table, rows, replaced, table == u"question"_s);
            if (!added)
                return Result<>::errorOf(added);
            if (table == u"question"_s)
                questions.insert(rows.value(0).toLongLong(), *added);
        }
    }
    if (const Result<> committed = transaction.commit(); !committed)
        return committed;
    outcome->copied << name;
    return {};
}

Result<> Copier::afterBulkWrite()
{
    const QString statement = m_dialect.afterBulkWrite();
    QSqlQuery query(m_destination);
    if (!statement.isEmpty() && !query.exec(statement))
        return fail(query);
    return {};
}

} // namespace

Result<WorkspaceCopier::Outcome> WorkspaceCopier::copy(
    const Workspace &source, const Workspace &destination, const Progress &progress)
{
    if (destination.isReadOnly())
        return Result<Outcome>::failure(ErrorKind::ReadOnly,
            destination.readOnlyReason().isEmpty() ? QCoreApplication::translate(
                "Inflection::WorkspaceCopier", "The destination is open read-only.")
                                                   : destination.readOnlyReason());
    Copier copier(source, destination);
    Outcome outcome;
    if (const Result<> parts = copier.copyWorkspaceParts(&outcome); !parts)
        return Result<Outcome>::errorOf(parts);
    const Result<QStringList> reviews = copier.sourceReviews();
    if (!reviews)
        return Result<Outcome>::errorOf(reviews);
    outcome.reviews = int(reviews->size());
    for (int i = 0; i < reviews->size(); ++i) {
        if (const Result<> copied = copier.copyReview(reviews->at(i), &outcome); !copied)
            return Result<Outcome>::failure(copied.error(),
                QCoreApplication::translate("Inflection::WorkspaceCopier", "%1 was not copied: %2")
                    .arg(reviews->at(i), copied.message()));
        if (progress)
            progress(i + 1, int(reviews->size()));
    }
    if (!outcome.copied.isEmpty()) {
        if (const Result<> analysed = copier.afterBulkWrite(); !analysed)
            return Result<Outcome>::errorOf(analysed);
    }
    return outcome;
}

} // namespace Inflection
