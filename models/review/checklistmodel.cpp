// Checklist model: answers by question key, follow-ups inserted and removed as their parent changes.
#include "review/checklistmodel.h"

#include "editing/conflictvalue.h"
#include "editing/setfieldcommand.h"
#include "store/checklistrepository.h"

#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

ChecklistModel::ChecklistModel(ChecklistRepository *repository, qint64 reviewId,
    const QList<ChecklistQuestion> &questions, QObject *parent)
    : RecordTableModel(parent)
    , m_repository(repository)
    , m_reviewId(reviewId)
    , m_questions(questions)
{
    for (const ChecklistQuestion &q : std::as_const(m_questions)) {
        ChecklistAnswer blank;
        blank.reviewId = reviewId;
        blank.key = q.key;
        m_answers.insert(q.key, blank);
    }
    for (const ChecklistQuestion &q : std::as_const(m_questions)) {
        if (isShown(q))
            m_visible.append(q.key);
    }
}

const ChecklistQuestion *ChecklistModel::question(const QString &key) const
{
    for (const ChecklistQuestion &q : m_questions) {
        if (q.key == key)
            return &q;
    }
    return nullptr;
}

bool ChecklistModel::isShown(const ChecklistQuestion &q) const
{
    return q.parentKey.isEmpty() || m_answers.value(q.parentKey).answer == ChecklistAnswerValue::Yes;
}

Result<> ChecklistModel::reload()
{
    const Result<QList<ChecklistAnswer>> stored = m_repository->forReview(m_reviewId);
    if (!stored)
        return Result<>::errorOf(stored);
    for (const ChecklistAnswer &a : *stored) {
        if (m_answers.contains(a.key))
            replaceRecordWithoutUndo(a);
    }
    return {};
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &key = m_visible.at(index.row());
    const ChecklistQuestion *q = question(key);
    const ChecklistAnswer &a = m_answers[key];
    switch (role) {
    case KeyRole:
        return key;
    case AnswerRole:
        return static_cast<int>(a.answer);
    case FollowUpRole:
        return !q->parentKey.isEmpty();
    default:
        break;
    }
    switch (index.column()) {
    case QuestionColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return q->parentKey.isEmpty() ? q->text : u"    "_s + q->text;
        break;
    case AnswerColumn:
        if (role == Qt::DisplayRole)
            return checklistAnswers().displayName(a.answer);
        if (role == Qt::EditRole)
            return checklistAnswers().key(a.answer);
        if (role == Qt::FontRole && a.answer == ChecklistAnswerValue::No) {
            QFont bold;
            bold.setBold(true); // a "no" needs attention before launch
            return bold;
        }
        break;
    case NotesColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return a.notes;
        break;
    default:
        break;
    }
    return {};
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuestionColumn:
        return tr("Question");
    case AnswerColumn:
        return tr("Answer");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != QuestionColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() == QuestionColumn)
        return false;
    return setField(m_visible.at(index.row()),
        index.column() == AnswerColumn ? ChecklistField::Answer : ChecklistField::Notes, value);
}

bool ChecklistModel::setField(const QString &key, ChecklistField field, const QVariant &value)
{
    if (!m_answers.contains(key) || m_answers[key].field(field) == value)
        return false;
    ChecklistAnswer probe = m_answers[key];
    if (!probe.setField(field, value))
        return false;
    push(new SetFieldCommand<ChecklistModel>(this, key, field, value));
    return m_answers[key].field(field) == value;
}

const ChecklistAnswer *ChecklistModel::recordByUuid(const QString &key) const
{
    const auto it = m_answers.constFind(key);
    return it == m_answers.cend() ? nullptr : &it.value();
}

Result<ChecklistAnswer> ChecklistModel::saveField(
    const ChecklistAnswer &base, ChecklistField field, const QVariant &value)
{
    return m_repository->updateField(base, field, value);
}

void ChecklistModel::replaceRecordWithoutUndo(const ChecklistAnswer &answer)
{
    if (!m_answers.contains(answer.key) || m_answers[answer.key] == answer)
        return;
    m_answers[answer.key] = answer;
    const int row = rowOfKey(answer.key);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    updateVisibility();
}

void ChecklistModel::updateVisibility()
{
    // The visible rows are a subsequence of the questions: walk both in order.
    int row = 0;
    for (const ChecklistQuestion &q : std::as_const(m_questions)) {
        const bool shown = isShown(q);
        const bool visible = row < m_visible.size() && m_visible.at(row) == q.key;
        if (visible && !shown) {
            beginRemoveRows(QModelIndex(), row, row);
            m_visible.removeAt(row);
            endRemoveRows();
        } else if (!visible && shown) {
            beginInsertRows(QModelIndex(), row, row);
            m_visible.insert(row, q.key);
            endInsertRows();
            ++row;
        } else if (visible) {
            ++row;
        }
    }
}

QString ChecklistModel::describe(const ChecklistAnswer &answer) const
{
    const ChecklistQuestion *q = question(answer.key);
    return tr("the question “%1”").arg(q ? q->text : answer.key);
}

QString ChecklistModel::shownValue(ChecklistField field, const QVariant &value) const
{
    if (field == ChecklistField::Answer)
        return checklistAnswers().displayNameOfKey(value.toString());
    return conflictValueText(value);
}

} // namespace Inflection
