// The subcommands of `inflection` that work without a display: demo, check, list, export, import,
// import-timeline, lint, --version.
#pragma once

#include "domain/result.h"
#include "domain/review.h"

#include <QStringList>
#include <QTextStream>
#include <optional>

namespace Inflection {

class Workspace;

class CommandLine
{
public:
    CommandLine();

    // True when arguments (argv[1] onwards) name a subcommand or --version / --help.
    static bool handles(const QStringList &arguments);
    static QString versionText();

    // Runs the subcommand; returns the process exit status.
    int run(const QStringList &arguments);

private:
    int usage(const QString &problem = QString());
    int demo(const QStringList &args);
    int check(const QStringList &args);
    int list(const QStringList &args);
    int exportReview(const QStringList &args);
    int importReview(const QStringList &args);
    int importTimeline(const QStringList &args);
    int lint(const QStringList &args);
    // The review whose uuid starts with prefix, or a message saying there is none or several.
    static Result<Review> findReview(Workspace *workspace, const QString &prefix);
    int fail(const QString &message, int status = 1);

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Inflection
