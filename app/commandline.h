// The command line of `inflection`: the subcommands that work without a display (one table of them),
// --help and --version, and the arguments that open the window.
#pragma once

#include "domain/insightfigures.h"
#include "domain/result.h"
#include "domain/review.h"
#include "io/decisionrecord.h"
#include "io/exportformat.h"

#include <QStringList>
#include <QTextStream>
#include <optional>

class QCommandLineParser;

namespace Inflection {

class Workspace;

class CommandLine
{
public:
    // What the arguments ask of the window.
    struct WindowRequest
    {
        QString workspace; // empty: the default workspace
        std::optional<QString> language; // --language, otherwise the preference
        std::optional<QString> appearance; // --appearance, otherwise the preference
        // For scripts (benchmarks, screenshots).
        bool quitAfterStartup = false;
        QString screenshot;
        QString screenshotTour;
        bool everyTab = false;
    };

    CommandLine();

    // The window's request when the arguments (argv[1] onwards) are for the window: none, or a
    // workspace and the window's options. Otherwise (a subcommand, help, the version, a mistake)
    // run() answers them, without a display.
    static std::optional<WindowRequest> windowRequest(const QStringList &arguments);
    // True when run() lays text out in fonts for these arguments: it then needs a QGuiApplication
    // (on the offscreen platform), though never a display.
    static bool needsGui(const QStringList &arguments);
    static QString versionText();

    // Runs the subcommand, or answers --help, --version or a mistake; returns the exit status
    // (0 done, 1 a bad file or a failure, 2 a usage error).
    int run(const QStringList &arguments);

private:
    // A row of the table: to add a subcommand, add a row and write its handler.
    struct Subcommand;
    static const QList<Subcommand> &subcommands();
    static const Subcommand *findSubcommand(const QString &name);
    // Its parser: --help, its options, and its name and synopsis as the first positional argument.
    static void describe(const Subcommand &subcommand, QCommandLineParser *parser);
    int runSubcommand(const Subcommand &subcommand, const QStringList &arguments);

    int help(const QStringList &args, const QCommandLineParser &parser);
    int demo(const QStringList &args, const QCommandLineParser &parser);
    int check(const QStringList &args, const QCommandLineParser &parser);
    int list(const QStringList &args, const QCommandLineParser &parser);
    int salvage(const QStringList &args, const QCommandLineParser &parser);
    int copy(const QStringList &args, const QCommandLineParser &parser);
    int server(const QStringList &args, const QCommandLineParser &parser);
    int search(const QStringList &args, const QCommandLineParser &parser);
    int insights(const QStringList &args, const QCommandLineParser &parser);
    // insights -o FILE: the learning report as a PDF or Markdown, or the figures as JSON.
    int writeInsights(
        Workspace *workspace, const InsightsFilter &filter, ExportFormat format, const QString &output);
    int exportReview(const QStringList &args, const QCommandLineParser &parser);
    int exportDecisionRecord(const QStringList &args, DecisionRecordFormat format, const QString &output);
    int exportAdr(const QStringList &args, const QCommandLineParser &parser);
    int importAdr(const QStringList &args, const QCommandLineParser &parser);
    int importReview(const QStringList &args, const QCommandLineParser &parser);
    int importTimeline(const QStringList &args, const QCommandLineParser &parser);
    int radar(const QStringList &args, const QCommandLineParser &parser);
    int lint(const QStringList &args, const QCommandLineParser &parser);

    // The general help: usage, options and the subcommands.
    static QString generalHelp();
    static QString subcommandList();
    // The subcommand whose name is closest to a mistyped one; empty when none is close.
    static QString closestSubcommand(const QString &command);
    // A lone argument that is no file, has no folder or suffix, and is close to a subcommand's name.
    static bool looksLikeMistypedSubcommand(const QString &argument);
    // A usage error: the problem, then the help of the subcommand running (or the general help).
    int usage(const QString &problem);
    int unknownCommand(const QString &command, bool onlyArgument);
    // The review whose uuid starts with prefix, or a message saying there is none or several.
    static Result<Review> findReview(Workspace *workspace, const QString &prefix);
    int fail(const QString &message, int status = 1);

    QTextStream m_out;
    QTextStream m_err;
    QString m_help; // of the subcommand running; its usage line shown after a usage error
    QString m_subcommand; // the name of the subcommand running
};

} // namespace Inflection
