// The baseline for the startup benchmark: a bare Qt Widgets window, started and left the same way as the app.
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

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
    QTimer::singleShot(0, &window, &QCoreApplication::quit);
    return app.exec();
}
