// The reviews of a workspace as a table: what the workspace browser shows.
#pragma once

#include "domain/review.h"
#include "editing/recordtablemodel.h"

#include <QHash>
#include <QList>
#include <functional>

class QUndoStack;

namespace Inflection {

class ReviewRepository;

class ReviewListModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        KindColumn,
        TitleColumn,
        StatusColumn,
        SystemColumn,
        OwnerColumn,
        UpdatedColumn,
        LastChangeColumn,
        ColumnCount
    };

    enum Roles {
        KindRole = FirstOwnRole, // ReviewKind as int
        StatusRole, // ReviewStatus as int
        UpdatedAtRole, // QDateTime, UTC
        UpdatedByRole,
        RevisionRole,
        SortRole, // a value that sorts the column naturally
        OverdueRole, // int: remediation items past their due date
        NewTechnologyRole, // int: departures the known technologies do not name
        OnHoldTechnologyRole, // int: departures the known technologies put on hold
    };

    // For SetFieldCommand.
    using Record = Review;
    static constexpr int commandIdBase = 0x1000;

    explicit ReviewListModel(ReviewRepository *repository, QObject *parent = nullptr);

    ReviewRepository *repository() const { return m_repository; }

    // Where edits of one review are recorded; without one an edit is applied at once, not undoable.
    using UndoStackProvider = std::function<QUndoStack *(const QString &uuid)>;
    void setUndoStackProvider(UndoStackProvider provider) { m_undoStackProvider = std::move(provider); }
    QUndoStack *undoStackFor(const QString &uuid) const
    {
        return m_undoStackProvider ? m_undoStackProvider(uuid) : nullptr;
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Pushes a SetFieldCommand; the command writes through the store.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Edits one field of a review as one undoable step, on stack (by default: the review's own, from
    // the provider).
    bool setField(const QString &uuid, ReviewField field, const QVariant &value);
    bool setField(const QString &uuid, ReviewField field, const QVariant &value, QUndoStack *stack);

    // Reloads every review from the store, keeping rows (and so selections) of reviews that are
    // still there.
    Result<> reload() override;
    // Loads only the most recently changed reviews (what a window shows first); the rest come with
    // fetchMore(), which views and the filter proxy call when they need them.
    Result<> loadMostRecent(int limit);
    bool isComplete() const { return m_complete; }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Reads one review again (after edits of its children here, which change its last change).
    Result<> refreshReview(const QString &uuid);

    int rowOfUuid(const QString &uuid) const;
    const Review *reviewByUuid(const QString &uuid) const;
    const Review &reviewAt(int row) const { return m_reviews.at(row); }

    // Changes made by undo commands, between the matching begin…/end… calls.
    void insertReviewWithoutUndo(const Review &review);
    void replaceReviewWithoutUndo(const Review &review);
    void removeReviewWithoutUndo(const QString &uuid);

    // What SetFieldCommand needs.
    const Review *recordByUuid(const QString &uuid) const { return reviewByUuid(uuid); }
    Result<Review> saveField(const Review &base, ReviewField field, const QVariant &value);
    void replaceRecordWithoutUndo(const Review &review) { replaceReviewWithoutUndo(review); }
    QString describe(const Review &review) const;
    QString shownValue(ReviewField field, const QVariant &value) const;
    static QString fieldDisplayName(ReviewField field) { return reviewFields().displayName(field); }

    static ReviewField fieldOfColumn(int column, bool *ok);

    // How many remediation items of each review (by id) are overdue; shown on its row.
    void setOverdueCounts(const QHash<qint64, int> &counts);
    // How many departures of each review (by id) bring new technology, and how many one on hold (see
    // TechRadar); marked on its row.
    void setTechnologyCounts(const QHash<qint64, int> &fresh, const QHash<qint64, int> &onHold);

private:
    ReviewRepository *m_repository;
    QList<Review> m_reviews;
    QHash<qint64, int> m_overdue;
    QHash<qint64, int> m_newTechnology;
    QHash<qint64, int> m_onHoldTechnology;
    bool m_complete = true; // every review of the store is loaded
    UndoStackProvider m_undoStackProvider;
};

} // namespace Inflection
