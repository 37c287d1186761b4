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
#include <QFile>
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

// "git@github.com:Org/Repo.git", "https://github.com/Org/Repo" and "ssh://git@github.com/Org/Repo.git/"
// all as "github.com/Org/Repo": teammates clone the same repository by different URLs.
QString normalisedRemote(QString url)
{
    url = url.trimmed();
    static const QRegularExpression withScheme(u"^[A-Za-z][A-Za-z0-9+.-]*://([^/]*)(/.*)?$"_s);
    static const QRegularExpression scpLike(u"^(?:[^@/]+@)?([^:/]+):(?!//)(.*)$"_s);
    QString host, path;
    if (const QRegularExpressionMatch m = withScheme.match(url); m.hasMatch()) {
        host = m.captured(1);
        host.remove(0, host.indexOf(u'@') + 1); // user
        if (const qsizetype colon = host.indexOf(u':'); colon >= 0)
            host.truncate(colon); // port
        path = m.captured(2);
    } else if (const QRegularExpressionMatch s = scpLike.match(url); s.hasMatch()) {
        host = s.captured(1);
        path = u'/' + s.captured(2);
    } else {
        return url; // a folder on this machine
    }
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u".git"_s))
        path.chop(4);
    return host.toLower() + path;
}

// remote.origin.url of the repository whose .git (a folder, or a file naming one) is in root; empty
// when it has none.
QString originOf(const QString &root)
{
    QString gitDir = QDir(root).filePath(u".git"_s);
    if (QFileInfo(gitDir).isFile()) {
        QFile link(gitDir);
        if (!link.open(QIODevice::ReadOnly))
            return {};
        const QString line = QString::fromUtf8(link.readLine()).trimmed();
        if (!line.startsWith(u"gitdir:"_s))
            return {};
        gitDir = QDir(root).absoluteFilePath(line.mid(7).trimmed());
        QFile common(QDir(gitDir).filePath(u"commondir"_s));
        if (common.open(QIODevice::ReadOnly))
            gitDir = QDir(gitDir).absoluteFilePath(QString::fromUtf8(common.readAll()).trimmed());
    }
    QFile config(QDir(gitDir).filePath(u"config"_s));
    if (!config.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression origin(u"^\\s*\\[\\s*remote\\s+\"origin\"\\s*\\]"_s);
    static const QRegularExpression anySection(u"^\\s*\\["_s);
    static const QRegularExpression url(
        u"^\\s*url\\s*=\\s*(.*?)\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    bool inOrigin = false;
    for (const QString &line : QString::fromUtf8(config.readAll()).split(u'\n')) {
        if (anySection.match(line).hasMatch())
            inOrigin = origin.match(line).hasMatch();
        else if (inOrigin)
            if (const QRegularExpressionMatch m = url.match(line); m.hasMatch())
                return normalisedRemote(m.captured(1));
    }
    return {};
}

QString canonicalPath(const QString &path)
{
    const QFileInfo info(path);
    return info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
}

const QUuid &uuidSpace()
{
    static const QUuid space(u"5b0f4a8e-7f5c-4c59-9a3e-2f1d6c0b7a41"_s);
    return space;
}

} // namespace

bool DecisionRecordImporter::isRecordFile(const QFileInfo &file)
{
    const QString name = file.fileName().toLower();
    // A template is named as one ("template.md", "adr-template.md", "0000-template.md"); a record about
    // templates ("0039-template-engine.md") is a record.
    static const QRegularExpression templateName(
        u"^(?:[\\d_-]*|x+[_-])(?:(?:adr|madr|nygard)[_-])?template(?:[_-](?:adr|madr|nygard|bare|minimal|full))*\\.(?:md|markdown)$"_s);
    if (name == u"readme.md"_s || name == u"index.md"_s || templateName.match(name).hasMatch()
        || name.startsWith(u'_') || name.startsWith(u'.'))
        return false;
    return name.endsWith(u".md"_s) || name.endsWith(u".markdown"_s);
}

int DecisionRecordImporter::Plan::additions() const
{
    return int(std::count_if(items.begin(), items.end(), [](const Item &i) { return !i.update; }));
}

int DecisionRecordImporter::Plan::updates() const
{
    return int(
        std::count_if(items.begin(), items.end(), [](const Item &i) { return i.update && !i.unchanged; }));
}

int DecisionRecordImporter::Plan::unchanged() const
{
    return int(std::count_if(items.begin(), items.end(), [](const Item &i) { return i.unchanged; }));
}

int DecisionRecordImporter::Plan::supersedeLinks() const
{
    return int(
        std::count_if(items.begin(), items.end(), [](const Item &i) { return !i.supersededBy.isEmpty(); }));
}

DecisionRecordImporter::DecisionRecordImporter(Workspace *workspace)
    : m_workspace(workspace)
{ }

namespace {

// The folder a record outside a repository was imported from (root, or the file's own folder).
QString importedFolder(const QString &file, const QString &root)
{
    const QFileInfo base(root.isEmpty() ? QFileInfo(file).absolutePath() : root);
    return base.isDir() ? canonicalPath(base.filePath()) : canonicalPath(base.absolutePath());
}

} // namespace

QString DecisionRecordImporter::uuidForFile(const QString &path, const QString &root)
{
    const QString file = canonicalPath(path);
    QString key;
    for (QDir dir(QFileInfo(file).absolutePath());;) {
        if (QFileInfo::exists(dir.filePath(u".git"_s))) {
            key = u"repository "_s + originOf(dir.path()) + u'\n' + dir.relativeFilePath(file);
            break;
        }
        if (!dir.cdUp())
            break;
    }
    if (key.isEmpty()) {
        // Outside a repository the folder is known by where it lies: two collections with the same
        // 0001-….md in different folders stay apart.
        const QString folder = importedFolder(file, root);
        key = u"folder "_s + folder + u'\n' + QDir(folder).relativeFilePath(file);
    }
    return QUuid::createUuidV5(uuidSpace(), key).toString(QUuid::WithoutBraces);
}

QString DecisionRecordImporter::folderRelativeUuidForFile(const QString &path, const QString &root)
{
    const QString file = canonicalPath(path);
    const QString key = u"folder\n"_s + QDir(importedFolder(file, root)).relativeFilePath(file);
    return QUuid::createUuidV5(uuidSpace(), key).toString(QUuid::WithoutBraces);
}

QString DecisionRecordImporter::legacyUuidForFile(const QString &path)
{
    return QUuid::createUuidV5(uuidSpace(), canonicalPath(path)).toString(QUuid::WithoutBraces);
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

    const QString root = info.isDir() ? info.filePath() : info.absolutePath();
    // A record without a uuid of its own: the one it was imported under, in this version or an earlier.
    const auto uuidOf = [this, &root](const QString &file, const QString &title = QString()) {
        const QString uuid = uuidForFile(file, root);
        if (ReviewRepository(m_workspace).find(uuid))
            return uuid;
        const QString legacy = legacyUuidForFile(file);
        if (ReviewRepository(m_workspace).find(legacy))
            return legacy;
        // Earlier versions knew a folder outside a repository by the record's path within it alone, which
        // another folder's record of the same name shares: that review is this record's only when it
        // has the record's title.
        const QString relative = folderRelativeUuidForFile(file, root);
        const Result<Review> earlier = ReviewRepository(m_workspace).find(relative);
        if (earlier && !title.isEmpty() && earlier->title.compare(title, Qt::CaseInsensitive) == 0)
            return relative;
        return uuid;
    };
    Plan plan;
    for (const QFileInfo &file : std::as_const(files)) {
        const Result<DecisionRecord> record = DecisionRecordParser::parseFile(file.filePath(), format);
        if (!record) {
            plan.failures.append({file.filePath(), record.message()});
            continue;
        }
        Item item;
        item.record = *record;
        item.uuid = record->uuid.isEmpty() ? uuidOf(file.filePath(), record->title) : record->uuid;
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
                const QString uuid = uuidOf(beside);
                if (QFileInfo::exists(beside) || ReviewRepository(m_workspace).find(uuid))
                    item.supersededBy = uuid;
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
        // A successor beside the file but not imported (yet): named by its file.
        if (!item.supersededBy.isEmpty() && item.supersededByTitle.isEmpty())
            item.supersededByTitle = QFileInfo(item.record.supersededBy).fileName();
    }
    // An update that would change nothing (the same records imported again) is said to be unchanged.
    for (Item &item : plan.items) {
        if (!item.update)
            continue;
        const Result<ReviewTree> stored = ReviewTreeStore(m_workspace).read(item.uuid);
        if (!stored)
            continue;
        const ReviewTree after = merged(item, *stored, QDateTime(), 0);
        const auto same = [](const QList<Attendee> &a, const QList<Attendee> &b) {
            if (a.size() != b.size())
                return false;
            for (qsizetype i = 0; i < a.size(); ++i) {
                if (a.at(i).name != b.at(i).name || a.at(i).role != b.at(i).role
                    || a.at(i).present != b.at(i).present)
                    return false;
            }
            return true;
        };
        item.unchanged = stored->proposal && after.review.title == stored->review.title
            && after.review.status == stored->review.status
            && after.review.supersededBy == stored->review.supersededBy
            && after.review.tags == stored->review.tags && after.review.meetingAt == stored->review.meetingAt
            && after.proposal->body == stored->proposal->body
            && after.proposal->decision == stored->proposal->decision
            && after.proposal->decisionNotes == stored->proposal->decisionNotes
            && same(after.attendees, stored->attendees);
    }
    return plan;
}

ReviewTree DecisionRecordImporter::merged(
    const Item &item, ReviewTree tree, const QDateTime &now, int order) const
{
    const DecisionRecord &r = item.record;
    const QString author = m_workspace->author();
    if (!item.update) {
        tree.review.uuid = item.uuid;
        tree.review.kind = ReviewKind::Architecture;
        // Made in the order of the files, so that export-adr numbers them in that order.
        tree.review.createdAt = now.addMSecs(order);
    }
    Review &review = tree.review;
    review.title = r.title;
    review.status = item.supersededBy.isEmpty() && r.status == ReviewStatus::Superseded
        ? ReviewStatus::Decided
        : item.supersededBy.isEmpty() ? r.status
                                      : ReviewStatus::Superseded;
    review.supersededBy = item.supersededBy;
    if (!r.tags.isEmpty())
        review.tags = r.tags.join(u", "_s);
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
        if (a.uuid.isEmpty())
            a.createdAt = now;
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
    return tree;
}

Result<DecisionRecordImporter::Summary> DecisionRecordImporter::apply(const Plan &plan)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Summary summary;
    // Successors first would not help a chain's links (any order leaves one dangling for a moment): the
    // links are uuids, written as they are.
    for (const Item &item : plan.items) {
        if (item.unchanged) {
            ++summary.unchanged;
            continue;
        }
        ReviewTree tree;
        if (item.update) {
            Result<ReviewTree> stored = ReviewTreeStore(m_workspace).read(item.uuid);
            if (!stored)
                return Result<Summary>::errorOf(stored);
            tree = std::move(*stored);
        }
        tree = merged(item, std::move(tree), now, summary.added);
        const Result<ReviewTreeStore::Written> written = ReviewTreeStore(m_workspace).write(tree, true);
        if (!written)
            return Result<Summary>::failure(
                written.error(), QDir::toNativeSeparators(item.record.path) + u": "_s + written.message());
        if (written->created)
            ++summary.added;
        else
            ++summary.updated;
    }
    return summary;
}

} // namespace Inflection
