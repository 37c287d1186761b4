// A review checklist (questions, answers, notes); follow-up questions show only while their parent is "yes".
#pragma once

#include "domain/checklistanswer.h"
#include "editing/recordtablemodel.h"

#include <QHash>
#include <QList>

class QUndoStack;

namespace Inflection {

class ChecklistRepository;

class ChecklistModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { QuestionColumn, AnswerColumn, NotesColumn, ColumnCount };

    enum Roles {
        KeyRole = FirstOwnRole, // the question's stable key
        AnswerRole, // ChecklistAnswerValue as int
        FollowUpRole, // bool: shown because its parent is answered yes
    };

    // For SetFieldCommand: records are found by question key.
    using Record = ChecklistAnswer;
    static constexpr int commandIdBase = 0x3000;

    ChecklistModel(ChecklistRepository *repository, qint64 reviewId,
        const QList<ChecklistQuestion> &questions, QObject *parent = nullptr);

    Result<> reload() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int rowOfKey(const QString &key) const { return int(m_visible.indexOf(key)); }
    QStringList visibleKeys() const { return m_visible; }
    ChecklistAnswer answer(const QString &key) const { return m_answers.value(key); }
    // One undoable edit; value is an answer key ("yes", …) or the notes.
    bool setField(const QString &key, ChecklistField field, const QVariant &value);

    // What SetFieldCommand needs.
    const ChecklistAnswer *recordByUuid(const QString &key) const;
    Result<ChecklistAnswer> saveField(
        const ChecklistAnswer &base, ChecklistField field, const QVariant &value);
    void replaceRecordWithoutUndo(const ChecklistAnswer &answer);
    QString describe(const ChecklistAnswer &answer) const;
    QString shownValue(ChecklistField field, const QVariant &value) const;
    static QString fieldDisplayName(ChecklistField field) { return checklistFields().displayName(field); }

private:
    bool isShown(const ChecklistQuestion &question) const;
    // Inserts and removes follow-up rows so that the visible rows match the answers.
    void updateVisibility();
    const ChecklistQuestion *question(const QString &key) const;

    ChecklistRepository *m_repository;
    qint64 m_reviewId;
    QList<ChecklistQuestion> m_questions;
    QHash<QString, ChecklistAnswer> m_answers; // every question, stored or not
    QStringList m_visible;
};

} // namespace Inflection
