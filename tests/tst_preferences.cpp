// Edit ▸ Preferences: personal settings in QSettings, the workspace's in the workspace (seen by everyone
// on it), refusals that write nothing, the dark appearance applied at once.
#include "appearance.h"
#include "domain/fractionalkey.h"
#include "domain/riskmatrix.h"
#include "language.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "preferencesdialog.h"
#include "review/reviewdocument.h"
#include "rowlisteditor.h"
#include "store/contributingfactorrepository.h"
#include "store/knowntechnologyrepository.h"
#include "store/reviewrepository.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"
#include "testsupport.h"
#include "workspace/workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestPreferences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void personalSettings();
    void workspaceSettingsAreShared();
    void refusedValuesWriteNothing();
    void readOnlyWorkspace();
    void darkAppearance();
    void inTheEditMenu();
    void speaksTheNewLanguageOnItsTab();
    void factorCategoriesEditedByHand();
    void factorCategoriesOfAReadOnlyWorkspace();
    void removingAUsedCategorySaysHowMany();

private:
    // The dialog on the screen, at its Workspace tab, clicked as a person would.
    static void showWorkspaceTab(PreferencesDialog &dialog);
    // Whether a cell of table is being edited, with the focus in its editor.
    static bool editing(QTableWidget *table)
    {
        return qobject_cast<QLineEdit *>(QApplication::focusWidget())
            && table->isAncestorOf(QApplication::focusWidget());
    }
    // Clicks the category's row; false when no row has that name.
    static bool clickCategory(PreferencesDialog &dialog, const QString &name);
    // The workspace as the window opens it.
    std::unique_ptr<WorkspaceSession> openSession(const Workspace::Options &options = Workspace::Options());
    // What someone else on the workspace reads from it now.
    static WorkspaceConfig configOf(Workspace *workspace);
    QTemporaryDir m_dir;
    QString m_path;
};

std::unique_ptr<WorkspaceSession> TestPreferences::openSession(const Workspace::Options &options)
{
    auto session = WorkspaceSession::open(m_path, options);
    if (!session)
        qWarning("cannot open the workspace: %s", qPrintable(session.message()));
    return std::move(session).take().value_or(nullptr);
}

WorkspaceConfig TestPreferences::configOf(Workspace *workspace)
{
    const Result<WorkspaceConfig> config = WorkspaceSettings(workspace).read();
    if (!config)
        qWarning("cannot read the workspace's settings: %s", qPrintable(config.message()));
    return config.valueOr(WorkspaceConfig());
}

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPreferences::init()
{
    QSettings().clear();
    Language::apply(u"en"_s); // a test that chose another language leaves it behind
    m_path = m_dir.filePath(u"team-%1.inflection"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    TestSupport::makeWorkspace(m_path, 1);
}

void TestPreferences::personalSettings()
{
    auto session = openSession();
    QVERIFY(session);
    PreferencesDialog dialog(session.get());
    dialog.authorEdit()->setText(u"Dana Okafor"_s);
    dialog.defaultWorkspaceEdit()->setText(m_dir.filePath(u"mine.inflection"_s));
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"de"_s));
    QVERIFY(dialog.apply());
    QCOMPARE(session->workspace()->author(), u"Dana Okafor"_s);
    QCOMPARE(QSettings().value(u"identity/authorName"_s).toString(), u"Dana Okafor"_s);
    QCOMPARE(PreferencesDialog::defaultWorkspace(), m_dir.filePath(u"mine.inflection"_s));
    QCOMPARE(PreferencesDialog::language(), u"de"_s);
    // Shown again as stored.
    PreferencesDialog again(session.get());
    QCOMPARE(again.authorEdit()->text(), u"Dana Okafor"_s);
    QCOMPARE(again.languageBox()->currentData().toString(), u"de"_s);
    // Cleared: back to the defaults.
    again.authorEdit()->clear();
    again.defaultWorkspaceEdit()->clear();
    QVERIFY(again.apply());
    QCOMPARE(PreferencesDialog::defaultWorkspace(), Workspace::defaultPath());
    QVERIFY(!QSettings().contains(u"identity/authorName"_s));
}

void TestPreferences::workspaceSettingsAreShared()
{
    auto mine = openSession();
    QVERIFY(mine);
    auto opened = Workspace::open(m_path); // someone else on the shared workspace
    QVERIFY2(opened, qPrintable(opened.message()));
    std::unique_ptr<Workspace> theirs = std::move(opened).value();
    // A review open here: it reads the workspace's settings again when they are written.
    const Result<QList<Review>> reviews = ReviewRepository(mine->workspace()).all();
    QVERIFY2(reviews && !reviews->isEmpty(), qPrintable(reviews.message()));
    const Result<ReviewDocument *> document = mine->openDocument(reviews->first().uuid);
    QVERIFY2(document, qPrintable(document.message()));
    // Applied without a change, nothing of the workspace's changes (the time zone among them, whatever
    // name this computer gives its own zone).
    const QByteArray zoneBefore = configOf(theirs.get()).timeZone.id();
    QVERIFY(!zoneBefore.isEmpty());
    {
        QSignalSpy unchanged(*document, &ReviewDocument::configChanged);
        PreferencesDialog untouched(mine.get());
        QVERIFY(untouched.apply());
        QCOMPARE(unchanged.count(), 0);
    }
    QCOMPARE(configOf(theirs.get()).timeZone.id(), zoneBefore);
    PreferencesDialog dialog(mine.get());
    QSignalSpy changed(*document, &ReviewDocument::configChanged);
    dialog.timeZoneBox()->setCurrentIndex(dialog.timeZoneBox()->findData(u"Asia/Tokyo"_s));
    QTableWidget *levels = dialog.severityTable();
    const int before = levels->rowCount();
    levels->item(0, 1)->setText(u"Critical"_s);
    levels->insertRow(before);
    levels->setItem(before, 0, new QTableWidgetItem(u"sev9"_s));
    levels->setItem(before, 1, new QTableWidgetItem(u"Cosmetic"_s));
    levels->setItem(before, 2, new QTableWidgetItem(u"Nobody is hurt by it"_s));
    dialog.matrixCell(1, 5)->setCurrentIndex(int(RiskLevel::VeryHigh));
    dialog.ticketTemplateEdit()->setText(u"https://jira.example/browse/{key}"_s);
    QTableWidget *known = dialog.knownTechnologyEditor()->table();
    known->insertRow(0);
    known->setItem(0, PreferencesDialog::KnownNameColumn, new QTableWidgetItem(u"PostgreSQL"_s));
    known->setItem(0, PreferencesDialog::KnownRingColumn, new QTableWidgetItem(u"trial"_s));
    QVERIFY2(dialog.apply(), qPrintable(dialog.lastError()));
    QCOMPARE(changed.count(), 1);

    // The open review uses them at once.
    QCOMPARE((*document)->config().timeZone.id(), QByteArray("Asia/Tokyo"));
    QCOMPARE((*document)->config().ticketUrlTemplate, u"https://jira.example/browse/{key}"_s);

    const WorkspaceConfig seen = configOf(theirs.get());
    QCOMPARE(seen.timeZone.id(), QByteArray("Asia/Tokyo"));
    QCOMPARE(seen.severityLevels.size(), before + 1);
    QCOMPARE(seen.severityLevels.first().name, u"Critical"_s);
    QCOMPARE(seen.severityLevels.last().description, u"Nobody is hurt by it"_s);
    QCOMPARE(seen.riskMatrix.level(1, 5), RiskLevel::VeryHigh);
    QCOMPARE(seen.ticketUrlTemplate, u"https://jira.example/browse/{key}"_s);
    const auto knownNames = [&theirs] {
        const Result<QStringList> names = KnownTechnologyRepository(theirs.get()).names();
        if (!names)
            qWarning("cannot read the known technologies: %s", qPrintable(names.message()));
        return names.valueOr({u"(unreadable)"_s});
    };
    QVERIFY(knownNames().contains(u"PostgreSQL"_s));

    // Removing a known technology removes it for everyone.
    PreferencesDialog again(mine.get());
    QCOMPARE(again.timeZoneBox()->currentData().toString(), u"Asia/Tokyo"_s);
    QTableWidget *knownAgain = again.knownTechnologyEditor()->table();
    const QList<QTableWidgetItem *> postgres = knownAgain->findItems(u"PostgreSQL"_s, Qt::MatchExactly);
    QCOMPARE(postgres.size(), 1);
    QCOMPARE(
        knownAgain->item(postgres.first()->row(), PreferencesDialog::KnownRingColumn)->text(), u"trial"_s);
    knownAgain->removeRow(postgres.first()->row());
    QVERIFY(again.apply());
    const QStringList after = knownNames();
    QVERIFY(!after.contains(u"(unreadable)"_s));
    QVERIFY(!after.contains(u"PostgreSQL"_s));
}

void TestPreferences::refusedValuesWriteNothing()
{
    auto session = openSession();
    QVERIFY(session);
    const QByteArray zoneBefore = configOf(session->workspace()).timeZone.id();
    QVERIFY(!zoneBefore.isEmpty());
    PreferencesDialog dialog(session.get());
    dialog.timeZoneBox()->setCurrentIndex(dialog.timeZoneBox()->findData(u"America/Sao_Paulo"_s));
    dialog.ticketTemplateEdit()->setText(u"https://jira.example/browse/"_s); // no {key}
    QVERIFY(!dialog.apply());
    QVERIFY2(dialog.lastError().contains(u"{key}"_s), qPrintable(dialog.lastError()));
    QCOMPARE(configOf(session->workspace()).timeZone.id(), zoneBefore);

    dialog.ticketTemplateEdit()->setText(u"https://jira.example/browse/{key}"_s);
    dialog.severityTable()->item(0, 1)->setText(QString());
    QVERIFY(!dialog.apply());
    QVERIFY2(dialog.lastError().contains(u"name"_s), qPrintable(dialog.lastError()));
    QCOMPARE(configOf(session->workspace()).timeZone.id(), zoneBefore);
}

void TestPreferences::readOnlyWorkspace()
{
    Workspace::Options options;
    options.readOnly = true;
    auto session = openSession(options);
    QVERIFY(session);
    QVERIFY(session->isReadOnly());
    PreferencesDialog dialog(session.get());
    QVERIFY(!dialog.timeZoneBox()->isEnabled());
    QVERIFY(!dialog.ticketTemplateEdit()->isEnabled());
    QVERIFY(dialog.authorEdit()->isEnabled()); // one's own settings still can change
    dialog.authorEdit()->setText(u"Reader"_s);
    QVERIFY(dialog.apply());
}

void TestPreferences::darkAppearance()
{
    auto session = openSession();
    QVERIFY(session);
    PreferencesDialog dialog(session.get());
    dialog.appearanceBox()->setCurrentIndex(dialog.appearanceBox()->findData(u"dark"_s));
    QVERIFY(dialog.apply());
    QCOMPARE(Appearance::stored(), u"dark"_s);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
    dialog.appearanceBox()->setCurrentIndex(dialog.appearanceBox()->findData(u"light"_s));
    QVERIFY(dialog.apply());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
    dialog.appearanceBox()->setCurrentIndex(dialog.appearanceBox()->findData(u"system"_s));
    QVERIFY(dialog.apply());
    QCOMPARE(Appearance::stored(), u"system"_s);
}

void TestPreferences::inTheEditMenu()
{
    MainWindow window;
    const Result<> opened = window.openWorkspace(m_path);
    QVERIFY2(opened, qPrintable(opened.message()));
    QAction *found = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text() != u"&Edit"_s)
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == u"&Preferences…"_s)
                found = action;
        }
    }
    QVERIFY(found);
    QCOMPARE(found->shortcut(), QKeySequence(QKeySequence::Preferences));
    QCOMPARE(found->menuRole(), QAction::PreferencesRole);
}

// Another language chosen, the Workspace tab looked at, Apply: the dialog itself speaks the new
// language at once and stays where the person was, with what they typed.
void TestPreferences::speaksTheNewLanguageOnItsTab()
{
    auto session = openSession();
    QVERIFY(session);
    PreferencesDialog dialog(session.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.languageBox()->setFocus();
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"de"_s));
    QTabBar *bar = dialog.tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
    QCOMPARE(dialog.tabs()->currentIndex(), 1);
    dialog.ticketTemplateEdit()->setText(u"https://tracker.example/browse/{key}"_s);
    QCOMPARE(dialog.windowTitle(), u"Preferences"_s);

    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Apply), Qt::LeftButton);
    QCOMPARE(PreferencesDialog::language(), u"de"_s);
    const auto german = [](const char *text) {
        return QCoreApplication::translate("Inflection::PreferencesDialog", text);
    };
    QVERIFY(german("Preferences") != u"Preferences"_s); // the German translation is loaded
    QTRY_COMPARE(dialog.windowTitle(), german("Preferences"));
    QCOMPARE(dialog.tabs()->tabText(0), german("&You"));
    QCOMPARE(dialog.tabs()->tabText(1), german("&Workspace"));
    QStringList labels;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        labels.append(label->text());
    QVERIFY2(labels.contains(german("Time &zone:")), qPrintable(labels.join(u" | "_s)));
    QVERIFY(!labels.contains(u"Time &zone:"_s));
    QCOMPARE(dialog.languageBox()->itemText(0), german("As the system is set"));
    QCOMPARE(dialog.tabs()->currentIndex(), 1);
    QCOMPARE(dialog.ticketTemplateEdit()->text(), u"https://tracker.example/browse/{key}"_s);
    QCOMPARE(dialog.languageBox()->currentData().toString(), u"de"_s);
    // The severity table's headers are whole in German ("Schlüssel", not "Schlüs").
    QApplication::processEvents();
    QHeaderView *header = dialog.severityTable()->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        const QString text = dialog.severityTable()->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
            qPrintable(u"“%1”: %2 px of %3"_s.arg(text)
                           .arg(header->sectionSize(column))
                           .arg(header->sectionSizeHint(column))));
    }

    // And back.
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"en"_s));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Apply), Qt::LeftButton);
    QTRY_COMPARE(dialog.windowTitle(), u"Preferences"_s);
    QCOMPARE(dialog.tabs()->tabText(1), u"&Workspace"_s);
    QCOMPARE(dialog.tabs()->currentIndex(), 1);
}

void TestPreferences::showWorkspaceTab(PreferencesDialog &dialog)
{
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTabBar *bar = dialog.tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
    QCOMPARE(dialog.tabs()->currentIndex(), 1);
}

bool TestPreferences::clickCategory(PreferencesDialog &dialog, const QString &name)
{
    QTableWidget *table = dialog.factorCategoryEditor()->table();
    const QList<QTableWidgetItem *> found = table->findItems(name, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    table->scrollToItem(found.first());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(found.first()).center());
    return table->currentItem() == found.first();
}

// A category added (its key made from its name), one renamed (its key kept), one removed and one moved,
// with the mouse and the keyboard; OK stores exactly that in the workspace.
void TestPreferences::factorCategoriesEditedByHand()
{
    auto session = openSession();
    QVERIFY(session);
    const QList<FactorCategory> before = configOf(session->workspace()).factorCategories;
    QCOMPARE(before, defaultFactorCategories());
    PreferencesDialog dialog(session.get());
    showWorkspaceTab(dialog);
    RowListEditor *editor = dialog.factorCategoryEditor();
    QTableWidget *table = editor->table();
    QCOMPARE(table->rowCount(), int(before.size()));

    // Add: the button, then the name typed into the new row.
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    QTRY_VERIFY(editing(table));
    QTest::keyClicks(QApplication::focusWidget(), u"Alerting noise"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(table->rowCount(), int(before.size()) + 1);
    QTRY_COMPARE(table->item(before.size(), 0)->text(), u"Alerting noise"_s); // stored once the editor closes
    QCOMPARE(table->currentRow(), int(before.size()));
    // Up one, above the last of the defaults.
    QTRY_VERIFY(QApplication::focusWidget() == table);
    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(table->item(before.size() - 1, 0)->text(), u"Alerting noise"_s);
    QCOMPARE(table->currentRow(), int(before.size()) - 1);

    // Rename: F2 on the row, the old name replaced.
    QVERIFY(clickCategory(dialog, before.at(1).name));
    QTest::keyClick(table, Qt::Key_F2);
    QTRY_VERIFY(editing(table));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), u"Capacity and load"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(table->item(1, 0)->text(), u"Capacity and load"_s);

    // Remove: Delete on the row (no factor is filed under it, so nothing is said).
    const FactorCategory &removed = before.at(before.size() - 2);
    QVERIFY(clickCategory(dialog, removed.name));
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(table->findItems(removed.name, Qt::MatchExactly).isEmpty());
    QVERIFY(!dialog.messageBanner()->isVisible());

    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QList<FactorCategory> expected = before;
    expected[1].name = u"Capacity and load"_s;
    expected.removeAt(before.size() - 2);
    expected.insert(expected.size() - 1, {u"alerting-noise"_s, u"Alerting noise"_s});
    auto opened = Workspace::open(m_path); // as someone else on the workspace reads it
    QVERIFY2(opened, qPrintable(opened.message()));
    std::unique_ptr<Workspace> theirs = std::move(opened).value();
    QCOMPARE(configOf(theirs.get()).factorCategories, expected);
    QCOMPARE(expected.at(1).key, before.at(1).key);

    // Shown again as stored; renamed once more, the new one keeps the key it was stored with.
    PreferencesDialog again(session.get());
    QTableWidget *shown = again.factorCategoryEditor()->table();
    QCOMPARE(shown->rowCount(), int(expected.size()));
    QCOMPARE(shown->item(expected.size() - 2, 0)->data(Qt::UserRole).toString(), u"alerting-noise"_s);
    shown->item(expected.size() - 2, 0)->setText(u"Noisy alerts"_s);
    QVERIFY2(again.apply(), qPrintable(again.lastError()));
    QCOMPARE(configOf(theirs.get()).factorCategories.at(expected.size() - 2),
        (FactorCategory {u"alerting-noise"_s, u"Noisy alerts"_s}));

    // A category without a name is refused as a severity level without one is, and nothing is lost.
    shown->item(0, 0)->setText(QString());
    QVERIFY(!again.apply());
    QVERIFY2(again.lastError().contains(u"name"_s), qPrintable(again.lastError()));
    QCOMPARE(shown->rowCount(), int(expected.size()));
    QCOMPARE(configOf(theirs.get()).factorCategories.at(0), expected.at(0));
}

void TestPreferences::factorCategoriesOfAReadOnlyWorkspace()
{
    Workspace::Options options;
    options.readOnly = true;
    auto session = openSession(options);
    QVERIFY(session);
    QVERIFY(session->isReadOnly());
    PreferencesDialog dialog(session.get());
    showWorkspaceTab(dialog);
    RowListEditor *editor = dialog.factorCategoryEditor();
    QCOMPARE(editor->table()->rowCount(), int(defaultFactorCategories().size())); // shown
    QVERIFY(!editor->table()->isEnabled());
    QVERIFY(!editor->addButton()->isEnabled());
    QVERIFY(!editor->removeButton()->isEnabled());
    QVERIFY(!editor->moveUpButton()->isEnabled());
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    QCOMPARE(editor->table()->rowCount(), int(defaultFactorCategories().size()));
}

// Removing a category that factors are filed under is allowed, and says how many; Put It Back undoes it.
void TestPreferences::removingAUsedCategorySaysHowMany()
{
    auto session = openSession();
    QVERIFY(session);
    const auto review = ReviewRepository(session->workspace()).create(ReviewKind::Postmortem, u"Outage"_s);
    QVERIFY2(review, qPrintable(review.message()));
    const QStringList positions = FractionalKey::sequence(3);
    for (int i = 0; i < 3; ++i) {
        ContributingFactor factor;
        factor.reviewId = review->id;
        factor.text = u"Factor %1"_s.arg(i);
        factor.category = u"capacity"_s;
        factor.position = positions.at(i);
        const auto stored = ContributingFactorRepository(session->workspace()).insert(factor);
        QVERIFY2(stored, qPrintable(stored.message()));
    }
    const QString capacity = factorCategoryName(defaultFactorCategories(), u"capacity"_s);
    PreferencesDialog dialog(session.get());
    showWorkspaceTab(dialog);
    RowListEditor *editor = dialog.factorCategoryEditor();
    QTableWidget *table = editor->table();
    const int rows = table->rowCount();

    QVERIFY(clickCategory(dialog, capacity));
    QTest::mouseClick(editor->removeButton(), Qt::LeftButton);
    QCOMPARE(table->rowCount(), rows - 1);
    MessageBanner *banner = dialog.messageBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"3 contributing factor"_s), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(capacity), qPrintable(banner->text()));

    // Put back where it was.
    QCOMPARE(banner->buttons().size(), qsizetype(1));
    QTRY_VERIFY(banner->buttons().first()->isVisible());
    QTest::mouseClick(banner->buttons().first(), Qt::LeftButton);
    QCOMPARE(table->rowCount(), rows);
    QCOMPARE(table->item(1, 0)->text(), capacity);
    QCOMPARE(table->item(1, 0)->data(Qt::UserRole).toString(), u"capacity"_s);
    QVERIFY(!banner->isVisible());

    // Removed for good: the factors keep their category's key.
    QVERIFY(clickCategory(dialog, capacity));
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(banner->isVisible());
    QVERIFY2(dialog.apply(), qPrintable(dialog.lastError()));
    const WorkspaceConfig stored = configOf(session->workspace());
    QCOMPARE(int(stored.factorCategories.size()), rows - 1);
    QCOMPARE(factorCategoryName(stored.factorCategories, u"capacity"_s), u"capacity"_s);
    const auto counts = session->factorCountsByCategory();
    QVERIFY2(counts, qPrintable(counts.message()));
    QCOMPARE(counts->value(u"capacity"_s), 3);
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
