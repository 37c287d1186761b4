// The contingency checklist: model contract, sorting, the heatmap-cell filter, reordering, undo.
#include "domain/commoncontingencies.h"
#include "domain/fractionalkey.h"
#include "operability/contingencyfilterproxymodel.h"
#include "operability/contingencymodel.h"
#include "store/contingencyrepository.h"
#include "store/reviewrepository.h"
#include "store/workspace.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestContingencyModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void passesModelTester();
    void displaysLabelsAndScore();
    void sortsByScore();
    void filtersToOneCell();
    void editsAreUndoable_data();
    void editsAreUndoable();
    void repeatedEditsOfOneCellMerge();
    void rejectsOutOfRangeLevels();
    void addRemoveUndoRedo();
    void commonContingenciesInOneStep();
    void dragAndDropReorders();
    void keyboardMoves();
    void moveWritesOneRow();
    void remoteChangesFollow();
    void conflictIsReported();

private:
    QStringList issues() const;
    QString add(const QString &issue, int likelihood, int impact);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Workspace> m_other;
    std::unique_ptr<ContingencyRepository> m_repository;
    std::unique_ptr<ContingencyRepository> m_otherRepository;
    std::unique_ptr<ContingencyModel> m_model;
    QUndoStack m_stack;
    qint64 m_reviewId = 0;
};

void TestContingencyModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"ops.inflection"_s);
    auto workspace = Workspace::open(path);
    QVERIFY2(workspace, qPrintable(workspace.message()));
    m_workspace = std::move(workspace).value();
    auto other = Workspace::open(path);
    QVERIFY2(other, qPrintable(other.message()));
    m_other = std::move(other).value();
    m_other->setAuthor(u"Grace"_s);
    const auto review = ReviewRepository(m_workspace.get()).create(ReviewKind::Operability, u"Launch"_s);
    QVERIFY2(review, qPrintable(review.message()));
    m_reviewId = review->id;
    m_repository = std::make_unique<ContingencyRepository>(m_workspace.get());
    m_otherRepository = std::make_unique<ContingencyRepository>(m_other.get());
    m_model = std::make_unique<ContingencyModel>(m_repository.get(), m_reviewId);
    m_stack.clear();
    m_model->setUndoStack(&m_stack);
}

void TestContingencyModel::cleanup()
{
    m_stack.clear();
    m_model.reset();
    m_otherRepository.reset();
    m_repository.reset();
    m_other.reset();
    m_workspace.reset();
    m_dir.reset();
}

QStringList TestContingencyModel::issues() const
{
    QStringList result;
    for (int row = 0; row < m_model->rowCount(); ++row)
        result << m_model->itemAt(row).issue;
    return result;
}

QString TestContingencyModel::add(const QString &issue, int likelihood, int impact)
{
    ContingencyItem item;
    item.issue = issue;
    item.likelihood = likelihood;
    item.impact = impact;
    return m_model->addItem(m_model->rowCount(), item);
}

void TestContingencyModel::passesModelTester()
{
    ContingencyFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ContingencyModel::ScoreColumn, Qt::DescendingOrder);

    const QString a = add(u"Search cluster down"_s, 3, 4);
    const QString b = add(u"Traffic ten times the estimate"_s, 2, 4);
    add(u"Payment provider slow"_s, 4, 3);
    QVERIFY(m_model->moveItem(a, 3));
    QVERIFY(m_model->setData(m_model->index(m_model->rowOfUuid(b), ContingencyModel::ImpactColumn), 5));
    proxy.setCellFilter(ContingencyFilterProxyModel::Cell {2, 5});
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setCellFilter(std::nullopt);
    QVERIFY(m_model->removeItems({a}));
    m_stack.undo();
    m_stack.undo();
    m_stack.redo();
    QVERIFY(m_model->reload());
    QCOMPARE(m_model->rowCount(), 3);
}

void TestContingencyModel::displaysLabelsAndScore()
{
    add(u"Database overloaded"_s, 2, 5);
    const auto cell = [this](int column, int role = Qt::DisplayRole) {
        return m_model->index(0, column).data(role);
    };
    QCOMPARE(cell(ContingencyModel::LikelihoodColumn).toString(), u"2 · Unlikely"_s);
    QCOMPARE(cell(ContingencyModel::ImpactColumn).toString(), u"5 · Severe"_s);
    QCOMPARE(cell(ContingencyModel::LikelihoodColumn, Qt::EditRole).toInt(), 2);
    QCOMPARE(cell(ContingencyModel::ScoreColumn).toInt(), 10);
    QCOMPARE(cell(ContingencyModel::PrColumn, Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(!(m_model->flags(m_model->index(0, ContingencyModel::ScoreColumn)) & Qt::ItemIsEditable));
    QVERIFY(m_model->flags(m_model->index(0, ContingencyModel::PrColumn)) & Qt::ItemIsUserCheckable);
    QVERIFY(m_model->headerData(ContingencyModel::IssueColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(u"What could possibly go wrong"_s));
}

void TestContingencyModel::sortsByScore()
{
    add(u"low"_s, 1, 2); // 2
    add(u"very high"_s, 5, 5); // 25
    add(u"medium"_s, 3, 3); // 9
    add(u"high"_s, 4, 4); // 16
    add(u"also medium"_s, 3, 3); // 9, later in manual order
    ContingencyFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.sort(ContingencyModel::ScoreColumn, Qt::DescendingOrder);
    QStringList sorted;
    for (int row = 0; row < proxy.rowCount(); ++row)
        sorted << proxy.index(row, ContingencyModel::IssueColumn).data().toString();
    // Equal scores keep the manual order, whichever the direction.
    QCOMPARE(sorted, (QStringList {u"very high"_s, u"high"_s, u"medium"_s, u"also medium"_s, u"low"_s}));
    proxy.sort(ContingencyModel::ScoreColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, ContingencyModel::IssueColumn).data().toString(), u"low"_s);
    // Edits re-sort.
    QVERIFY(m_model->setData(m_model->index(0, ContingencyModel::ImpactColumn), 5)); // low: 1 × 5
    QCOMPARE(proxy.index(0, ContingencyModel::IssueColumn).data().toString(), u"low"_s);
    QVERIFY(m_model->setData(m_model->index(0, ContingencyModel::LikelihoodColumn), 5)); // low: 25
    // Ties with "very high" at 25 and, being first in the manual order, comes first of the two.
    QCOMPARE(proxy.index(proxy.rowCount() - 2, ContingencyModel::IssueColumn).data().toString(), u"low"_s);
    QCOMPARE(
        proxy.index(proxy.rowCount() - 1, ContingencyModel::IssueColumn).data().toString(), u"very high"_s);
    // Back to the manual order.
    proxy.sort(-1);
    QCOMPARE(proxy.index(0, ContingencyModel::IssueColumn).data().toString(), u"low"_s);
    QCOMPARE(proxy.index(1, ContingencyModel::IssueColumn).data().toString(), u"very high"_s);
}

void TestContingencyModel::filtersToOneCell()
{
    add(u"a"_s, 2, 3);
    add(u"b"_s, 2, 3);
    add(u"c"_s, 3, 2);
    ContingencyFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    QSignalSpy changed(&proxy, &ContingencyFilterProxyModel::cellFilterChanged);
    proxy.setCellFilter(ContingencyFilterProxyModel::Cell {2, 3});
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setCellFilter(ContingencyFilterProxyModel::Cell {3, 2});
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setCellFilter(ContingencyFilterProxyModel::Cell {5, 5});
    QCOMPARE(proxy.rowCount(), 0);
    // An item edited into the cell shows up in the filtered grid.
    QVERIFY(m_model->setData(m_model->index(2, ContingencyModel::LikelihoodColumn), 5));
    QVERIFY(m_model->setData(m_model->index(2, ContingencyModel::ImpactColumn), 5));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setCellFilter(std::nullopt);
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(changed.count(), 4);
}

void TestContingencyModel::editsAreUndoable_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("stored");
    QTest::newRow("issue") << int(ContingencyModel::IssueColumn) << int(Qt::EditRole)
                           << QVariant(u"Search is down"_s) << QVariant(u"Search is down"_s);
    QTest::newRow("likelihood") << int(ContingencyModel::LikelihoodColumn) << int(Qt::EditRole) << QVariant(5)
                                << QVariant(5);
    QTest::newRow("impact") << int(ContingencyModel::ImpactColumn) << int(Qt::EditRole) << QVariant(1)
                            << QVariant(1);
    QTest::newRow("comments") << int(ContingencyModel::CommentsColumn) << int(Qt::EditRole)
                              << QVariant(u"Seen in the gameday"_s) << QVariant(u"Seen in the gameday"_s);
    QTest::newRow("engineering") << int(ContingencyModel::EngineeringColumn) << int(Qt::EditRole)
                                 << QVariant(u"Serve cached results"_s)
                                 << QVariant(u"Serve cached results"_s);
    QTest::newRow("onsite messaging") << int(ContingencyModel::OnsiteMessagingColumn) << int(Qt::EditRole)
                                      << QVariant(u"Forum post"_s) << QVariant(u"Forum post"_s);
    QTest::newRow("PR needed") << int(ContingencyModel::PrColumn) << int(Qt::CheckStateRole)
                               << QVariant(int(Qt::Checked)) << QVariant(true);
}

void TestContingencyModel::editsAreUndoable()
{
    QFETCH(int, column);
    QFETCH(int, role);
    QFETCH(QVariant, value);
    QFETCH(QVariant, stored);
    const QString uuid = add(u"Original"_s, 3, 3);
    const std::optional<ContingencyField> fieldOfColumn = ContingencyModel::fieldOfColumn(column);
    QVERIFY(fieldOfColumn);
    const ContingencyField field = *fieldOfColumn;
    const QVariant before = m_repository->find(uuid)->field(field);
    const int steps = m_stack.count();

    QVERIFY(m_model->setData(m_model->index(0, column), value, role));
    QCOMPARE(m_stack.count(), steps + 1);
    QCOMPARE(m_otherRepository->find(uuid)->field(field), stored);
    m_stack.undo();
    QCOMPARE(m_otherRepository->find(uuid)->field(field), before);
    QCOMPARE(m_model->itemAt(0).field(field), before);
    m_stack.redo();
    QCOMPARE(m_otherRepository->find(uuid)->field(field), stored);
    QCOMPARE(m_model->itemAt(0).field(field), stored);
}

void TestContingencyModel::repeatedEditsOfOneCellMerge()
{
    add(u"x"_s, 3, 3);
    const int steps = m_stack.count();
    QVERIFY(m_model->setData(m_model->index(0, ContingencyModel::LikelihoodColumn), 4));
    QVERIFY(m_model->setData(m_model->index(0, ContingencyModel::LikelihoodColumn), 5));
    QCOMPARE(m_stack.count(), steps + 1);
    m_stack.undo();
    QCOMPARE(m_model->itemAt(0).likelihood, 3);
}

void TestContingencyModel::rejectsOutOfRangeLevels()
{
    add(u"x"_s, 3, 3);
    const int steps = m_stack.count();
    QVERIFY(!m_model->setData(m_model->index(0, ContingencyModel::LikelihoodColumn), 6));
    QVERIFY(!m_model->setData(m_model->index(0, ContingencyModel::ImpactColumn), 0));
    QVERIFY(!m_model->setData(m_model->index(0, ContingencyModel::ScoreColumn), 25));
    QCOMPARE(m_stack.count(), steps);
    QCOMPARE(m_repository->find(m_model->itemAt(0).uuid)->likelihood, 3);
}

void TestContingencyModel::addRemoveUndoRedo()
{
    const QString first = add(u"first"_s, 1, 1);
    const QString second = add(u"second"_s, 2, 2);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QCOMPARE(issues(), (QStringList {u"first"_s, u"second"_s}));
    // Insert between them.
    ContingencyItem middle;
    middle.issue = u"middle"_s;
    const QString inserted = m_model->addItem(1, middle);
    QCOMPARE(issues(), (QStringList {u"first"_s, u"middle"_s, u"second"_s}));

    QVERIFY(m_model->removeItems({first, second}));
    QCOMPARE(issues(), (QStringList {u"middle"_s}));
    QCOMPARE(m_otherRepository->forReview(m_reviewId)->size(), 1);
    m_stack.undo(); // both come back, with their own uuids and places
    QCOMPARE(issues(), (QStringList {u"first"_s, u"middle"_s, u"second"_s}));
    QVERIFY(m_otherRepository->find(first));
    QVERIFY(m_otherRepository->find(second));
    m_stack.undo(); // the insertion
    QCOMPARE(issues(), (QStringList {u"first"_s, u"second"_s}));
    QCOMPARE(m_otherRepository->find(inserted).error(), ErrorKind::Missing);
    m_stack.redo();
    QCOMPARE(issues(), (QStringList {u"first"_s, u"middle"_s, u"second"_s}));
    QCOMPARE(m_otherRepository->find(inserted)->issue, u"middle"_s);
}

void TestContingencyModel::commonContingenciesInOneStep()
{
    add(u"own"_s, 3, 3);
    const int steps = m_stack.count();
    const QList<ContingencyItem> common = commonContingencies();
    QCOMPARE(m_model->addItems(m_model->rowCount(), common), int(common.size()));
    QCOMPARE(m_stack.count(), steps + 1);
    QCOMPARE(m_model->rowCount(), 1 + common.size());
    QCOMPARE(m_model->itemAt(1).issue, common.first().issue);
    QVERIFY(issues().contains(u"Traffic is ten times the estimate"_s));
    m_stack.undo();
    QCOMPARE(issues(), (QStringList {u"own"_s}));
    QCOMPARE(m_otherRepository->forReview(m_reviewId)->size(), 1);
}

void TestContingencyModel::dragAndDropReorders()
{
    for (const QString &issue : {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s})
        add(issue, 3, 3);
    // Drag d onto the gap before b.
    std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->index(3, 0), m_model->index(3, 2)}));
    QVERIFY(data);
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, 1, 0, QModelIndex()));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::CopyAction, 1, 0, QModelIndex()));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, 1, 0, QModelIndex()));
    QCOMPARE(issues(), (QStringList {u"a"_s, u"d"_s, u"b"_s, u"c"_s, u"e"_s}));
    // Drag a and b to the end (dropped after the last row).
    data.reset(m_model->mimeData({m_model->index(0, 0), m_model->index(2, 0)}));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, QModelIndex()));
    QCOMPARE(issues(), (QStringList {u"d"_s, u"c"_s, u"e"_s, u"a"_s, u"b"_s}));
    // Dropped onto an item: goes before it.
    data.reset(m_model->mimeData({m_model->index(4, 0)}));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, m_model->index(0, 0)));
    QCOMPARE(issues(), (QStringList {u"b"_s, u"d"_s, u"c"_s, u"e"_s, u"a"_s}));
    // The order is stored, and each drop is one undo step.
    ContingencyModel reloaded(m_otherRepository.get(), m_reviewId);
    QVERIFY(reloaded.reload());
    for (int row = 0; row < reloaded.rowCount(); ++row)
        QCOMPARE(reloaded.itemAt(row).issue, issues().at(row));
    m_stack.undo();
    QCOMPARE(issues(), (QStringList {u"d"_s, u"c"_s, u"e"_s, u"a"_s, u"b"_s}));
    m_stack.undo();
    QCOMPARE(issues(), (QStringList {u"a"_s, u"d"_s, u"b"_s, u"c"_s, u"e"_s}));
    // Uuids from elsewhere are refused.
    QMimeData foreign;
    foreign.setData(ContingencyModel::mimeType(), "00000000-0000-4000-8000-000000000000");
    QVERIFY(!m_model->canDropMimeData(&foreign, Qt::MoveAction, 0, 0, QModelIndex()));
}

void TestContingencyModel::keyboardMoves()
{
    for (const QString &issue : {u"a"_s, u"b"_s, u"c"_s})
        add(issue, 3, 3);
    // Alt+Down on a: moveRows with destination row + 2.
    QVERIFY(m_model->moveRows(QModelIndex(), 0, 1, QModelIndex(), 2));
    QCOMPARE(issues(), (QStringList {u"b"_s, u"a"_s, u"c"_s}));
    // Alt+Up on c.
    QVERIFY(m_model->moveRows(QModelIndex(), 2, 1, QModelIndex(), 1));
    QCOMPARE(issues(), (QStringList {u"b"_s, u"c"_s, u"a"_s}));
    QVERIFY(!m_model->moveRows(QModelIndex(), 0, 1, QModelIndex(), 1)); // onto itself
    m_stack.undo();
    m_stack.undo();
    QCOMPARE(issues(), (QStringList {u"a"_s, u"b"_s, u"c"_s}));
}

void TestContingencyModel::moveWritesOneRow()
{
    // A long list, written in one go.
    QList<ContingencyItem> many;
    const QStringList keys = FractionalKey::sequence(1000);
    for (int i = 0; i < 1000; ++i) {
        ContingencyItem item;
        item.reviewId = m_reviewId;
        item.issue = u"item %1"_s.arg(i);
        item.position = keys.at(i);
        many.append(item);
    }
    const auto inserted = m_repository->insertAll(many);
    QVERIFY2(inserted, qPrintable(inserted.message()));
    QVERIFY(m_model->reload());
    auto snapshot = [this] {
        QHash<QString, QPair<int, QString>> rows;
        QSqlQuery q(m_other->database());
        q.exec(u"SELECT uuid, revision, position FROM contingency"_s);
        while (q.next())
            rows.insert(q.value(0).toString(), {q.value(1).toInt(), q.value(2).toString()});
        return rows;
    };
    auto changedRows = [](const auto &before, const auto &after) {
        int changed = 0;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (after.value(it.key()) != it.value())
                ++changed;
        }
        return changed;
    };
    auto before = snapshot();
    const QString moving = m_model->itemAt(900).uuid;
    QVERIFY(m_model->moveItem(moving, 10));
    QCOMPARE(changedRows(before, snapshot()), 1);
    QCOMPARE(m_model->itemAt(10).uuid, moving);
    QCOMPARE(m_model->itemAt(10).issue, u"item 900"_s);
    // The same through drag and drop.
    before = snapshot();
    std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->index(500, 0)}));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, 2, 0, QModelIndex()));
    QCOMPARE(changedRows(before, snapshot()), 1);
    QCOMPARE(m_model->itemAt(2).issue, u"item 499"_s);
}

void TestContingencyModel::remoteChangesFollow()
{
    for (const QString &issue : {u"a"_s, u"b"_s, u"c"_s})
        add(issue, 3, 3);
    QVERIFY(m_model->reload());
    const QPersistentModelIndex selected = m_model->index(2, ContingencyModel::IssueColumn); // c
    // Another instance moves c to the front, edits b and deletes a.
    const auto read = m_otherRepository->forReview(m_reviewId);
    QVERIFY2(read, qPrintable(read.message()));
    const QList<ContingencyItem> theirs = *read;
    QVERIFY(m_otherRepository->move(theirs.at(2), FractionalKey::between(QString(), theirs.at(0).position)));
    QVERIFY(m_otherRepository->updateField(theirs.at(1), ContingencyField::Impact, 5));
    QVERIFY(m_otherRepository->remove(theirs.at(0)));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_model->reload());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(issues(), (QStringList {u"c"_s, u"b"_s}));
    QCOMPARE(m_model->itemAt(1).impact, 5);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data().toString(), u"c"_s);
}

void TestContingencyModel::conflictIsReported()
{
    const QString uuid = add(u"Search down"_s, 3, 3);
    QVERIFY(m_otherRepository->updateField(
        *m_otherRepository->find(uuid), ContingencyField::Engineering, u"Fail over to the replica"_s));
    QSignalSpy conflicts(m_model.get(), &ContingencyModel::conflictOccurred);
    QVERIFY(
        !m_model->setData(m_model->index(0, ContingencyModel::EngineeringColumn), u"Serve stale results"_s));
    QCOMPARE(conflicts.count(), 1);
    const QString message = conflicts.first().first().value<EditConflict>().message;
    QVERIFY2(message.contains(u"Grace"_s) && message.contains(u"Fail over to the replica"_s)
            && message.contains(u"Serve stale results"_s),
        qPrintable(message));
    QCOMPARE(m_model->itemAt(0).engineering, u"Fail over to the replica"_s);
    // A different column edited by them does not stand in the way.
    QVERIFY(
        m_otherRepository->updateField(*m_otherRepository->find(uuid), ContingencyField::Comments, u"x"_s));
    QVERIFY(m_model->setData(m_model->index(0, ContingencyModel::ImpactColumn), 4));
    QCOMPARE(m_otherRepository->find(uuid)->impact, 4);
    QCOMPARE(m_otherRepository->find(uuid)->comments, u"x"_s);
}

QTEST_GUILESS_MAIN(TestContingencyModel)
#include "tst_contingencymodel.moc"
