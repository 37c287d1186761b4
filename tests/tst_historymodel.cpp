// The History panel's model: the model contract under QAbstractItemModelTester, a review's change log
// newest first, new entries inserted at the top, another review's history in place of the first.
#include "store/reviewrepository.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "workspace/historymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestHistoryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void passesModelTester();
    void newEntriesArriveAtTheTop();
    void nothingNewChangesNothing();
    void headers();

private:
    Review edit(ReviewRepository *repository, const Review &review, ReviewField field, const QString &value);
    QString cell(int row, int column) const { return m_model->index(row, column).data().toString(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Workspace> m_other; // a second connection, as another app instance would have
    std::unique_ptr<ReviewRepository> m_reviews;
    std::unique_ptr<ReviewRepository> m_otherReviews;
    std::unique_ptr<HistoryModel> m_model;
    Review m_first;
    Review m_second;
};

void TestHistoryModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHistoryModel::init()
{
    INFLECTION_REQUIRE_BACKEND();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = TestSupport::freshWorkspace(m_dir->path(), u"history.inflection"_s);
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(TestSupport::asPerson(path, u"Ada"_s));
    QVERIFY2(opened, qPrintable(opened.message()));
    m_workspace = std::move(opened).value();
    m_workspace->setAuthor(u"Ada"_s);
    Result<std::unique_ptr<Workspace>> other = Workspace::open(TestSupport::asPerson(path, u"Grace"_s));
    QVERIFY2(other, qPrintable(other.message()));
    m_other = std::move(other).value();
    m_other->setAuthor(u"Grace"_s);
    m_reviews = std::make_unique<ReviewRepository>(m_workspace.get());
    m_otherReviews = std::make_unique<ReviewRepository>(m_other.get());
    const Result<Review> first = m_reviews->create(ReviewKind::Postmortem, u"Failover"_s);
    QVERIFY2(first, qPrintable(first.message()));
    m_first = *first;
    const Result<Review> second = m_reviews->create(ReviewKind::Architecture, u"Queue"_s);
    QVERIFY2(second, qPrintable(second.message()));
    m_second = *second;
    m_model = std::make_unique<HistoryModel>(m_workspace.get());
}

void TestHistoryModel::cleanup()
{
    m_model.reset();
    m_otherReviews.reset();
    m_reviews.reset();
    m_other.reset();
    m_workspace.reset();
    TestSupport::dropServerWorkspaces();
    m_dir.reset();
}

Review TestHistoryModel::edit(
    ReviewRepository *repository, const Review &review, ReviewField field, const QString &value)
{
    const Result<Review> saved = repository->updateField(review, field, value);
    if (!saved)
        qFatal("the edit was not saved: %s", qPrintable(saved.message()));
    return *saved;
}

void TestHistoryModel::passesModelTester()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_model->rowCount(), 0); // no review yet
    m_first = edit(m_reviews.get(), m_first, ReviewField::Owner, u"Sam"_s);
    m_model->setReview(m_first.id);
    QCOMPARE(m_model->rowCount(), 2); // created, then the owner
    m_first = edit(m_otherReviews.get(), m_first, ReviewField::System, u"Checkout"_s);
    QVERIFY(m_model->reload());
    QCOMPARE(m_model->rowCount(), 3);
    m_model->setReview(m_second.id);
    QCOMPARE(m_model->rowCount(), 1);
    m_model->setReview(0);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->reload());
    QCOMPARE(m_model->rowCount(), 0);
}

void TestHistoryModel::newEntriesArriveAtTheTop()
{
    m_model->setReview(m_first.id);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(cell(0, HistoryModel::WhoColumn), u"Ada"_s);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    m_first = edit(m_otherReviews.get(), m_first, ReviewField::Owner, u"Sam"_s);
    m_first = edit(m_reviews.get(), m_first, ReviewField::Owner, u"Lin\nand Sam"_s);
    QVERIFY(m_model->reload());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    // Newest first: who, what, before and after; a value on one line, whole in the tooltip.
    QCOMPARE(cell(0, HistoryModel::WhoColumn), u"Ada"_s);
    QVERIFY2(cell(0, HistoryModel::ChangeColumn).contains(u"owner"_s), qPrintable(cell(0, 2)));
    QCOMPARE(cell(0, HistoryModel::BeforeColumn), u"Sam"_s);
    QCOMPARE(cell(0, HistoryModel::AfterColumn), u"Lin and Sam"_s);
    QCOMPARE(
        m_model->index(0, HistoryModel::AfterColumn).data(Qt::ToolTipRole).toString(), u"Lin\nand Sam"_s);
    QCOMPARE(cell(1, HistoryModel::WhoColumn), u"Grace"_s);
    QCOMPARE(cell(1, HistoryModel::AfterColumn), u"Sam"_s);
    QVERIFY(!m_model->index(0, HistoryModel::WhenColumn).data(Qt::UserRole).toString().isEmpty());
}

void TestHistoryModel::nothingNewChangesNothing()
{
    m_model->setReview(m_first.id);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_model->reload());
    m_model->setReview(m_first.id); // the same review: not read again
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(reset.size(), 0);
    // Another review's history: a reset.
    m_model->setReview(m_second.id);
    QVERIFY(reset.size() >= 1);
    QCOMPARE(m_model->rowCount(), 1);
}

void TestHistoryModel::headers()
{
    const QStringList expected {u"When"_s, u"Who"_s, u"Change"_s, u"Before"_s, u"After"_s};
    QCOMPARE(m_model->columnCount(), int(expected.size()));
    for (int column = 0; column < m_model->columnCount(); ++column)
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected.at(column));
    QVERIFY(!m_model->headerData(0, Qt::Vertical).isValid());
}

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
