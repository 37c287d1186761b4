// Command-line subcommands; errors go to stderr with a non-zero exit status.
#include "commandline.h"

#include "domain/timestamp.h"
#include "io/demoworkspace.h"
#include "io/reviewexporter.h"
#include "io/reviewimporter.h"
#include "lint/blamelesscoach.h"
#include "store/migrator.h"
#include "store/reviewrepository.h"
#include "store/sqlitesupport.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Inflection::CommandLine", text, disambiguation, n);
}
const QStringList subcommands = {u"demo"_s, u"check"_s, u"list"_s, u"export"_s, u"import"_s, u"lint"_s};
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
    if (command == u"lint"_s)
        return lint(rest);
    return usage(tr("unknown command “%1”").arg(command));
}

int CommandLine::usage(const QString &problem)
{
    QTextStream &stream = problem.isEmpty() ? m_out : m_err;
    if (!problem.isEmpty())
        stream << "inflection: " << problem << Qt::endl;
    stream << tr(
        "Usage:\n"
        "  inflection [WORKSPACE]            open the window (default: the local workspace)\n"
        "  inflection --version\n"
        "  inflection demo WORKSPACE         create a workspace with a worked example of each kind\n"
        "  inflection check WORKSPACE        integrity, schema version and journal mode; exit 0 "
        "when healthy\n"
        "  inflection list WORKSPACE [--json]  the reviews: uuid, kind, title, status, updated_at\n"
        "  inflection export WORKSPACE REVIEW --format json -o FILE\n"
        "                                    write a review (uuid or unique prefix) to a file\n"
        "  inflection import WORKSPACE FILE.json [--force]\n"
        "                                    add or update a review from a file\n"
        "  inflection lint [--lang en|ru] FILE|-\n"
        "                                    blame language in a text: one finding a line; exit 1 when "
        "there are findings\n")
           << Qt::flush;
    return problem.isEmpty() ? 0 : 2;
}

int CommandLine::fail(const QString &message, int status)
{
    m_err << "inflection: " << message << Qt::endl;
    return status;
}

int CommandLine::demo(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("demo takes one argument: the workspace file to create"));
    const QString path = args.first();
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0)
        return fail(
            tr("“%1” already exists; give the name of a new file").arg(QDir::toNativeSeparators(path)));
    QString error;
    auto workspace = Workspace::open(path, &error);
    if (!workspace)
        return fail(error);
    if (!DemoWorkspace::populate(workspace.get(), &error)) {
        workspace.reset();
        QFile::remove(path);
        return fail(tr("the demo workspace could not be written: %1").arg(error));
    }
    m_out
        << tr("Created %1 with a worked example of each kind of review.").arg(QDir::toNativeSeparators(path))
        << Qt::endl;
    return 0;
}

int CommandLine::check(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("check takes one argument: the workspace file"));
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
        return fail(
            tr("“%1” cannot be checked: %2").arg(QDir::toNativeSeparators(args.first()), sqlError.text()));
    if (integrity != u"ok"_s) {
        // One line: SQLite reports "*** in database main ***" and then one problem a line.
        QStringList details = integrity.split(u'\n', Qt::SkipEmptyParts);
        details.removeIf([](const QString &line) { return line.startsWith(u"***"_s); });
        return fail(
            workspace->describeProblem(Workspace::Problem::Corrupt) + u" ("_s + details.join(u"; "_s) + u')');
    }
    if (workspace->schemaVersion() < Migrator::latestVersion()) {
        m_out << tr("%1: healthy; schema version %2 (this version of Inflection upgrades it to %3 when it "
                    "opens it for writing), journal mode %4, %5 file system")
                     .arg(QDir::toNativeSeparators(workspace->path()))
                     .arg(workspace->schemaVersion())
                     .arg(Migrator::latestVersion())
                     .arg(SqliteSupport::journalMode(db),
                         workspace->location() == FileSystemKind::Network ? tr("network") : tr("local"))
              << Qt::endl;
        return 0;
    }
    ReviewRepository repository(workspace.get());
    const int reviews = int(repository.all().size());
    m_out << tr(
        "%1: healthy; schema version %2, journal mode %3, %4 file system, %n review(s)", nullptr, reviews)
                 .arg(QDir::toNativeSeparators(workspace->path()))
                 .arg(workspace->schemaVersion())
                 .arg(SqliteSupport::journalMode(db),
                     workspace->location() == FileSystemKind::Network ? tr("network") : tr("local"))
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
            return usage(tr("unknown option “%1”").arg(arg));
        else
            positional.append(arg);
    }
    if (positional.size() != 1)
        return usage(tr("list takes one argument: the workspace file"));
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
            return usage(tr("unknown option “%1”").arg(arg));
        else
            positional.append(arg);
    }
    if (positional.size() != 2 || output.isEmpty())
        return usage(tr("export takes a workspace, a review and -o FILE"));
    if (format.isEmpty())
        format = u"json"_s;
    if (format != u"json"_s)
        return fail(tr("“%1” is not an export format this version writes; use --format json").arg(format), 2);

    Workspace::Options options;
    options.readOnly = true;
    options.create = false;
    Workspace::Problem problem = Workspace::Problem::None;
    QString error;
    auto workspace = Workspace::open(positional.at(0), options, &problem, &error);
    if (!workspace)
        return fail(error);
    const QList<Review> matches
        = ReviewRepository(workspace.get()).findByUuidPrefix(positional.at(1), &error);
    if (!error.isEmpty())
        return fail(error);
    if (matches.isEmpty())
        return fail(tr("no review's uuid starts with “%1”").arg(positional.at(1)));
    if (matches.size() > 1)
        return fail(
            tr("“%1” is the start of %n reviews' uuids; give more of it", nullptr, int(matches.size()))
                .arg(positional.at(1)));
    if (!ReviewExporter(workspace.get()).writeFile(matches.first().uuid, output, &error))
        return fail(tr("“%1” was not written: %2").arg(QDir::toNativeSeparators(output), error));
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
            return usage(tr("unknown option “%1”").arg(arg));
        else
            positional.append(arg);
    }
    if (positional.size() != 2)
        return usage(tr("import takes a workspace and a file"));
    QString error;
    auto workspace = Workspace::open(positional.at(0), &error);
    if (!workspace)
        return fail(error);
    if (workspace->isReadOnly())
        return fail(workspace->readOnlyReason());
    const ReviewImporter::Result result = ReviewImporter(workspace.get()).importFile(positional.at(1), force);
    if (!result.ok())
        return fail(QDir::toNativeSeparators(positional.at(1)) + u": "_s + result.message);
    m_out << result.message << Qt::endl;
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
            return usage(tr("unknown option “%1”").arg(arg));
        else
            positional.append(arg);
    }
    if (positional.size() != 1)
        return usage(tr("lint takes one file, or - for standard input"));
    if (!BlamelessCoach::languages().contains(language))
        return fail(tr("“%1” is not a language the coach knows; use %2")
                        .arg(language, BlamelessCoach::languages().join(u", "_s)),
            2);
    QFile file;
    const bool fromStdin = positional.first() == u"-"_s;
    if (fromStdin ? !file.open(stdin, QIODevice::ReadOnly)
                  : (file.setFileName(positional.first()), !file.open(QIODevice::ReadOnly)))
        return fail(tr("“%1” cannot be read: %2").arg(positional.first(), file.errorString()), 2);
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
