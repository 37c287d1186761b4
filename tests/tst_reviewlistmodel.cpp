// The review list model and its filter proxy: model contract, refresh in place, filters, search, undo.
#include "store/reviewrepository.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "workspace/reviewfilterproxymodel.h"
#include "workspace/reviewlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestReviewListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Sorting follows the user's locale; pin one so the expected order is known.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void init();
    void cleanup();

    void passesModelTester();
    void reloadKeepsRowsAndSelection();
    void filtersByKindAndStatus();
    void search_data();
    void search();
    void sortsByColumn();
    void editIsUndoableAndMerges();
    void editWithoutStackAppliesDirectly();
    void rejectsInvalidStatus();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Workspace> m_other; // a second connection, as another app instance would have
    std::unique_ptr<ReviewRepository> m_repository;
    std::unique_ptr<ReviewRepository> m_otherRepository;
    std::unique_ptr<ReviewListModel> m_model;

    QString add(ReviewKind kind, const QString &title, const QString &system = QString(),
        ReviewStatus status = ReviewStatus::Draft);
};

void TestReviewListModel::init()
{
    INFLECTION_REQUIRE_BACKEND();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = TestSupport::freshWorkspace(m_dir->path(), u"model.inflection"_s);
    auto workspace = Workspace::open(path);
    QVERIFY2(workspace, qPrintable(workspace.message()));
    m_workspace = std::move(workspace).value();
    auto other = Workspace::open(path);
    QVERIFY2(other, qPrintable(other.message()));
    m_other = std::move(other).value();
    m_repository = std::make_unique<ReviewRepository>(m_workspace.get());
    m_otherRepository = std::make_unique<ReviewRepository>(m_other.get());
    m_model = std::make_unique<ReviewListModel>(m_repository.get());
}

void TestReviewListModel::cleanup()
{
    m_model.reset();
    m_otherRepository.reset();
    m_repository.reset();
    m_other.reset();
    m_workspace.reset();
    TestSupport::dropServerWorkspaces();
    m_dir.reset();
}

QString TestReviewListModel::add(
    ReviewKind kind, const QString &title, const QString &system, ReviewStatus status)
{
    auto review = m_otherRepository->create(kind, title);
    if (!review)
        qFatal("%s", qPrintable(review.message()));
    if (!system.isEmpty())
        review = m_otherRepository->updateField(*review, ReviewField::System, system);
    if (review && status != ReviewStatus::Draft)
        review = m_otherRepository->updateField(*review, ReviewField::Status, reviewStatuses().key(status));
    if (!review)
        qFatal("%s", qPrintable(review.message()));
    return review->uuid;
}

void TestReviewListModel::passesModelTester()
{
    ReviewFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ReviewListModel::TitleColumn);

    const QString a = add(ReviewKind::Architecture, u"Queue for search indexing"_s);
    add(ReviewKind::Postmortem, u"Failover of the primary"_s);
    QVERIFY(m_model->reload());
    QCOMPARE(m_model->rowCount(), 2);
    add(ReviewKind::Operability, u"Gift cards launch"_s);
    QVERIFY(m_otherRepository->updateField(*m_otherRepository->find(a), ReviewField::Title, u"Renamed"_s));
    QVERIFY(m_model->reload());
    QCOMPARE(m_model->rowCount(), 3);
    proxy.setKindFilter(ReviewKind::Postmortem);
    proxy.setKindFilter(std::nullopt);
    proxy.setSearchMatches(QSet<QString> {a});
    proxy.setSearchMatches(std::nullopt);
    QVERIFY(m_model->setField(a, ReviewField::Title, u"Again"_s));
    m_model->removeReviewWithoutUndo(a);
    QCOMPARE(m_model->rowCount(), 2);
}

void TestReviewListModel::reloadKeepsRowsAndSelection()
{
    const QString first = add(ReviewKind::Architecture, u"One"_s);
    const QString second = add(ReviewKind::Operability, u"Two"_s);
    QVERIFY(m_model->reload());
    const QPersistentModelIndex selected
        = m_model->index(m_model->rowOfUuid(second), ReviewListModel::TitleColumn);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    // Another instance renames one review, adds one and deletes one.
    QVERIFY(m_otherRepository->updateField(
        *m_otherRepository->find(second), ReviewField::Title, u"Two, renamed"_s));
    add(ReviewKind::Postmortem, u"Three"_s);
    {
        QSqlQuery q(m_other->database());
        q.prepare(u"DELETE FROM review WHERE uuid = ?"_s);
        q.addBindValue(first);
        QVERIFY(q.exec());
    }
    QVERIFY(m_model->reload());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(changed.count(), 1);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data().toString(), u"Two, renamed"_s);
    QCOMPARE(m_model->rowCount(), 2);
    // Nothing changed: nothing signalled.
    QVERIFY(m_model->reload());
    QCOMPARE(changed.count(), 1);
}

void TestReviewListModel::filtersByKindAndStatus()
{
    add(ReviewKind::Architecture, u"A draft"_s);
    add(ReviewKind::Architecture, u"A decided"_s, QString(), ReviewStatus::Decided);
    add(ReviewKind::Postmortem, u"P held"_s, QString(), ReviewStatus::Held);
    QVERIFY(m_model->reload());
    ReviewFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setKindFilter(ReviewKind::Architecture);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setStatusFilter(ReviewStatus::Decided);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, ReviewListModel::TitleColumn).data().toString(), u"A decided"_s);
    proxy.setKindFilter(std::nullopt);
    proxy.setStatusFilter(ReviewStatus::Held);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setStatusFilter(std::nullopt);
    QCOMPARE(proxy.rowCount(), 3);
}

void TestReviewListModel::search_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("word prefix") << u"fail"_s << QStringList {u"Database failover"_s};
    QTest::newRow("two words, both must match") << u"data fail"_s << QStringList {u"Database failover"_s};
    QTest::newRow("system field") << u"checkout"_s << QStringList {u"Gift cards launch"_s};
    QTest::newRow("case and diacritics") << u"CAFE"_s << QStringList {u"Café menu outage"_s};
    QTest::newRow("cyrillic") << u"очеред"_s << QStringList {u"Очередь индексации"_s};
    QTest::newRow("FTS syntax typed by a user") << u"NEAR(\"x\" OR"_s << QStringList {};
    QTest::newRow("no match") << u"kubernetes"_s << QStringList {};
    QTest::newRow("empty shows all") << u""_s
                                     << QStringList {u"Café menu outage"_s, u"Database failover"_s,
                                            u"Gift cards launch"_s, u"Очередь индексации"_s};
}

void TestReviewListModel::search()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, titles);
    add(ReviewKind::Postmortem, u"Database failover"_s, u"listings"_s);
    add(ReviewKind::Operability, u"Gift cards launch"_s, u"checkout"_s);
    add(ReviewKind::Postmortem, u"Café menu outage"_s);
    add(ReviewKind::Architecture, u"Очередь индексации"_s);
    QVERIFY(m_model->reload());
    ReviewFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    const auto matches = m_repository->search(typed);
    QVERIFY2(matches, qPrintable(matches.message()));
    proxy.setSearchMatches(*matches);
    proxy.sort(ReviewListModel::TitleColumn);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << proxy.index(row, ReviewListModel::TitleColumn).data().toString();
    QCOMPARE(shown, titles);
}

void TestReviewListModel::sortsByColumn()
{
    // Times are stored to the millisecond: keep the three changes apart so "updated" orders them.
    add(ReviewKind::Postmortem, u"review 10"_s, u"b"_s);
    QThread::msleep(3);
    add(ReviewKind::Architecture, u"review 9"_s, u"a"_s);
    QThread::msleep(3);
    add(ReviewKind::Operability, u"Review 11"_s, u"c"_s);
    QVERIFY(m_model->reload());
    ReviewFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.sort(ReviewListModel::TitleColumn, Qt::AscendingOrder);
    // Numeric and case-insensitive, as people expect.
    QCOMPARE(proxy.index(0, ReviewListModel::TitleColumn).data().toString(), u"review 9"_s);
    QCOMPARE(proxy.index(1, ReviewListModel::TitleColumn).data().toString(), u"review 10"_s);
    QCOMPARE(proxy.index(2, ReviewListModel::TitleColumn).data().toString(), u"Review 11"_s);
    proxy.sort(ReviewListModel::SystemColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ReviewListModel::SystemColumn).data().toString(), u"c"_s);
    proxy.sort(ReviewListModel::UpdatedColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(2, ReviewListModel::TitleColumn).data().toString(), u"Review 11"_s);
}

void TestReviewListModel::editIsUndoableAndMerges()
{
    const QString uuid = add(ReviewKind::Architecture, u"Original"_s);
    QVERIFY(m_model->reload());
    QUndoStack stack;
    m_model->setUndoStackProvider([&stack](const QString &) { return &stack; });
    const QModelIndex title = m_model->index(m_model->rowOfUuid(uuid), ReviewListModel::TitleColumn);

    QVERIFY(m_model->setData(title, u"First"_s));
    QVERIFY(m_model->setData(title, u"Second"_s));
    QCOMPARE(stack.count(), 1); // repeated edits of one field merge
    QCOMPARE(m_otherRepository->find(uuid)->title, u"Second"_s);

    QVERIFY(m_model->setField(uuid, ReviewField::Status, u"circulated"_s));
    QCOMPARE(stack.count(), 2);

    stack.undo();
    QCOMPARE(m_otherRepository->find(uuid)->status, ReviewStatus::Draft);
    QCOMPARE(m_model->reviewByUuid(uuid)->status, ReviewStatus::Draft);
    stack.undo();
    QCOMPARE(m_otherRepository->find(uuid)->title, u"Original"_s);
    QCOMPARE(title.data().toString(), u"Original"_s);
    stack.redo();
    QCOMPARE(m_otherRepository->find(uuid)->title, u"Second"_s);
    stack.redo();
    QCOMPARE(m_otherRepository->find(uuid)->status, ReviewStatus::Circulated);

    // Who changed it is recorded, with the field's old and new value.
    QSqlQuery q(m_other->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM change_log WHERE field = 'title'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 4); // First, Second, undo, redo
}

void TestReviewListModel::editWithoutStackAppliesDirectly()
{
    const QString uuid = add(ReviewKind::Operability, u"Launch"_s);
    QVERIFY(m_model->reload());
    QVERIFY(m_model->setField(uuid, ReviewField::Owner, u"Dana"_s));
    QCOMPARE(m_otherRepository->find(uuid)->owner, u"Dana"_s);
    // Setting the same value again is no change at all.
    QVERIFY(!m_model->setField(uuid, ReviewField::Owner, u"Dana"_s));
}

void TestReviewListModel::rejectsInvalidStatus()
{
    const QString uuid = add(ReviewKind::Operability, u"Launch"_s);
    QVERIFY(m_model->reload());
    QSignalSpy errors(m_model.get(), &ReviewListModel::errorOccurred);
    QVERIFY(!m_model->setField(uuid, ReviewField::Status, u"exploded"_s));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(m_otherRepository->find(uuid)->status, ReviewStatus::Draft);
}

QTEST_GUILESS_MAIN(TestReviewListModel)
#include "tst_reviewlistmodel.moc"
