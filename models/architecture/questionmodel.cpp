// The question board.
#include "architecture/questionmodel.h"

#include "architecture/questioncommand.h"
#include "domain/recorduuid.h"
#include "store/questionrepository.h"

#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

QuestionModel::QuestionModel(
    QuestionRepository *repository, qint64 reviewId, const QString &voter, QObject *parent)
    : RecordTableModel(parent)
    , m_repository(repository)
    , m_reviewId(reviewId)
    , m_voter(voter)
{ }

Result<> QuestionModel::reload()
{
    Result<QList<Question>> fresh = m_repository->forReview(m_reviewId);
    if (!fresh)
        return Result<>::errorOf(fresh);
    if (*fresh == m_questions)
        return {};
    beginResetModel();
    m_questions = std::move(fresh).value();
    endResetModel();
    return {};
}

const Question *QuestionModel::question(const QString &uuid) const
{
    const int row = rowOfUuid(uuid);
    return row < 0 ? nullptr : &m_questions.at(row);
}

int QuestionModel::rowOfUuid(const QString &uuid) const
{
    for (int row = 0; row < m_questions.size(); ++row) {
        if (m_questions.at(row).uuid == uuid)
            return row;
    }
    return -1;
}

int QuestionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_questions.size());
}

int QuestionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuestionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Question &q = m_questions.at(index.row());
    const bool voted = q.voters.contains(m_voter);
    switch (role) {
    case UuidRole:
        return q.uuid;
    case VotesRole:
        return int(q.voters.size());
    case VotedRole:
        return voted;
    case AnsweredRole:
        return q.answered;
    case CreatedAtRole:
        return q.createdAt;
    case Qt::FontRole:
        if (voted && index.column() == VotesColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == VotesColumn ? QVariant(Qt::AlignCenter) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == VotesColumn)
            return q.voters.isEmpty() ? tr("No votes yet") : tr("Voted: %1").arg(q.voters.join(u", "_s));
        break;
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TextColumn:
        return q.text;
    case VotesColumn:
        return role == Qt::DisplayRole
            ? QVariant((voted ? u"▲ "_s : u"△ "_s) + QString::number(q.voters.size()))
            : QVariant(int(q.voters.size()));
    case AuthorColumn:
        return q.author;
    case AnswerColumn:
        return q.answer;
    default:
        return {};
    }
}

QVariant QuestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TextColumn:
        return tr("Question");
    case VotesColumn:
        return tr("Votes");
    case AuthorColumn:
        return tr("Asked by");
    case AnswerColumn:
        return tr("Answer");
    default:
        return {};
    }
}

Qt::ItemFlags QuestionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == AnswerColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool QuestionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != AnswerColumn)
        return false;
    const Question &q = m_questions.at(index.row());
    const QString answer = value.toString().trimmed();
    return setAnswer(q.uuid, !answer.isEmpty(), answer);
}

QString QuestionModel::addQuestion(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    Question q;
    q.uuid = newRecordUuid(); // known before it is stored: the command may be gone by then
    q.reviewId = m_reviewId;
    q.text = text.trimmed();
    q.author = m_voter;
    push(new QuestionCommand(this, QuestionCommand::Kind::Add, q));
    return question(q.uuid) ? q.uuid : QString();
}

bool QuestionModel::removeQuestion(const QString &uuid)
{
    const Question *q = question(uuid);
    if (!q)
        return false;
    push(new QuestionCommand(this, QuestionCommand::Kind::Remove, *q));
    return !question(uuid);
}

bool QuestionModel::toggleVote(const QString &uuid)
{
    const Question *q = question(uuid);
    if (!q)
        return false;
    const bool on = !q->voters.contains(m_voter);
    push(new QuestionCommand(this, on ? QuestionCommand::Kind::Vote : QuestionCommand::Kind::Unvote, *q));
    const Question *after = question(uuid);
    return after && after->voters.contains(m_voter) == on;
}

bool QuestionModel::setAnswer(const QString &uuid, bool answered, const QString &answer)
{
    const Question *q = question(uuid);
    if (!q || (q->answered == answered && q->answer == answer))
        return false;
    push(new QuestionCommand(this, QuestionCommand::Kind::Answer, *q, answered, answer));
    const Question *after = question(uuid);
    return after && after->answered == answered && after->answer == answer;
}

void QuestionModel::replace(const Question &q)
{
    const int row = rowOfUuid(q.uuid);
    if (row < 0)
        return;
    m_questions[row] = q;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool QuestionModel::storeInsert(Question *q)
{
    Result<Question> stored = m_repository->insert(*q);
    if (!stored) {
        reportError(stored.message());
        return false;
    }
    *q = *stored;
    beginInsertRows(QModelIndex(), int(m_questions.size()), int(m_questions.size()));
    m_questions.append(*stored);
    endInsertRows();
    return true;
}

bool QuestionModel::storeRemove(const QString &uuid, Question *removed)
{
    const int row = rowOfUuid(uuid);
    if (row < 0)
        return false;
    Result<Question> result = m_repository->remove(m_questions.at(row));
    if (result.isConflict() && result.hasValue()) {
        reportConflict(tr("%1 changed the question “%2” while you were deleting it, so it was kept.")
                           .arg(result->updatedBy, result->text));
        replace(*result);
        return false;
    }
    if (!result) {
        reportError(result.message());
        return false;
    }
    *removed = m_questions.at(row);
    beginRemoveRows(QModelIndex(), row, row);
    m_questions.removeAt(row);
    endRemoveRows();
    return true;
}

bool QuestionModel::storeVote(const QString &uuid, bool on)
{
    Result<Question> result = m_repository->setVote(uuid, m_voter, on);
    if (!result) {
        reportError(result.message());
        return false;
    }
    replace(*result);
    return true;
}

bool QuestionModel::storeAnswer(const QString &uuid, bool answered, const QString &answer)
{
    const Question *q = question(uuid);
    if (!q)
        return false;
    Result<Question> result = m_repository->setAnswer(*q, answered, answer);
    if (result) {
        Question stored = *result;
        stored.voters = q->voters;
        replace(stored);
        return true;
    }
    if (result.isConflict() && result.hasValue()) {
        reportConflict(tr("%1 answered “%2” before you. Theirs: “%3”. Yours, not saved: “%4”.")
                           .arg(result->updatedBy, result->text, result->answer, answer));
        replace(*result);
        return false;
    }
    reportError(result.message());
    return false;
}

} // namespace Inflection
