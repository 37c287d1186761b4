// Entry point: a subcommand runs headless; otherwise the main window opens on a workspace.
#include "appearance.h"
#include "commandline.h"
#include "language.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "screenshottour.h"
#include "store/schemaverifier.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTimer>
#include <csignal>

#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

static void describeApplication()
{
    QCoreApplication::setOrganizationName(u"Inflection"_s);
    QCoreApplication::setApplicationName(u"inflection"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(INFLECTION_VERSION));
}

// A subcommand, help, the version or a mistake: answered on the terminal, with no display.
static int runCommandLine(int argc, char *argv[], const QStringList &arguments)
{
    // Exports lay text out in fonts, which needs a GUI application, though never a display.
    std::unique_ptr<QCoreApplication> app;
    if (Inflection::CommandLine::needsGui(arguments)) {
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
    return commandLine.run(arguments);
}

int main(int argc, char *argv[])
{
    // A file size limit (RLIMIT_FSIZE) makes a write fail, which the store reports like a full disk;
    // by default the signal that comes with it would end the app and take unsaved work with it.
    std::signal(SIGXFSZ, SIG_IGN);

    QStringList rawArguments;
    for (int i = 1; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));

    const std::optional<Inflection::CommandLine::WindowRequest> request
        = Inflection::CommandLine::windowRequest(rawArguments);
    if (!request)
        return runCommandLine(argc, argv, rawArguments);

    QApplication app(argc, argv);
    // What a workspace's schema is checked against, worked out while the window builds itself.
    Inflection::SchemaVerifier::prepare();
    describeApplication();
    QGuiApplication::setApplicationDisplayName(u"Inflection"_s);
    QGuiApplication::setDesktopFileName(u"org.inflection.Inflection"_s);

    Inflection::Language::apply(request->language.value_or(Inflection::PreferencesDialog::language()));
    Inflection::Appearance::apply(request->appearance.value_or(Inflection::Appearance::stored()));
    Inflection::MainWindow window;
    if (request->workspace.isEmpty()) {
        // The local workspace is made on first start.
        const QString chosen = Inflection::PreferencesDialog::defaultWorkspace();
        if (const Inflection::Result<> opened = window.openWorkspace(chosen); !opened)
            window.showOpenProblem(chosen, opened.message(), opened.error());
    } else {
        window.openGivenWorkspace(request->workspace, Inflection::PreferencesDialog::defaultWorkspace());
    }
    // The reviews open at the last exit come back; not for screenshots, which show the same each time.
    if (request->screenshotTour.isEmpty() && request->screenshot.isEmpty())
        window.restoreOpenReviews();
    window.show();

    if (!request->screenshotTour.isEmpty()) {
        window.resize(1280, 800);
        const QString folder = request->screenshotTour;
        const bool everyTab = request->everyTab;
        QTimer::singleShot(0, &window, [&window, folder, everyTab] {
            Inflection::ScreenshotTour tour(&window, folder);
            tour.setEveryTab(everyTab);
            if (const Inflection::Result<> taken = tour.run(); !taken) {
                std::fprintf(stderr, "Cannot write %s\n", qUtf8Printable(taken.message()));
                QCoreApplication::exit(1);
                return;
            }
            QCoreApplication::quit();
        });
    }

    if (request->quitAfterStartup || !request->screenshot.isEmpty()) {
        const bool reportIdle = request->quitAfterStartup;
        const QString screenshot = request->screenshot;
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
