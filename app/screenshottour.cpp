// Opens the demo's reviews one by one and grabs each window as it is drawn on screen.
#include "screenshottour.h"

#include "architectureview.h"
#include "mainwindow.h"
#include "operabilityview.h"
#include "postmortemview.h"
#include "presentationwindow.h"
#include "reviewpage.h"
#include "workspace/reviewlistmodel.h"
#include "workspace/workspacesession.h"

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

Result<> ScreenshotTour::save(QWidget *widget, const QString &name)
{
    // Let layouts, fonts and delayed updates settle, as they would before anyone looked.
    QEventLoop settle;
    QTimer::singleShot(300, &settle, &QEventLoop::quit);
    settle.exec();
    const QString path = QDir(m_folder).filePath(name + u".png"_s);
    if (!widget->grab().save(path))
        return Result<>::failure(QDir::toNativeSeparators(path));
    return {};
}

Result<> ScreenshotTour::run()
{
    QDir().mkpath(m_folder);
    if (Result<> saved = save(m_window, u"browser"_s); !saved)
        return saved;
    QString firstOf[3];
    ReviewListModel *reviews = m_window->session()->reviews();
    if (Result<> loaded = reviews->reload(); !loaded)
        return loaded;
    for (int row = 0; row < reviews->rowCount(); ++row) {
        const Review &r = reviews->reviewAt(row);
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
                    if (Result<> saved
                        = save(m_window, reviewKinds().key(kind) + u'-' + QString::number(t + 1));
                        !saved)
                        return saved;
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
            if (Result<> saved = save(m_window, name); !saved)
                return saved;
            PresentationWindow *presentation = postmortem->present(QGuiApplication::primaryScreen());
            const Result<> saved = save(presentation, u"presentation"_s);
            presentation->close();
            delete presentation;
            if (!saved)
                return saved;
            continue;
        }
        if (Result<> saved = save(m_window, name); !saved)
            return saved;
    }
    return {};
}

} // namespace Inflection
