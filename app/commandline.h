// The subcommands of `inflection` that work without a display: demo, check, list, --version.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Inflection {

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
    int lint(const QStringList &args);
    int fail(const QString &message, int status = 1);

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Inflection
