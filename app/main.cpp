// Entry point: a subcommand runs headless; otherwise the main window opens on a workspace.
#include "appearance.h"
#include "commandline.h"
#include "language.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "screenshottour.h"
#include "store/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTimer>
#include <csignal>

#include <chrono>
#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

static void describeApplication()
{
    QCoreApplication::setOrganizationName(u"Inflection"_s);
    QCoreApplication::setApplicationName(u"inflection"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(INFLECTION_VERSION));
}

int main(int argc, char *argv[])
{
    // A file size limit (RLIMIT_FSIZE) makes a write fail, which the store reports like a full disk;
    // by default the signal that comes with it would end the app and take unsaved work with it.
    std::signal(SIGXFSZ, SIG_IGN);

    QStringList rawArguments;
    for (int i = 1; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));

    if (Inflection::CommandLine::handles(rawArguments)) {
        // Exports lay text out in fonts, which needs a GUI application, though never a display.
        std::unique_ptr<QCoreApplication> app;
        if (rawArguments.first() == u"export"_s) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
                // Qt wants one (and says so on standard error); a private one in the temporary folder.
                const QString runtime = QDir::temp().filePath(u"inflection-runtime-%1"_s.arg(::getuid()));
                if (QDir().mkpath(runtime)
                    && QFile::setPermissions(
                        runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
                    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
            }
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        describeApplication();
        // The command line speaks the environment's language (LANGUAGE, LANG), not the window's choice.
        Inflection::Language::apply(QString());
        Inflection::CommandLine commandLine;
        return commandLine.run(rawArguments);
    }

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(u"Inflection"_s);
    QGuiApplication::setDesktopFileName(u"org.inflection.Inflection"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Architecture reviews, operability reviews and blameless postmortems."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        u"workspace"_s, QCoreApplication::translate("main", "The workspace file to open."), u"[WORKSPACE]"_s);
    // For scripts (benchmarks, screenshots): leave once the window is shown and the event queue is idle.
    QCommandLineOption quitOption(u"quit-after-startup"_s);
    quitOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshotOption(u"screenshot"_s, QString(), u"file"_s);
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // For scripts/make-screenshots: pictures of each kind of review into a folder, in an appearance.
    QCommandLineOption tourOption(u"screenshot-tour"_s, QString(), u"folder"_s);
    tourOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption appearanceOption(u"appearance"_s, QString(), u"system|light|dark"_s);
    appearanceOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption languageOption(u"language"_s, QString(), u"en|de|ru"_s);
    languageOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(languageOption);
    parser.addOption(quitOption);
    parser.addOption(screenshotOption);
    parser.addOption(tourOption);
    QCommandLineOption everyTabOption(u"every-tab"_s);
    everyTabOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(everyTabOption);
    parser.addOption(appearanceOption);
    parser.process(app);

    Inflection::Language::apply(parser.isSet(languageOption) ? parser.value(languageOption)
                                                             : Inflection::PreferencesDialog::language());
    Inflection::Appearance::apply(
        parser.isSet(appearanceOption) ? parser.value(appearanceOption) : Inflection::Appearance::stored());
    Inflection::MainWindow window;
    if (parser.positionalArguments().isEmpty()) {
        // The local workspace is made on first start.
        QString error;
        if (!window.openWorkspace(Inflection::PreferencesDialog::defaultWorkspace(), &error))
            window.showProblem(error);
    } else {
        window.openGivenWorkspace(
            parser.positionalArguments().first(), Inflection::PreferencesDialog::defaultWorkspace());
    }
    window.show();

    if (parser.isSet(tourOption)) {
        window.resize(1280, 800);
        const QString folder = parser.value(tourOption);
        const bool everyTab = parser.isSet(everyTabOption);
        QTimer::singleShot(0, &window, [&window, folder, everyTab] {
            QString unwritten;
            Inflection::ScreenshotTour tour(&window, folder);
            tour.setEveryTab(everyTab);
            if (!tour.run(&unwritten)) {
                std::fprintf(stderr, "Cannot write %s\n", qUtf8Printable(unwritten));
                QCoreApplication::exit(1);
                return;
            }
            QCoreApplication::quit();
        });
    }

    if (parser.isSet(quitOption) || parser.isSet(screenshotOption)) {
        const bool reportIdle = parser.isSet(quitOption);
        const QString screenshot = parser.value(screenshotOption);
        QTimer::singleShot(0, &window, [&window, screenshot, reportIdle] {
            // For the startup benchmark: when the window was shown and idle, on the monotonic clock.
            const auto now = std::chrono::steady_clock::now().time_since_epoch();
            if (reportIdle)
                std::printf("idle-at-ns %lld\n",
                    static_cast<long long>(
                        std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
            std::fflush(stdout);
            if (!screenshot.isEmpty() && !window.grab().save(screenshot))
                qWarning("Cannot write the screenshot to %s", qUtf8Printable(screenshot));
            QCoreApplication::quit();
        });
    }
    return app.exec();
}
