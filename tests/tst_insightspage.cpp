// The Insights page as a person uses it: opened from the View menu beside the review browser, its tables
// showing the figures of a handful of postmortems, filters changing them, a category or a month leading
// to its postmortems, and every chart drawing what its table says.
#include "appearance.h"
#include "architecture/architecturedocument.h"
#include "architecture/departuremodel.h"
#include "domain/insightfigures.h"
#include "heatmapwidget.h"
#include "insightpanel.h"
#include "insightspage.h"
#include "io/demoworkspace.h"
#include "language.h"
#include "mainwindow.h"
#include "operability/contingencymodel.h"
#include "operability/operabilitydocument.h"
#include "postmortem/contributingfactormodel.h"
#include "postmortem/incidentlinkmodel.h"
#include "postmortem/incidentmodel.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/remediationmodel.h"
#include "reviewpage.h"
#include "store/workspace.h"
#include "workspace/insighttablemodel.h"
#include "workspace/workspacesession.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QSettings>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestInsightsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void openedFromTheViewMenu();
    void staysOpenAcrossALanguageChange();
    void tablesShowTheFigures();
    void filtersChangeThem();
    void aCategoryOpensItsPostmortem();
    void aMonthListsItsPostmortems();
    void chartsDrawWhatTheTablesSay();
    void chartsFollowThePalette();
    void foresightRecurringIdeasAndNewTechnology();
    void screenshot();
    void theDemosYear();

private:
    struct Postmortem
    {
        QString title;
        QString system;
        QString tags;
        QString severity;
        QString started; // ISO; detected 10 min later, mitigated 30 min later, resolved 2 h later
        QStringList categories; // one contributing factor each
        QString owner; // of an open remediation item due a month after the start (none when empty)
    };
    static QDateTime at(const QString &text) { return QDateTime::fromString(text, Qt::ISODate); }
    QString cell(InsightPanel *panel, int row, int column) const
    {
        return panel->model()->index(row, column).data().toString();
    }
    // Picks the combo's item with the keyboard: focus, then Down until it is current.
    static void choose(QComboBox *box, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    InsightsPage *m_page = nullptr;
    QHash<QString, QString> m_uuids; // by title
};

void TestInsightsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestInsightsPage::init()
{
    Language::apply(u"en"_s);
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(u"insights.inflection"_s);
    const QList<Postmortem> postmortems = {
        {u"Queue backlog"_s, u"search"_s, u"queues"_s, u"sev3"_s, u"2026-01-12T09:00:00Z"_s, {u"capacity"_s},
            {}},
        {u"Checkout outage"_s, u"checkout"_s, u"payments"_s, u"sev1"_s, u"2026-03-03T14:00:00Z"_s,
            {u"configuration"_s, u"configuration"_s, u"monitoring"_s}, u"Dana"_s},
        {u"Search latency"_s, u"search"_s, u"latency"_s, u"sev2"_s, u"2026-03-20T08:00:00Z"_s,
            {u"configuration"_s, u"change"_s}, {}},
        {u"Login errors"_s, u"checkout"_s, u"payments"_s, u"sev2"_s, u"2026-04-07T22:00:00Z"_s,
            {u"dependency"_s, u"change"_s}, u"Lee"_s},
    };
    {
        auto session = WorkspaceSession::open(path, Workspace::Options());
        QVERIFY2(session, qPrintable(session.message()));
        for (const Postmortem &p : postmortems) {
            const auto uuid = (*session)->createReview(ReviewKind::Postmortem, p.title);
            QVERIFY(uuid);
            m_uuids.insert(p.title, *uuid);
            const auto opened = (*session)->openDocument(*uuid);
            QVERIFY(opened);
            auto *document = qobject_cast<PostmortemDocument *>(*opened);
            QVERIFY(document->setReviewField(ReviewField::System, p.system));
            QVERIFY(document->setReviewField(ReviewField::Tags, p.tags));
            IncidentModel *incident = document->incident();
            const QDateTime started = at(p.started);
            QVERIFY(incident->setField(IncidentField::StartedAt, started));
            QVERIFY(incident->setField(IncidentField::DetectedAt, started.addSecs(10 * 60)));
            QVERIFY(incident->setField(IncidentField::MitigatedAt, started.addSecs(30 * 60)));
            QVERIFY(incident->setField(IncidentField::ResolvedAt, started.addSecs(2 * 3600)));
            QVERIFY(incident->setField(IncidentField::Severity, p.severity));
            for (const QString &category : p.categories) {
                ContributingFactor factor;
                factor.text = u"A factor of "_s + category;
                factor.category = category;
                document->contributingFactors()->addRecord(0, factor);
            }
            if (!p.owner.isEmpty()) {
                RemediationItem item;
                item.text = u"Follow up"_s;
                item.owner = p.owner;
                item.due = started.date().addMonths(1);
                document->remediation()->addRecord(0, item);
            }
        }
    }
    m_window = std::make_unique<MainWindow>();
    const Result<> opened = m_window->openWorkspace(path);
    QVERIFY2(opened, qPrintable(opened.message()));
    m_window->resize(1280, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // View ▸ Insights, by its shortcut.
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    m_page = m_window->insights();
    QVERIFY(m_page);
    m_page->setToday(QDate(2026, 5, 1));
    m_page->refresh();
}

void TestInsightsPage::cleanup()
{
    m_page = nullptr;
    m_window.reset();
    m_dir.reset();
}

void TestInsightsPage::choose(QComboBox *box, const QString &text)
{
    const int target = box->findText(text);
    QVERIFY2(target >= 0, qPrintable(text));
    box->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < target; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(box->currentText(), text);
}

void TestInsightsPage::openedFromTheViewMenu()
{
    // Beside the review browser, and current.
    QCOMPARE(m_window->tabs()->indexOf(m_page), 1);
    QCOMPARE(m_window->tabs()->currentWidget(), m_page);
    QCOMPARE(m_window->tabs()->tabText(1), u"Insights"_s);
    // Closing it and opening it again (the menu's action).
    m_window->tabs()->setCurrentIndex(0);
    m_window->insightsAction()->trigger();
    QCOMPARE(m_window->tabs()->currentWidget(), m_page);
    QTest::keySequence(m_window.get(), QKeySequence(QKeySequence::Close)); // File ▸ Close Review
    QVERIFY(!m_window->insights());
    QCOMPARE(m_window->tabs()->count(), 1);
}

void TestInsightsPage::staysOpenAcrossALanguageChange()
{
    // The window makes its pages again in the new language: Insights among them, beside the browser.
    Language::apply(u"de"_s);
    QTRY_COMPARE(m_window->menuBar()->actions().value(0)->text(), u"&Datei"_s);
    QVERIFY(m_window->insights());
    QCOMPARE(m_window->tabs()->indexOf(m_window->insights()), 1);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->insights());
    QCOMPARE(m_window->tabs()->count(), 2);
    Language::apply(u"en"_s);
    QTRY_COMPARE(m_window->menuBar()->actions().value(0)->text(), u"&File"_s);
    QVERIFY(m_window->insights());
    QCOMPARE(m_window->tabs()->count(), 2);
}

void TestInsightsPage::tablesShowTheFigures()
{
    QCOMPARE(m_page->figures().incidents, 4);
    // January to April, February empty; March: one SEV 1 and one SEV 2.
    InsightPanel *months = m_page->monthsPanel();
    QCOMPARE(months->model()->rowCount(), 4);
    QCOMPARE(months->model()->headerData(2, Qt::Horizontal).toString(), u"SEV 1"_s);
    QCOMPARE(cell(months, 1, 1), u"0"_s);
    QCOMPARE(cell(months, 2, 1), u"2"_s);
    QCOMPARE(cell(months, 2, 2), u"1"_s);
    QCOMPARE(cell(months, 2, 3), u"1"_s);
    QCOMPARE(cell(months, 0, 4), u"1"_s); // SEV 3 in January

    InsightPanel *durations = m_page->durationsPanel();
    QCOMPARE(cell(durations, 0, 0), u"Time to detect"_s);
    QCOMPARE(cell(durations, 0, 1), u"4"_s);
    QCOMPARE(cell(durations, 0, 2), u"10 min"_s);
    QCOMPARE(cell(durations, 1, 2), u"20 min"_s);
    QCOMPARE(cell(durations, 2, 3), u"1 h 50 min"_s);

    // Most factors first: configuration (3, in 2 postmortems), then change (2).
    InsightPanel *categories = m_page->categoriesPanel();
    QCOMPARE(cell(categories, 0, 0), u"Configuration"_s);
    QCOMPARE(cell(categories, 0, 1), u"3"_s);
    QCOMPARE(cell(categories, 0, 2), u"2"_s);
    QCOMPARE(cell(categories, 1, 1), u"2"_s);

    // Two items, both open; Lee's (due 7 May) is not overdue on 1 May, Dana's (due 3 April) is.
    InsightPanel *follow = m_page->followThroughPanel();
    QCOMPARE(cell(follow, 5, 1), u"2"_s); // all items
    QCOMPARE(cell(follow, 2, 1), u"0"_s); // done
    QCOMPARE(cell(follow, 3, 1), u"2"_s); // open
    QCOMPARE(cell(follow, 4, 1), u"1"_s); // overdue
    QCOMPARE(cell(follow, 4, 2), u"50 %"_s);
    // Each count opens the postmortems behind it: the open ones are in two.
    QCOMPARE(follow->model()->index(3, 0).data(InsightTableModel::ReviewsRole).toStringList().size(), 2);
    QCOMPARE(follow->model()->index(4, 0).data(InsightTableModel::ReviewsRole).toStringList().size(), 1);
    InsightPanel *owners = m_page->ownersPanel();
    QCOMPARE(owners->model()->rowCount(), 2);
    QCOMPARE(cell(owners, 0, 0), u"Dana"_s);
    QCOMPARE(cell(owners, 0, 2), u"1"_s);
}

void TestInsightsPage::filtersChangeThem()
{
    choose(m_page->systemFilter(), u"checkout"_s);
    QCOMPARE(m_page->figures().incidents, 2);
    QCOMPARE(
        m_page->categoriesPanel()->model()->rowCount(), 4); // configuration, change, monitoring, dependency
    QCOMPARE(cell(m_page->categoriesPanel(), 0, 1), u"2"_s);

    choose(m_page->severityFilter(), u"SEV 2"_s);
    QCOMPARE(m_page->figures().incidents, 1);
    QCOMPARE(m_page->figures().reviews, QStringList {m_uuids.value(u"Login errors"_s)});
    QCOMPARE(m_page->monthsPanel()->model()->rowCount(), 1);
    // SEV 2, alone now, keeps the colour of the workspace's second level (as on paper).
    const auto *series = qobject_cast<QStackedBarSeries *>(m_page->monthsPanel()->chart()->series().value(0));
    QVERIFY(series);
    QCOMPARE(series->count(), 1);
    QCOMPARE(series->barSets().at(0)->label(), u"SEV 2"_s);
    QCOMPARE(series->barSets().at(0)->color(), InsightTableModel::severityColour(1));

    choose(m_page->systemFilter(), u"Any system"_s);
    QCOMPARE(m_page->figures().incidents, 2);

    // The last 90 days before 1 May: incidents in March and April, and every month of the period shown,
    // the quiet February and May too.
    choose(m_page->severityFilter(), u"Any severity"_s);
    choose(m_page->periodFilter(), u"Last 90 days"_s);
    QCOMPARE(m_page->figures().incidents, 3);
    QCOMPARE(m_page->monthsPanel()->model()->rowCount(), 4);
    QCOMPARE(cell(m_page->monthsPanel(), 0, 0), QLocale().toString(QDate(2026, 2, 1), u"MMM yyyy"_s));
    QCOMPARE(cell(m_page->monthsPanel(), 0, 1), u"0"_s);
    QCOMPARE(cell(m_page->monthsPanel(), 1, 0), QLocale().toString(QDate(2026, 3, 1), u"MMM yyyy"_s));

    // Calendar quarters, as a quarterly review takes them: the last one whole (January to March, the
    // months and their incidents), this one to today.
    choose(m_page->periodFilter(), u"Last quarter"_s);
    QCOMPARE(m_page->filter().from, QDate(2026, 1, 1));
    QCOMPARE(m_page->filter().to, QDate(2026, 3, 31));
    QCOMPARE(m_page->figures().incidents, 3);
    QCOMPARE(m_page->monthsPanel()->model()->rowCount(), 3);
    QVERIFY(!m_page->fromEdit()->isEnabled());
    choose(m_page->periodFilter(), u"This quarter"_s);
    QCOMPARE(m_page->filter().from, QDate(2026, 4, 1));
    QCOMPARE(m_page->filter().to, QDate(2026, 5, 1));
    QCOMPARE(m_page->figures().reviews, QStringList {m_uuids.value(u"Login errors"_s)});

    // Nothing matches: the page says so rather than showing empty axes only.
    choose(m_page->periodFilter(), u"Last 90 days"_s);
    choose(m_page->severityFilter(), u"SEV 4"_s);
    QCOMPARE(m_page->figures().incidents, 0);
    QVERIFY(m_page->findChild<QLabel *>(u"insightsSummary"_s)
                ->text()
                .startsWith(u"No postmortem in this period"_s));
    // And every chart of the postmortems' figures says so, rather than drawing empty axes.
    for (InsightPanel *panel : {m_page->monthsPanel(), m_page->durationsPanel(), m_page->followThroughPanel(),
             m_page->foresightPanel(), m_page->categoriesPanel()}) {
        QVERIFY(panel->chart()->series().isEmpty());
        QCOMPARE(panel->chart()->title(), u"None for these filters"_s);
    }
}

void TestInsightsPage::aCategoryOpensItsPostmortem()
{
    InsightPanel *categories = m_page->categoriesPanel();
    QTest::mouseClick(categories->tableToggle(), Qt::LeftButton);
    QVERIFY(categories->showsTable());
    QTableView *table = categories->tableView();
    // Dependency: one factor, in "Login errors".
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data().toString() == u"Dependency"_s)
            row = r;
    }
    QVERIFY(row >= 0);
    const QRect rect = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(table->currentIndex().row(), row);
    QTest::keyClick(table, Qt::Key_Return);
    const QString uuid = m_uuids.value(u"Login errors"_s);
    QVERIFY(m_window->page(uuid));
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->page(uuid));
    QCOMPARE(m_window->currentReviewUuid(), uuid);

    // Configuration stands for two: a list of them, newest first; Enter opens the one chosen.
    m_window->tabs()->setCurrentWidget(m_page);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QMenu *menu = m_page->reviewsMenu();
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(menu->actions().size(), 2);
    QVERIFY(menu->actions().at(0)->text().startsWith(u"Search latency"_s));
    QVERIFY(menu->actions().at(1)->text().startsWith(u"Checkout outage"_s));
    QTest::keyClick(menu, Qt::Key_Down);
    QTest::keyClick(menu, Qt::Key_Return);
    QTRY_COMPARE(m_window->currentReviewUuid(), m_uuids.value(u"Checkout outage"_s));

    // An owner's row opens the postmortem of their open items (the owners' panel is a table).
    m_window->tabs()->setCurrentWidget(m_page);
    QTableView *owners = m_page->ownersPanel()->tableView();
    QCOMPARE(owners->model()->index(0, 0).data().toString(), u"Dana"_s);
    const QStringList danas
        = owners->model()->index(0, 0).data(InsightTableModel::ReviewsRole).toStringList();
    QCOMPARE(danas.size(), 1);
    m_window->tabs()->setCurrentWidget(m_page);
    QTest::mouseClick(
        owners->viewport(), Qt::LeftButton, {}, owners->visualRect(owners->model()->index(0, 0)).center());
    QTest::keyClick(owners, Qt::Key_Return);
    QTRY_COMPARE(m_window->currentReviewUuid(), danas.first());
}

void TestInsightsPage::aMonthListsItsPostmortems()
{
    InsightPanel *months = m_page->monthsPanel();
    QCOMPARE(m_page->reviewsOfMonth(2),
        (QStringList {m_uuids.value(u"Checkout outage"_s), m_uuids.value(u"Search latency"_s)}));
    QVERIFY(m_page->reviewsOfMonth(1).isEmpty());
    // A segment of March's bar: that level's incidents only.
    QCOMPARE(m_page->reviewsOfMonth(2, u"sev2"_s), QStringList {m_uuids.value(u"Search latency"_s)});
    // A click on January's bar in the chart opens its one postmortem.
    auto *series = qobject_cast<QAbstractBarSeries *>(months->chart()->series().constFirst());
    QVERIFY(series);
    QBarSet *sev3 = nullptr;
    for (QBarSet *set : series->barSets()) {
        if (set->label() == u"SEV 3"_s)
            sev3 = set;
    }
    QVERIFY(sev3);
    Q_EMIT sev3->clicked(0);
    QCOMPARE(m_window->currentReviewUuid(), m_uuids.value(u"Queue backlog"_s));
    // March's SEV 1 segment: its one postmortem, though March has two.
    m_window->tabs()->setCurrentWidget(m_page);
    // The page, shown again, has drawn its charts again.
    series = qobject_cast<QAbstractBarSeries *>(months->chart()->series().constFirst());
    QVERIFY(series);
    QBarSet *sev1 = nullptr;
    for (QBarSet *set : series->barSets()) {
        if (set->label() == u"SEV 1"_s)
            sev1 = set;
    }
    QVERIFY(sev1);
    Q_EMIT sev1->clicked(2);
    QCOMPARE(m_window->currentReviewUuid(), m_uuids.value(u"Checkout outage"_s));

    // With the table shown, a click on April and Enter open "Login errors".
    m_window->tabs()->setCurrentWidget(m_page);
    QTest::mouseClick(months->tableToggle(), Qt::LeftButton);
    QTableView *table = months->tableView();
    QTRY_VERIFY(table->isVisible());
    const QRect rect = table->visualRect(table->model()->index(3, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(table->currentIndex().row(), 3);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_window->currentReviewUuid(), m_uuids.value(u"Login errors"_s));
}

void TestInsightsPage::chartsDrawWhatTheTablesSay()
{
    for (const bool filtered : {false, true}) {
        if (filtered)
            choose(m_page->systemFilter(), u"search"_s);
        // Months: a set per severity that has incidents, its values the table's column.
        {
            InsightPanel *months = m_page->monthsPanel();
            auto *series = qobject_cast<QAbstractBarSeries *>(months->chart()->series().constFirst());
            QVERIFY(series);
            int checked = 0;
            for (int column = 2; column < months->model()->columnCount(); ++column) {
                const QString name = months->model()->headerData(column, Qt::Horizontal).toString();
                QBarSet *set = nullptr;
                for (QBarSet *s : series->barSets()) {
                    if (s->label() == name)
                        set = s;
                }
                int total = 0;
                for (int row = 0; row < months->model()->rowCount(); ++row)
                    total += months->model()->index(row, column).data(InsightTableModel::ValueRole).toInt();
                if (total == 0) {
                    QVERIFY(!set);
                    continue;
                }
                QVERIFY(set);
                QCOMPARE(set->count(), months->model()->rowCount());
                for (int row = 0; row < set->count(); ++row)
                    QCOMPARE(set->at(row),
                        months->model()->index(row, column).data(InsightTableModel::ValueRole).toDouble());
                ++checked;
            }
            QCOMPARE(checked, filtered ? 2 : 3);
        }
        // Durations: median and 90th percentile sets, in seconds.
        {
            InsightPanel *durations = m_page->durationsPanel();
            auto *series = qobject_cast<QAbstractBarSeries *>(durations->chart()->series().constFirst());
            QCOMPARE(series->count(), 2);
            for (int i = 0; i < 2; ++i) {
                QBarSet *set = series->barSets().at(i);
                QCOMPARE(set->label(), durations->model()->headerData(2 + i, Qt::Horizontal).toString());
                for (int row = 0; row < 3; ++row)
                    QCOMPARE(set->at(row),
                        durations->model()->index(row, 2 + i).data(InsightTableModel::ValueRole).toDouble());
            }
        }
        // Categories and follow-through: horizontal bars, the table's first row at the top (the last bar).
        for (InsightPanel *panel : {m_page->categoriesPanel(), m_page->followThroughPanel()}) {
            auto *series = qobject_cast<QAbstractBarSeries *>(panel->chart()->series().constFirst());
            QBarSet *set = series->barSets().constFirst();
            const int rows = panel == m_page->followThroughPanel() ? 5 : panel->model()->rowCount();
            QCOMPARE(set->count(), rows);
            for (int row = 0; row < rows; ++row)
                QCOMPARE(set->at(rows - 1 - row),
                    panel->model()->index(row, 1).data(InsightTableModel::ValueRole).toDouble());
        }
        // A chart with nothing to show says so, rather than drawing axes around nothing.
        for (InsightPanel *panel : {m_page->recurringPanel(), m_page->newTechnologyPanel()}) {
            if (panel->model()->rowCount() == 0) {
                QVERIFY(panel->chart()->series().isEmpty());
                QCOMPARE(panel->chart()->title(), u"None for these filters"_s);
            } else {
                QCOMPARE(panel->chart()->series().size(), 1);
            }
        }
    }
    // The system of no postmortem: every ranked chart empty, and saying so.
    choose(m_page->systemFilter(), u"search"_s);
    QCOMPARE(m_page->recurringPanel()->model()->rowCount(), 0);
    QCOMPARE(m_page->recurringPanel()->chart()->title(), u"None for these filters"_s);
}

void TestInsightsPage::chartsFollowThePalette()
{
    QCOMPARE(m_page->monthsPanel()->chart()->theme(), QChart::ChartThemeLight);
    Appearance::apply(u"dark"_s);
    QTRY_COMPARE(m_page->monthsPanel()->chart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(m_page->categoriesPanel()->chart()->backgroundBrush().color(),
        m_page->palette().color(QPalette::Base));
    Appearance::apply(u"light"_s);
    QTRY_COMPARE(m_page->monthsPanel()->chart()->theme(), QChart::ChartThemeLight);
}

// Checkout's launch foresaw a rare, severe "Card processor down" (1 × 5) — it happened twice: in "Checkout
// outage" (the mitigation worked) and "Login errors" (it did not hold) — and a likely "Cache is cold"
// (4 × 2) that was "Queue backlog" (worked) and is related to "Search latency". Both checkout incidents
// came after the review of checkout bringing in Kafka (1 February); "Login errors" is linked to it. Their
// teams wrote the same idea in other words.
void TestInsightsPage::foresightRecurringIdeasAndNewTechnology()
{
    WorkspaceSession *session = m_window->session();
    const auto design = session->createReview(ReviewKind::Architecture, u"Payments event bus"_s);
    QVERIFY(design);
    auto *architecture = qobject_cast<ArchitectureDocument *>(*session->openDocument(*design));
    QVERIFY(architecture->setReviewField(ReviewField::System, u"checkout"_s));
    QVERIFY(architecture->setReviewField(ReviewField::MeetingAt, at(u"2026-02-01T10:00:00Z"_s)));
    Departure kafka;
    kafka.name = u"Kafka"_s;
    architecture->departures()->addRecord(0, kafka);
    const auto launch = session->createReview(ReviewKind::Operability, u"Checkout launch"_s);
    QVERIFY(launch);
    auto *operability = qobject_cast<OperabilityDocument *>(*session->openDocument(*launch));
    QVERIFY(operability->setReviewField(ReviewField::System, u"checkout"_s));
    for (const auto &[issue, likelihood, impact] :
        {std::tuple {u"Card processor down"_s, 1, 5}, std::tuple {u"Cache is cold"_s, 4, 2}}) {
        ContingencyItem item;
        item.issue = issue;
        item.likelihood = likelihood;
        item.impact = impact;
        operability->contingencies()->addRecord(operability->contingencies()->rowCount(), item);
    }
    const auto postmortem = [this, session](const QString &title) {
        return qobject_cast<PostmortemDocument *>(*session->openDocument(m_uuids.value(title)));
    };
    const auto link = [](PostmortemDocument *document, LinkTargetKind kind, const QString &words,
                          ForesightVerdict verdict) {
        const auto targets = document->foresight()->candidates(kind, QString(), words);
        return targets && targets->size() == 1
            && !document->foresight()->link(targets->first(), verdict).isEmpty();
    };
    const auto idea = [](PostmortemDocument *document, const QString &text) {
        RemediationItem item;
        item.text = text;
        document->remediation()->addRecord(0, item);
    };
    PostmortemDocument *outage = postmortem(u"Checkout outage"_s);
    QVERIFY(link(outage, LinkTargetKind::Contingency, u"card processor"_s, ForesightVerdict::Worked));
    idea(outage, u"Add an alert on queue depth"_s);
    PostmortemDocument *login = postmortem(u"Login errors"_s);
    QVERIFY(link(login, LinkTargetKind::Contingency, u"card processor"_s, ForesightVerdict::DidNotHold));
    QVERIFY(link(login, LinkTargetKind::Departure, u"kafka"_s, ForesightVerdict::Related));
    idea(login, u"Alert on queue depth!"_s);
    QVERIFY(link(
        postmortem(u"Queue backlog"_s), LinkTargetKind::Contingency, u"cache"_s, ForesightVerdict::Worked));
    QVERIFY(link(
        postmortem(u"Search latency"_s), LinkTargetKind::Contingency, u"cache"_s, ForesightVerdict::Related));
    m_window->tabs()->setCurrentWidget(m_page);
    m_page->refresh();

    // The share: two worked, one did not hold, one related only, none unmarked.
    InsightPanel *foresight = m_page->foresightPanel();
    QCOMPARE(cell(foresight, 0, 1), u"2"_s);
    QCOMPARE(cell(foresight, 0, 2), u"50 %"_s);
    QCOMPARE(cell(foresight, 1, 1), u"1"_s);
    QCOMPARE(cell(foresight, 2, 0), u"Related items only"_s);
    QCOMPARE(cell(foresight, 2, 1), u"1"_s);
    QCOMPARE(cell(foresight, 4, 1), u"0"_s);
    QCOMPARE(foresight->model()->index(2, 0).data(InsightTableModel::ReviewsRole).toStringList(),
        QStringList {m_uuids.value(u"Search latency"_s)});
    auto *series = qobject_cast<QAbstractBarSeries *>(foresight->chart()->series().constFirst());
    QCOMPARE(series->barSets().constFirst()->at(4), 2.0); // the first row is the top bar

    // The matrix: the rare, severe cell counts two incidents, the likely one one.
    HeatmapWidget *matrix = m_page->foresightMatrix();
    QCOMPARE(matrix->count(1, 5), 2);
    QCOMPARE(matrix->count(4, 2), 1);
    QCOMPARE(matrix->count(3, 3), 0);
    QCOMPARE(matrix->labels({1, 5}), QStringList {u"Card processor down"_s});
    InsightPanel *cells = m_page->foresightMatrixPanel();
    QCOMPARE(cells->model()->rowCount(), 2);
    QCOMPARE(cell(cells, 0, 0), u"4 (Likely)"_s);
    QCOMPARE(cell(cells, 1, 1), u"5 (Severe)"_s);
    QCOMPARE(cell(cells, 1, 3), u"2"_s);
    const auto cellCenter = [matrix](int likelihood, int impact) {
        return HeatmapRenderer()
            .cellRect(QRectF(matrix->rect()), matrix->font(), {likelihood, impact})
            .center()
            .toPoint();
    };
    // A click on the likely cell opens its one postmortem; on the rare one, a list of its two.
    QTest::mouseClick(matrix, Qt::LeftButton, {}, cellCenter(4, 2));
    QCOMPARE(m_window->currentReviewUuid(), m_uuids.value(u"Queue backlog"_s));
    m_window->tabs()->setCurrentWidget(m_page);
    QTest::mouseClick(matrix, Qt::LeftButton, {}, cellCenter(1, 5));
    QMenu *menu = m_page->reviewsMenu();
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(menu->actions().size(), 2);
    QVERIFY(menu->actions().at(0)->text().startsWith(u"Login errors"_s));
    QTest::keyClick(menu, Qt::Key_Down);
    QTest::keyClick(menu, Qt::Key_Return);
    QTRY_COMPARE(m_window->currentReviewUuid(), m_uuids.value(u"Checkout outage"_s));
    // An empty cell opens nothing; the same with the keyboard: Enter on the focused cell.
    m_window->tabs()->setCurrentWidget(m_page);
    QTest::mouseClick(matrix, Qt::LeftButton, {}, cellCenter(3, 3));
    QCOMPARE(m_window->tabs()->currentWidget(), m_page);
    QVERIFY(!menu->isVisible());
    QTest::keyClick(matrix, Qt::Key_Right); // 3 × 3 → 3 × 4
    QTest::keyClick(matrix, Qt::Key_Up); // → 4 × 4
    QTest::keyClick(matrix, Qt::Key_Left); // → 4 × 3
    QTest::keyClick(matrix, Qt::Key_Left); // → 4 × 2
    QTest::keyClick(matrix, Qt::Key_Return);
    QCOMPARE(m_window->currentReviewUuid(), m_uuids.value(u"Queue backlog"_s));

    // Recurring ideas: the queue depth idea in two postmortems, none done (and "Follow up", twice).
    m_window->tabs()->setCurrentWidget(m_page);
    InsightPanel *recurring = m_page->recurringPanel();
    QTest::mouseClick(recurring->tableToggle(), Qt::LeftButton);
    QTableView *ideas = recurring->tableView();
    QTRY_VERIFY(ideas->isVisible());
    QCOMPARE(ideas->model()->rowCount(), 2);
    QCOMPARE(cell(recurring, 0, 0), u"Add an alert on queue depth"_s);
    QCOMPARE(cell(recurring, 0, 1), u"2"_s);
    QCOMPARE(cell(recurring, 0, 3), u"0"_s);
    QCOMPARE(cell(recurring, 1, 0), u"Follow up"_s);
    QTest::mouseClick(
        ideas->viewport(), Qt::LeftButton, {}, ideas->visualRect(ideas->model()->index(0, 0)).center());
    QTest::keyClick(ideas, Qt::Key_Return);
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(menu->actions().size(), 2);
    QTest::keyClick(menu, Qt::Key_Return); // the newest: Login errors
    QTRY_COMPARE(m_window->currentReviewUuid(), m_uuids.value(u"Login errors"_s));

    // New technology: Kafka, with the two checkout incidents since, one linked; with SEV 2 only, one.
    m_window->tabs()->setCurrentWidget(m_page);
    InsightPanel *technology = m_page->newTechnologyPanel();
    QCOMPARE(cell(technology, 0, 0), u"Kafka"_s);
    QCOMPARE(cell(technology, 0, 1), u"checkout"_s);
    QCOMPARE(cell(technology, 0, 3), u"2"_s);
    QCOMPARE(cell(technology, 0, 4), u"2"_s);
    QCOMPARE(cell(technology, 0, 5), u"1"_s);
    choose(m_page->severityFilter(), u"SEV 2"_s);
    QCOMPARE(cell(technology, 0, 3), u"1"_s);
    QTest::mouseClick(technology->tableToggle(), Qt::LeftButton);
    QTableView *technologies = technology->tableView();
    QTRY_VERIFY(technologies->isVisible());
    QTest::mouseClick(technologies->viewport(), Qt::LeftButton, {},
        technologies->visualRect(technologies->model()->index(0, 0)).center());
    QTest::keyClick(technologies, Qt::Key_Return);
    QCOMPARE(m_window->currentReviewUuid(), m_uuids.value(u"Login errors"_s));

    // Pictures of the new figures, light and dark, when asked for.
    const QString out = qEnvironmentVariable("INFLECTION_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    m_window->tabs()->setCurrentWidget(m_page);
    choose(m_page->severityFilter(), u"Any severity"_s);
    recurring->tableToggle()->setChecked(false);
    technology->tableToggle()->setChecked(false);
    QWidget *content = m_page->findChild<QScrollArea *>()->widget();
    QApplication::processEvents();
    QVERIFY(content->grab().save(out + u"/insights-more-light.png"_s));
    cells->tableToggle()->setChecked(true);
    recurring->tableToggle()->setChecked(true);
    technology->tableToggle()->setChecked(true);
    QApplication::processEvents();
    QVERIFY(content->grab().save(out + u"/insights-more-tables.png"_s));
    cells->tableToggle()->setChecked(false);
    recurring->tableToggle()->setChecked(false);
    technology->tableToggle()->setChecked(false);
    Appearance::apply(u"dark"_s);
    QApplication::processEvents();
    QVERIFY(content->grab().save(out + u"/insights-more-dark.png"_s));
    Appearance::apply(u"light"_s);
}

void TestInsightsPage::screenshot()
{
    const QString out = qEnvironmentVariable("INFLECTION_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("INFLECTION_SCREENSHOT_DIR not set");
    m_window->resize(1280, 1000);
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(out + u"/insights.png"_s));
    m_page->durationsPanel()->tableToggle()->setChecked(true);
    m_page->categoriesPanel()->tableToggle()->setChecked(true);
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(out + u"/insights-tables.png"_s));
    m_page->durationsPanel()->tableToggle()->setChecked(false);
    m_page->categoriesPanel()->tableToggle()->setChecked(false);
    Appearance::apply(u"dark"_s);
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(out + u"/insights-dark.png"_s));
    Appearance::apply(u"light"_s);
}

// The demo workspace on first start: the page opens on the last twelve months, and every panel has
// something to show — a true picture of a year, not an empty page.
void TestInsightsPage::theDemosYear()
{
    m_page = nullptr;
    m_window.reset();
    const QString path = m_dir->filePath(u"demo.inflection"_s);
    {
        auto workspace = Workspace::open(path);
        QVERIFY2(workspace, qPrintable(workspace.message()));
        const Result<> populated = DemoWorkspace::populate(workspace->get());
        QVERIFY2(populated, qPrintable(populated.message()));
    }
    m_window = std::make_unique<MainWindow>();
    const Result<> opened = m_window->openWorkspace(path);
    QVERIFY2(opened, qPrintable(opened.message()));
    m_window->resize(1280, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    m_page = m_window->insights();
    QVERIFY(m_page);
    QCOMPARE(m_page->fromEdit()->date(), QDate::currentDate().addYears(-1));
    QCOMPARE(m_page->toEdit()->date(), QDate::currentDate());
    const InsightFigures &f = m_page->figures();
    QVERIFY2(f.incidents >= 15, qPrintable(QString::number(f.incidents)));
    QVERIFY(m_page->monthsPanel()->model()->rowCount() >= 12);
    QVERIFY(m_page->durationsPanel()->model()->rowCount() >= 3);
    QVERIFY(m_page->categoriesPanel()->model()->rowCount() >= 5);
    QVERIFY(m_page->followThroughPanel()->model()->rowCount() >= 3);
    QVERIFY(m_page->ownersPanel()->model()->rowCount() >= 3);
    QVERIFY(f.followThrough.overdue > 0 && f.followThrough.doneWithin30 > 0);
    QVERIFY(f.foresight.share() && *f.foresight.share() > 0 && *f.foresight.share() < 1);
    // Every category named in its chart, each on a row of its own at least a line of text high.
    auto *axis
        = qobject_cast<QBarCategoryAxis *>(m_page->categoriesPanel()->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->count(), int(f.categories.size()));
    QVERIFY(m_page->categoriesPanel()->chartView()->height()
        > int(f.categories.size()) * m_page->fontMetrics().height());
    // The busiest category leads to the postmortems behind it.
    QVERIFY(m_page->reviewsOfCategory(0).size() >= 2);
    // Pictures to look at, when asked for.
    const QString out = qEnvironmentVariable("INFLECTION_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(out + u"/demo-year-insights.png"_s));
    m_window->tabs()->setCurrentIndex(0);
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(out + u"/demo-year-browser.png"_s));
}

QTEST_MAIN(TestInsightsPage)
#include "tst_insightspage.moc"
