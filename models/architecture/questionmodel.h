// The questions collected for an architecture review's meeting: anyone adds one, each person has one
// vote per question (a toggle); answered in the meeting, with the answer. QuestionFilterProxyModel
// gives the open ones by votes and the answered ones.
#pragma once

#include "domain/question.h"
#include "editing/recordtablemodel.h"

namespace Inflection {

class QuestionRepository;

class QuestionModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { TextColumn, VotesColumn, AuthorColumn, AnswerColumn, ColumnCount };
    enum Roles {
        VotesRole = FirstOwnRole, // int
        VotedRole, // bool: the current person voted
        AnsweredRole, // bool
        CreatedAtRole,
    };

    QuestionModel(
        QuestionRepository *repository, qint64 reviewId, const QString &voter, QObject *parent = nullptr);

    QString voter() const { return m_voter; }
    Result<> reload() override;
    const QList<Question> &questions() const { return m_questions; }
    const Question *question(const QString &uuid) const;
    int rowOfUuid(const QString &uuid) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Undoable.
    QString addQuestion(const QString &text);
    bool removeQuestion(const QString &uuid);
    bool toggleVote(const QString &uuid);
    bool setAnswer(const QString &uuid, bool answered, const QString &answer);

    // For QuestionCommand.
    bool storeInsert(Question *question);
    bool storeRemove(const QString &uuid, Question *removed);
    bool storeVote(const QString &uuid, bool on);
    bool storeAnswer(const QString &uuid, bool answered, const QString &answer);

private:
    void replace(const Question &question);

    QuestionRepository *m_repository;
    qint64 m_reviewId;
    QString m_voter;
    QList<Question> m_questions; // oldest first
};

} // namespace Inflection
