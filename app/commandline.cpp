// Command-line subcommands, each parsed by its own QCommandLineParser; errors go to stderr with a
// non-zero exit status.
#include "commandline.h"

#include "domain/contingencyitem.h"
#include "domain/displaytext.h"
#include "domain/timestamp.h"
#include "io/csvtimelineparser.h"
#include "io/decisionrecordcollection.h"
#include "io/decisionrecordimporter.h"
#include "io/decisionrecordwriter.h"
#include "io/demoworkspace.h"
#include "io/exportformat.h"
#include "io/outputfile.h"
#include "io/reviewexporter.h"
#include "io/reviewimporter.h"
#include "io/slacktimelineparser.h"
#include "io/techradarfile.h"
#include "io/timelineimporter.h"
#include "io/workspacesalvage.h"
#include "lint/blamelesscoach.h"
#include "report/learningreport.h"
#include "report/reportprinter.h"
#include "report/reviewreport.h"
#include "store/insightsrepository.h"
#include "store/migrator.h"
#include "store/reviewrepository.h"
#include "store/searchindex.h"
#include "store/serverlogin.h"
#include "store/serverroles.h"
#include "store/sqlitesupport.h"
#include "store/workspace.h"
#include "store/workspacecopier.h"
#include "store/workspacelocation.h"
#include "store/workspacesettings.h"
#include "workspace/insights.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlDatabase>
#include <QStringDecoder>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

struct CommandLine::Subcommand
{
    const char *name;
    const char *synopsis; // the arguments after the name (translated)
    const char *description; // one line (translated)
    const char *details; // for its help, or null (translated)
    QList<QCommandLineOption> (*options)(); // null: none but --help
    int (CommandLine::*handler)(const QStringList &args, const QCommandLineParser &parser);
    bool needsGui; // lays text out in fonts
};

namespace {

// A field of a ~/.pgpass line: libpq reads a colon or a backslash in it escaped with a backslash.
QString pgpassField(const QString &value)
{
    return QString(value).replace(u'\\', u"\\\\"_s).replace(u':', u"\\:"_s);
}

// How to give the password of a server that asks for one, where a command cannot ask: libpq's own files,
// with a line for this server to start from. Never the password in the address without its cost.
QString passwordAdvice(const WorkspaceLocation &location)
{
    const auto value = [&location](const QString &keyword, const QString &otherwise) {
        const QString given = location.parameter(keyword);
        return given.isEmpty() ? otherwise : given;
    };
    const QString osUser = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const QString line = QStringList {pgpassField(value(u"host"_s, u"localhost"_s)),
        pgpassField(value(u"port"_s, u"*"_s)), pgpassField(value(u"dbname"_s, u"*"_s)),
        pgpassField(value(u"user"_s, osUser.isEmpty() ? u"*"_s : osUser)), u"PASSWORD"_s}
                             .join(u':');
    //: %1 a line for this server in the format host:port:database:user:password
    return QCoreApplication::translate("Inflection::CommandLine",
        "The server asks for a password, and a command does not ask for one. Give it to libpq in one of "
        "these ways:\n"
        "  - a line in ~/.pgpass, a file only you may read (chmod 0600 ~/.pgpass), in the form\n"
        "    host:port:database:user:password\n"
        "    for this server (* matches anything):\n"
        "    %1\n"
        "  - the same line in another file, named by the environment variable PGPASSFILE;\n"
        "  - a service in ~/.pg_service.conf (or the file PGSERVICEFILE names), with password=… among its "
        "lines and the file only you may read, given as service=NAME.\n"
        "A password written into the postgresql:// address works too, but then it shows in the process "
        "list and in the shell's history.")
        .arg(line);
}

// Opens a subcommand's workspace: the one place every subcommand opens one. A server that asks for a
// password libpq has nowhere gets, after libpq's own error, how to give it one.
Result<std::unique_ptr<Workspace>> openWorkspace(
    const WorkspaceLocation &location, const Workspace::Options &options = Workspace::Options())
{
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(location, options);
    if (opened || !location.isServer() || !location.parameter(u"password"_s).isEmpty())
        return opened;
    // Asked only when opening failed: a refused password and an unreachable host are not this.
    const Result<ServerLogin::Answer> answer = ServerLogin::probe(location);
    if (!answer || *answer != ServerLogin::Answer::NeedsPassword)
        return opened;
    return Result<std::unique_ptr<Workspace>>::failure(
        opened.error(), opened.message() + u'\n' + passwordAdvice(location));
}

Result<std::unique_ptr<Workspace>> openWorkspace(
    const QString &path, const Workspace::Options &options = Workspace::Options())
{
    const Result<WorkspaceLocation> location = WorkspaceLocation::parse(path);
    if (!location)
        return Result<std::unique_ptr<Workspace>>::errorOf(location);
    return openWorkspace(*location, options);
}

QString translated(const char *text)
{
    return QCoreApplication::translate("Inflection::CommandLine", text);
}

// Qt's own help option adds --help-all, which would list Qt's options; here there are none to list.
QCommandLineOption helpOption()
{
    return QCommandLineOption(
        {u"h"_s, u"help"_s}, QCoreApplication::translate("Inflection::CommandLine", "Displays this help."));
}

QCommandLineOption hidden(const QString &name, const QString &valueName = QString())
{
    QCommandLineOption option(name, QString(), valueName);
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

// The parser of the arguments that are not a subcommand: the window's, --help and --version.
void describeTopLevel(QCommandLineParser *parser)
{
    // -platform, -style …: words, as Qt writes them.
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser->setApplicationDescription(QCoreApplication::translate(
        "Inflection::CommandLine", "Architecture reviews, operability reviews and blameless postmortems."));
    parser->addOption(helpOption());
    parser->addVersionOption();
    const QString workspace = QCoreApplication::translate("Inflection::CommandLine", "WORKSPACE");
    parser->addPositionalArgument(workspace,
        QCoreApplication::translate("Inflection::CommandLine",
            "The workspace file to open in the window (default: the local workspace)."),
        u'[' + workspace + u']');
    // The window's options for scripts (benchmarks, screenshots).
    parser->addOptions({hidden(u"language"_s, u"en|de|ru"_s), hidden(u"appearance"_s, u"system|light|dark"_s),
        hidden(u"quit-after-startup"_s), hidden(u"screenshot"_s, u"file"_s),
        hidden(u"screenshot-tour"_s, u"folder"_s), hidden(u"every-tab"_s)});
    // Qt's own options of a GUI application, which QApplication takes out of the arguments itself:
    // known here so that their values are not taken for a workspace.
    for (const char *name : {"platform", "platformpluginpath", "platformtheme", "plugin", "qmljsdebugger",
             "qwindowgeometry", "geometry", "qwindowicon", "icon", "qwindowtitle", "title", "style",
             "stylesheet", "session", "display", "name"})
        parser->addOption(hidden(QString::fromLatin1(name), u"value"_s));
    for (const char *name : {"reverse", "widgetcount", "nograb", "dograb", "sync"})
        parser->addOption(hidden(QString::fromLatin1(name)));
}

bool parse(QCommandLineParser *parser, const QStringList &arguments)
{
    return parser->parse(QStringList {u"inflection"_s} + arguments);
}

QString parseError(const QCommandLineParser &parser)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (unknown.isEmpty())
        return parser.errorText();
    const QString &name = unknown.first();
    return QCoreApplication::translate("Inflection::CommandLine", "unknown option “%1”")
        .arg((name.size() == 1 ? u"-"_s : u"--"_s) + name);
}

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.
int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> d(size_t(n + 1), std::vector<int>(size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][size_t(j)] = int(j);
    for (size_t i = 1; i <= size_t(n); ++i) {
        for (size_t j = 1; j <= size_t(m); ++j) {
            const int cost = a.at(qsizetype(i - 1)) == b.at(qsizetype(j - 1)) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(qsizetype(i - 1)) == b.at(qsizetype(j - 2))
                && a.at(qsizetype(i - 2)) == b.at(qsizetype(j - 1)))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[size_t(n)][size_t(m)];
}

// The text wrapped within 79 columns: its first line starts at column indent, the others are indented.
QString wrapped(const QString &text, int indent)
{
    constexpr int width = 79;
    QString out;
    qsizetype column = indent;
    bool lineStart = true;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!lineStart && column + 1 + word.size() > width) {
            out += u'\n' + QString(indent, u' ');
            column = indent;
            lineStart = true;
        }
        if (!lineStart) {
            out += u' ';
            ++column;
        }
        out += word;
        column += word.size();
        lineStart = false;
    }
    return out;
}

} // namespace

const QList<CommandLine::Subcommand> &CommandLine::subcommands()
{
    static const QList<Subcommand> table = {
        {"demo", QT_TRANSLATE_NOOP("Inflection::CommandLine", "WORKSPACE"),
            QT_TRANSLATE_NOOP("Inflection::CommandLine",
                "Create a workspace with an example of each kind of review and a year of an organisation's "
                "reviews."),
            QT_TRANSLATE_NOOP("Inflection::CommandLine",
                "WORKSPACE is a new file; the examples are written in the environment's language."),
            nullptr, &CommandLine::demo, false},
        {"check", QT_TRANSLATE_NOOP("Inflection::CommandLine", "WORKSPACE"),
            QT_TRANSLATE_NOOP(
                "Inflection::CommandLine", "Check a workspace's integrity, schema and journal mode."),
            QT_TRANSLATE_NOOP("Inflection::CommandLine",
                "Exits with 0 when the workspace is healthy. The file is only read, never written."),
            nullptr, &CommandLine::check, false},
        {"list", QT_TRANSLATE_NOOP("Inflection::CommandLine", "WORKSPACE"),
            QT_TRANSLATE_NOOP("Inflection::CommandLine", "List the reviews in a workspace."),
            QT_TRANSLATE_NOOP("Inflection::CommandLine",
                "One review a line: uuid, kind, status, updated_at and title, separated by tabs. The file is "
                "only read, never written."),
            [] {
                return QList<QCommandLineOption> {{u"json"_s,
                    QCoreApplication::translate("Inflection::CommandLine", "Write the list as JSON.")}};
            },
            &CommandLine::list, false},
        {"search", QT_TRANSLATE_NOOP("Inflection::CommandLine", "WORKSPACE WORDS…"),
            QT_TRANSLATE_NOOP("Inflection::CommandLine", "Find the reviews that contain every word."),
            QT_TRANSLATE_NOOP("Inflection::CommandLine",
                "Searches everything a review holds, from its title to its parking lot; each word also "
                "matches words it begins, accents and case aside. One review a line, best match first: uuid, "
                "kind, title, where it matched and the text there, separated by tabs. Exits with 1 when no "
                "review matches. The file is only read, never written."),
            [] {
                return QList<QCommandLineOption> {{u"json"_s,
                    QCoreApplication::translate("Inflection::CommandLine", "Write the matches as JSON.")}};
            },
            &CommandLine::search, false},
        {"insights", QT_TRANSLATE_NOOP("Inflection::CommandLine", "WORKSPACE"),
            QT_TRANSLATE_NOOP("Inflection::CommandLine", "Print what the workspace's postmortems add up to."),
            QT_TRANSLATE_NOOP("Inflection::CommandLine",
                "Incidents by month and severity; time to detect, to mitigate and to resolve as a median and "
                "a 90th percentile; contributing factors by category; whether operability reviews foresaw "
                "the "
                "incidents; how remediation items were followed through, by owner. A postmortem counts in "
                "the period its incident began. The file is only "
                "read, never written (an older workspace is upgraded first)."),
            [] {
                const QString date = QCoreApplication::translate("Inflection::CommandLine", "DATE");
                return QList<QCommandLineOption> {{u"from"_s,
                                                      QCoreApplication::translate("Inflection::CommandLine",
                                                          "Only incidents from this day on (2026-01-01)."),
                                                      date},
                    {u"to"_s,
                        QCoreApplication::translate(
                            "Inflection::CommandLine", "Only incidents up to this day, itself included."),
                        date},
                    {u"system"_s,
                        QCoreApplication::translate(
                            "Inflection::CommandLine", "Only postmortems of this system."),
                        QCoreApplication::translate("Inflection::CommandLine", "SYSTEM")},
                    {u"tag"_s,
                        QCoreApplication::translate(
                            "Inflection::CommandLine", "Only postmortems with this tag."),
                        QCoreApplication::translate("Inflection::CommandLine", "TAG")},
                    {u"severity"_s,
                        QCoreApplication::translate("Inflection::CommandLine",
                            "Only incidents of this severity level (its key, sev1)."),
                        QCoreApplication::translate("Inflection::CommandLine", "KEY")},
                    {u"json"_s,
                        QCoreApplication::translate("Inflection::CommandLine", "Write the figures as JSON.")},
                    {u"format"_s,
                        QCoreApplication::translate("Inflection::CommandLine",
                            "With -o, the file's format: the learning report as a PDF or Markdown, or the "
                            "figures as JSON; by default the output file's suffix says it (.pdf, .md, "
                            ".json)."),
                        u"pdf|markdown|json"_s},
                    {{u"o"_s, u"output"_s},
                        QCoreApplication::translate("Inflection::CommandLine",
                            "Write the learning report (or the figures) to this file instead of printing "
                            "the figures."),
                        QCoreApplication::translate("Inflection::CommandLine", "FILE")}};
            },
            &CommandLine::insights, false},
        {"export", QT_TRANSLATE_NOOP("Inflection::CommandLine", "WORKSPACE REVIEW"),
            QT_TRANSLATE_NOOP("Inflection::CommandLine", "Write a review to a PDF, Markdown or JSON file."),
            QT_TRANSLATE_NOOP("Inflection::CommandLine",
                "REVIEW is a review's uuid, or the start of one. A PDF is a printable summary, Markdown a "
                "summary for a wiki, JSON the interchange file that import reads; madr and nygard write an "
                "architecture review as an architecture decision record (MADR 4, or Michael Nygard's as "
                "adr-tools writes it) that import-adr reads back."),
            [] {
                return QList<QCommandLineOption> {
                    {u"format"_s,
                        QCoreApplication::translate("Inflection::CommandLine",
                            "The file's format; by default the output file's suffix says it (.pdf, .md, "
                            "otherwise json)."),
                        u"pdf|markdown|json|madr|nygard"_s},
                    {{u"o"_s, u"output"_s},
                        QCoreApplication::translate("Inflection::CommandLine", "The file to write."),
                        QCoreApplication::translate("Inflection::CommandLine", "FILE")}};
            },
            &CommandLine::exportReview, true},
        {"import", QT_TRANSLATE_NOOP("Inflection::CommandLine", "WORKSPACE FILE.json"),
            QT_TRANSLATE_NOOP("Inflection::CommandLine", "Add or update a review from an interchange file."),
            QT_TRANSLATE_NOOP("Inflection::CommandLine",
                "The file is checked against the interchange format first. A review whose uuid the workspace "
                "already has is replaced, unless the workspace's copy was changed after the file's."),
            [] {
                return QList<QCommandLineOption> {{u"force"_s,
                    QCoreApplication::translate("Inflection::CommandLine",
                        "Replace the workspace's copy even when it was changed after the file's.")}};
            },
            &CommandLine::importReview, false},
        {"export-adr", QT_TRANSLATE_NOOP("Inflection::CommandLine", "WORKSPACE DIR"),
            QT_TRANSLATE_NOOP("Inflection::CommandLine",
                "Write every architecture review as a decision record into a folder."),
            QT_TRANSLATE_NOOP("Inflection::CommandLine",
                "Each review becomes DIR/NNNN-title-in-dashes.md, with an index of every record in DIR in "
                "DIR/README.md. A review keeps its number and file name on the next run (the file records "
                "the review's uuid); a review imported from DIR updates the file it came from, in that "
                "file's format; only the files of reviews that changed are written. A README.md that "
                "Inflection did not write is left as it is, and no index is written. Prints the files "
                "written."),
            [] {
                return QList<QCommandLineOption> {{u"format"_s,
                    QCoreApplication::translate("Inflection::CommandLine", "The records' format."),
                    u"madr|nygard"_s, u"madr"_s}};
            },
            &CommandLine::exportAdr, false},
        {"import-adr", QT_TRANSLATE_NOOP("Inflection::CommandLine", "WORKSPACE DIR|FILE"),
            QT_TRANSLATE_NOOP(
                "Inflection::CommandLine", "Add or update architecture reviews from decision records."),
            QT_TRANSLATE_NOOP("Inflection::CommandLine",
                "Reads a folder's *.md records (its README, index and templates left out) or one file: MADR "
                "2, "
                "3 and 4, with or without front matter, log4brains, Michael Nygard's and adr-tools'. Each "
                "record becomes an architecture review with its title, status and decision, date, people "
                "and text; \"Superseded by\" and \"Supersedes\" links become the reviews' Superseded by. "
                "Importing again updates the same reviews. A file that cannot be read is named with the "
                "reason, and the others are imported; the exit status is then 1."),
            [] {
                return QList<QCommandLineOption> {
                    {u"format"_s,
                        QCoreApplication::translate("Inflection::CommandLine",
                            "The dialect to report for a file that shows none (no front matter, no Status "
                            "line "
                            "or section); every file is read by what it shows, whatever this says."),
                        u"auto|madr|nygard"_s, u"auto"_s},
                    {u"dry-run"_s,
                        QCoreApplication::translate("Inflection::CommandLine",
                            "Print what would be added and updated; write nothing.")}};
            },
            &CommandLine::importAdr, false},
        {"import-timeline", QT_TRANSLATE_NOOP("Inflection::CommandLine", "WORKSPACE REVIEW FILE"),
            QT_TRANSLATE_NOOP(
                "Inflection::CommandLine", "Add events to a postmortem's timeline from a chat or CSV."),
            QT_TRANSLATE_NOOP("Inflection::CommandLine",
                "FILE is a CSV file (time,actor,text[,kind,source]), a Slack export (the export's zip as "
                "Slack gives it, a channel folder or one day file) or an irssi or WeeChat log. From a zip, "
                "--channel names the channel to read (needed when it holds more than one). Only events "
                "between the incident's start and its "
                "resolution are added, unless --from, --to or --all says otherwise; events already in the "
                "timeline are not added again; lines that cannot be read are counted and their numbers "
                "printed."),
            [] {
                const QString time = QCoreApplication::translate("Inflection::CommandLine", "TIME");
                return QList<QCommandLineOption> {
                    {u"format"_s,
                        QCoreApplication::translate("Inflection::CommandLine",
                            "The file's format; by default a folder, a .json or a .zip file is a Slack "
                            "export, a .csv file CSV, anything else an IRC log."),
                        u"csv|slack|irc"_s},
                    {u"channel"_s,
                        QCoreApplication::translate("Inflection::CommandLine",
                            "The channel to read from a Slack export zip (its folder's name)."),
                        QCoreApplication::translate("Inflection::CommandLine", "NAME")},
                    {u"from"_s,
                        QCoreApplication::translate("Inflection::CommandLine",
                            "Only events from this time on (2026-03-03T14:05, or 2026-03-03 14:05 in the "
                            "workspace's time zone) instead of from the incident's start."),
                        time},
                    {u"to"_s,
                        QCoreApplication::translate("Inflection::CommandLine",
                            "Only events up to this time instead of up to the incident's resolution."),
                        time},
                    {u"all"_s,
                        QCoreApplication::translate(
                            "Inflection::CommandLine", "Every event, whatever its time.")}};
            },
            &CommandLine::importTimeline, false},
        {"radar", QT_TRANSLATE_NOOP("Inflection::CommandLine", "WORKSPACE import|export FILE"),
            QT_TRANSLATE_NOOP("Inflection::CommandLine",
                "Read or write the workspace's known technologies as a tech radar."),
            QT_TRANSLATE_NOOP("Inflection::CommandLine",
                "FILE is the CSV (name,ring,quadrant,isNew,description[,aliases]) or JSON that \"Build your "
                "own "
                "radar\" reads; a .json name means JSON. import adds the technologies the file names and "
                "changes those it names differently, in one step, keeping the others; rows that cannot be "
                "read are printed with their line and left out, and the exit status is then 1. import prints "
                "each technology added or changed. export writes every known technology."),
            nullptr, &CommandLine::radar, false},
        {"lint", QT_TRANSLATE_NOOP("Inflection::CommandLine", "FILE|-"),
            QT_TRANSLATE_NOOP("Inflection::CommandLine", "Find blame language in a text."),
            QT_TRANSLATE_NOOP("Inflection::CommandLine",
                "Human error, root cause, counterfactuals, hindsight, \"why\" asked of a person: one "
                "finding a line, as LINE:COLUMN: CATEGORY: PHRASE: explanation, and what to write instead "
                "on an indented line below it. Exits with 1 when there are findings. The text is checked in "
                "English, Russian and German at once unless --lang names one. With - for FILE, the text is "
                "read from standard input."),
            [] {
                return QList<QCommandLineOption> {{u"lang"_s,
                    QCoreApplication::translate("Inflection::CommandLine",
                        "Check the text in this language only (default: all three)."),
                    u"en|ru|de"_s}};
            },
            &CommandLine::lint, false},
        {"salvage", QT_TRANSLATE_NOOP("Inflection::CommandLine", "WORKSPACE NEW_WORKSPACE"),
            QT_TRANSLATE_NOOP(
                "Inflection::CommandLine", "Copy the reviews out of a workspace Inflection refuses to open."),
            QT_TRANSLATE_NOOP("Inflection::CommandLine",
                "For a workspace whose schema holds something Inflection did not make (see check). Each "
                "review is read without running anything the file holds, checked as an interchange file "
                "and written to NEW_WORKSPACE, a new file. Prints what was copied and what was not; exits "
                "with 1 when a review could not be copied. WORKSPACE is only read, never written."),
            nullptr, &CommandLine::salvage, false},
        {"copy", QT_TRANSLATE_NOOP("Inflection::CommandLine", "SOURCE DESTINATION"),
            QT_TRANSLATE_NOOP(
                "Inflection::CommandLine", "Copy a whole workspace between a file and a server, either way."),
            QT_TRANSLATE_NOOP("Inflection::CommandLine",
                "SOURCE and DESTINATION are each a file or a server connection (a postgresql:// URI or "
                "service=NAME); DESTINATION is made when it does not exist. Every review is copied with its "
                "parts and history, keeping uuids, revisions, times and authors, and so are the workspace's "
                "settings and known technologies. A review is matched by its uuid: one DESTINATION changed "
                "later is left as it is and named; running it again changes nothing. Each review is written "
                "in one transaction. On a server, authors are kept when the login is the workspace's "
                "administrator; otherwise the server records the login. SOURCE is only read."),
            nullptr, &CommandLine::copy, false},
        {"server",
            QT_TRANSLATE_NOOP("Inflection::CommandLine",
                "init SERVER | grant SERVER LOGIN reader|editor|admin | revoke SERVER LOGIN"),
            QT_TRANSLATE_NOOP("Inflection::CommandLine",
                "Make a workspace on a PostgreSQL server, and give people roles in it."),
            QT_TRANSLATE_NOOP("Inflection::CommandLine",
                "SERVER is a libpq URI (postgresql://host/database?sslmode=verify-full) or connection string "
                "(service=NAME); the password comes from ~/.pgpass or pg_service.conf, as libpq finds it. "
                "init brings the database's schema up to date and makes its three roles (reader, editor, "
                "admin), as a login that may create roles; running it again changes nothing. grant makes "
                "LOGIN, a login the server already has, a reader (reads only), an editor (writes reviews) or "
                "an admin (also changes the workspace's settings) of the workspace, and nothing else of it; "
                "revoke takes its role away. The server enforces the roles. Run them as the workspace's "
                "owner, a login with CREATEROLE or a superuser."),
            nullptr, &CommandLine::server, false},
        {"help", QT_TRANSLATE_NOOP("Inflection::CommandLine", "[SUBCOMMAND]"),
            QT_TRANSLATE_NOOP("Inflection::CommandLine", "Describe the subcommands, or one of them."),
            nullptr, nullptr, &CommandLine::help, false},
    };
    return table;
}

const CommandLine::Subcommand *CommandLine::findSubcommand(const QString &name)
{
    for (const Subcommand &subcommand : subcommands()) {
        if (name == QLatin1StringView(subcommand.name))
            return &subcommand;
    }
    return nullptr;
}

void CommandLine::describe(const Subcommand &subcommand, QCommandLineParser *parser)
{
    if (subcommand.details)
        parser->setApplicationDescription(wrapped(translated(subcommand.details), 0));
    parser->addOption(helpOption());
    if (subcommand.options)
        parser->addOptions(subcommand.options());
    const QString name = QString::fromLatin1(subcommand.name);
    parser->addPositionalArgument(
        name, translated(subcommand.description), name + u' ' + translated(subcommand.synopsis));
}

CommandLine::CommandLine()
    : m_out(stdout)
    , m_err(stderr)
{ }

std::optional<CommandLine::WindowRequest> CommandLine::windowRequest(const QStringList &arguments)
{
    if (findSubcommand(arguments.value(0)))
        return std::nullopt;
    QCommandLineParser parser;
    describeTopLevel(&parser);
    if (!parse(&parser, arguments) || parser.isSet(u"help"_s) || parser.isSet(u"version"_s))
        return std::nullopt;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && looksLikeMistypedSubcommand(positional.first())))
        return std::nullopt;
    WindowRequest request;
    request.workspace = positional.value(0);
    if (parser.isSet(u"language"_s))
        request.language = parser.value(u"language"_s);
    if (parser.isSet(u"appearance"_s))
        request.appearance = parser.value(u"appearance"_s);
    request.quitAfterStartup = parser.isSet(u"quit-after-startup"_s);
    request.screenshot = parser.value(u"screenshot"_s);
    request.screenshotTour = parser.value(u"screenshot-tour"_s);
    request.everyTab = parser.isSet(u"every-tab"_s);
    return request;
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    const Subcommand *subcommand = findSubcommand(arguments.value(0));
    if (!subcommand)
        return false;
    // A file written with -o may be a PDF, whose text is laid out in fonts.
    const bool writesFile = std::any_of(arguments.cbegin() + 1, arguments.cend(), [](const QString &a) {
        return a == u"--"_s ? false : a.startsWith(u"-o"_s) || a.startsWith(u"--output"_s);
    });
    return subcommand->needsGui || writesFile;
}

QString CommandLine::versionText()
{
#ifdef INFLECTION_HAVE_KSYNTAXHIGHLIGHTING
    const QString syntax = u"KSyntaxHighlighting"_s;
#else
    const QString syntax = u"built-in Markdown highlighting"_s;
#endif
    return u"inflection %1 (Qt %2, SQLite %3, schema %4, %5)"_s.arg(QCoreApplication::applicationVersion(),
        QString::fromLatin1(qVersion()), SqliteSupport::libraryVersion(),
        QString::number(Migrator::latestVersion()), syntax);
}

int CommandLine::run(const QStringList &arguments)
{
    if (const Subcommand *subcommand = findSubcommand(arguments.value(0)))
        return runSubcommand(*subcommand, arguments);
    QCommandLineParser parser;
    describeTopLevel(&parser);
    if (!parse(&parser, arguments))
        return usage(parseError(parser));
    if (parser.isSet(u"version"_s) && !parser.isSet(u"help"_s)) {
        m_out << versionText() << Qt::endl;
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && !parser.isSet(u"help"_s))
        return unknownCommand(positional.first(), positional.size() == 1);
    m_out << generalHelp() << Qt::flush;
    return 0;
}

int CommandLine::runSubcommand(const Subcommand &subcommand, const QStringList &arguments)
{
    QCommandLineParser parser;
    describe(subcommand, &parser);
    m_help = parser.helpText();
    m_subcommand = QString::fromLatin1(subcommand.name);
    if (!parse(&parser, arguments))
        return usage(parseError(parser));
    if (parser.isSet(u"help"_s)) {
        m_out << m_help << Qt::flush;
        return 0;
    }
    // The first positional argument is the subcommand's name.
    return (this->*subcommand.handler)(parser.positionalArguments().mid(1), parser);
}

QString CommandLine::generalHelp()
{
    QCommandLineParser parser;
    describeTopLevel(&parser);
    return parser.helpText() + u'\n' + subcommandList();
}

QString CommandLine::subcommandList()
{
    qsizetype widest = 0;
    for (const Subcommand &subcommand : subcommands())
        widest = std::max(widest, qsizetype(qstrlen(subcommand.name)));
    QString text = QCoreApplication::translate("Inflection::CommandLine", "Subcommands:") + u'\n';
    const int indent = int(widest) + 4;
    for (const Subcommand &subcommand : subcommands()) {
        const QString name = QString::fromLatin1(subcommand.name);
        text += u"  "_s + name + QString(indent - 2 - name.size(), u' ')
            + wrapped(translated(subcommand.description), indent) + u'\n';
    }
    return text + u'\n'
        + wrapped(QCoreApplication::translate("Inflection::CommandLine",
                      "“inflection help SUBCOMMAND” or “inflection SUBCOMMAND --help” describes one."),
            0)
        + u'\n';
}

QString CommandLine::closestSubcommand(const QString &command)
{
    if (command.size() > 40)
        return {};
    const QString typed = command.toLower();
    QString closest;
    int best = 0;
    for (const Subcommand &subcommand : subcommands()) {
        const QString name = QString::fromLatin1(subcommand.name);
        const int distance = editDistance(typed, name);
        // One slip in a short name, two in a longer one.
        if (distance <= (name.size() <= 4 ? 1 : 2) && (closest.isEmpty() || distance < best)) {
            closest = name;
            best = distance;
        }
    }
    return closest;
}

bool CommandLine::looksLikeMistypedSubcommand(const QString &argument)
{
    const QFileInfo info(argument);
    return !info.exists() && !argument.contains(u'/') && !argument.contains(QDir::separator())
        && info.suffix().isEmpty() && !closestSubcommand(argument).isEmpty();
}

int CommandLine::usage(const QString &problem)
{
    // A subcommand's mistake: the problem and the subcommand's usage line, not its whole help.
    if (!m_subcommand.isEmpty()) {
        m_err << "inflection: " << problem << "\n"
              << m_help.section(u'\n', 0, 0) << "\n"
              << QCoreApplication::translate("Inflection::CommandLine", "“inflection help %1” says more.")
                     .arg(m_subcommand)
              << Qt::endl;
        return 2;
    }
    m_err << "inflection: " << problem << "\n\n" << (m_help.isEmpty() ? generalHelp() : m_help) << Qt::flush;
    return 2;
}

int CommandLine::unknownCommand(const QString &command, bool onlyArgument)
{
    m_err << "inflection: "
          << QCoreApplication::translate("Inflection::CommandLine", "unknown command “%1”").arg(command)
          << '\n';
    const QString closest = closestSubcommand(command);
    if (!closest.isEmpty())
        m_err << QCoreApplication::translate("Inflection::CommandLine", "Did you mean “%1”?").arg(closest)
              << '\n';
    if (onlyArgument)
        m_err << wrapped(QCoreApplication::translate("Inflection::CommandLine",
                             "To open a workspace file of that name, or to create one, give its path: "
                             "inflection ./%1")
                             .arg(command),
            0) << '\n';
    m_err << '\n' << subcommandList() << Qt::flush;
    return 2;
}

int CommandLine::help(const QStringList &args, const QCommandLineParser &)
{
    if (args.size() > 1)
        return usage(QCoreApplication::translate(
            "Inflection::CommandLine", "help takes at most one argument: a subcommand"));
    if (args.isEmpty()) {
        m_out << generalHelp() << Qt::flush;
        return 0;
    }
    const Subcommand *subcommand = findSubcommand(args.first());
    if (!subcommand)
        return unknownCommand(args.first(), false);
    QCommandLineParser parser;
    describe(*subcommand, &parser);
    m_out << parser.helpText() << Qt::flush;
    return 0;
}

Result<Review> CommandLine::findReview(Workspace *workspace, const QString &prefix)
{
    const Result<QList<Review>> matches = ReviewRepository(workspace).findByUuidPrefix(prefix);
    if (!matches)
        return Result<Review>::errorOf(matches);
    if (matches->isEmpty())
        return Result<Review>::failure(ErrorKind::Missing,
            QCoreApplication::translate("Inflection::CommandLine", "no review's uuid starts with “%1”")
                .arg(prefix));
    if (matches->size() > 1)
        return Result<Review>::failure(ErrorKind::Refused,
            QCoreApplication::translate("Inflection::CommandLine",
                "“%1” is the start of %n reviews' uuids; give more of it", nullptr, int(matches->size()))
                .arg(prefix));
    return matches->first();
}

int CommandLine::fail(const QString &message, int status)
{
    m_err << "inflection: " << message << Qt::endl;
    return status;
}

int CommandLine::demo(const QStringList &args, const QCommandLineParser &)
{
    if (args.size() != 1)
        return usage(QCoreApplication::translate(
            "Inflection::CommandLine", "demo takes one argument: the workspace file to create"));
    const QString path = args.first();
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0)
        return fail(QCoreApplication::translate(
            "Inflection::CommandLine", "“%1” already exists; give the name of a new file")
                        .arg(QDir::toNativeSeparators(path)));
    Result<std::unique_ptr<Workspace>> workspace = openWorkspace(path);
    if (!workspace)
        return fail(workspace.message());
    if (const Result<> populated = DemoWorkspace::populate(workspace->get()); !populated) {
        workspace->reset();
        QFile::remove(path);
        return fail(QCoreApplication::translate(
            "Inflection::CommandLine", "the demo workspace could not be written: %1")
                        .arg(populated.message()));
    }
    m_out << QCoreApplication::translate("Inflection::CommandLine",
        "Created %1 with a worked example of each kind of review and a year of an organisation's reviews.")
                 .arg(QDir::toNativeSeparators(path))
          << Qt::endl;
    return 0;
}

int CommandLine::check(const QStringList &args, const QCommandLineParser &)
{
    if (args.size() != 1)
        return usage(QCoreApplication::translate(
            "Inflection::CommandLine", "check takes one argument: the workspace file"));
    Workspace::Options options;
    options.readOnly = true; // checking never writes
    options.create = false;
    options.allowUnknownSchema = true; // to name every object that differs, not only the first
    Result<std::unique_ptr<Workspace>> opened = openWorkspace(args.first(), options);
    if (!opened)
        return fail(opened.message());
    const std::unique_ptr<Workspace> &workspace = *opened;
    if (const QStringList problems = workspace->schemaProblems(); !problems.isEmpty()) {
        for (const QString &problem : problems)
            m_err << "inflection: " << problem << '\n';
        return fail(QCoreApplication::translate("Inflection::CommandLine",
            "Inflection does not open “%1”; “inflection salvage” copies its reviews into a new workspace.")
                        .arg(QDir::toNativeSeparators(workspace->path())));
    }
    if (workspace->readOnlyProblem() != ErrorKind::None)
        return fail(workspace->readOnlyReason());

    QSqlDatabase db = workspace->database();
    QSqlError sqlError;
    const QString integrity = SqliteSupport::integrityCheck(db, &sqlError);
    if (sqlError.isValid())
        return fail(QCoreApplication::translate("Inflection::CommandLine", "“%1” cannot be checked: %2")
                        .arg(QDir::toNativeSeparators(args.first()), sqlError.text()));
    if (integrity != u"ok"_s) {
        // One line: SQLite reports "*** in database main ***" and then one problem a line.
        QStringList details = integrity.split(u'\n', Qt::SkipEmptyParts);
        details.removeIf([](const QString &line) { return line.startsWith(u"***"_s); });
        return fail(workspace->describeProblem(ErrorKind::Corrupt) + u" ("_s + details.join(u"; "_s) + u')');
    }
    if (workspace->schemaVersion() < Migrator::latestVersion()) {
        m_out << QCoreApplication::translate("Inflection::CommandLine",
            "%1: healthy; schema version %2 (this version of Inflection upgrades it to %3 when it "
            "opens it for writing), journal mode %4, %5 file system")
                     .arg(QDir::toNativeSeparators(workspace->path()))
                     .arg(workspace->schemaVersion())
                     .arg(Migrator::latestVersion())
                     .arg(SqliteSupport::journalMode(db),
                         workspace->location() == FileSystemKind::Network
                             ? QCoreApplication::translate("Inflection::CommandLine", "network")
                             : QCoreApplication::translate("Inflection::CommandLine", "local"))
              << Qt::endl;
        return 0;
    }
    const Result<QList<Review>> all = ReviewRepository(workspace.get()).all();
    if (!all)
        return fail(all.message());
    const int reviews = int(all->size());
    m_out << QCoreApplication::translate("Inflection::CommandLine",
        "%1: healthy; schema version %2, journal mode %3, %4 file system, %n review(s)", nullptr, reviews)
                 .arg(QDir::toNativeSeparators(workspace->path()))
                 .arg(workspace->schemaVersion())
                 .arg(SqliteSupport::journalMode(db),
                     workspace->location() == FileSystemKind::Network
                         ? QCoreApplication::translate("Inflection::CommandLine", "network")
                         : QCoreApplication::translate("Inflection::CommandLine", "local"))
          << Qt::endl;
    return 0;
}

int CommandLine::salvage(const QStringList &args, const QCommandLineParser &)
{
    if (args.size() != 2)
        return usage(QCoreApplication::translate(
            "Inflection::CommandLine", "salvage takes two arguments: the workspace and a new file"));
    const Result<WorkspaceSalvage::Outcome> outcome = WorkspaceSalvage::salvage(args.at(0), args.at(1));
    if (!outcome)
        return fail(outcome.message());
    for (const QString &problem : outcome->schemaProblems)
        m_out << QCoreApplication::translate("Inflection::CommandLine", "Left behind: %1").arg(problem)
              << '\n';
    for (const QString &review : outcome->copied)
        m_out << QCoreApplication::translate("Inflection::CommandLine", "Copied: %1").arg(review) << '\n';
    for (const QString &review : outcome->notCopied)
        m_out << QCoreApplication::translate("Inflection::CommandLine", "Not copied: %1").arg(review) << '\n';
    if (outcome->settingsProblem.isEmpty())
        m_out << QCoreApplication::translate("Inflection::CommandLine", "Copied: the workspace's settings")
              << '\n';
    else
        m_out << QCoreApplication::translate(
            "Inflection::CommandLine", "Not copied: the workspace's settings: %1")
                     .arg(outcome->settingsProblem)
              << '\n';
    m_out << QCoreApplication::translate("Inflection::CommandLine",
        "Not copied: each review's history of changes, which the interchange format does not carry.")
          << '\n';
    m_out << QCoreApplication::translate(
        "Inflection::CommandLine", "%n of %1 review(s) copied to %2.", nullptr, int(outcome->copied.size()))
                 .arg(outcome->copied.size() + outcome->notCopied.size())
                 .arg(QDir::toNativeSeparators(args.at(1)))
          << Qt::endl;
    return outcome->notCopied.isEmpty() ? 0 : 1;
}

int CommandLine::copy(const QStringList &args, const QCommandLineParser &)
{
    if (args.size() != 2)
        return usage(QCoreApplication::translate(
            "Inflection::CommandLine", "copy takes two workspaces: the source and the destination"));
    Workspace::Options sourceOptions;
    sourceOptions.readOnly = true;
    sourceOptions.create = false;
    const Result<std::unique_ptr<Workspace>> source = openWorkspace(args.at(0), sourceOptions);
    if (!source)
        return fail(source.message());
    // Before the destination is opened (it would be created, or migrated).
    const Result<WorkspaceLocation> target = WorkspaceLocation::parse(args.at(1));
    if (!target)
        return fail(target.message());
    const QString targetPath
        = target->isFile() ? QFileInfo(target->filePath()).absoluteFilePath() : target->toString();
    if ((*source)->path() == targetPath)
        return usage(QCoreApplication::translate(
            "Inflection::CommandLine", "the source and the destination are the same workspace"));
    const Result<std::unique_ptr<Workspace>> destination = openWorkspace(args.at(1), Workspace::Options());
    if (!destination)
        return fail(destination.message());

    // Progress on stderr, about once a second, for a workspace that takes that long.
    QElapsedTimer sinceReport;
    sinceReport.start();
    const auto progress = [this, &sinceReport](int done, int total) {
        if (sinceReport.elapsed() < 1000 && done < total)
            return;
        sinceReport.restart();
        m_err << QCoreApplication::translate("Inflection::CommandLine", "%1 of %2 reviews…")
                     .arg(done)
                     .arg(total)
              << Qt::endl;
    };
    const Result<WorkspaceCopier::Outcome> outcome = WorkspaceCopier::copy(**source, **destination, progress);
    if (!outcome)
        return fail(outcome.message());
    for (const QString &review : outcome->newerAtDestination)
        m_out << QCoreApplication::translate(
            "Inflection::CommandLine", "Not copied, changed later at the destination: %1")
                     .arg(review)
              << '\n';
    for (const QString &key : outcome->settingsNewerAtDestination)
        m_out << QCoreApplication::translate(
            "Inflection::CommandLine", "Not copied, changed later at the destination: the setting %1")
                     .arg(key)
              << '\n';
    if (!outcome->authorsKept)
        m_out << QCoreApplication::translate("Inflection::CommandLine",
            "The server recorded this login as the author of what was copied: only the workspace's "
            "administrator keeps the authors.")
              << '\n';
    m_out << QCoreApplication::translate("Inflection::CommandLine",
        "%n review(s) copied to %1; %2 already there as they are; %3 changed later there.", nullptr,
        int(outcome->copied.size()))
                 .arg((*destination)->workspaceLocation().displayName())
                 .arg(outcome->unchanged)
                 .arg(outcome->newerAtDestination.size())
          << '\n'
          << QCoreApplication::translate("Inflection::CommandLine",
                 "%n setting(s) and %1 known technologies copied.", nullptr, outcome->settingsCopied)
                 .arg(outcome->technologiesCopied)
          << Qt::endl;
    return 0;
}

int CommandLine::server(const QStringList &args, const QCommandLineParser &)
{
    const QString action = args.value(0);
    const bool init = action == u"init"_s && args.size() == 2;
    const bool grant = action == u"grant"_s && args.size() == 4;
    const bool revoke = action == u"revoke"_s && args.size() == 3;
    if (!init && !grant && !revoke)
        return usage(QCoreApplication::translate("Inflection::CommandLine",
            "server takes init SERVER, grant SERVER LOGIN reader|editor|admin, or revoke SERVER LOGIN"));
    if (grant && !ServerRoles::levels().contains(args.at(3)))
        return usage(QCoreApplication::translate(
            "Inflection::CommandLine", "“%1” is not a level: give reader, editor or admin")
                         .arg(args.at(3)));
    const Result<WorkspaceLocation> location = WorkspaceLocation::parse(args.at(1));
    if (!location)
        return fail(location.message());
    if (!location->isServer())
        return usage(QCoreApplication::translate("Inflection::CommandLine",
            "“%1” is not a server connection: give a postgresql:// URI or service=NAME")
                         .arg(args.at(1)));
    Workspace::Options options;
    options.create = init; // the schema is made by init only
    const Result<std::unique_ptr<Workspace>> workspace = openWorkspace(*location, options);
    if (!workspace)
        return fail(workspace.message());
    if (init) {
        if ((*workspace)->readOnlyProblem() != ErrorKind::None)
            return fail((*workspace)->readOnlyReason());
        QSqlDatabase db = (*workspace)->database();
        if (const Result<> roles = Migrator::applyServerRoles(db); !roles)
            return fail(roles.message());
        m_out << QCoreApplication::translate(
            "Inflection::CommandLine", "%1: schema version %2, with the roles reader, editor and admin")
                     .arg(location->displayName())
                     .arg((*workspace)->schemaVersion())
              << Qt::endl;
        return 0;
    }
    const QString &login = args.at(2);
    const Result<> done = grant ? ServerRoles::grant(**workspace, login, args.at(3))
                                : ServerRoles::revoke(**workspace, login);
    if (!done)
        return fail(done.message());
    if (grant)
        m_out << QCoreApplication::translate("Inflection::CommandLine", "%1 is now %2 of %3.")
                     .arg(login, args.at(3), location->displayName(WorkspaceLocation::Login::Omitted))
              << Qt::endl;
    else
        m_out << QCoreApplication::translate("Inflection::CommandLine", "%1 has no role in %2 any more.")
                     .arg(login, location->displayName(WorkspaceLocation::Login::Omitted))
              << Qt::endl;
    return 0;
}

namespace {

// A title printed on a terminal: its control characters shown, not obeyed (a bell, an escape
// sequence, a right-to-left override would act on the terminal), and of a sane length. JSON output
// carries the value itself.
constexpr int terminalLine = 1000;

} // namespace

int CommandLine::list(const QStringList &args, const QCommandLineParser &parser)
{
    if (args.size() != 1)
        return usage(QCoreApplication::translate(
            "Inflection::CommandLine", "list takes one argument: the workspace file"));
    const bool json = parser.isSet(u"json"_s);
    Workspace::Options options;
    options.readOnly = true;
    options.create = false;
    const Result<std::unique_ptr<Workspace>> workspace = openWorkspace(args.first(), options);
    if (!workspace)
        return fail(workspace.message());
    const Result<QList<Review>> all = ReviewRepository(workspace->get()).all();
    if (!all)
        return fail(all.message());
    const QList<Review> &reviews = *all;
    if (json) {
        QJsonArray array;
        for (const Review &r : reviews) {
            array.append(QJsonObject {{u"uuid"_s, r.uuid}, {u"kind"_s, reviewKinds().key(r.kind)},
                {u"title"_s, r.title}, {u"status"_s, reviewStatuses().key(r.status)},
                {u"updated_at"_s, timestampToText(r.updatedAt)}});
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)) << Qt::flush;
        return 0;
    }
    for (const Review &r : reviews) {
        m_out << r.uuid << '\t' << reviewKinds().key(r.kind) << '\t' << reviewStatuses().key(r.status) << '\t'
              << timestampToText(r.updatedAt) << '\t' << DisplayText::line(r.title, terminalLine) << '\n';
    }
    m_out << Qt::flush;
    return 0;
}

int CommandLine::search(const QStringList &args, const QCommandLineParser &parser)
{
    if (args.size() < 2)
        return usage(QCoreApplication::translate(
            "Inflection::CommandLine", "search takes the workspace file and at least one word"));
    const QString words = args.mid(1).join(u' ');
    if (SqliteSupport::fullTextQuery(words).isEmpty())
        return usage(QCoreApplication::translate("Inflection::CommandLine", "“%1” has no word to search for")
                         .arg(words));
    // Read-only, so that a search never migrates nor writes a file; opened again for writing only when
    // reviews changed since the last search wait to be indexed (and the file may be written).
    Workspace::Options options;
    options.readOnly = true;
    options.create = false;
    Result<std::unique_ptr<Workspace>> workspace = openWorkspace(args.first(), options);
    if (!workspace)
        return fail(workspace.message());
    bool queued = false;
    if ((*workspace)->schemaVersion() >= SearchIndex::fullVersion) {
        QSqlDatabase db = (*workspace)->database();
        const Result<bool> pending = SearchIndex::anyPending(db);
        queued = pending && *pending;
    }
    if (queued) {
        workspace.value().reset(); // closed before it is opened again
        options.readOnly = false;
        workspace = openWorkspace(args.first(), options);
        if (!workspace)
            return fail(workspace.message());
    }
    const Result<std::optional<QList<SearchHit>>> found = SearchIndex::search(workspace->get(), words);
    if (!found)
        return fail(found.message());
    const QList<SearchHit> hits = found->value_or(QList<SearchHit>());
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const SearchHit &hit : hits) {
            array.append(QJsonObject {{u"uuid"_s, hit.uuid}, {u"kind"_s, reviewKinds().key(hit.kind)},
                {u"title"_s, hit.title}, {u"where"_s, hit.place}, {u"snippet"_s, hit.snippetText()}});
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)) << Qt::flush;
    } else {
        for (const SearchHit &hit : hits) {
            m_out << hit.uuid << '\t' << reviewKinds().key(hit.kind) << '\t'
                  << DisplayText::line(hit.title, terminalLine) << '\t' << hit.place << '\t'
                  << DisplayText::line(hit.snippetText(), terminalLine) << '\n';
        }
        m_out << Qt::flush;
    }
    if (hits.isEmpty()) {
        m_err << "inflection: "
              << QCoreApplication::translate("Inflection::CommandLine", "no review matches “%1”").arg(words)
              << Qt::endl;
        return 1;
    }
    return 0;
}

int CommandLine::insights(const QStringList &args, const QCommandLineParser &parser)
{
    if (args.size() != 1)
        return usage(QCoreApplication::translate(
            "Inflection::CommandLine", "insights takes one argument: the workspace file"));
    InsightsFilter filter;
    for (const auto &[name, into] : {std::pair {u"from"_s, &filter.from}, std::pair {u"to"_s, &filter.to}}) {
        if (!parser.isSet(name))
            continue;
        *into = QDate::fromString(parser.value(name).trimmed(), Qt::ISODate);
        if (!into->isValid())
            return usage(QCoreApplication::translate(
                "Inflection::CommandLine", "--%1 takes a day such as 2026-01-31, not “%2”")
                             .arg(name, parser.value(name)));
    }
    filter.system = parser.value(u"system"_s);
    filter.tag = parser.value(u"tag"_s);
    filter.severity = parser.value(u"severity"_s).trimmed();
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return usage(QCoreApplication::translate("Inflection::CommandLine", "--from %1 is after --to %2")
                         .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)));
    // -o: the learning report (or the figures) to a file, its format by --format or the file's suffix.
    const QString output = parser.value(u"output"_s);
    const QString formatKey = parser.value(u"format"_s);
    if (output.isEmpty() && !formatKey.isEmpty())
        return usage(
            QCoreApplication::translate("Inflection::CommandLine", "--format says the format of -o FILE"));
    const std::optional<ExportFormat> format
        = formatKey.isEmpty() ? exportFormatFromPath(output) : exportFormatFromKey(formatKey);
    if (!output.isEmpty() && !format)
        return usage(formatKey.isEmpty()
                ? QCoreApplication::translate("Inflection::CommandLine",
                    "“%1” has no suffix that names a format; say --format pdf, markdown or json")
                      .arg(QDir::toNativeSeparators(output))
                : QCoreApplication::translate("Inflection::CommandLine",
                    "“%1” is not an export format; use pdf, markdown, json, madr or nygard")
                      .arg(formatKey));

    // Read-only; a workspace of an older schema is opened again for writing, so that it is upgraded.
    Workspace::Options options;
    options.readOnly = true;
    options.create = false;
    Result<std::unique_ptr<Workspace>> workspace = openWorkspace(args.first(), options);
    if (!workspace)
        return fail(workspace.message());
    if ((*workspace)->schemaVersion() < Migrator::latestVersion()) {
        workspace.value().reset();
        options.readOnly = false;
        workspace = openWorkspace(args.first(), options);
        if (!workspace)
            return fail(workspace.message());
    }
    const Result<WorkspaceConfig> config = WorkspaceSettings(workspace->get()).read();
    if (!config)
        return fail(config.message());
    // A severity level by its key or by its name ("sev2", "SEV 2"); one the workspace does not have is
    // an error rather than an empty result.
    if (!filter.severity.isEmpty()) {
        const auto level = std::find_if(config->severityLevels.cbegin(), config->severityLevels.cend(),
            [&filter](const SeverityLevel &l) {
                return l.key.compare(filter.severity, Qt::CaseInsensitive) == 0
                    || l.name.compare(filter.severity, Qt::CaseInsensitive) == 0;
            });
        if (level == config->severityLevels.cend()) {
            QStringList known;
            for (const SeverityLevel &l : config->severityLevels)
                known.append(l.key);
            return usage(QCoreApplication::translate(
                "Inflection::CommandLine", "the workspace has no severity level “%1”; its levels are %2")
                             .arg(filter.severity, known.join(u", "_s)));
        }
        filter.severity = level->key;
    }
    if (!output.isEmpty())
        return writeInsights(workspace->get(), filter, *format, output);
    const Result<InsightFigures> figures = Insights::of(workspace->get(), filter, QDate::currentDate());
    if (!figures)
        return fail(figures.message());
    // Nothing for a system no postmortem names is more likely a misspelling than a quiet system: say so.
    if (figures->incidents == 0 && !filter.system.trimmed().isEmpty()) {
        const Result<InsightsData> data = InsightsRepository(workspace->get()).read();
        const QStringList systems = data ? data->systems() : QStringList();
        if (!systems.contains(filter.system.trimmed(), Qt::CaseInsensitive)) {
            m_err << "inflection: "
                  << (systems.isEmpty() ? QCoreApplication::translate("Inflection::CommandLine",
                          "no postmortem names the system “%1”; none names a system")
                                              .arg(filter.system.trimmed())
                                        : QCoreApplication::translate("Inflection::CommandLine",
                                            "no postmortem names the system “%1”; they name %2")
                                              .arg(filter.system.trimmed(), systems.join(u", "_s)))
                  << Qt::endl;
        }
    }
    if (parser.isSet(u"json"_s)) {
        m_out << QString::fromUtf8(QJsonDocument(figures->toJson()).toJson(QJsonDocument::Indented))
              << Qt::flush;
        return 0;
    }
    const auto text = [](const char *source) {
        return QCoreApplication::translate("Inflection::CommandLine", source);
    };
    const auto severityName = [&config](const QString &key) {
        for (const SeverityLevel &level : config ? config->severityLevels : defaultSeverityLevels()) {
            if (level.key == key)
                return level.name;
        }
        return key.isEmpty() ? QCoreApplication::translate("Inflection::CommandLine", "no severity") : key;
    };
    const auto span = [](const std::optional<qint64> &seconds) {
        return seconds ? formatDuration(*seconds) : u"—"_s;
    };
    const InsightFigures &f = *figures;
    // Which postmortems these are, so that an empty result says why.
    QStringList chosen;
    if (filter.from.isValid())
        chosen.append(QCoreApplication::translate("Inflection::CommandLine", "from %1")
                          .arg(filter.from.toString(Qt::ISODate)));
    if (filter.to.isValid())
        chosen.append(QCoreApplication::translate("Inflection::CommandLine", "to %1")
                          .arg(filter.to.toString(Qt::ISODate)));
    if (!filter.system.trimmed().isEmpty())
        chosen.append(QCoreApplication::translate("Inflection::CommandLine", "system “%1”")
                          .arg(filter.system.trimmed()));
    if (!filter.tag.trimmed().isEmpty())
        chosen.append(
            QCoreApplication::translate("Inflection::CommandLine", "tag “%1”").arg(filter.tag.trimmed()));
    if (!filter.severity.isEmpty())
        chosen.append(QCoreApplication::translate("Inflection::CommandLine", "severity %1")
                          .arg(severityName(filter.severity)));
    if (chosen.isEmpty())
        m_out << QCoreApplication::translate("Inflection::CommandLine", "Postmortems: %1").arg(f.incidents)
              << '\n';
    else
        m_out << QCoreApplication::translate("Inflection::CommandLine", "Postmortems (%1): %2")
                     .arg(chosen.join(u", "_s))
                     .arg(f.incidents)
              << '\n';
    if (!f.byMonth.isEmpty()) {
        m_out << text(QT_TRANSLATE_NOOP("Inflection::CommandLine", "Incidents by month:")) << '\n';
        for (const MonthFigures &m : f.byMonth) {
            QStringList parts;
            for (auto it = m.bySeverity.cbegin(); it != m.bySeverity.cend(); ++it)
                parts.append(severityName(it.key()) + u' ' + QString::number(it.value()));
            m_out << "  " << m.month.toString(u"yyyy-MM"_s) << '\t' << m.total
                  << (parts.isEmpty() ? QString() : u"\t"_s + parts.join(u", "_s)) << '\n';
        }
    }
    for (const auto &[label, d] :
        {std::pair {text(QT_TRANSLATE_NOOP("Inflection::CommandLine", "Time to detect")), f.toDetect},
            std::pair {text(QT_TRANSLATE_NOOP("Inflection::CommandLine", "Time to mitigate")), f.toMitigate},
            std::pair {text(QT_TRANSLATE_NOOP("Inflection::CommandLine", "Time to resolve")), f.toResolve}}) {
        m_out << QCoreApplication::translate(
            "Inflection::CommandLine", "%1: median %2, 90th percentile %3 (%n incidents)", nullptr, d.count)
                     .arg(label, span(d.median), span(d.p90))
              << '\n';
    }
    if (!f.categories.isEmpty()) {
        m_out << text(QT_TRANSLATE_NOOP("Inflection::CommandLine", "Contributing factors by category:"))
              << '\n';
        for (const CategoryFigures &c : f.categories) {
            m_out << "  "
                  << (c.key.isEmpty() ? text(QT_TRANSLATE_NOOP("Inflection::CommandLine", "(no category)"))
                                      : c.name)
                  << '\t' << c.count << '\t'
                  << QCoreApplication::translate(
                         "Inflection::CommandLine", "%n postmortems", nullptr, int(c.reviews.size()))
                  << '\n';
        }
    }
    const ForesightFigures &s = f.foresight;
    m_out << QCoreApplication::translate("Inflection::CommandLine",
        "Foreseen: %1 (mitigation worked %2, did not hold %3); related items only %4; not foreseen %5; "
        "not recorded %6")
                 .arg(s.foreseen())
                 .arg(s.worked)
                 .arg(s.didNotHold)
                 .arg(s.relatedOnly)
                 .arg(s.notForeseen)
                 .arg(s.unknown)
          << '\n';
    if (!s.cells.isEmpty()) {
        m_out << text(QT_TRANSLATE_NOOP(
            "Inflection::CommandLine", "How the items that happened had been rated (likelihood × impact):"))
              << '\n';
        for (const ForesightCell &c : s.cells) {
            m_out << "  "
                  << QCoreApplication::translate("Inflection::CommandLine", "%1 (%2) × %3 (%4)")
                         .arg(c.likelihood)
                         .arg(likelihoodLabel(c.likelihood))
                         .arg(c.impact)
                         .arg(impactLabel(c.impact))
                  << '\t'
                  << QCoreApplication::translate(
                         "Inflection::CommandLine", "%n incidents", nullptr, int(c.reviews.size()))
                  << '\n';
        }
    }
    if (!f.recurringRemediation.isEmpty()) {
        m_out << text(QT_TRANSLATE_NOOP("Inflection::CommandLine", "Remediation ideas that recur:")) << '\n';
        for (const RecurringRemediation &r : f.recurringRemediation) {
            m_out << "  " << DisplayText::line(r.text, terminalLine) << '\t'
                  << QCoreApplication::translate(
                         "Inflection::CommandLine", "%n postmortems", nullptr, r.postmortems)
                  << '\t'
                  << QCoreApplication::translate(
                         "Inflection::CommandLine", "%1 of %n items done", nullptr, r.items)
                         .arg(r.done)
                  << '\n';
        }
    }
    if (!f.newTechnology.isEmpty()) {
        m_out << text(QT_TRANSLATE_NOOP("Inflection::CommandLine", "New technology and incidents since:"))
              << '\n';
        for (const NewTechnologyFigures &t : f.newTechnology) {
            m_out << "  " << DisplayText::line(t.name, terminalLine) << '\t'
                  << (t.system.trimmed().isEmpty()
                             ? text(QT_TRANSLATE_NOOP("Inflection::CommandLine", "(no system)"))
                             : DisplayText::line(t.system, terminalLine))
                  << '\t' << (t.since.isValid() ? t.since.toUTC().date().toString(Qt::ISODate) : u"—"_s)
                  << '\t'
                  << QCoreApplication::translate("Inflection::CommandLine",
                         "%n incidents (%1 on its system since, %2 linked)", nullptr, int(t.reviews.size()))
                         .arg(t.onSystem.size())
                         .arg(t.linked.size())
                  << '\n';
        }
    }
    const FollowThroughFigures &t = f.followThrough;
    m_out << QCoreApplication::translate("Inflection::CommandLine",
        "Remediation items: %1; done within 30 days %2, within 60 days %3; open %4, overdue %5")
                 .arg(t.items)
                 .arg(t.doneWithin30)
                 .arg(t.doneWithin60)
                 .arg(t.open)
                 .arg(t.overdue)
          << '\n';
    for (const OwnerFigures &o : t.byOwner) {
        m_out << "  "
              << (o.owner.isEmpty() ? text(QT_TRANSLATE_NOOP("Inflection::CommandLine", "(no owner)"))
                                    : DisplayText::line(o.owner, terminalLine))
              << '\t'
              << QCoreApplication::translate("Inflection::CommandLine", "open %1, overdue %2, oldest %n days",
                     nullptr, o.oldestOpenDays)
                     .arg(o.open)
                     .arg(o.overdue)
              << '\n';
    }
    m_out << Qt::flush;
    return 0;
}

int CommandLine::writeInsights(
    Workspace *workspace, const InsightsFilter &filter, ExportFormat format, const QString &output)
{
    if (format == ExportFormat::Json) {
        const Result<InsightFigures> figures = Insights::of(workspace, filter, QDate::currentDate());
        if (!figures)
            return fail(figures.message());
        OutputFile file(output);
        if (!file.open() || !file.write(QJsonDocument(figures->toJson()).toJson(QJsonDocument::Indented))
            || !file.commit())
            return fail(QCoreApplication::translate("Inflection::CommandLine", "“%1” was not written: %2")
                            .arg(QDir::toNativeSeparators(output), file.errorString()));
        return 0;
    }
    const Result<Report> report = LearningReport::build(workspace, filter, QDate::currentDate());
    if (!report)
        return fail(report.message());
    if (format == ExportFormat::Pdf) {
        if (const Result<> pdf = ReportPrinter::writePdf(*report, output); !pdf)
            return fail(pdf.message());
        return 0;
    }
    if (const Result<> markdown = ReportPrinter::writeMarkdown(*report, output); !markdown)
        return fail(markdown.message());
    return 0;
}

int CommandLine::exportReview(const QStringList &args, const QCommandLineParser &parser)
{
    const QString output = parser.value(u"output"_s);
    if (args.size() != 2 || output.isEmpty())
        return usage(QCoreApplication::translate(
            "Inflection::CommandLine", "export takes a workspace, a review and -o FILE"));
    const QString key = parser.value(u"format"_s);
    if (const std::optional<DecisionRecordFormat> record = decisionRecordFormats().fromKey(key);
        record && *record != DecisionRecordFormat::Auto)
        return exportDecisionRecord(args, *record, output);
    const std::optional<ExportFormat> format = key.isEmpty()
        ? exportFormatFromPath(output).value_or(ExportFormat::Json)
        : exportFormatFromKey(key);
    if (!format)
        return fail(QCoreApplication::translate("Inflection::CommandLine",
                        "“%1” is not an export format; use pdf, markdown, json, madr or nygard")
                        .arg(key),
            2);

    Workspace::Options options;
    options.readOnly = true;
    options.create = false;
    const Result<std::unique_ptr<Workspace>> workspace = openWorkspace(args.at(0), options);
    if (!workspace)
        return fail(workspace.message());
    const Result<Review> review = findReview(workspace->get(), args.at(1));
    if (!review)
        return fail(review.message());
    if (*format == ExportFormat::Json) {
        if (const Result<> written = ReviewExporter(workspace->get()).writeFile(review->uuid, output);
            !written)
            return fail(QCoreApplication::translate("Inflection::CommandLine", "“%1” was not written: %2")
                            .arg(QDir::toNativeSeparators(output), written.message()));
        return 0;
    }
    const Result<Report> report = ReviewReport::build(workspace->get(), review->uuid);
    if (!report)
        return fail(report.message());
    const Result<> written = *format == ExportFormat::Pdf ? ReportPrinter::writePdf(*report, output)
                                                          : ReportPrinter::writeMarkdown(*report, output);
    if (!written)
        return fail(written.message());
    return 0;
}

int CommandLine::exportDecisionRecord(
    const QStringList &args, DecisionRecordFormat format, const QString &output)
{
    Workspace::Options options;
    options.readOnly = true;
    options.create = false;
    const Result<std::unique_ptr<Workspace>> workspace = openWorkspace(args.at(0), options);
    if (!workspace)
        return fail(workspace.message());
    const Result<Review> review = findReview(workspace->get(), args.at(1));
    if (!review)
        return fail(review.message());
    if (const Result<> written
        = DecisionRecordWriter::writeFile(workspace->get(), review->uuid, format, output);
        !written)
        return fail(QCoreApplication::translate("Inflection::CommandLine", "“%1” was not written: %2")
                        .arg(QDir::toNativeSeparators(output), written.message()));
    return 0;
}

int CommandLine::exportAdr(const QStringList &args, const QCommandLineParser &parser)
{
    if (args.size() != 2)
        return usage(QCoreApplication::translate(
            "Inflection::CommandLine", "export-adr takes a workspace and a folder"));
    const std::optional<DecisionRecordFormat> format
        = decisionRecordFormats().fromKey(parser.value(u"format"_s));
    if (!format || *format == DecisionRecordFormat::Auto)
        return fail(QCoreApplication::translate(
                        "Inflection::CommandLine", "“%1” is not a decision record format; use madr or nygard")
                        .arg(parser.value(u"format"_s)),
            2);
    Workspace::Options options;
    options.readOnly = true;
    options.create = false;
    const Result<std::unique_ptr<Workspace>> workspace = openWorkspace(args.at(0), options);
    if (!workspace)
        return fail(workspace.message());
    const Result<DecisionRecordCollection::Summary> done
        = DecisionRecordCollection::exportAll(workspace->get(), args.at(1), *format);
    if (!done)
        return fail(done.message());
    for (const QString &file : done->written)
        m_out << QDir::toNativeSeparators(QDir(args.at(1)).filePath(file)) << Qt::endl;
    if (!done->indexLeft.isEmpty())
        m_err << QCoreApplication::translate("Inflection::CommandLine",
            "%1 was not written by Inflection: left as it is, and no index written.")
                     .arg(QDir::toNativeSeparators(QDir(args.at(1)).filePath(done->indexLeft)))
              << Qt::endl;
    m_out << QCoreApplication::translate("Inflection::CommandLine", "%n record(s), ", nullptr, done->records)
          << QCoreApplication::translate(
                 "Inflection::CommandLine", "%n file(s) written", nullptr, int(done->written.size()))
          << Qt::endl;
    return 0;
}

int CommandLine::importAdr(const QStringList &args, const QCommandLineParser &parser)
{
    if (args.size() != 2)
        return usage(QCoreApplication::translate(
            "Inflection::CommandLine", "import-adr takes a workspace and a folder or file"));
    const std::optional<DecisionRecordFormat> format
        = decisionRecordFormats().fromKey(parser.value(u"format"_s));
    if (!format)
        return fail(QCoreApplication::translate("Inflection::CommandLine",
                        "“%1” is not a decision record format; use auto, madr or nygard")
                        .arg(parser.value(u"format"_s)),
            2);
    const bool dryRun = parser.isSet(u"dry-run"_s);
    Workspace::Options options;
    options.readOnly = dryRun;
    options.create = !dryRun;
    const Result<std::unique_ptr<Workspace>> workspace = openWorkspace(args.at(0), options);
    if (!workspace)
        return fail(workspace.message());
    if (!dryRun && (*workspace)->isReadOnly())
        return fail((*workspace)->readOnlyReason());
    DecisionRecordImporter importer(workspace->get());
    const Result<DecisionRecordImporter::Plan> plan = importer.plan(args.at(1), *format);
    if (!plan)
        return fail(plan.message());
    for (const DecisionRecordImporter::Item &item : plan->items) {
        m_out << (item.unchanged ? QCoreApplication::translate("Inflection::CommandLine", "unchanged")
                : item.update    ? QCoreApplication::translate("Inflection::CommandLine", "update")
                                 : QCoreApplication::translate("Inflection::CommandLine", "add"))
              << u'\t' << QFileInfo(item.record.path).fileName() << u'\t' << item.record.dialect << u'\t'
              << reviewStatuses().displayName(item.record.status) << u'\t'
              << proposalDecisions().displayName(item.record.decision) << u'\t' << item.record.title;
        if (!item.supersededBy.isEmpty())
            m_out << u'\t'
                  << QCoreApplication::translate("Inflection::CommandLine", "superseded by “%1”")
                         .arg(item.supersededByTitle);
        m_out << Qt::endl;
    }
    for (const DecisionRecordImporter::Failure &failure : plan->failures)
        m_err << QDir::toNativeSeparators(failure.path) << u": "_s << failure.reason << Qt::endl;
    if (!dryRun) {
        const Result<DecisionRecordImporter::Summary> done = importer.apply(*plan);
        if (!done)
            return fail(done.message());
        m_out << QCoreApplication::translate(
            "Inflection::CommandLine", "%n review(s) added, ", nullptr, done->added)
              << QCoreApplication::translate("Inflection::CommandLine", "%n updated", nullptr, done->updated)
              << u", "_s
              << QCoreApplication::translate(
                     "Inflection::CommandLine", "%n unchanged", nullptr, done->unchanged)
              << Qt::endl;
    }
    return plan->failures.isEmpty() ? 0 : 1;
}

int CommandLine::importReview(const QStringList &args, const QCommandLineParser &parser)
{
    if (args.size() != 2)
        return usage(
            QCoreApplication::translate("Inflection::CommandLine", "import takes a workspace and a file"));
    const bool force = parser.isSet(u"force"_s);
    const Result<std::unique_ptr<Workspace>> workspace = openWorkspace(args.at(0));
    if (!workspace)
        return fail(workspace.message());
    if ((*workspace)->isReadOnly())
        return fail((*workspace)->readOnlyReason());
    const Result<ReviewImporter::Imported> result
        = ReviewImporter(workspace->get()).importFile(args.at(1), force);
    if (result.error() == ErrorKind::Newer)
        return fail(QDir::toNativeSeparators(args.at(1)) + u": "_s + result.message() + u' '
            + QCoreApplication::translate("Inflection::CommandLine", "Import with --force to replace it."));
    if (!result)
        return fail(QDir::toNativeSeparators(args.at(1)) + u": "_s + result.message());
    m_out << result->message << Qt::endl;
    return 0;
}

int CommandLine::radar(const QStringList &args, const QCommandLineParser &)
{
    if (args.size() != 3 || (args.at(1) != u"import"_s && args.at(1) != u"export"_s))
        return usage(QCoreApplication::translate(
            "Inflection::CommandLine", "radar takes a workspace, import or export, and a file"));
    const bool importing = args.at(1) == u"import"_s;
    const QString path = args.at(2);
    Result<std::unique_ptr<Workspace>> opened = openWorkspace(args.at(0));
    if (!opened)
        return fail(opened.message());
    const std::unique_ptr<Workspace> &workspace = *opened;
    WorkspaceSettings settings(workspace.get());
    Result<WorkspaceConfig> config = settings.read();
    if (!config)
        return fail(config.message());
    if (!importing) {
        const QList<KnownTechnology> &known = config->knownTechnologies.technologies();
        if (const Result<> written = TechRadarFile::writeFile(path, known); !written)
            return fail(written.message());
        m_out << QCoreApplication::translate("Inflection::CommandLine", "Known technologies written: %1")
                     .arg(known.size())
              << '\n';
        return 0;
    }
    if (workspace->isReadOnly())
        return fail(workspace->readOnlyReason());
    const Result<TechRadarFile::Parsed> parsed = TechRadarFile::readFile(path);
    if (!parsed)
        return fail(parsed.message());
    for (const TechRadarFile::Problem &problem : parsed->problems)
        m_err << TechRadarFile::describe(problem) << '\n';
    const TechRadarFile::Merge merge
        = TechRadarFile::merge(config->knownTechnologies.technologies(), parsed->technologies);
    config->knownTechnologies = TechRadar(merge.technologies);
    if (const Result<> written = settings.write(*config); !written)
        return fail(QCoreApplication::translate("Inflection::CommandLine", "nothing was imported: %1")
                        .arg(written.message()));
    // What changed, a line a technology; then one "what: how many" line each, so that no sentence depends
    // on the number.
    for (const QString &name : merge.added)
        m_out << QCoreApplication::translate("Inflection::CommandLine", "added: %1").arg(name) << '\n';
    for (const QString &name : merge.changed)
        m_out << QCoreApplication::translate("Inflection::CommandLine", "changed: %1").arg(name) << '\n';
    m_out << QCoreApplication::translate("Inflection::CommandLine", "Known technologies added: %1")
                 .arg(merge.added.size())
          << '\n'
          << QCoreApplication::translate("Inflection::CommandLine", "Known technologies changed: %1")
                 .arg(merge.changed.size())
          << '\n'
          << QCoreApplication::translate("Inflection::CommandLine", "Rows left out: %1")
                 .arg(parsed->problems.size())
          << '\n';
    // The rest is imported, but a row left out is not something to pass over in a script.
    return parsed->problems.isEmpty() ? 0 : 1;
}

int CommandLine::importTimeline(const QStringList &args, const QCommandLineParser &parser)
{
    if (args.size() != 3)
        return usage(QCoreApplication::translate(
            "Inflection::CommandLine", "import-timeline takes a workspace, a review and a file"));
    const QString formatKey = parser.value(u"format"_s);
    const QString fromText = parser.value(u"from"_s);
    const QString toText = parser.value(u"to"_s);
    const bool all = parser.isSet(u"all"_s);
    if (all && (!fromText.isEmpty() || !toText.isEmpty()))
        return usage(QCoreApplication::translate(
            "Inflection::CommandLine", "--all cannot be given with --from or --to"));
    const QString path = args.at(2);
    TimelineImportFormat format = guessTimelineImportFormat(path);
    if (!formatKey.isEmpty()) {
        const auto chosen = timelineImportFormatFromKey(formatKey);
        if (!chosen)
            return usage(QCoreApplication::translate(
                "Inflection::CommandLine", "“%1” is not a timeline format; use csv, slack or irc")
                             .arg(formatKey));
        format = *chosen;
    }

    Result<std::unique_ptr<Workspace>> opened = openWorkspace(args.at(0));
    if (!opened)
        return fail(opened.message());
    const std::unique_ptr<Workspace> &workspace = *opened;
    if (workspace->isReadOnly())
        return fail(workspace->readOnlyReason());
    const Result<Review> review = findReview(workspace.get(), args.at(1));
    if (!review)
        return fail(review.message());
    if (review->kind != ReviewKind::Postmortem)
        return fail(QCoreApplication::translate(
            "Inflection::CommandLine", "“%1” is not a postmortem; only a postmortem has a timeline")
                        .arg(review->title));

    const Result<WorkspaceConfig> config = WorkspaceSettings(workspace.get()).read();
    if (!config)
        return fail(config.message());
    const QTimeZone zone = config->timeZone;
    TimelineImporter importer(workspace.get());
    TimelineImporter::Window window;
    if (!all) {
        const Result<TimelineImporter::Window> incident = importer.incidentWindow(review->id);
        if (!incident)
            return fail(incident.message());
        window = *incident;
        for (const auto &[text, end] : {std::pair {fromText, &window.from}, std::pair {toText, &window.to}}) {
            if (text.isEmpty())
                continue;
            *end = CsvTimelineParser::parseTime(text, zone);
            if (!end->isValid())
                return usage(QCoreApplication::translate("Inflection::CommandLine",
                    "“%1” is not a time; write it as 2026-03-03T14:05 or 2026-03-03 14:05[:00], "
                    "with an offset or in the workspace's time zone")
                                 .arg(text));
        }
    }

    // A Slack export zip holds many channels: one is read, named or the only one.
    const QString channel = parser.value(u"channel"_s);
    const bool zip = format == TimelineImportFormat::Slack && SlackTimelineParser::isZip(path);
    if (!channel.isEmpty() && !zip)
        return usage(QCoreApplication::translate(
            "Inflection::CommandLine", "--channel is for a Slack export zip; %1 is not one")
                         .arg(QDir::toNativeSeparators(path)));
    if (zip && channel.isEmpty()) {
        const Result<QList<SlackTimelineParser::ZipChannel>> channels
            = SlackTimelineParser::zipChannels(path);
        if (!channels)
            return fail(channels.message());
        if (channels->size() > 1) {
            QStringList names;
            for (const SlackTimelineParser::ZipChannel &c : *channels)
                names.append(c.name);
            return usage(QCoreApplication::translate(
                "Inflection::CommandLine", "%1 holds several channels; name one with --channel: %2")
                             .arg(QDir::toNativeSeparators(path), names.join(u", "_s)));
        }
    }

    const ParsedTimeline parsed = TimelineImporter::read(path, format, zone, {}, channel);
    if (!parsed.error.isEmpty())
        return fail(parsed.error);
    Result<TimelineImporter::Plan> planned
        = importer.plan(review->id, parsed.events, window, parsed.orderTimes);
    if (!planned)
        return fail(planned.message());
    TimelineImporter::Plan &plan = *planned;
    const QString what = TimelineImporter::describe(path, plan.events.size());
    if (!plan.events.isEmpty()) {
        if (const Result<> written = importer.write(review->id, &plan, what, {}); !written)
            return fail(QCoreApplication::translate("Inflection::CommandLine", "nothing was imported: %1")
                            .arg(written.message()));
    }

    // One "what: how many" line each, so that no sentence depends on the number.
    m_out << QCoreApplication::translate("Inflection::CommandLine", "Events added to “%1”: %2")
                 .arg(review->title)
                 .arg(plan.events.size())
          << '\n';
    if (plan.outsideWindow > 0) {
        const QLocale c = QLocale::c();
        const QString from = window.from.isValid()
            ? c.toString(window.from.toTimeZone(zone), u"yyyy-MM-dd HH:mm"_s)
            : QCoreApplication::translate("Inflection::CommandLine", "the beginning");
        const QString to = window.to.isValid()
            ? c.toString(window.to.toTimeZone(zone), u"yyyy-MM-dd HH:mm"_s)
            : QCoreApplication::translate("Inflection::CommandLine", "the end");
        m_out << QCoreApplication::translate(
            "Inflection::CommandLine", "Left out, outside %1 – %2 (--all takes them): %3")
                     .arg(from, to)
                     .arg(plan.outsideWindow)
              << '\n';
    }
    if (plan.duplicates > 0)
        m_out << QCoreApplication::translate("Inflection::CommandLine", "Already in the timeline: %1")
                     .arg(plan.duplicates)
              << '\n';
    if (parsed.skipped > 0)
        m_out << QCoreApplication::translate(
            "Inflection::CommandLine", "System messages skipped (joins, leaves, topic and mode changes): %1")
                     .arg(parsed.skipped)
              << '\n';
    if (parsed.unreadable > 0) {
        const QString places = parsed.unreadableAt.join(u", "_s)
            + (parsed.unreadable > parsed.unreadableAt.size() ? u", …"_s : QString());
        m_out << QCoreApplication::translate(
            "Inflection::CommandLine", "Lines that could not be read: %1 (%2)")
                     .arg(parsed.unreadable)
                     .arg(places)
              << '\n';
    }
    m_out << Qt::flush;
    return 0;
}

int CommandLine::lint(const QStringList &args, const QCommandLineParser &parser)
{
    if (args.size() != 1)
        return usage(QCoreApplication::translate(
            "Inflection::CommandLine", "lint takes one file, or - for standard input"));
    const QString language = parser.value(u"lang"_s);
    if (parser.isSet(u"lang"_s) && !BlamelessCoach::languages().contains(language))
        return fail(QCoreApplication::translate(
                        "Inflection::CommandLine", "“%1” is not a language the coach knows; use %2")
                        .arg(language, BlamelessCoach::languages().join(u", "_s)),
            2);
    QFile file;
    const bool fromStdin = args.first() == u"-"_s;
    if (fromStdin ? !file.open(stdin, QIODevice::ReadOnly)
                  : (file.setFileName(args.first()), !file.open(QIODevice::ReadOnly)))
        return fail(QCoreApplication::translate("Inflection::CommandLine", "“%1” cannot be read: %2")
                        .arg(args.first(), file.errorString()),
            2);
    // Text as editors save it: UTF-8, with or without a byte order mark, or UTF-16 with its mark.
    const QByteArray bytes = file.readAll();
    QStringDecoder decode(QStringConverter::encodingForData(bytes).value_or(QStringConverter::Utf8));
    const QString text = decode(bytes);
    // Without a review, a capitalised name where a rule expects a person counts; every language at once,
    // as the window checks, unless --lang names one.
    const QList<LintFinding> findings = parser.isSet(u"lang"_s)
        ? BlamelessCoach::forLanguage(language).check(text, {}, BlamelessCoach::Names::Capitalised)
        : BlamelessCoach::checkEveryLanguage(text, {}, BlamelessCoach::Names::Capitalised);
    // Line and column of each finding, both from 1.
    qsizetype line = 1;
    qsizetype lineStart = 0;
    qsizetype scanned = 0;
    for (const LintFinding &f : findings) {
        for (; scanned < f.start; ++scanned) {
            if (text.at(scanned) == u'\n') {
                ++line;
                lineStart = scanned + 1;
            }
        }
        m_out << line << ':' << (f.start - lineStart + 1) << ": " << f.category << ": " << f.phrase << ": "
              << f.explanation << '\n';
        if (!f.suggestion.isEmpty())
            m_out << "    "
                  << QCoreApplication::translate("Inflection::CommandLine", "Instead: %1").arg(f.suggestion)
                  << '\n';
    }
    m_out << Qt::flush;
    return findings.isEmpty() ? 0 : 1;
}

} // namespace Inflection
