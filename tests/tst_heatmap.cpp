// The heatmap widget: counts, colours by risk level, click and keyboard filtering, live updates.
#include "heatmapwidget.h"
#include "operability/contingencyfilterproxymodel.h"
#include "operability/contingencymodel.h"
#include "store/contingencyrepository.h"
#include "store/reviewrepository.h"
#include "store/workspace.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;
using Cell = HeatmapRenderer::Cell;

class TestHeatmap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void countsPerCell();
    void coloursByLevel_data();
    void coloursByLevel();
    void matrixChangesColours();
    void clickFiltersAndClickAgainClears();
    void keyboardSelects();
    void followsModelChanges();
    void tooltipListsItems();

private:
    QPoint centreOf(const Cell &cell) const;
    QColor colourNear(const Cell &cell);
    void add(const QString &issue, int likelihood, int impact);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ContingencyRepository> m_repository;
    std::unique_ptr<ContingencyModel> m_model;
    std::unique_ptr<ContingencyFilterProxyModel> m_proxy;
    std::unique_ptr<HeatmapWidget> m_heatmap;
};

void TestHeatmap::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto workspace = Workspace::open(m_dir->filePath(u"h.inflection"_s));
    QVERIFY2(workspace, qPrintable(workspace.message()));
    m_workspace = std::move(workspace).value();
    const auto review = ReviewRepository(m_workspace.get()).create(ReviewKind::Operability, u"Launch"_s);
    QVERIFY2(review, qPrintable(review.message()));
    m_repository = std::make_unique<ContingencyRepository>(m_workspace.get());
    m_model = std::make_unique<ContingencyModel>(m_repository.get(), review->id);
    m_proxy = std::make_unique<ContingencyFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    add(u"Search down"_s, 3, 4);
    add(u"Search slow"_s, 3, 4);
    add(u"Cache cold"_s, 1, 1);
    add(u"Database overloaded"_s, 5, 5);
    m_heatmap = std::make_unique<HeatmapWidget>();
    m_heatmap->setModel(
        m_model.get(), ContingencyModel::LikelihoodRole, ContingencyModel::ImpactRole, Qt::DisplayRole);
    // As the operability page wires them.
    connect(
        m_heatmap.get(), &HeatmapWidget::selectionChanged, m_proxy.get(), [this](std::optional<Cell> cell) {
            m_proxy->setCellFilter(cell
                    ? std::optional(ContingencyFilterProxyModel::Cell {cell->likelihood, cell->impact})
                    : std::nullopt);
        });
    m_heatmap->resize(400, 360);
    m_heatmap->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_heatmap.get()));
}

void TestHeatmap::cleanup()
{
    m_heatmap.reset();
    m_proxy.reset();
    m_model.reset();
    m_repository.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestHeatmap::add(const QString &issue, int likelihood, int impact)
{
    ContingencyItem item;
    item.issue = issue;
    item.likelihood = likelihood;
    item.impact = impact;
    QVERIFY(!m_model->addItem(m_model->rowCount(), item).isEmpty());
}

QPoint TestHeatmap::centreOf(const Cell &cell) const
{
    HeatmapRenderer renderer;
    return renderer.cellRect(QRectF(m_heatmap->rect()), m_heatmap->font(), cell).center().toPoint();
}

QColor TestHeatmap::colourNear(const Cell &cell)
{
    HeatmapRenderer renderer;
    const QRectF r = renderer.cellRect(QRectF(m_heatmap->rect()), m_heatmap->font(), cell);
    // Inside the cell, clear of its border, the selection outline and the count.
    const QPoint probe = (r.topLeft() + QPointF(r.width() * 0.2, r.height() * 0.2)).toPoint();
    const QImage image = m_heatmap->grab().toImage();
    return image.pixelColor(probe * image.devicePixelRatio());
}

void TestHeatmap::countsPerCell()
{
    QCOMPARE(m_heatmap->count(3, 4), 2);
    QCOMPARE(m_heatmap->count(1, 1), 1);
    QCOMPARE(m_heatmap->count(5, 5), 1);
    QCOMPARE(m_heatmap->count(4, 3), 0); // likelihood and impact are not interchangeable
    int total = 0;
    for (int l = 1; l <= 5; ++l)
        for (int i = 1; i <= 5; ++i)
            total += m_heatmap->count(l, i);
    QCOMPARE(total, 4);
}

void TestHeatmap::coloursByLevel_data()
{
    QTest::addColumn<int>("likelihood");
    QTest::addColumn<int>("impact");
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("occupied");
    QTest::newRow("1×1 low, one item") << 1 << 1 << int(RiskLevel::Low) << true;
    QTest::newRow("3×4 high, two items") << 3 << 4 << int(RiskLevel::High) << true;
    QTest::newRow("5×5 very high, one item") << 5 << 5 << int(RiskLevel::VeryHigh) << true;
    QTest::newRow("2×3 medium, empty") << 2 << 3 << int(RiskLevel::Medium) << false;
}

void TestHeatmap::coloursByLevel()
{
    QFETCH(int, likelihood);
    QFETCH(int, impact);
    QFETCH(int, level);
    QFETCH(bool, occupied);
    QColor expected = riskLevelColor(static_cast<RiskLevel>(level));
    if (!occupied)
        expected = expected.lighter(125);
    QCOMPARE(colourNear({likelihood, impact}).rgb(), expected.rgb());
}

void TestHeatmap::matrixChangesColours()
{
    RiskMatrix matrix;
    matrix.setLevel(1, 1, RiskLevel::VeryHigh);
    m_heatmap->setMatrix(matrix);
    QCOMPARE(colourNear({1, 1}).rgb(), riskLevelColor(RiskLevel::VeryHigh).rgb());
}

void TestHeatmap::clickFiltersAndClickAgainClears()
{
    QSignalSpy selection(m_heatmap.get(), &HeatmapWidget::selectionChanged);
    QTest::mouseClick(m_heatmap.get(), Qt::LeftButton, {}, centreOf({3, 4}));
    QCOMPARE(selection.count(), 1);
    QCOMPARE(m_heatmap->selectedCell(), std::optional(Cell {3, 4}));
    QCOMPARE(m_proxy->rowCount(), 2);
    QTest::mouseClick(m_heatmap.get(), Qt::LeftButton, {}, centreOf({5, 5}));
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->index(0, ContingencyModel::IssueColumn).data().toString(), u"Database overloaded"_s);
    QTest::mouseClick(m_heatmap.get(), Qt::LeftButton, {}, centreOf({5, 5}));
    QCOMPARE(m_heatmap->selectedCell(), std::nullopt);
    QCOMPARE(m_proxy->rowCount(), 4);
    // Outside the grid: nothing happens.
    QTest::mouseClick(m_heatmap.get(), Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(selection.count(), 3);
}

void TestHeatmap::keyboardSelects()
{
    m_heatmap->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_heatmap.get()) || m_heatmap->hasFocus());
    QCOMPARE(m_heatmap->focusCell(), std::optional(Cell {3, 3})); // starts in the middle
    QTest::keyClick(m_heatmap.get(), Qt::Key_Right);
    QCOMPARE(m_heatmap->focusCell(), std::optional(Cell {3, 4}));
    QVERIFY(m_heatmap->accessibleDescription().contains(u"2 item"_s));
    QTest::keyClick(m_heatmap.get(), Qt::Key_Space);
    QCOMPARE(m_heatmap->selectedCell(), std::optional(Cell {3, 4}));
    QCOMPARE(m_proxy->rowCount(), 2);
    for (int i = 0; i < 6; ++i) // stops at the edges
        QTest::keyClick(m_heatmap.get(), Qt::Key_Up);
    QTest::keyClick(m_heatmap.get(), Qt::Key_Right);
    QCOMPARE(m_heatmap->focusCell(), std::optional(Cell {5, 5}));
    QTest::keyClick(m_heatmap.get(), Qt::Key_Return);
    QCOMPARE(m_proxy->rowCount(), 1);
    QTest::keyClick(m_heatmap.get(), Qt::Key_Escape);
    QCOMPARE(m_heatmap->selectedCell(), std::nullopt);
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestHeatmap::followsModelChanges()
{
    QVERIFY(m_model->setData(m_model->index(0, ContingencyModel::ImpactColumn), 5)); // Search down: 3×5
    QCOMPARE(m_heatmap->count(3, 4), 1);
    QCOMPARE(m_heatmap->count(3, 5), 1);
    QVERIFY(m_model->removeItems({m_model->itemAt(3).uuid}));
    QCOMPARE(m_heatmap->count(5, 5), 0);
    add(u"New"_s, 2, 2);
    QCOMPARE(m_heatmap->count(2, 2), 1);
    QCOMPARE(colourNear({2, 2}).rgb(), riskLevelColor(RiskLevel::Low).rgb());
}

void TestHeatmap::tooltipListsItems()
{
    const QStringList labels = m_heatmap->labels({3, 4});
    QCOMPARE(labels, (QStringList {u"Search down"_s, u"Search slow"_s}));
    QVERIFY(m_heatmap->labels({4, 4}).isEmpty());
}

QTEST_MAIN(TestHeatmap)
#include "tst_heatmap.moc"
