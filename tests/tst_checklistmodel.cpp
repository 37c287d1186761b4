// Readiness checklist: the talk's questions, follow-ups shown only after "yes", answers kept, undo.
#include "review/checklistmodel.h"
#include "store/checklistrepository.h"
#include "store/reviewrepository.h"
#include "store/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

namespace {

// The stored answer of the review to the question key, as another connection reads it.
Result<ChecklistAnswer> storedAnswer(Workspace *workspace, qint64 reviewId, const QString &key)
{
    ChecklistAnswer probe;
    probe.reviewId = reviewId;
    probe.key = key;
    return ChecklistRepository(workspace).findByNaturalKey(probe);
}

} // namespace

class TestChecklistModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void questionsAreTheTalks();
    void passesModelTester();
    void followUpsOnlyAfterYes();
    void followUpAnswersSurviveFlipping();
    void answersAndNotesAreUndoable();
    void storedAndReloaded();
    void someoneElseAnsweredFirst();
    void rejectsUnknownAnswer();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Workspace> m_other;
    std::unique_ptr<ChecklistRepository> m_repository;
    std::unique_ptr<ChecklistModel> m_model;
    QUndoStack m_stack;
    qint64 m_reviewId = 0;
};

void TestChecklistModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"c.inflection"_s);
    auto workspace = Workspace::open(path);
    QVERIFY2(workspace, qPrintable(workspace.message()));
    m_workspace = std::move(workspace).value();
    auto other = Workspace::open(path);
    QVERIFY2(other, qPrintable(other.message()));
    m_other = std::move(other).value();
    m_other->setAuthor(u"Priya"_s);
    const auto review = ReviewRepository(m_workspace.get()).create(ReviewKind::Operability, u"Launch"_s);
    QVERIFY2(review, qPrintable(review.message()));
    m_reviewId = review->id;
    m_repository = std::make_unique<ChecklistRepository>(m_workspace.get());
    m_model
        = std::make_unique<ChecklistModel>(m_repository.get(), m_reviewId, operabilityReadinessQuestions());
    m_stack.clear();
    m_model->setUndoStack(&m_stack);
}

void TestChecklistModel::cleanup()
{
    m_stack.clear();
    m_model.reset();
    m_repository.reset();
    m_other.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestChecklistModel::questionsAreTheTalks()
{
    const QList<ChecklistQuestion> questions = operabilityReadinessQuestions();
    QCOMPARE(questions.size(), 9);
    QCOMPARE(questions.at(0).text, u"Has the feature been tested enough to deploy to production?"_s);
    QCOMPARE(questions.at(3).text,
        u"Is it possible to turn up this feature on a percentage basis, dark launch, or gameday it?"_s);
    QCOMPARE(questions.at(4).text, u"Does the launch involve any new production infrastructure?"_s);
    QCOMPARE(questions.at(8).text, u"If so, are there tests that can be and are run on CI?"_s);
    for (int i = 5; i < 9; ++i)
        QCOMPARE(questions.at(i).parentKey, u"new-infrastructure"_s);
}

void TestChecklistModel::passesModelTester()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_model->setField(u"new-infrastructure"_s, ChecklistField::Answer, u"yes"_s));
    QVERIFY(m_model->setField(u"new-infrastructure-ci"_s, ChecklistField::Notes, u"Jenkins job exists"_s));
    QVERIFY(m_model->setField(u"new-infrastructure"_s, ChecklistField::Answer, u"no"_s));
    m_stack.undo();
    m_stack.undo();
    m_stack.redo();
    QVERIFY(m_model->reload());
}

void TestChecklistModel::followUpsOnlyAfterYes()
{
    QCOMPARE(m_model->rowCount(), 5);
    QVERIFY(m_model->setData(
        m_model->index(m_model->rowOfKey(u"new-infrastructure"_s), ChecklistModel::AnswerColumn), u"yes"_s));
    QCOMPARE(m_model->rowCount(), 9);
    QCOMPARE(m_model->visibleKeys().at(5), u"new-infrastructure-monitoring"_s);
    QVERIFY(m_model->index(5, 0).data(ChecklistModel::FollowUpRole).toBool());
    QVERIFY(m_model->setField(u"new-infrastructure"_s, ChecklistField::Answer, u"n/a"_s));
    QCOMPARE(m_model->rowCount(), 5);
    QVERIFY(m_model->setField(u"new-infrastructure"_s, ChecklistField::Answer, u"open"_s));
    QCOMPARE(m_model->rowCount(), 5);
}

void TestChecklistModel::followUpAnswersSurviveFlipping()
{
    QVERIFY(m_model->setField(u"new-infrastructure"_s, ChecklistField::Answer, u"yes"_s));
    QVERIFY(m_model->setField(u"new-infrastructure-pipeline"_s, ChecklistField::Answer, u"no"_s));
    QVERIFY(m_model->setField(
        u"new-infrastructure-pipeline"_s, ChecklistField::Notes, u"Deploys by hand for now"_s));
    for (int flip = 0; flip < 3; ++flip) {
        QVERIFY(m_model->setField(u"new-infrastructure"_s, ChecklistField::Answer, u"no"_s));
        QCOMPARE(m_model->rowOfKey(u"new-infrastructure-pipeline"_s), -1);
        QVERIFY(m_model->setField(u"new-infrastructure"_s, ChecklistField::Answer, u"yes"_s));
        const int row = m_model->rowOfKey(u"new-infrastructure-pipeline"_s);
        QVERIFY(row > 0);
        QCOMPARE(m_model->index(row, ChecklistModel::AnswerColumn).data(Qt::EditRole).toString(), u"no"_s);
        QCOMPARE(
            m_model->index(row, ChecklistModel::NotesColumn).data().toString(), u"Deploys by hand for now"_s);
    }
    // And in the store, whatever the parent says.
    QVERIFY(m_model->setField(u"new-infrastructure"_s, ChecklistField::Answer, u"no"_s));
    const auto stored = storedAnswer(m_other.get(), m_reviewId, u"new-infrastructure-pipeline"_s);
    QVERIFY2(stored, qPrintable(stored.message()));
    QCOMPARE(stored->notes, u"Deploys by hand for now"_s);
}

void TestChecklistModel::answersAndNotesAreUndoable()
{
    QVERIFY(m_model->setField(u"tested-enough"_s, ChecklistField::Answer, u"yes"_s));
    QVERIFY(m_model->setField(u"tested-enough"_s, ChecklistField::Notes, u"Two weeks on staging"_s));
    QVERIFY(m_model->setField(u"new-infrastructure"_s, ChecklistField::Answer, u"yes"_s));
    QCOMPARE(m_stack.count(), 3);
    m_stack.undo(); // the follow-ups go again
    QCOMPARE(m_model->rowCount(), 5);
    m_stack.undo();
    QCOMPARE(m_model->answer(u"tested-enough"_s).notes, QString());
    m_stack.undo();
    QCOMPARE(m_model->answer(u"tested-enough"_s).answer, ChecklistAnswerValue::Open);
    QCOMPARE(storedAnswer(m_other.get(), m_reviewId, u"tested-enough"_s)->answer, ChecklistAnswerValue::Open);
    m_stack.redo();
    m_stack.redo();
    m_stack.redo();
    QCOMPARE(m_model->rowCount(), 9);
    QCOMPARE(storedAnswer(m_other.get(), m_reviewId, u"tested-enough"_s)->notes, u"Two weeks on staging"_s);
}

void TestChecklistModel::storedAndReloaded()
{
    QVERIFY(m_model->setField(u"go-live-known"_s, ChecklistField::Answer, u"no"_s));
    QVERIFY(m_model->setField(u"new-infrastructure"_s, ChecklistField::Answer, u"yes"_s));
    ChecklistRepository otherRepository(m_other.get());
    ChecklistModel fresh(&otherRepository, m_reviewId, operabilityReadinessQuestions());
    QCOMPARE(fresh.rowCount(), 5);
    QVERIFY(fresh.reload());
    QCOMPARE(fresh.rowCount(), 9);
    QCOMPARE(fresh.answer(u"go-live-known"_s).answer, ChecklistAnswerValue::No);
}

void TestChecklistModel::someoneElseAnsweredFirst()
{
    ChecklistRepository otherRepository(m_other.get());
    ChecklistAnswer blank;
    blank.reviewId = m_reviewId;
    blank.key = u"communication-ready"_s;
    QVERIFY(otherRepository.updateField(blank, ChecklistField::Answer, u"yes"_s));
    QSignalSpy conflicts(m_model.get(), &ChecklistModel::conflictOccurred);
    // This model never saw their answer: its first answer meets the stored row.
    QVERIFY(!m_model->setField(u"communication-ready"_s, ChecklistField::Answer, u"no"_s));
    QCOMPARE(conflicts.count(), 1);
    QVERIFY(conflicts.first().first().value<EditConflict>().message.contains(u"Priya"_s));
    QCOMPARE(m_model->answer(u"communication-ready"_s).answer, ChecklistAnswerValue::Yes);
    // Notes are another field: they apply on top of the stored answer.
    QVERIFY(m_model->setField(u"communication-ready"_s, ChecklistField::Notes, u"Blog post drafted"_s));
    const auto stored = storedAnswer(m_other.get(), m_reviewId, u"communication-ready"_s);
    QVERIFY2(stored, qPrintable(stored.message()));
    QCOMPARE(stored->answer, ChecklistAnswerValue::Yes);
    QCOMPARE(stored->notes, u"Blog post drafted"_s);
}

void TestChecklistModel::rejectsUnknownAnswer()
{
    QVERIFY(!m_model->setField(u"tested-enough"_s, ChecklistField::Answer, u"maybe"_s));
    QVERIFY(!m_model->setData(m_model->index(0, ChecklistModel::QuestionColumn), u"rewritten"_s));
    QCOMPARE(m_stack.count(), 0);
}

QTEST_GUILESS_MAIN(TestChecklistModel)
#include "tst_checklistmodel.moc"
