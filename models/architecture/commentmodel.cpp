// Comment threads with live anchors.
#include "architecture/commentmodel.h"

#include "architecture/commentcommand.h"
#include "domain/recorduuid.h"
#include "store/commentrepository.h"

#include <QTextDocument>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

CommentModel::CommentModel(
    CommentRepository *repository, qint64 reviewId, const QString &author, QObject *parent)
    : RecordTableModel(parent)
    , m_repository(repository)
    , m_reviewId(reviewId)
    , m_author(author)
{ }

CommentModel::~CommentModel() = default;

Result<> CommentModel::reload()
{
    Result<QList<Comment>> fresh = m_repository->forReview(m_reviewId);
    if (!fresh)
        return Result<>::errorOf(fresh);
    if (*fresh == m_comments)
        return {};
    m_comments = std::move(fresh).value();
    // Stored anchors are the truth after a reload: every thread is found again.
    m_cursors.clear();
    m_orphans.clear();
    rebuild();
    return {};
}

void CommentModel::setDocument(QTextDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_cursors.clear();
    m_orphans.clear();
    if (m_document)
        connect(m_document, &QTextDocument::contentsChanged, this, &CommentModel::documentChanged);
    rebuild();
}

void CommentModel::placeCursor(const Comment &thread, const QString &text)
{
    if (!m_document)
        return;
    const auto found = thread.anchor.locate(text);
    if (!found) {
        m_orphans.insert(thread.uuid);
        return;
    }
    QTextCursor cursor(m_document);
    cursor.setPosition(int(found->first));
    cursor.setPosition(int(found->second), QTextCursor::KeepAnchor);
    m_cursors.insert(thread.uuid, cursor);
}

void CommentModel::rebuild()
{
    beginResetModel();
    m_threads.clear();
    const QString text = m_document ? m_document->toPlainText() : QString();
    QSet<QString> present;
    for (const Comment &c : std::as_const(m_comments)) {
        if (!c.parentUuid.isEmpty())
            continue;
        present.insert(c.uuid);
        m_threads.append(c.uuid);
        if (!m_cursors.contains(c.uuid) && !m_orphans.contains(c.uuid))
            placeCursor(c, text);
    }
    // Gone threads lose their cursors.
    for (auto it = m_cursors.begin(); it != m_cursors.end();)
        it = present.contains(it.key()) ? std::next(it) : m_cursors.erase(it);
    m_orphans.intersect(present);
    // In the order of the text; orphans last, oldest first.
    std::stable_sort(m_threads.begin(), m_threads.end(), [this](const QString &a, const QString &b) {
        const auto ra = range(a);
        const auto rb = range(b);
        if (ra.has_value() != rb.has_value())
            return ra.has_value();
        return ra && ra->first < rb->first;
    });
    endResetModel();
    Q_EMIT anchorsChanged();
}

void CommentModel::documentChanged()
{
    bool orphaned = false;
    for (auto it = m_cursors.begin(); it != m_cursors.end();) {
        if (!it->hasSelection()) {
            // Its whole text was deleted.
            m_orphans.insert(it.key());
            it = m_cursors.erase(it);
            orphaned = true;
        } else {
            ++it;
        }
    }
    if (orphaned) {
        beginResetModel();
        std::stable_partition(m_threads.begin(), m_threads.end(),
            [this](const QString &uuid) { return !m_orphans.contains(uuid); });
        endResetModel();
    }
    Q_EMIT anchorsChanged();
}

int CommentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_threads.size());
}

int CommentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

const Comment *CommentModel::comment(const QString &uuid) const
{
    for (const Comment &c : m_comments) {
        if (c.uuid == uuid)
            return &c;
    }
    return nullptr;
}

QList<Comment> CommentModel::replies(const QString &threadUuid) const
{
    QList<Comment> result;
    for (const Comment &c : m_comments) {
        if (c.parentUuid == threadUuid)
            result.append(c);
    }
    return result;
}

QString CommentModel::threadUuid(int row) const
{
    return m_threads.value(row);
}

int CommentModel::rowOfThread(const QString &uuid) const
{
    return int(m_threads.indexOf(uuid));
}

std::optional<std::pair<int, int>> CommentModel::range(const QString &threadUuid) const
{
    const auto it = m_cursors.constFind(threadUuid);
    if (it == m_cursors.constEnd())
        return std::nullopt;
    return std::pair {it->selectionStart(), it->selectionEnd()};
}

QString CommentModel::threadAt(int position, bool includeResolved) const
{
    for (const QString &uuid : m_threads) {
        const auto r = range(uuid);
        if (!r || position < r->first || position > r->second)
            continue;
        const Comment *c = comment(uuid);
        if (c && (includeResolved || !c->isResolved()))
            return uuid;
    }
    return {};
}

int CommentModel::openCount() const
{
    int open = 0;
    for (const QString &uuid : m_threads) {
        const Comment *c = comment(uuid);
        open += c && !c->isResolved() ? 1 : 0;
    }
    return open;
}

QVariant CommentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString uuid = m_threads.at(index.row());
    const Comment *c = comment(uuid);
    if (!c)
        return {};
    const auto r = range(uuid);
    switch (role) {
    case Qt::DisplayRole:
        return QString(c->author + u": "_s + c->text);
    case Qt::ToolTipRole:
    case QuoteRole:
        if (r && m_document) {
            QString quote = m_cursors.value(uuid).selectedText();
            quote.replace(QChar::ParagraphSeparator, u'\n');
            return quote;
        }
        return c->anchor.exact;
    case UuidRole:
        return c->uuid;
    case AuthorRole:
        return c->author;
    case TextRole:
        return c->text;
    case CreatedAtRole:
        return c->createdAt;
    case ResolvedRole:
        return c->isResolved();
    case ResolvedByRole:
        return c->resolvedBy;
    case ResolvedAtRole:
        return c->resolvedAt;
    case OrphanRole:
        return m_orphans.contains(uuid) || (!r && m_document);
    case StartRole:
        return r ? r->first : -1;
    case EndRole:
        return r ? r->second : -1;
    case RepliesRole: {
        QStringList lines;
        for (const Comment &reply : replies(uuid))
            lines.append(reply.author + u": "_s + reply.text);
        return lines;
    }
    default:
        return {};
    }
}

QString CommentModel::addThread(int start, int end, const QString &text)
{
    if (!m_document || start >= end || text.trimmed().isEmpty())
        return {};
    Comment c;
    c.reviewId = m_reviewId;
    c.anchor = TextAnchor::of(m_document->toPlainText(), start, end);
    c.author = m_author;
    c.text = text.trimmed();
    return add(c);
}

QString CommentModel::add(const Comment &comment)
{
    Comment c = comment;
    c.uuid = newRecordUuid(); // known before it is stored: the command may be gone by then
    push(new CommentCommand(this, CommentCommand::Kind::Add, c));
    return this->comment(c.uuid) ? c.uuid : QString();
}

QString CommentModel::reply(const QString &threadUuid, const QString &text)
{
    const Comment *thread = comment(threadUuid);
    if (!thread || !thread->parentUuid.isEmpty() || text.trimmed().isEmpty())
        return {};
    Comment c;
    c.reviewId = m_reviewId;
    c.anchor = thread->anchor;
    c.author = m_author;
    c.text = text.trimmed();
    c.parentUuid = threadUuid;
    return add(c);
}

bool CommentModel::setResolved(const QString &threadUuid, bool resolved)
{
    const Comment *thread = comment(threadUuid);
    if (!thread || thread->isResolved() == resolved)
        return false;
    push(new CommentCommand(
        this, resolved ? CommentCommand::Kind::Resolve : CommentCommand::Kind::Reopen, *thread));
    const Comment *after = comment(threadUuid);
    return after && after->isResolved() == resolved;
}

bool CommentModel::removeThread(const QString &threadUuid)
{
    const Comment *thread = comment(threadUuid);
    if (!thread)
        return false;
    push(new CommentCommand(this, CommentCommand::Kind::Remove, *thread));
    return comment(threadUuid) == nullptr;
}

bool CommentModel::storeAnchors()
{
    if (!m_document || m_cursors.isEmpty())
        return true;
    const QString text = m_document->toPlainText();
    QList<Comment> moved;
    for (Comment &c : m_comments) {
        const auto r = c.parentUuid.isEmpty() ? range(c.uuid) : std::nullopt;
        if (!r)
            continue;
        const TextAnchor now = TextAnchor::of(text, r->first, r->second);
        if (now == c.anchor)
            continue;
        c.anchor = now;
        moved.append(c);
    }
    if (Result<> stored = m_repository->updateAnchors(moved); !stored) {
        reportError(stored.message());
        return false;
    }
    return true;
}

bool CommentModel::storeInsert(QList<Comment> *comments)
{
    for (Comment &c : *comments) {
        Result<Comment> stored = m_repository->insert(c);
        if (!stored) {
            reportError(stored.message());
            rebuild();
            return false;
        }
        c = *stored;
        m_comments.append(c);
    }
    rebuild();
    return true;
}

bool CommentModel::storeRemove(const QString &uuid, QList<Comment> *removed)
{
    const Comment *c = comment(uuid);
    if (!c)
        return false;
    const Comment target = *c;
    const Result<Comment> result = m_repository->remove(target);
    if (!result) {
        if (result.isConflict() && result.hasValue())
            reportConflict(tr("%1 changed this comment while you were deleting it, so it was kept.")
                               .arg(result->updatedBy));
        else
            reportError(result.message());
        if (Result<> reloaded = reload(); !reloaded)
            reportError(reloaded.message());
        return false;
    }
    removed->clear();
    removed->append(target);
    if (target.parentUuid.isEmpty())
        removed->append(replies(uuid));
    m_comments.removeIf([&](const Comment &x) { return x.uuid == uuid || x.parentUuid == uuid; });
    m_cursors.remove(uuid);
    m_orphans.remove(uuid);
    rebuild();
    return true;
}

bool CommentModel::storeResolved(const QString &uuid, bool resolved)
{
    const Comment *c = comment(uuid);
    if (!c)
        return false;
    const Result<Comment> result = m_repository->setResolved(*c, resolved);
    if (result.isConflict() && result.hasValue()) {
        reportConflict(
            tr("%1 changed this thread before you; it is shown as they left it.").arg(result->updatedBy));
        if (Result<> reloaded = reload(); !reloaded)
            reportError(reloaded.message());
        return false;
    }
    if (!result) {
        reportError(result.message());
        return false;
    }
    for (Comment &x : m_comments) {
        if (x.uuid == uuid)
            x = *result;
    }
    const int row = rowOfThread(uuid);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, 0));
    Q_EMIT anchorsChanged();
    return true;
}

} // namespace Inflection
