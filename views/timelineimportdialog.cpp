// The timeline import dialog.
#include "timelineimportdialog.h"

#include "domain/datetimeformat.h"
#include "domain/timestamp.h"
#include "io/slacktimelineparser.h"
#include "postmortem/importpreviewmodel.h"
#include "postmortem/incidentmodel.h"
#include "postmortem/postmortemdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

TimelineImportDialog::TimelineImportDialog(PostmortemDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_workspace(document->workspace())
    , m_reviewId(document->reviewId())
    , m_zone(document->config().timeZone)
    , m_readOnly(document->isReadOnly())
    , m_path(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_channelLabel(new QLabel(tr("C&hannel:"), this))
    , m_fromBox(new QCheckBox(tr("&From:"), this))
    , m_toBox(new QCheckBox(tr("&To:"), this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_table(new QTableView(this))
    , m_preview(new ImportPreviewModel(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import into the Timeline"));
    m_preview->setTimeZone(m_zone);

    m_path->setPlaceholderText(
        tr("A CSV file, a Slack export (its zip, a channel folder or a day file), an IRC log"));
    auto *chooseFile = new QPushButton(tr("Choose Fi&le…"), this);
    auto *chooseFolder = new QPushButton(tr("Choose Fol&der…"), this);
    chooseFolder->setToolTip(tr("A channel folder of a Slack export (its day files are read)"));
    connect(chooseFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import into the Timeline"),
            m_path->text(), tr("Timelines and chat logs (*.csv *.json *.zip *.log *.txt);;All files (*)"));
        if (!path.isEmpty())
            setPath(path);
    });
    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getExistingDirectory(this, tr("Slack Channel Folder"), m_path->text());
        if (!path.isEmpty())
            setPath(path);
    });
    // Also emitted when the field loses focus (as the dialog closes): only a changed path is read.
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (!m_path->text().isEmpty() && m_path->text() != m_readPath)
            setPath(m_path->text());
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(chooseFile);
    pathRow->addWidget(chooseFolder);

    for (const auto format :
        {TimelineImportFormat::Csv, TimelineImportFormat::Slack, TimelineImportFormat::Irc})
        m_format->addItem(timelineImportFormatDisplayName(format), int(format));
    connect(m_format, &QComboBox::activated, this, [this] { read(); });
    // A Slack export zip holds many channels: the one to read is chosen here, before the preview.
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->setPlaceholderText(tr("Choose a channel…"));
    m_channel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_channelLabel->setBuddy(m_channel);
    connect(m_channel, &QComboBox::activated, this, [this] { read(); });

    // The window: the incident's start … resolution unless changed.
    const IncidentFacts &facts = document->incident()->facts();
    const TimelineImporter::Window incident {facts.startedAt, facts.resolvedAt};
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(DateTimeFormat::dateTimePattern(DateTimeFormat::Precision::Seconds));
        edit->setCalendarPopup(true);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_from->setDateTime(wallClockIn(incident.from.isValid() ? incident.from : now.addDays(-1), m_zone));
    m_to->setDateTime(wallClockIn(incident.to.isValid() ? incident.to : now, m_zone));
    m_fromBox->setChecked(incident.from.isValid());
    m_toBox->setChecked(incident.to.isValid());
    m_from->setEnabled(m_fromBox->isChecked());
    m_to->setEnabled(m_toBox->isChecked());
    for (QCheckBox *box : {m_fromBox, m_toBox}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            m_from->setEnabled(m_fromBox->isChecked());
            m_to->setEnabled(m_toBox->isChecked());
            plan();
        });
    }
    for (QDateTimeEdit *edit : {m_from, m_to})
        connect(edit, &QDateTimeEdit::editingFinished, this, [this] { plan(); });
    auto *windowRow = new QHBoxLayout;
    windowRow->addWidget(m_fromBox);
    windowRow->addWidget(m_from);
    windowRow->addSpacing(12);
    windowRow->addWidget(m_toBox);
    windowRow->addWidget(m_to);
    windowRow->addWidget(new QLabel(
        tr("(%1; the incident's start and resolution unless changed)").arg(QString::fromUtf8(m_zone.id())),
        this));
    windowRow->addStretch();

    m_table->setModel(m_preview);
    m_table->setAccessibleName(tr("Events to import"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // Widths from what the columns hold, not from the rows (there may be a million).
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 4 * metrics.averageCharWidth();
    int kindWidth = 0;
    for (const QString &key : timelineKinds().keys())
        kindWidth = qMax(kindWidth, metrics.horizontalAdvance(timelineKinds().displayNameOfKey(key)));
    m_table->setColumnWidth(
        ImportPreviewModel::TimeColumn, metrics.horizontalAdvance(u"0000-00-00 00:00:00"_s) + padding);
    m_table->setColumnWidth(ImportPreviewModel::KindColumn, kindWidth + metrics.height() + padding);
    m_table->setColumnWidth(ImportPreviewModel::ActorColumn, 16 * metrics.averageCharWidth());
    m_table->setColumnWidth(ImportPreviewModel::SourceColumn, 24 * metrics.averageCharWidth());
    m_table->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::TextColumn, QHeaderView::Stretch);

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setVisible(false);
    m_progress->setTextVisible(true);

    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TimelineImportDialog::write);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TimelineImportDialog::reject);

    auto *form = new QFormLayout;
    m_form = form;
    auto *pathLabel = new QLabel(tr("&Read:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(m_channelLabel, m_channel);
    form->setRowVisible(m_channel, false);
    form->addRow(tr("Time window:"), windowRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(980, 560);
    updateSummary();
}

TimelineImportDialog::~TimelineImportDialog()
{
    if (m_thread) {
        cancelWork();
        disconnect(m_thread, nullptr, this, nullptr);
        m_thread->wait();
        delete m_thread;
    }
}

void TimelineImportDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    setFormat(guessTimelineImportFormat(path));
}

void TimelineImportDialog::setFormat(TimelineImportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
    read();
}

void TimelineImportDialog::setWindow(const QDateTime &from, const QDateTime &to)
{
    const QSignalBlocker blockFrom(m_fromBox);
    const QSignalBlocker blockTo(m_toBox);
    m_fromBox->setChecked(from.isValid());
    m_toBox->setChecked(to.isValid());
    if (from.isValid())
        m_from->setDateTime(wallClockIn(from, m_zone));
    if (to.isValid())
        m_to->setDateTime(wallClockIn(to, m_zone));
    m_from->setEnabled(from.isValid());
    m_to->setEnabled(to.isValid());
    plan();
}

void TimelineImportDialog::cancelWork()
{
    m_cancel = true;
}

void TimelineImportDialog::reject()
{
    if (isBusy())
        cancelWork();
    else
        QDialog::reject();
}

QString TimelineImportDialog::importDescription() const
{
    return TimelineImporter::describe(QDir::fromNativeSeparators(m_path->text()), m_plan.events.size());
}

TimelineImporter::Window TimelineImportDialog::window() const
{
    return {m_fromBox->isChecked() ? fromWallClock(m_from->dateTime(), m_zone) : QDateTime(),
        m_toBox->isChecked() ? fromWallClock(m_to->dateTime(), m_zone) : QDateTime()};
}

void TimelineImportDialog::run(const QString &what, Job job, std::function<void()> done)
{
    if (m_thread) {
        // Its result is not wanted any more.
        m_cancel = true;
        disconnect(m_thread, nullptr, this, nullptr);
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_cancel = false;
    m_error.clear();
    m_notice.clear();
    m_progress->setFormat(what + u" %p%"_s);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_import->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Stop"));
    const ImportProgress progress = [this](qint64 workDone, qint64 total) {
        const int percent = total > 0 ? int(workDone * 100 / total) : 0;
        // All done but the last step (the transaction's commit, the preview's last rows): past that a Stop
        // could take nothing back, so it is no longer offered.
        const bool finishing = total > 0 && workDone >= total;
        QMetaObject::invokeMethod(
            m_progress,
            [this, percent, finishing] {
                m_progress->setRange(0, 100);
                m_progress->setValue(percent);
                if (finishing) {
                    m_progress->setFormat(tr("Finishing; this can no longer be stopped…"));
                    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
                }
            },
            Qt::QueuedConnection);
        return !m_cancel.load();
    };
    Workspace *workspace = m_workspace;
    QThread *thread = QThread::create([job = std::move(job), progress, workspace, this] {
        job(progress, m_cancel);
        TimelineImporter(workspace).releaseThread();
    });
    m_thread = thread;
    connect(thread, &QThread::finished, this, [this, thread, done = std::move(done)] {
        thread->deleteLater();
        m_thread = nullptr;
        m_progress->setVisible(false);
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
        m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
        done();
        Q_EMIT workFinished();
    });
    thread->start();
}

void TimelineImportDialog::read()
{
    const QString path = QDir::fromNativeSeparators(m_path->text());
    if (path.isEmpty())
        return;
    m_readPath = m_path->text();
    const auto format = TimelineImportFormat(m_format->currentData().toInt());
    const bool zip = format == TimelineImportFormat::Slack && SlackTimelineParser::isZip(path);
    m_form->setRowVisible(m_channel, zip);
    QString channel;
    m_choosingChannel = false;
    if (zip) {
        if (m_channelsOf != path && !listChannels(path))
            return;
        if (m_channel->currentIndex() < 0) {
            // Nothing to preview until a channel is chosen.
            m_parsed.reset();
            m_plan = {};
            m_preview->setEvents({});
            m_error.clear();
            m_choosingChannel = true;
            updateSummary();
            m_channel->setFocus(Qt::OtherFocusReason);
            return;
        }
        channel = m_channel->currentData().toString();
    }
    const QTimeZone zone = m_zone;
    auto parsed = std::make_shared<ParsedTimeline>();
    auto planned = std::make_shared<TimelineImporter::Plan>();
    auto error = std::make_shared<QString>();
    const TimelineImporter::Window window = this->window();
    Workspace *workspace = m_workspace;
    const qint64 reviewId = m_reviewId;
    m_parsed.reset();
    m_plan = {};
    m_preview->setEvents({});
    run(
        tr("Reading…"),
        [=](const ImportProgress &progress, const std::atomic_bool &cancelled) {
            *parsed = TimelineImporter::read(path, format, zone, progress, channel);
            if (parsed->ok() && !cancelled) {
                Result<TimelineImporter::Plan> made
                    = TimelineImporter(workspace).plan(reviewId, parsed->events, window, parsed->orderTimes);
                if (made)
                    *planned = std::move(made).value();
                else
                    *error = made.message();
            }
        },
        [this, parsed, planned, error] {
            if (m_cancel || parsed->cancelled) {
                m_error = tr("Reading was stopped; nothing was imported.");
            } else if (!parsed->error.isEmpty()) {
                m_error = parsed->error;
            } else if (!error->isEmpty()) {
                m_error = *error;
            } else {
                m_parsed = parsed;
                m_plan = std::move(*planned);
                m_preview->setEvents(m_plan.events);
            }
            updateSummary();
            Q_EMIT previewReady();
        });
}

bool TimelineImportDialog::listChannels(const QString &path)
{
    m_channel->clear();
    m_channelsOf.clear();
    const Result<QList<SlackTimelineParser::ZipChannel>> channels = SlackTimelineParser::zipChannels(path);
    if (!channels) {
        m_parsed.reset();
        m_plan = {};
        m_preview->setEvents({});
        m_error = channels.message();
        updateSummary();
        return false;
    }
    for (const SlackTimelineParser::ZipChannel &c : *channels)
        m_channel->addItem(tr("#%1 (%n days)", nullptr, c.days).arg(c.name), c.name);
    m_channel->setCurrentIndex(channels->size() == 1 ? 0 : -1);
    m_channelsOf = path;
    return true;
}

void TimelineImportDialog::plan()
{
    if (!m_parsed)
        return;
    auto parsed = m_parsed;
    auto planned = std::make_shared<TimelineImporter::Plan>();
    auto error = std::make_shared<QString>();
    const TimelineImporter::Window window = this->window();
    Workspace *workspace = m_workspace;
    const qint64 reviewId = m_reviewId;
    run(
        tr("Filtering…"),
        [=](const ImportProgress &, const std::atomic_bool &) {
            Result<TimelineImporter::Plan> made
                = TimelineImporter(workspace).plan(reviewId, parsed->events, window, parsed->orderTimes);
            if (made)
                *planned = std::move(made).value();
            else
                *error = made.message();
        },
        [this, planned, error] {
            if (!error->isEmpty()) {
                m_error = *error;
            } else {
                m_plan = std::move(*planned);
                m_preview->setEvents(m_plan.events);
            }
            updateSummary();
            Q_EMIT previewReady();
        });
}

void TimelineImportDialog::write()
{
    if (m_plan.events.isEmpty() || isBusy())
        return;
    const QString what = importDescription(); // names the plan's events: before they go
    // The plan goes to the worker (a million events are not copied) and comes back if nothing was
    // written.
    auto planned = std::make_shared<TimelineImporter::Plan>(std::move(m_plan));
    m_plan = {};
    auto outcome = std::make_shared<Result<>>(Result<>::failure(QString()));
    Workspace *workspace = m_workspace;
    const qint64 reviewId = m_reviewId;
    run(
        tr("Importing…"),
        [=](const ImportProgress &progress, const std::atomic_bool &) {
            *outcome = TimelineImporter(workspace).write(reviewId, planned.get(), what, progress);
        },
        [this, planned, outcome] {
            if (*outcome) {
                m_plan = std::move(*planned);
                accept();
                return;
            }
            m_plan = std::move(*planned);
            // Stopped: the plan still holds, and Import does it again when wanted.
            if (outcome->error() == ErrorKind::Cancelled)
                m_notice = tr("The import was stopped; nothing was imported.");
            else
                m_error = tr("Nothing was imported: %1").arg(outcome->message());
            updateSummary();
        });
}

void TimelineImportDialog::updateSummary()
{
    QStringList parts;
    if (!m_error.isEmpty()) {
        m_summary->setText(u"<b>%1</b>"_s.arg(m_error.toHtmlEscaped()));
        m_import->setEnabled(false);
        return;
    }
    if (!m_parsed && m_choosingChannel) {
        m_summary->setText(tr(
            "The zip holds %n channels: choose the one to import from.", nullptr, int(m_channel->count())));
        m_import->setEnabled(false);
        return;
    }
    if (!m_parsed) {
        m_summary->setText(tr("Choose a file to see what it would add."));
        m_import->setEnabled(false);
        return;
    }
    parts << tr("<b>To add: %1</b>").arg(m_plan.events.size());
    if (m_plan.outsideWindow > 0)
        parts << tr("outside the time window: %1").arg(m_plan.outsideWindow);
    if (m_plan.duplicates > 0)
        parts << tr("already in the timeline: %1").arg(m_plan.duplicates);
    if (m_parsed->skipped > 0)
        parts << tr("system messages skipped: %1").arg(m_parsed->skipped);
    if (m_parsed->unreadable > 0) {
        const QString places = m_parsed->unreadableAt.join(u", "_s)
            + (m_parsed->unreadable > m_parsed->unreadableAt.size() ? u", …"_s : QString());
        parts << tr("lines that could not be read: %1 (%2)")
                     .arg(m_parsed->unreadable)
                     .arg(places.toHtmlEscaped());
        if (m_parsed->undated > 0)
            parts << tr("%n of them with no date: the log has no “Log opened” or “Day changed” line and "
                        "its file name no date",
                nullptr, m_parsed->undated);
    }
    const QString summary = parts.join(u" · "_s);
    m_summary->setText(
        m_notice.isEmpty() ? summary : u"<b>%1</b><br>%2"_s.arg(m_notice.toHtmlEscaped(), summary));
    m_import->setEnabled(!m_plan.events.isEmpty() && !m_readOnly);
}

} // namespace Inflection
