// "Did we foresee it?" in the window, driven by keys and the mouse: a postmortem linked to contingency
// items and departures from its Learning tab, and each review of those showing the incidents behind them.
#include "architecture/architecturedocument.h"
#include "architecture/departuremodel.h"
#include "architectureview.h"
#include "foresightpanel.h"
#include "heatmapwidget.h"
#include "mainwindow.h"
#include "operability/contingencymodel.h"
#include "operability/operabilitydocument.h"
#include "operabilityview.h"
#include "postmortem/incidentlinkmodel.h"
#include "postmortem/incidentmodel.h"
#include "postmortem/postmortemdocument.h"
#include "postmortemview.h"
#include "reviewpage.h"
#include "store/incidentlinkrepository.h"
#include "store/incidentrepository.h"
#include "store/workspace.h"
#include "workspace/workspacesession.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestForesightView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void linkFromThePostmortemByKeyboard();
    void readOnlyPanel();
    void operabilityGridShowsItsIncidents();
    void architectureShowsTheIncidentsOfItsDepartures();

private:
    // Reviews made as a person would in the window; the uuids kept.
    QString createReview(ReviewKind kind, const QString &title, const QString &system);
    ReviewPage *openPage(const QString &uuid);
    ForesightPanel *openForesight(PostmortemView **viewOut = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    QString m_postmortem;
    QString m_checkout; // operability review of the postmortem's system
    QString m_search; // operability review of another system
    QString m_architecture;
    QStringList m_checkoutItems;
    QStringList m_searchItems;
    QStringList m_departures;
};

namespace {

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), modifiers);
}

} // namespace

void TestForesightView::init()
{
    QSettings().clear();
    m_checkoutItems.clear();
    m_searchItems.clear();
    m_departures.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"foresight.inflection"_s);
    {
        auto ws = Workspace::open(m_path);
        QVERIFY2(ws, qPrintable(ws.message()));
    }
    m_window = std::make_unique<MainWindow>();
    const Result<> opened = m_window->openWorkspace(m_path);
    QVERIFY2(opened, qPrintable(opened.message()));
    m_window->resize(1400, 900);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    WorkspaceSession *session = m_window->session();

    m_checkout = createReview(ReviewKind::Operability, u"Checkout launch"_s, u"checkout"_s);
    m_search = createReview(ReviewKind::Operability, u"Search launch"_s, u"search"_s);
    m_architecture = createReview(ReviewKind::Architecture, u"Payments queue"_s, u"checkout"_s);
    m_postmortem = createReview(ReviewKind::Postmortem, u"Checkout down after failover"_s, u"checkout"_s);
    QVERIFY(!m_postmortem.isEmpty());
    const auto addItems
        = [session](const QString &review, const QList<std::tuple<QString, int, int>> &items) {
              auto *doc = qobject_cast<OperabilityDocument *>(*session->openDocument(review));
              QStringList uuids;
              for (const auto &[issue, likelihood, impact] : items) {
                  ContingencyItem item;
                  item.issue = issue;
                  item.likelihood = likelihood;
                  item.impact = impact;
                  uuids << doc->contingencies()->addRecord(doc->contingencies()->rowCount(), item);
              }
              doc->undoStack()->clear();
              return uuids;
          };
    m_checkoutItems = addItems(
        m_checkout, {{u"Database failover takes too long"_s, 3, 4}, {u"Payment provider outage"_s, 2, 5}});
    m_searchItems = addItems(m_search, {{u"Index failover loses writes"_s, 2, 3}});
    auto *architecture = qobject_cast<ArchitectureDocument *>(*session->openDocument(m_architecture));
    Departure departure;
    departure.name = u"Message queue for payments"_s;
    m_departures << architecture->departures()->addRecord(0, departure);
    architecture->undoStack()->clear();
    QCOMPARE(m_checkoutItems.size(), 2);
    QCOMPARE(m_departures.size(), 1);
}

void TestForesightView::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

QString TestForesightView::createReview(ReviewKind kind, const QString &title, const QString &system)
{
    WorkspaceSession *session = m_window->session();
    const Result<QString> uuid = session->createReview(kind, title);
    if (!uuid)
        return {};
    const Result<ReviewDocument *> doc = session->openDocument(*uuid);
    if (!doc)
        return {};
    (*doc)->setReviewField(ReviewField::System, system);
    (*doc)->undoStack()->clear();
    return *uuid;
}

ReviewPage *TestForesightView::openPage(const QString &uuid)
{
    return m_window->openReview(uuid);
}

// The postmortem's page, on its Learning tab (Alt+G), then "Did we foresee it?" by a click on its tab.
ForesightPanel *TestForesightView::openForesight(PostmortemView **viewOut)
{
    ReviewPage *page = openPage(m_postmortem);
    if (!page)
        return nullptr;
    auto *view = qobject_cast<PostmortemView *>(page->content());
    if (!view)
        return nullptr;
    page->titleEdit()->setFocus();
    press(Qt::Key_G, Qt::AltModifier);
    if (QApplication::focusWidget() != view->factorsView())
        qWarning("Alt+G did not go to the factors");
    QTabBar *bar = view->learningTabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
    if (viewOut)
        *viewOut = view;
    return view->learningTabs()->currentWidget() == view->foresightPanel() ? view->foresightPanel() : nullptr;
}

void TestForesightView::linkFromThePostmortemByKeyboard()
{
    PostmortemView *view = nullptr;
    ForesightPanel *panel = openForesight(&view);
    QVERIFY(panel);
    QVERIFY(panel->isVisible());
    PostmortemDocument *doc = view->postmortem();
    IncidentLinkModel *links = doc->foresight();
    QUndoStack *stack = doc->undoStack();

    // The candidates: every contingency item, the postmortem's own system's first.
    QListWidget *candidates = panel->candidatesView();
    QCOMPARE(candidates->count(), 3);
    QVERIFY(candidates->item(0)->text().contains(u"(checkout)"_s));
    QVERIFY(candidates->item(1)->text().contains(u"(checkout)"_s));
    QVERIFY(candidates->item(2)->text().startsWith(u"Index failover loses writes"_s));

    // Nothing linked yet: "Not foreseen" can be checked, with a click on its box.
    QCheckBox *notForeseen = panel->notForeseenBox();
    QVERIFY(notForeseen->isEnabled());
    QTest::mouseClick(notForeseen, Qt::LeftButton, {}, QPoint(8, notForeseen->height() / 2));
    QVERIFY(doc->incident()->facts().notForeseen);
    QVERIFY(IncidentRepository(m_window->session()->workspace()).ofReview(doc->reviewId())->notForeseen);

    // Searching "failover": the two failovers, checkout's first; "did not hold" chosen, Enter links it.
    QLineEdit *search = panel->searchField();
    search->setFocus();
    // Words nothing has: the empty list says so, and stops saying so once something matches.
    QTest::keyClicks(search, u"zzqx"_s);
    QCOMPARE(candidates->count(), 0);
    QCOMPARE(panel->candidatesNote()->text(), u"Nothing matches “zzqx”."_s);
    QVERIFY(panel->candidatesNote()->isVisible());
    search->selectAll();
    QTest::keyClicks(search, u"failover"_s);
    QCOMPARE(candidates->count(), 2);
    QVERIFY(!panel->candidatesNote()->isVisible());
    QVERIFY(candidates->item(0)->text().startsWith(u"Database failover takes too long"_s));
    panel->verdictBox()->setFocus();
    QCOMPARE(panel->verdictBox()->currentData().toString(), u"worked"_s);
    press(Qt::Key_Down);
    QCOMPARE(panel->verdictBox()->currentData().toString(), u"did-not-hold"_s);
    search->setFocus();
    const int steps = stack->count();
    press(Qt::Key_Return);
    QCOMPARE(links->rowCount(), 1);
    QCOMPARE(links->recordAt(0).target, m_checkoutItems.at(0));
    QCOMPARE(links->recordAt(0).verdict, ForesightVerdict::DidNotHold);
    QCOMPARE(links->index(0, IncidentLinkModel::ReviewColumn).data().toString(), u"Checkout launch"_s);
    // It said foreseen: "not foreseen" is taken back in the same step, and cannot be checked again.
    QCOMPARE(stack->count(), steps + 1);
    QVERIFY(!doc->incident()->facts().notForeseen);
    QVERIFY(!notForeseen->isChecked());
    QVERIFY(!notForeseen->isEnabled());
    QVERIFY(!panel->linkButton()->isEnabled()); // linked already
    // Ctrl+Z in the links (in the search field it undoes the typing): neither the link nor the taking
    // back; Redo both again.
    panel->linksView()->setFocus();
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(links->rowCount(), 0);
    QVERIFY(doc->incident()->facts().notForeseen);
    QVERIFY(notForeseen->isChecked() && notForeseen->isEnabled());
    QTest::keySequence(QApplication::focusWidget(), QKeySequence(QKeySequence::Redo));
    QCOMPARE(links->rowCount(), 1);
    QVERIFY(!doc->incident()->facts().notForeseen);

    // Down to the other system's failover, linked as related with the button.
    candidates->setFocus();
    press(Qt::Key_Down);
    QCOMPARE(candidates->currentRow(), 1);
    panel->verdictBox()->setCurrentIndex(panel->verdictBox()->findData(u"related"_s));
    QTest::mouseClick(panel->linkButton(), Qt::LeftButton);
    QCOMPARE(links->rowCount(), 2);
    QCOMPARE(links->recordAt(1).target, m_searchItems.at(0));
    QCOMPARE(links->recordAt(1).verdict, ForesightVerdict::Related);

    // The first's verdict edited in place: F2 on its verdict, "r" for Related. No link says foreseen now.
    QTableView *table = panel->linksView();
    table->setFocus();
    table->setCurrentIndex(links->index(0, IncidentLinkModel::VerdictColumn));
    press(Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY2(combo, "the verdict's combo box has the focus");
    QTest::keyClicks(combo, u"r"_s);
    QTRY_COMPARE(QApplication::focusWidget(), table);
    QCOMPARE(links->recordAt(0).verdict, ForesightVerdict::Related);
    QVERIFY(notForeseen->isEnabled());
    // Enter on the verdict, as one confirms an edit, stays on the postmortem.
    QWidget *postmortemPage = m_window->tabs()->currentWidget();
    press(Qt::Key_Return);
    QCOMPARE(m_window->tabs()->currentWidget(), postmortemPage);

    // A departure: the switch, Enter on the list.
    panel->kindBox()->setFocus();
    press(Qt::Key_Down);
    search->clear();
    QCOMPARE(candidates->count(), 1);
    QVERIFY(!panel->verdictBox()->isEnabled()); // a departure is involved, no more
    candidates->setFocus();
    press(Qt::Key_Return);
    QCOMPARE(links->rowCount(), 3);
    QCOMPARE(links->recordAt(2).targetKind, LinkTargetKind::Departure);
    QCOMPARE(links->index(2, IncidentLinkModel::VerdictColumn).data().toString(), u"Involved"_s);

    // Delete removes the current link; Ctrl+Z brings it back.
    table->setFocus();
    table->setCurrentIndex(links->index(1, IncidentLinkModel::ItemColumn));
    table->selectRow(1);
    press(Qt::Key_Delete);
    QCOMPARE(links->rowCount(), 2);
    QVERIFY(!links->isLinked(m_searchItems.at(0)));
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(links->rowCount(), 3);
    QVERIFY(links->isLinked(m_searchItems.at(0)));

    table->setCurrentIndex(links->index(0, IncidentLinkModel::ItemColumn));
    QApplication::processEvents();
    view->grab().save(u"/tmp/foresight-postmortem.png"_s);

    // Enter on a linked item opens its review at the item: the checklist's tab, the item current.
    const QString firstTarget = links->recordAt(0).target;
    press(Qt::Key_Return);
    ReviewPage *current = qobject_cast<ReviewPage *>(m_window->tabs()->currentWidget());
    QVERIFY(current);
    QCOMPARE(current->document()->uuid(), m_checkout);
    auto *operability = qobject_cast<OperabilityView *>(current->content());
    QVERIFY(operability);
    QVERIFY(operability->tabs()->currentWidget()->isAncestorOf(operability->grid()));
    QCOMPARE(operability->grid()->currentIndex().data(ContingencyModel::UuidRole).toString(), firstTarget);

    // A departure's link: its architecture review at the departure.
    int departureRow = -1;
    for (int row = 0; row < links->rowCount(); ++row) {
        if (links->recordAt(row).target == m_departures.at(0))
            departureRow = row;
    }
    QVERIFY(departureRow >= 0);
    m_window->tabs()->setCurrentWidget(postmortemPage);
    table->setFocus();
    table->setCurrentIndex(links->index(departureRow, IncidentLinkModel::ItemColumn));
    press(Qt::Key_Return);
    current = qobject_cast<ReviewPage *>(m_window->tabs()->currentWidget());
    QVERIFY(current);
    auto *architecture = qobject_cast<ArchitectureView *>(current->content());
    QVERIFY(architecture);
    QVERIFY(architecture->tabs()->currentWidget()->isAncestorOf(architecture->departuresView()));
    QCOMPARE(architecture->departuresView()->currentIndex().data(DepartureModel::UuidRole).toString(),
        m_departures.at(0));

    // Stored: another connection reads the links.
    auto other = Workspace::open(m_path);
    QVERIFY2(other, qPrintable(other.message()));
    const auto stored = IncidentLinkRepository(other->get()).forReview(doc->reviewId());
    QVERIFY2(stored, qPrintable(stored.message()));
    QCOMPARE(stored->size(), 3);
    QStringList targets;
    for (const IncidentLink &l : *stored)
        targets << l.target;
    QVERIFY(targets.contains(m_checkoutItems.at(0)));
    QVERIFY(targets.contains(m_searchItems.at(0)));
    QVERIFY(targets.contains(m_departures.at(0)));
}

void TestForesightView::readOnlyPanel()
{
    PostmortemView *view = nullptr;
    ForesightPanel *panel = openForesight(&view);
    QVERIFY(panel);
    PostmortemDocument *doc = view->postmortem();
    panel->candidatesView()->setCurrentRow(0);
    QVERIFY(panel->linkButton()->isEnabled());
    doc->setReadOnly(true);
    for (QWidget *w : {static_cast<QWidget *>(panel->searchField()), static_cast<QWidget *>(panel->kindBox()),
             static_cast<QWidget *>(panel->candidatesView()), static_cast<QWidget *>(panel->verdictBox()),
             static_cast<QWidget *>(panel->linkButton()), static_cast<QWidget *>(panel->notForeseenBox())})
        QVERIFY2(!w->isEnabled(), qPrintable(w->accessibleName()));
    QVERIFY(!panel->removeAction()->isEnabled());
    QCOMPARE(panel->linksView()->editTriggers(), QAbstractItemView::NoEditTriggers);
    panel->candidatesView()->setFocus();
    press(Qt::Key_Return);
    QCOMPARE(doc->foresight()->rowCount(), 0);
    doc->setReadOnly(false);
    QVERIFY(panel->searchField()->isEnabled());
    QVERIFY(panel->notForeseenBox()->isEnabled());
}

// Links made in a postmortem: shown on the items of the operability review they point at, counted on its
// heatmap, opening the postmortem.
void TestForesightView::operabilityGridShowsItsIncidents()
{
    WorkspaceSession *session = m_window->session();
    auto *postmortem = qobject_cast<PostmortemDocument *>(*session->openDocument(m_postmortem));
    IncidentLinkModel *links = postmortem->foresight();
    const auto candidates = links->candidates(LinkTargetKind::Contingency, u"checkout"_s, u"failover"_s);
    QVERIFY2(candidates, qPrintable(candidates.message()));
    QCOMPARE(candidates->first().uuid, m_checkoutItems.at(0));
    QVERIFY(!links->link(candidates->first(), ForesightVerdict::DidNotHold).isEmpty());

    ReviewPage *page = openPage(m_checkout);
    QVERIFY(page);
    auto *view = qobject_cast<OperabilityView *>(page->content());
    QVERIFY(view);
    page->titleEdit()->setFocus();
    press(Qt::Key_I, Qt::AltModifier); // the contingency checklist
    QTRY_COMPARE(QApplication::focusWidget(), view->grid());
    QTableView *grid = view->grid();
    const QModelIndex incidents = grid->model()->index(0, ContingencyModel::IncidentsColumn);
    QCOMPARE(incidents.data().toString(),
        u"Checkout down after failover (Foreseen, the mitigation did not hold)"_s);
    QCOMPARE(grid->model()->index(1, ContingencyModel::IncidentsColumn).data().toString(), QString());
    QCOMPARE(grid->model()->headerData(ContingencyModel::IncidentsColumn, Qt::Horizontal).toString(),
        u"Incidents"_s);

    // The heatmap marks the item's cell once "Show incidents" is checked.
    HeatmapWidget *heatmap = view->heatmap();
    QCOMPARE(heatmap->incidentCount(3, 4), 1);
    QCOMPARE(heatmap->incidentCount(2, 5), 0);
    QVERIFY(!heatmap->incidentsShown());
    QCheckBox *show = view->showIncidentsBox();
    QTest::mouseClick(show, Qt::LeftButton, {}, QPoint(8, show->height() / 2));
    QVERIFY(heatmap->incidentsShown());
    QApplication::processEvents();
    page->grab().save(u"/tmp/foresight-operability.png"_s);

    // A double click on the incidents opens the postmortem.
    grid->scrollTo(incidents);
    const QPoint at = grid->visualRect(incidents).center();
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(grid->viewport(), Qt::LeftButton, {}, at);
    auto *current = qobject_cast<ReviewPage *>(m_window->tabs()->currentWidget());
    QVERIFY(current);
    QCOMPARE(current->document()->uuid(), m_postmortem);

    // The link taken back in the postmortem: back on the review, the item has no incident.
    QVERIFY(links->removeItems({links->recordAt(0).uuid}));
    m_window->tabs()->setCurrentWidget(page);
    QTRY_COMPARE(grid->model()->index(0, ContingencyModel::IncidentsColumn).data().toString(), QString());
    QCOMPARE(heatmap->incidentCount(3, 4), 0);
}

// A departure linked from two postmortems: the architecture review's departures show both, and Enter on
// them offers each to open.
void TestForesightView::architectureShowsTheIncidentsOfItsDepartures()
{
    WorkspaceSession *session = m_window->session();
    const QString second
        = createReview(ReviewKind::Postmortem, u"Payments stuck in the queue"_s, u"checkout"_s);
    for (const QString &uuid : {m_postmortem, second}) {
        auto *postmortem = qobject_cast<PostmortemDocument *>(*session->openDocument(uuid));
        const auto candidates
            = postmortem->foresight()->candidates(LinkTargetKind::Departure, u"checkout"_s, {});
        QVERIFY2(candidates, qPrintable(candidates.message()));
        QCOMPARE(candidates->size(), 1);
        QVERIFY(!postmortem->foresight()->link(candidates->first(), ForesightVerdict::Related).isEmpty());
    }

    ReviewPage *page = openPage(m_architecture);
    QVERIFY(page);
    auto *view = qobject_cast<ArchitectureView *>(page->content());
    QVERIFY(view);
    page->titleEdit()->setFocus();
    press(Qt::Key_D, Qt::AltModifier); // the Departures tab
    QTRY_COMPARE(QApplication::focusWidget(), view->departuresView());
    QTableView *table = view->departuresView();
    const QModelIndex incidents = table->model()->index(0, DepartureModel::IncidentsColumn);
    QCOMPARE(incidents.data().toString(), u"Checkout down after failover; Payments stuck in the queue"_s);
    QCOMPARE(incidents.data(DepartureModel::IncidentCountRole).toInt(), 2);
    QCOMPARE(table->model()->headerData(DepartureModel::IncidentsColumn, Qt::Horizontal).toString(),
        u"Incidents"_s);
    // Not a field: F2 edits nothing there.
    QVERIFY(!(table->model()->flags(incidents) & Qt::ItemIsEditable));
    QApplication::processEvents();
    page->grab().save(u"/tmp/foresight-architecture.png"_s);

    // Enter on them: a menu of the two; the second chosen with Down and Enter opens it.
    table->setCurrentIndex(incidents);
    QTimer::singleShot(0, this, [] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu) {
            qWarning("no menu of incidents");
            return;
        }
        QCOMPARE(menu->actions().size(), 2);
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    press(Qt::Key_Return);
    auto *current = qobject_cast<ReviewPage *>(m_window->tabs()->currentWidget());
    QVERIFY(current);
    QCOMPARE(current->document()->uuid(), second);

    // One link taken back: shown again, the departure has one incident, and Enter opens it at once.
    auto *secondDoc = qobject_cast<PostmortemDocument *>(current->document());
    QVERIFY(secondDoc->foresight()->removeItems({secondDoc->foresight()->recordAt(0).uuid}));
    m_window->tabs()->setCurrentWidget(page);
    QTRY_COMPARE(incidents.data().toString(), u"Checkout down after failover"_s);
    m_window->activateWindow(); // the menu had the keyboard
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table->setFocus();
    table->setCurrentIndex(incidents);
    press(Qt::Key_Return);
    current = qobject_cast<ReviewPage *>(m_window->tabs()->currentWidget());
    QVERIFY(current);
    QCOMPARE(current->document()->uuid(), m_postmortem);
}

QTEST_MAIN(TestForesightView)
#include "tst_foresightview.moc"
