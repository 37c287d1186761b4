// Pictures of the real app for the README and the AppStream metainfo: the browser, a review of each
// kind at its most telling tab, and the presentation window, each saved as a PNG.
#pragma once

#include "domain/result.h"

#include <QString>

class QWidget;

namespace Inflection {

class MainWindow;

class ScreenshotTour
{
public:
    // window has the demo workspace open; the pictures go to folder.
    ScreenshotTour(MainWindow *window, const QString &folder);
    // Also a picture of every tab of every review (kind-N.png), for looking each page over.
    void setEveryTab(bool everyTab) { m_everyTab = everyTab; }
    // Fails (saying which file) when a picture could not be written.
    Result<> run();

private:
    Result<> save(QWidget *widget, const QString &name);

    MainWindow *m_window;
    QString m_folder;
    bool m_everyTab = false;
};

} // namespace Inflection
