// Command-line subcommands; errors go to stderr with a non-zero exit status.
#include "commandline.h"

#include "domain/timestamp.h"
#include "io/csvtimelineparser.h"
#include "io/demoworkspace.h"
#include "io/exportformat.h"
#include "io/reviewexporter.h"
#include "io/reviewimporter.h"
#include "io/timelineimporter.h"
#include "lint/blamelesscoach.h"
#include "report/reportprinter.h"
#include "report/reviewreport.h"
#include "store/migrator.h"
#include "store/reviewrepository.h"
#include "store/sqlitesupport.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlDatabase>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {
const QStringList subcommands
    = {u"demo"_s, u"check"_s, u"list"_s, u"export"_s, u"import"_s, u"import-timeline"_s, u"lint"_s};
} // namespace

CommandLine::CommandLine()
    : m_out(stdout)
    , m_err(stderr)
{ }

bool CommandLine::handles(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString first = arguments.first();
    return subcommands.contains(first) || first == u"--version"_s || first == u"-v"_s || first == u"help"_s;
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
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == u"--version"_s || command == u"-v"_s) {
        m_out << versionText() << Qt::endl;
        return 0;
    }
    if (command == u"help"_s)
        return usage();
    if (command == u"demo"_s)
        return demo(rest);
    if (command == u"check"_s)
        return check(rest);
    if (command == u"list"_s)
        return list(rest);
    if (command == u"export"_s)
        return exportReview(rest);
    if (command == u"import"_s)
        return importReview(rest);
    if (command == u"import-timeline"_s)
        return importTimeline(rest);
    if (command == u"lint"_s)
        return lint(rest);
    return usage(QCoreApplication::translate("Inflection::CommandLine", "unknown command “%1”").arg(command));
}

int CommandLine::usage(const QString &problem)
{
    QTextStream &stream = problem.isEmpty() ? m_out : m_err;
    if (!problem.isEmpty())
        stream << "inflection: " << problem << Qt::endl;
    stream << QCoreApplication::translate("Inflection::CommandLine",
        "Usage:\n"
        "  inflection [WORKSPACE]            open the window (default: the local workspace)\n"
        "  inflection --version\n"
        "  inflection demo WORKSPACE         create a workspace with a worked example of each kind\n"
        "  inflection check WORKSPACE        integrity, schema version and journal mode; exit 0 "
        "when healthy\n"
        "  inflection list WORKSPACE [--json]  the reviews: uuid, kind, title, status, updated_at\n"
        "  inflection export WORKSPACE REVIEW --format pdf|markdown|json -o FILE\n"
        "                                    write a review (uuid or unique prefix) to a file\n"
        "  inflection import WORKSPACE FILE.json [--force]\n"
        "                                    add or update a review from a file\n"
        "  inflection import-timeline WORKSPACE REVIEW FILE [--format csv|slack|irc]\n"
        "                     [--from TIME] [--to TIME] [--all]\n"
        "                                    add events from a CSV file, a Slack export or an IRC log "
        "to a\n"
        "                                    postmortem's timeline; only those between the incident's "
        "start\n"
        "                                    and resolution unless --from, --to or --all\n"
        "  inflection lint [--lang en|ru] FILE|-\n"
        "                                    blame language in a text: one finding a line; exit 1 when "
        "there are findings\n")
           << Qt::flush;
    return problem.isEmpty() ? 0 : 2;
}

std::optional<Review> CommandLine::findReview(Workspace *workspace, const QString &prefix, QString *error)
{
    const QList<Review> matches = ReviewRepository(workspace).findByUuidPrefix(prefix, error);
    if (!error->isEmpty())
        return std::nullopt;
    if (matches.isEmpty())
        *error = QCoreApplication::translate("Inflection::CommandLine", "no review's uuid starts with “%1”")
                     .arg(prefix);
    else if (matches.size() > 1)
        *error = QCoreApplication::translate("Inflection::CommandLine",
            "“%1” is the start of %n reviews' uuids; give more of it", nullptr, int(matches.size()))
                     .arg(prefix);
    else
        return matches.first();
    return std::nullopt;
}

int CommandLine::fail(const QString &message, int status)
{
    m_err << "inflection: " << message << Qt::endl;
    return status;
}

int CommandLine::demo(const QStringList &args)
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
    QString error;
    auto workspace = Workspace::open(path, &error);
    if (!workspace)
        return fail(error);
    if (!DemoWorkspace::populate(workspace.get(), &error)) {
        workspace.reset();
        QFile::remove(path);
        return fail(QCoreApplication::translate(
            "Inflection::CommandLine", "the demo workspace could not be written: %1")
                        .arg(error));
    }
    m_out << QCoreApplication::translate(
        "Inflection::CommandLine", "Created %1 with a worked example of each kind of review.")
                 .arg(QDir::toNativeSeparators(path))
          << Qt::endl;
    return 0;
}

int CommandLine::check(const QStringList &args)
{
    if (args.size() != 1)
        return usage(QCoreApplication::translate(
            "Inflection::CommandLine", "check takes one argument: the workspace file"));
    Workspace::Options options;
    options.readOnly = true; // checking never writes
    options.create = false;
    Workspace::Problem problem = Workspace::Problem::None;
    QString error;
    auto workspace = Workspace::open(args.first(), options, &problem, &error);
    if (!workspace)
        return fail(error);
    if (workspace->readOnlyProblem() != Workspace::Problem::None)
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
        return fail(
            workspace->describeProblem(Workspace::Problem::Corrupt) + u" ("_s + details.join(u"; "_s) + u')');
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
    ReviewRepository repository(workspace.get());
    const int reviews = int(repository.all().size());
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

int CommandLine::list(const QStringList &args)
{
    QStringList positional;
    bool json = false;
    for (const QString &arg : args) {
        if (arg == u"--json"_s)
            json = true;
        else if (arg.startsWith(u"-"_s))
            return usage(
                QCoreApplication::translate("Inflection::CommandLine", "unknown option “%1”").arg(arg));
        else
            positional.append(arg);
    }
    if (positional.size() != 1)
        return usage(QCoreApplication::translate(
            "Inflection::CommandLine", "list takes one argument: the workspace file"));
    Workspace::Options options;
    options.readOnly = true;
    options.create = false;
    Workspace::Problem problem = Workspace::Problem::None;
    QString error;
    auto workspace = Workspace::open(positional.first(), options, &problem, &error);
    if (!workspace)
        return fail(error);
    ReviewRepository repository(workspace.get());
    const QList<Review> reviews = repository.all(&error);
    if (!error.isEmpty())
        return fail(error);
    if (json) {
        QJsonArray array;
        for (const Review &r : reviews) {
            array.append(QJsonObject {{u"uuid"_s, r.uuid}, {u"kind"_s, reviewKindKey(r.kind)},
                {u"title"_s, r.title}, {u"status"_s, reviewStatusKey(r.status)},
                {u"updated_at"_s, timestampToText(r.updatedAt)}});
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)) << Qt::flush;
        return 0;
    }
    for (const Review &r : reviews) {
        m_out << r.uuid << '\t' << reviewKindKey(r.kind) << '\t' << reviewStatusKey(r.status) << '\t'
              << timestampToText(r.updatedAt) << '\t' << r.title << '\n';
    }
    m_out << Qt::flush;
    return 0;
}

int CommandLine::exportReview(const QStringList &args)
{
    QStringList positional;
    QString format;
    QString output;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if ((arg == u"--format"_s || arg == u"-o"_s || arg == u"--output"_s) && i + 1 < args.size())
            (arg == u"--format"_s ? format : output) = args.at(++i);
        else if (arg.startsWith(u"-"_s))
            return usage(
                QCoreApplication::translate("Inflection::CommandLine", "unknown option “%1”").arg(arg));
        else
            positional.append(arg);
    }
    if (positional.size() != 2 || output.isEmpty())
        return usage(QCoreApplication::translate(
            "Inflection::CommandLine", "export takes a workspace, a review and -o FILE"));
    const std::optional<ExportFormat> chosen = format.isEmpty()
        ? exportFormatFromPath(output).value_or(ExportFormat::Json)
        : exportFormatFromKey(format);
    if (!chosen)
        return fail(QCoreApplication::translate(
                        "Inflection::CommandLine", "“%1” is not an export format; use pdf, markdown or json")
                        .arg(format),
            2);

    Workspace::Options options;
    options.readOnly = true;
    options.create = false;
    Workspace::Problem problem = Workspace::Problem::None;
    QString error;
    auto workspace = Workspace::open(positional.at(0), options, &problem, &error);
    if (!workspace)
        return fail(error);
    const std::optional<Review> review = findReview(workspace.get(), positional.at(1), &error);
    if (!review)
        return fail(error);
    if (*chosen == ExportFormat::Json) {
        if (!ReviewExporter(workspace.get()).writeFile(review->uuid, output, &error))
            return fail(QCoreApplication::translate("Inflection::CommandLine", "“%1” was not written: %2")
                            .arg(QDir::toNativeSeparators(output), error));
        return 0;
    }
    const std::optional<Report> report = ReviewReport::build(workspace.get(), review->uuid, &error);
    if (!report)
        return fail(error);
    const bool written = *chosen == ExportFormat::Pdf ? ReportPrinter::writePdf(*report, output, &error)
                                                      : ReportPrinter::writeMarkdown(*report, output, &error);
    if (!written)
        return fail(error);
    return 0;
}

int CommandLine::importReview(const QStringList &args)
{
    QStringList positional;
    bool force = false;
    for (const QString &arg : args) {
        if (arg == u"--force"_s)
            force = true;
        else if (arg.startsWith(u"-"_s))
            return usage(
                QCoreApplication::translate("Inflection::CommandLine", "unknown option “%1”").arg(arg));
        else
            positional.append(arg);
    }
    if (positional.size() != 2)
        return usage(
            QCoreApplication::translate("Inflection::CommandLine", "import takes a workspace and a file"));
    QString error;
    auto workspace = Workspace::open(positional.at(0), &error);
    if (!workspace)
        return fail(error);
    if (workspace->isReadOnly())
        return fail(workspace->readOnlyReason());
    const ReviewImporter::Result result = ReviewImporter(workspace.get()).importFile(positional.at(1), force);
    if (result.outcome == ReviewImporter::Result::Outcome::Newer)
        return fail(QDir::toNativeSeparators(positional.at(1)) + u": "_s + result.message + u' '
            + QCoreApplication::translate("Inflection::CommandLine", "Import with --force to replace it."));
    if (!result.ok())
        return fail(QDir::toNativeSeparators(positional.at(1)) + u": "_s + result.message);
    m_out << result.message << Qt::endl;
    return 0;
}

int CommandLine::importTimeline(const QStringList &args)
{
    QStringList positional;
    QString formatKey;
    QString fromText;
    QString toText;
    bool all = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if ((arg == u"--format"_s || arg == u"--from"_s || arg == u"--to"_s) && i + 1 < args.size())
            (arg == u"--format"_s ? formatKey : arg == u"--from"_s ? fromText : toText) = args.at(++i);
        else if (arg == u"--all"_s)
            all = true;
        else if (arg.startsWith(u"-"_s))
            return usage(
                QCoreApplication::translate("Inflection::CommandLine", "unknown option “%1”").arg(arg));
        else
            positional.append(arg);
    }
    if (positional.size() != 3)
        return usage(QCoreApplication::translate(
            "Inflection::CommandLine", "import-timeline takes a workspace, a review and a file"));
    if (all && (!fromText.isEmpty() || !toText.isEmpty()))
        return usage(QCoreApplication::translate(
            "Inflection::CommandLine", "--all cannot be given with --from or --to"));
    const QString path = positional.at(2);
    TimelineImportFormat format = guessTimelineImportFormat(path);
    if (!formatKey.isEmpty()) {
        const auto chosen = timelineImportFormatFromKey(formatKey);
        if (!chosen)
            return usage(QCoreApplication::translate(
                "Inflection::CommandLine", "“%1” is not a timeline format; use csv, slack or irc")
                             .arg(formatKey));
        format = *chosen;
    }

    QString error;
    auto workspace = Workspace::open(positional.at(0), &error);
    if (!workspace)
        return fail(error);
    if (workspace->isReadOnly())
        return fail(workspace->readOnlyReason());
    const std::optional<Review> review = findReview(workspace.get(), positional.at(1), &error);
    if (!review)
        return fail(error);
    if (review->kind != ReviewKind::Postmortem)
        return fail(QCoreApplication::translate(
            "Inflection::CommandLine", "“%1” is not a postmortem; only a postmortem has a timeline")
                        .arg(review->title));

    const QTimeZone zone = WorkspaceSettings(workspace.get()).timeZone();
    TimelineImporter importer(workspace.get());
    TimelineImporter::Window window;
    if (!all) {
        window = importer.incidentWindow(review->id);
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

    const ParsedTimeline parsed = TimelineImporter::read(path, format, zone);
    if (!parsed.error.isEmpty())
        return fail(parsed.error);
    TimelineImporter::Plan plan = importer.plan(review->id, parsed.events, window, &error);
    if (!error.isEmpty())
        return fail(error);
    const QString what = TimelineImporter::describe(path, plan.events.size());
    if (!plan.events.isEmpty()
        && importer.write(review->id, &plan, what, {}, &error) != TimelineRepository::BulkOutcome::Done)
        return fail(
            QCoreApplication::translate("Inflection::CommandLine", "nothing was imported: %1").arg(error));

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

int CommandLine::lint(const QStringList &args)
{
    QString language = u"en"_s;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--lang"_s && i + 1 < args.size())
            language = args.at(++i);
        else if (arg.startsWith(u"--lang="_s))
            language = arg.mid(7);
        else if (arg != u"-"_s && arg.startsWith(u"-"_s))
            return usage(
                QCoreApplication::translate("Inflection::CommandLine", "unknown option “%1”").arg(arg));
        else
            positional.append(arg);
    }
    if (positional.size() != 1)
        return usage(QCoreApplication::translate(
            "Inflection::CommandLine", "lint takes one file, or - for standard input"));
    if (!BlamelessCoach::languages().contains(language))
        return fail(QCoreApplication::translate(
                        "Inflection::CommandLine", "“%1” is not a language the coach knows; use %2")
                        .arg(language, BlamelessCoach::languages().join(u", "_s)),
            2);
    QFile file;
    const bool fromStdin = positional.first() == u"-"_s;
    if (fromStdin ? !file.open(stdin, QIODevice::ReadOnly)
                  : (file.setFileName(positional.first()), !file.open(QIODevice::ReadOnly)))
        return fail(QCoreApplication::translate("Inflection::CommandLine", "“%1” cannot be read: %2")
                        .arg(positional.first(), file.errorString()),
            2);
    const QString text = QString::fromUtf8(file.readAll());
    const QList<LintFinding> findings = BlamelessCoach::forLanguage(language).check(text);
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
    }
    m_out << Qt::flush;
    return findings.isEmpty() ? 0 : 1;
}

} // namespace Inflection
