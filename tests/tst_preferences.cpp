// Edit ▸ Preferences: personal settings in QSettings, the workspace's in the workspace (seen by everyone
// on it), refusals that write nothing, the dark appearance applied at once.
#include "appearance.h"
#include "domain/riskmatrix.h"
#include "language.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "review/reviewdocument.h"
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
#include <QListWidget>
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

private:
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
    dialog.knownTechnologyList()->addItem(u"PostgreSQL"_s);
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
    delete again.knownTechnologyList()->findItems(u"PostgreSQL"_s, Qt::MatchExactly).value(0);
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

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
