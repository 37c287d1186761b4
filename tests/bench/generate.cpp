// inflection_bench_generate WORKSPACE [--reviews N] [--contents]: writes a workspace of the given size.
#include "workspacegenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(u"workspace"_s, u"The workspace file to create or extend."_s);
    QCommandLineOption reviews(u"reviews"_s, u"How many reviews to add."_s, u"N"_s, u"1000"_s);
    parser.addOption(reviews);
    QCommandLineOption contents(u"contents"_s,
        u"Fill the reviews: half postmortems with their incidents, timelines, factors, remediation items and "
        u"links, a quarter operability reviews with contingency items, a quarter architecture reviews."_s);
    parser.addOption(contents);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    Bench::WorkspaceSize size;
    size.reviews = parser.value(reviews).toInt();
    size.contents = parser.isSet(contents);
    QElapsedTimer clock;
    clock.start();
    const Inflection::Result<> generated
        = Bench::generateWorkspace(parser.positionalArguments().first(), size);
    if (!generated) {
        std::fprintf(stderr, "inflection_bench_generate: %s\n", qPrintable(generated.message()));
        return 1;
    }
    std::printf("wrote %d reviews in %lld ms\n", size.reviews, static_cast<long long>(clock.elapsed()));
    return 0;
}
