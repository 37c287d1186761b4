// Decision records into architecture reviews.
#include "decisionrecordimporter.h"

#include "../domain/fractionalkey.h"
#include "../store/reviewrepository.h"
#include "../store/reviewtreestore.h"
#include "../store/workspace.h"
#include "decisionrecordparser.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTime>
#include <QTimeZone>
#include <QUuid>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

bool isRecordFile(const QFileInfo &file)
{
    const QString name = file.fileName().toLower();
    if (name == u"readme.md"_s || name == u"index.md"_s || name.contains(u"template"_s)
        || name.startsWith(u'_') || name.startsWith(u'.'))
        return false;
    return name.endsWith(u".md"_s) || name.endsWith(u".markdown"_s);
}

} // namespace

int DecisionRecordImporter::Plan::additions() const
{
    return int(std::count_if(items.begin(), items.end(), [](const Item &i) { return !i.update; }));
}

int DecisionRecordImporter::Plan::updates() const
{
    return int(items.size()) - additions();
}

int DecisionRecordImporter::Plan::supersedeLinks() const
{
    return int(
        std::count_if(items.begin(), items.end(), [](const Item &i) { return !i.supersededBy.isEmpty(); }));
}

DecisionRecordImporter::DecisionRecordImporter(Workspace *workspace)
    : m_workspace(workspace)
{ }

QString DecisionRecordImporter::uuidForFile(const QString &path)
{
    static const QUuid space(u"5b0f4a8e-7f5c-4c59-9a3e-2f1d6c0b7a41"_s);
    const QFileInfo file(path);
    const QString canonical
        = file.canonicalFilePath().isEmpty() ? file.absoluteFilePath() : file.canonicalFilePath();
    return QUuid::createUuidV5(space, canonical).toString(QUuid::WithoutBraces);
}

Result<DecisionRecordImporter::Plan> DecisionRecordImporter::plan(
    const QString &path, DecisionRecordFormat format) const
{
    const QFileInfo info(path);
    if (!info.exists())
        return Result<Plan>::failure(ErrorKind::Missing,
            QCoreApplication::translate("Inflection::DecisionRecordImporter", "“%1” is not there.")
                .arg(QDir::toNativeSeparators(path)));
    QFileInfoList files;
    if (info.isDir()) {
        for (const QFileInfo &file : QDir(path).entryInfoList(QDir::Files | QDir::Readable | QDir::Hidden)) {
            if (isRecordFile(file))
                files.append(file);
        }
        QCollator collator;
        collator.setNumericMode(true);
        std::sort(files.begin(), files.end(), [&collator](const QFileInfo &a, const QFileInfo &b) {
            return collator.compare(a.fileName(), b.fileName()) < 0;
        });
    } else {
        files.append(info);
    }

    Plan plan;
    for (const QFileInfo &file : std::as_const(files)) {
        const Result<DecisionRecord> record = DecisionRecordParser::parseFile(file.filePath(), format);
        if (!record) {
            plan.failures.append({file.filePath(), record.message()});
            continue;
        }
        Item item;
        item.record = *record;
        item.uuid = record->uuid.isEmpty() ? uuidForFile(file.filePath()) : record->uuid;
        const Result<Review> existing = ReviewRepository(m_workspace).find(item.uuid);
        if (existing && existing->kind != ReviewKind::Architecture) {
            plan.failures.append({file.filePath(),
                QCoreApplication::translate("Inflection::DecisionRecordImporter",
                    "the workspace has its uuid as another kind of review")});
            continue;
        }
        item.update = bool(existing);
        plan.items.append(item);
    }

    // Supersede links: by the successor's uuid the file records, else by its file name or number among
    // the records read, else by a record imported before from beside this one.
    QHash<QString, int> byFile;
    QHash<int, int> byNumber;
    for (int i = 0; i < plan.items.size(); ++i) {
        byFile.insert(QFileInfo(plan.items.at(i).record.path).fileName().toLower(), i);
        if (plan.items.at(i).record.number > 0)
            byNumber.insert(plan.items.at(i).record.number, i);
    }
    const auto resolve = [&](const Item &from, const QString &target) -> int {
        const QString name = QFileInfo(target.section(u'#', 0, 0)).fileName().toLower();
        if (byFile.contains(name))
            return byFile.value(name);
        bool isNumber = false;
        const int number = target.toInt(&isNumber);
        if (isNumber && byNumber.contains(number))
            return byNumber.value(number);
        static const QRegularExpression leading(u"^(\\d+)"_s);
        if (const QRegularExpressionMatch m = leading.match(name);
            m.hasMatch() && byNumber.contains(m.captured(1).toInt()))
            return byNumber.value(m.captured(1).toInt());
        Q_UNUSED(from);
        return -1;
    };
    const auto title = [this](const QString &uuid) {
        const Result<Review> review = ReviewRepository(m_workspace).find(uuid);
        return review ? review->title : QString();
    };
    for (Item &item : plan.items) {
        const DecisionRecord &r = item.record;
        if (!r.supersededByUuid.isEmpty()) {
            item.supersededBy = r.supersededByUuid;
        } else if (!r.supersededBy.isEmpty()) {
            const int found = resolve(item, r.supersededBy);
            if (found >= 0) {
                item.supersededBy = plan.items.at(found).uuid;
            } else {
                const QString beside = QFileInfo(r.path).absoluteDir().filePath(r.supersededBy);
                if (QFileInfo::exists(beside) || ReviewRepository(m_workspace).find(uuidForFile(beside)))
                    item.supersededBy = uuidForFile(beside);
            }
        }
        if (!r.supersededBy.isEmpty() && item.supersededBy.isEmpty())
            ++plan.unresolvedLinks;
    }
    // "Supersedes X" said by the successor only.
    for (int i = 0; i < plan.items.size(); ++i) {
        for (const QString &target : plan.items.at(i).record.supersedes) {
            const int found = resolve(plan.items.at(i), target);
            if (found >= 0 && found != i && plan.items.at(found).supersededBy.isEmpty()) {
                plan.items[found].supersededBy = plan.items.at(i).uuid;
                plan.items[found].record.status = ReviewStatus::Superseded;
            }
        }
    }
    QHash<QString, QString> titles;
    for (const Item &item : std::as_const(plan.items))
        titles.insert(item.uuid, item.record.title);
    for (Item &item : plan.items) {
        if (!item.supersededBy.isEmpty())
            item.supersededByTitle = titles.contains(item.supersededBy) ? titles.value(item.supersededBy)
                                                                        : title(item.supersededBy);
    }
    return plan;
}

Result<DecisionRecordImporter::Summary> DecisionRecordImporter::apply(const Plan &plan)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString author = m_workspace->author();
    Summary summary;
    // Successors first would not help a chain's links (any order leaves one dangling for a moment): the
    // links are uuids, written as they are.
    for (const Item &item : plan.items) {
        const DecisionRecord &r = item.record;
        ReviewTree tree;
        if (item.update) {
            Result<ReviewTree> stored = ReviewTreeStore(m_workspace).read(item.uuid);
            if (!stored)
                return Result<Summary>::errorOf(stored);
            tree = std::move(*stored);
        } else {
            tree.review.uuid = item.uuid;
            tree.review.kind = ReviewKind::Architecture;
            // Made in the order of the files, so that export-adr numbers them in that order.
            tree.review.createdAt = now.addMSecs(summary.added);
        }
        Review &review = tree.review;
        review.title = r.title;
        review.status = item.supersededBy.isEmpty() && r.status == ReviewStatus::Superseded
            ? ReviewStatus::Decided
            : item.supersededBy.isEmpty() ? r.status
                                          : ReviewStatus::Superseded;
        review.supersededBy = item.supersededBy;
        if (r.date.isValid())
            review.meetingAt = QDateTime(r.date, QTime(0, 0), QTimeZone::utc());
        review.updatedAt = now;
        review.updatedBy = author;
        if (!tree.proposal) {
            tree.proposal = Proposal();
            tree.proposal->createdAt = now;
        }
        Proposal &p = *tree.proposal;
        p.body = r.body;
        p.decision = r.decision;
        p.decisionNotes = r.decisionNotes;
        p.updatedAt = now;
        p.updatedBy = author;
        // People: the record's, in its order; an attendee the review has already keeps its record.
        QList<Attendee> attendees;
        for (const DecisionRecord::Person &person : r.people) {
            Attendee a;
            for (const Attendee &known : std::as_const(tree.attendees)) {
                if (known.name.compare(person.name, Qt::CaseInsensitive) == 0)
                    a = known;
            }
            if (a.uuid.isEmpty()) {
                a.createdAt = now;
            }
            a.name = person.name;
            a.role = person.role;
            a.present = person.present;
            a.updatedAt = now;
            a.updatedBy = author;
            attendees.append(a);
        }
        const QStringList positions = FractionalKey::sequence(int(attendees.size()));
        for (int i = 0; i < attendees.size(); ++i)
            attendees[i].position = positions.at(i);
        tree.attendees = attendees;
        const Result<ReviewTreeStore::Written> written = ReviewTreeStore(m_workspace).write(tree, true);
        if (!written)
            return Result<Summary>::failure(
                written.error(), QDir::toNativeSeparators(r.path) + u": "_s + written.message());
        if (*written == ReviewTreeStore::Written::Created)
            ++summary.added;
        else
            ++summary.updated;
    }
    return summary;
}

} // namespace Inflection
