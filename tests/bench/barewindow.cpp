// The baseline for the startup benchmark: a bare Qt Widgets window, started and left the same way as the app.
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

#include <chrono>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(u"&File"_s);
    window.setCentralWidget(new QTableView(&window));
    window.statusBar()->showMessage(u"Ready"_s);
    window.resize(1000, 640);
    window.show();
    QTimer::singleShot(0, &window, [] {
        const auto now = std::chrono::steady_clock::now().time_since_epoch();
        std::printf("idle-at-ns %lld\n",
            static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    return app.exec();
}
