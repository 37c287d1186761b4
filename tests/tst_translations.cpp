// Translations: each .ts file complete and in step with the sources, the language switched while the
// app runs (the menus and the open pages follow), dates in the language's format, plurals in English,
// and the demo workspace sound in every language.
#include "decisionrecordimportdialog.h"
#include "domain/datetimeformat.h"
#include "domain/proposal.h"
#include "io/demoworkspace.h"
#include "language.h"
#include "mainwindow.h"
#include "postmortemview.h"
#include "preferencesdialog.h"
#include "reviewpage.h"
#include "store/changelogrepository.h"
#include "store/commentrepository.h"
#include "store/proposalrepository.h"
#include "store/reviewrepository.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "timelineimportdialog.h"
#include "workspace/workspacesession.h"

#include <functional>

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString translationType; // "", "unfinished", "obsolete", "vanished"
    QStringList forms;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            current = TsMessage();
            current.context = context;
            current.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
        } else if (name == u"source"_s) {
            current.source = xml.readElementText();
        } else if (name == u"translation"_s) {
            current.translationType = xml.attributes().value(u"type"_s).toString();
            if (!current.numerus) {
                current.forms = {xml.readElementText()};
                messages.append(current);
            }
        }
        if (xml.hasError())
            break;
    }
    // Plural messages (their forms are child elements) in a second pass.
    file.seek(0);
    QXmlStreamReader again(&file);
    TsMessage numerus;
    bool inNumerus = false;
    while (!again.atEnd()) {
        again.readNext();
        if (again.isStartElement() && again.name() == u"name"_s) {
            context = again.readElementText();
        } else if (again.isStartElement() && again.name() == u"message"_s) {
            inNumerus = again.attributes().value(u"numerus"_s) == u"yes"_s;
            numerus = TsMessage();
            numerus.context = context;
            numerus.numerus = true;
        } else if (inNumerus && again.isStartElement() && again.name() == u"source"_s) {
            numerus.source = again.readElementText();
        } else if (inNumerus && again.isStartElement() && again.name() == u"translation"_s) {
            numerus.translationType = again.attributes().value(u"type"_s).toString();
        } else if (inNumerus && again.isStartElement() && again.name() == u"numerusform"_s) {
            numerus.forms.append(again.readElementText());
        } else if (inNumerus && again.isEndElement() && again.name() == u"message"_s) {
            messages.append(numerus);
            inNumerus = false;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression pattern(u"%(n|\\d)"_s);
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

QString source(const QString &relative)
{
    return QStringLiteral(INFLECTION_SOURCE_DIR "/") + relative;
}

QString lupdate()
{
    return QLibraryInfo::path(QLibraryInfo::BinariesPath) + u"/lupdate"_s;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void tsFileComplete_data();
    void tsFileComplete();
    void tsFileFollowsTheSources_data();
    void tsFileFollowsTheSources();
    void switchingTheLanguageChangesTheWindow();
    void noMenuHasTwoItemsOnOneLetter_data();
    void noMenuHasTwoItemsOnOneLetter();
    void noDialogHasTwoThingsOnOneLetter_data();
    void noDialogHasTwoThingsOnOneLetter();
    void datesAndPluralsFollowTheLanguage();
    void historyNamesRecordsInTheLanguage();
    void demoWorkspaceInEachLanguage_data();
    void demoWorkspaceInEachLanguage();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestTranslations::cleanup()
{
    Language::apply(u"en"_s);
}

void TestTranslations::tsFileComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("forms"); // plural forms of the language
    QTest::newRow("de") << u"translations/inflection_de.ts"_s << 2;
    QTest::newRow("ru") << u"translations/inflection_ru.ts"_s << 3;
    QTest::newRow("en (plurals)") << u"translations/inflection_en.ts"_s << 2;
}

// Every text translated: nothing unfinished, nothing obsolete, each plural in all the language's forms,
// and the same %1, %2, %n in the translation as in the source.
void TestTranslations::tsFileComplete()
{
    QFETCH(QString, file);
    QFETCH(int, forms);
    QString error;
    const QList<TsMessage> messages = readTs(source(file), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const TsMessage &m : messages) {
        const QString where = m.context + u": "_s + m.source.left(60);
        if (!m.translationType.isEmpty())
            problems += m.translationType + u" — "_s + where;
        if (m.numerus && m.forms.size() != forms)
            problems += u"%1 plural forms instead of %2 — "_s.arg(m.forms.size()).arg(forms) + where;
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty())
                problems += u"empty — "_s + where;
            else if (placeholders(form) != placeholders(m.source))
                problems += u"placeholders differ — "_s + where;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
    qInfo("%s: %lld texts, all translated", qPrintable(file), qint64(messages.size()));
}

void TestTranslations::tsFileFollowsTheSources_data()
{
    tsFileComplete_data();
}

// The .ts file has every text the sources have now: lupdate run over the sources finds nothing new
// (nothing unfinished) and nothing gone (as many texts as before).
void TestTranslations::tsFileFollowsTheSources()
{
    QFETCH(QString, file);
    if (!QFile::exists(lupdate()))
        QSKIP("lupdate is not installed (qt6-l10n-tools)");
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(file).fileName());
    QVERIFY(QFile::copy(source(file), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QStringList arguments {u"-silent"_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-source-language"_s,
        u"en"_s, source(u"app"_s), source(u"models"_s), source(u"views"_s), u"-ts"_s, copy};
    if (file.endsWith(u"_en.ts"_s))
        arguments.prepend(u"-pluralonly"_s);
    QString out;
    QString err;
    QCOMPARE(TestSupport::run(lupdate(), arguments, &out, &err), 0);
    QString error;
    const QList<TsMessage> before = readTs(source(file), &error);
    const QList<TsMessage> after = readTs(copy, &error);
    QStringList missing;
    for (const TsMessage &m : after) {
        if (!m.translationType.isEmpty())
            missing += m.context + u": "_s + m.source.left(70);
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(u"\nTexts in the sources without a translation (run scripts/update-translations and "
                   u"translate them):\n"_s
            + missing.join(u'\n')));
    QCOMPARE(after.size(), before.size());
}

// The language changes while the window is open: the menus, the browser and an open review page follow.
void TestTranslations::switchingTheLanguageChangesTheWindow()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.inflection"_s);
    {
        auto ws = Workspace::open(path);
        QVERIFY2(ws, qPrintable(ws.message()));
        const Result<> populated = DemoWorkspace::populate(ws->get());
        QVERIFY2(populated, qPrintable(populated.message()));
    }
    Language::apply(u"en"_s);
    MainWindow window;
    const Result<> opened = window.openWorkspace(path);
    QVERIFY2(opened, qPrintable(opened.message()));
    window.show();
    QString postmortem;
    for (const Review &r : ReviewRepository(window.session()->workspace()).all().valueOr({})) {
        if (r.kind == ReviewKind::Postmortem)
            postmortem = r.uuid;
    }
    QVERIFY(window.openReview(postmortem));
    const auto firstMenu = [&window] {
        return window.menuBar()->actions().value(0)->text();
    };
    const auto pageTabs = [&window, &postmortem] {
        auto *view = qobject_cast<PostmortemView *>(window.page(postmortem)->content());
        return view->tabs()->tabText(1);
    };
    QCOMPARE(firstMenu(), u"&File"_s);
    QCOMPARE(pageTabs(), u"Time&line"_s);

    QCOMPARE(Language::apply(u"de"_s), u"de"_s);
    QTRY_COMPARE(firstMenu(), u"&Datei"_s);
    QCOMPARE(pageTabs(), u"&Zeitleiste"_s);
    QCOMPARE(window.currentReviewUuid(), postmortem); // the page is open again where it was

    QCOMPARE(Language::apply(u"ru"_s), u"ru"_s);
    QTRY_COMPARE(firstMenu(), u"&Файл"_s);
    QCOMPARE(pageTabs(), u"&Хронология"_s);

    Language::apply(u"en"_s);
    QTRY_COMPARE(firstMenu(), u"&File"_s);
    QCOMPARE(pageTabs(), u"Time&line"_s);
}

void TestTranslations::noMenuHasTwoItemsOnOneLetter_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : {u"en"_s, u"de"_s, u"ru"_s})
        QTest::newRow(qPrintable(language)) << language;
}

// In each menu (File, Edit, …, and their submenus), in each language, every underlined letter leads to
// one item: with two, Alt+F then the letter stops at the first and asks for the letter again.
void TestTranslations::noMenuHasTwoItemsOnOneLetter()
{
    QFETCH(QString, language);
    QCOMPARE(Language::apply(language), language);
    MainWindow window;
    window.show();
    QStringList clashes;
    std::function<void(QMenu *)> check = [&](QMenu *menu) {
        QHash<QChar, QString> seen;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QString text = action->text();
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text.at(i) != u'&')
                    continue;
                if (text.at(i + 1) == u'&') {
                    ++i;
                    continue;
                }
                const QChar key = text.at(i + 1).toLower();
                if (seen.contains(key))
                    clashes
                        += u"%1: Alt+%2 is “%3” and “%4”"_s.arg(menu->title(), key, seen.value(key), text);
                seen.insert(key, text);
                break;
            }
            if (action->menu())
                check(action->menu());
        }
    };
    for (QAction *top : window.menuBar()->actions()) {
        if (top->menu())
            check(top->menu());
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(u"\n"_s + clashes.join(u'\n')));
}

void TestTranslations::noDialogHasTwoThingsOnOneLetter_data()
{
    noMenuHasTwoItemsOnOneLetter_data();
}

// The dialogs with the most fields (a timeline's import, decision records' import, Preferences, each of
// its tabs), in each language: every Alt+letter leads to one place.
void TestTranslations::noDialogHasTwoThingsOnOneLetter()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.inflection"_s);
    {
        auto ws = Workspace::open(path);
        QVERIFY2(ws, qPrintable(ws.message()));
        QVERIFY(DemoWorkspace::populate(ws->get()));
    }
    QCOMPARE(Language::apply(language), language);
    MainWindow window;
    QVERIFY(window.openWorkspace(path));
    window.show();
    QStringList clashes;
    const auto check = [&clashes](QWidget *dialog, const QString &where) {
        QCoreApplication::processEvents();
        const QMultiMap<QChar, QString> found = TestSupport::mnemonics(dialog);
        for (const QChar key : found.uniqueKeys()) {
            if (found.count(key) > 1)
                clashes += u"%1: Alt+%2: %3"_s.arg(where, key, found.values(key).join(u" | "_s));
        }
    };
    QString postmortem;
    for (const Review &r : ReviewRepository(window.session()->workspace()).all().valueOr({})) {
        if (r.kind == ReviewKind::Postmortem)
            postmortem = r.uuid;
    }
    QVERIFY(window.openReview(postmortem));
    auto *view = qobject_cast<PostmortemView *>(window.page(postmortem)->content());
    QPointer<TimelineImportDialog> timeline = view->openImportDialog();
    check(timeline, u"Import into the Timeline"_s);
    timeline->reject();
    DecisionRecordImportDialog records(window.session(), &window);
    records.show();
    check(&records, u"Import Decision Records"_s);
    records.reject();
    PreferencesDialog preferences(window.session(), &window);
    preferences.show();
    auto *tabs = preferences.findChild<QTabWidget *>();
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        check(&preferences, u"Preferences, "_s + tabs->tabText(i));
    }
    preferences.reject();
    QVERIFY2(clashes.isEmpty(), qPrintable(u"\n"_s + clashes.join(u'\n')));
}

void TestTranslations::datesAndPluralsFollowTheLanguage()
{
    const QDate date(2026, 3, 3);
    Language::apply(u"de"_s);
    QCOMPARE(QLocale().toString(date, QLocale::ShortFormat), u"03.03.26"_s);
    // The app's one date format: the language's, with the whole year.
    QCOMPARE(DateTimeFormat::date(date), u"03.03.2026"_s);
    QCOMPARE(DateTimeFormat::dateTime(QDateTime(date, QTime(14, 5, 9)), DateTimeFormat::Precision::Seconds),
        u"03.03.2026 14:05:09"_s);
    QCOMPARE(QLocale().toString(1234567), u"1.234.567"_s);
    Language::apply(u"ru"_s);
    QCOMPARE(QLocale().toString(date, QLocale::ShortFormat), u"03.03.2026"_s);
    QCOMPARE(DateTimeFormat::date(date), u"03.03.2026"_s);
    QCOMPARE(QCoreApplication::translate("Inflection::TextChange", "%n lines now", nullptr, 2),
        u"теперь 2 строки"_s);
    QCOMPARE(QCoreApplication::translate("Inflection::TextChange", "%n lines now", nullptr, 5),
        u"теперь 5 строк"_s);
    Language::apply(u"en"_s);
    QCOMPARE(
        QCoreApplication::translate("Inflection::TextChange", "%n lines now", nullptr, 1), u"1 line now"_s);
    QCOMPARE(
        DateTimeFormat::dateTime(QDateTime(date, QTime(15, 0))), u"2026-03-03 15:00"_s); // not 3/3/26 3:00 PM
    QCOMPARE(
        QCoreApplication::translate("Inflection::TextChange", "%n lines now", nullptr, 3), u"3 lines now"_s);
}

// The browser's "Last change" and a review's history name what was added or deleted in the interface's
// language ("добавил(а) участника", not "добавил(а) attendee").
void TestTranslations::historyNamesRecordsInTheLanguage()
{
    Language::apply(u"ru"_s);
    for (const QString &record : {u"attendee"_s, u"contingency"_s, u"timeline_event"_s, u"remediation"_s,
             u"departure"_s, u"comment"_s, u"question"_s, u"parking_lot"_s, u"checklist_answer"_s,
             u"contributing_factor"_s, u"incident_link"_s, u"lint_dismissal"_s, u"incident"_s, u"launch"_s,
             u"proposal"_s, u"attendee.role"_s, u"contingency.impact"_s}) {
        const QString name = ChangeLogRepository::fieldDisplayName(record);
        bool latin = false;
        for (const QChar c : name)
            latin = latin || (c.isLetter() && c.unicode() < 0x80);
        QVERIFY2(!latin, qPrintable(record + u" is shown as "_s + name));
    }
    Language::apply(u"en"_s);
    QCOMPARE(ChangeLogRepository::fieldDisplayName(u"timeline_event"_s), u"timeline event"_s);
    QCOMPARE(ChangeLogRepository::fieldDisplayName(u"contingency.impact"_s), u"contingency: Impact"_s);
}

void TestTranslations::demoWorkspaceInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("de") << u"de"_s;
    QTest::newRow("ru") << u"ru"_s;
}

// The demo is written in the interface's language: its comment threads still quote the proposal's own
// words (all but the one whose text is gone on purpose).
void TestTranslations::demoWorkspaceInEachLanguage()
{
    QFETCH(QString, language);
    Language::apply(language);
    QTemporaryDir dir;
    auto opened = Workspace::open(dir.filePath(u"demo.inflection"_s));
    QVERIFY2(opened, qPrintable(opened.message()));
    Workspace *ws = opened->get();
    const Result<> populated = DemoWorkspace::populate(ws);
    QVERIFY2(populated, qPrintable(populated.message()));
    qint64 architecture = 0;
    for (const Review &r : ReviewRepository(ws).all().valueOr({})) {
        if (r.kind == ReviewKind::Architecture) {
            architecture = r.id; // the worked example comes first
            break;
        }
    }
    const Result<Proposal> proposal = ProposalRepository(ws).ofReview(architecture);
    QVERIFY2(proposal, qPrintable(proposal.message()));
    const QString body = proposal->body;
    const Result<QList<Comment>> comments = CommentRepository(ws).forReview(architecture);
    QVERIFY2(comments, qPrintable(comments.message()));
    int anchored = 0;
    int gone = 0;
    for (const Comment &c : *comments) {
        if (!c.parentUuid.isEmpty())
            continue;
        if (body.mid(c.anchor.start, c.anchor.end - c.anchor.start) == c.anchor.exact
            && !c.anchor.exact.isEmpty())
            ++anchored;
        else
            ++gone;
    }
    QCOMPARE(anchored, 3);
    QCOMPARE(gone, 1);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
