// Opens the demo's reviews one by one and grabs each window as it is drawn on screen.
#include "screenshottour.h"

#include "architectureview.h"
#include "mainwindow.h"
#include "operabilityview.h"
#include "postmortemview.h"
#include "presentationwindow.h"
#include "reviewpage.h"
#include "store/reviewrepository.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &folder)
    : m_window(window)
    , m_folder(folder)
{ }

bool ScreenshotTour::save(QWidget *widget, const QString &name, QString *error)
{
    // Let layouts, fonts and delayed updates settle, as they would before anyone looked.
    QEventLoop settle;
    QTimer::singleShot(300, &settle, &QEventLoop::quit);
    settle.exec();
    const QString path = QDir(m_folder).filePath(name + u".png"_s);
    if (!widget->grab().save(path)) {
        *error = QDir::toNativeSeparators(path);
        return false;
    }
    return true;
}

bool ScreenshotTour::run(QString *error)
{
    QDir().mkpath(m_folder);
    if (!save(m_window, u"browser"_s, error))
        return false;
    QString firstOf[3];
    for (const Review &r : ReviewRepository(m_window->workspace()).all()) {
        QString &slot = firstOf[int(r.kind)];
        if (slot.isEmpty())
            slot = r.uuid;
    }
    for (const ReviewKind kind :
        {ReviewKind::Architecture, ReviewKind::Operability, ReviewKind::Postmortem}) {
        ReviewPage *page = m_window->openReview(firstOf[int(kind)]);
        if (!page)
            continue;
        if (m_everyTab) {
            if (auto *tabs = page->content()->findChild<QTabWidget *>()) {
                for (int t = 0; t < tabs->count(); ++t) {
                    tabs->setCurrentIndex(t);
                    if (!save(m_window, reviewKindKey(kind) + u'-' + QString::number(t + 1), error))
                        return false;
                }
            }
        }
        QString name;
        if (auto *architecture = qobject_cast<ArchitectureView *>(page->content())) {
            architecture->tabs()->setCurrentIndex(0); // the proposal with its comment threads
            name = u"architecture"_s;
        } else if (auto *operability = qobject_cast<OperabilityView *>(page->content())) {
            operability->tabs()->setCurrentIndex(1); // the contingency checklist and its heatmap
            name = u"operability"_s;
        } else if (auto *postmortem = qobject_cast<PostmortemView *>(page->content())) {
            postmortem->tabs()->setCurrentIndex(1); // the timeline
            name = u"postmortem"_s;
            if (!save(m_window, name, error))
                return false;
            PresentationWindow *presentation = postmortem->present(QGuiApplication::primaryScreen());
            const bool saved = save(presentation, u"presentation"_s, error);
            presentation->close();
            delete presentation;
            if (!saved)
                return false;
            continue;
        }
        if (!save(m_window, name, error))
            return false;
    }
    return true;
}

} // namespace Inflection
