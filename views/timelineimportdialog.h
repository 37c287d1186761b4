// Import into a postmortem's timeline: choose a CSV file, a Slack export (from a zip, one of its
// channels) or an IRC log, see what would be added (inside the time window, not already there), then import.
// Reading, planning and writing run off the GUI thread with progress; Cancel stops them and writes nothing.
#pragma once

#include "domain/timelineevent.h"
#include "io/parsedtimeline.h"
#include "io/timelineimporter.h"

#include <QDialog>
#include <QTimeZone>
#include <atomic>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;

namespace Inflection {

class ImportPreviewModel;
class PostmortemDocument;
class Workspace;

class TimelineImportDialog : public QDialog
{
    Q_OBJECT
public:
    // Imports into the document's timeline; the times of the window are in its workspace's zone.
    explicit TimelineImportDialog(PostmortemDocument *document, QWidget *parent = nullptr);
    ~TimelineImportDialog() override;

    // Reads path (guessing its format from the name) and shows what would be added.
    void setPath(const QString &path);
    void setFormat(TimelineImportFormat format);
    // Open ends are invalid times.
    void setWindow(const QDateTime &from, const QDateTime &to);

    bool isBusy() const { return m_thread != nullptr; }
    void cancelWork();
    // While work runs (Escape, Stop): stops it, and the dialog stays; otherwise closes.
    void reject() override;

    // After the dialog was accepted: what was written, for the undo step.
    QList<TimelineEvent> importedEvents() const { return m_plan.events; }
    QString importDescription() const;

    ImportPreviewModel *previewModel() const { return m_preview; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }
    QComboBox *channelBox() const { return m_channel; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    void previewReady(); // a read or a window change has been planned and shown
    void workFinished(); // any work ended: done, cancelled or failed

private:
    using Job = std::function<void(const ImportProgress &progress, const std::atomic_bool &cancelled)>;
    // Runs job on a worker thread (after stopping any running one), then done on this thread.
    void run(const QString &what, Job job, std::function<void()> done);
    void read();
    // Fills the channel picker from a Slack export zip; false (with the error shown) when it cannot.
    bool listChannels(const QString &path);
    void plan();
    void write();
    TimelineImporter::Window window() const;
    void updateSummary();
    void showError(const QString &message);

    Workspace *m_workspace;
    qint64 m_reviewId;
    QTimeZone m_zone;
    bool m_readOnly;
    QLineEdit *m_path;
    QComboBox *m_format;
    QComboBox *m_channel;
    QFormLayout *m_form = nullptr;
    QLabel *m_channelLabel;
    QCheckBox *m_fromBox;
    QCheckBox *m_toBox;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QTableView *m_table;
    ImportPreviewModel *m_preview;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_import;
    QDialogButtonBox *m_buttons;

    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel {false};
    std::shared_ptr<ParsedTimeline> m_parsed;
    TimelineImporter::Plan m_plan;
    QString m_error;
    QString m_notice; // said above the summary, which still holds (a stopped import)
    QString m_readPath; // as shown in m_path
    QString m_channelsOf; // the zip whose channels m_channel lists
    bool m_choosingChannel = false; // a zip of several channels was chosen, no channel yet
};

} // namespace Inflection
