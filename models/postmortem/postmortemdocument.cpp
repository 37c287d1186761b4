// An open postmortem.
#include "postmortem/postmortemdocument.h"

#include "domain/checklistquestion.h"
#include "editing/addremovecommand.h"
#include "lint/postmortemtexts.h"
#include "postmortem/contributingfactormodel.h"
#include "postmortem/dismissfindingcommand.h"
#include "postmortem/importeventscommand.h"
#include "postmortem/incidentlinkmodel.h"
#include "postmortem/incidentmodel.h"
#include "postmortem/parkinglotmodel.h"
#include "postmortem/remediationmodel.h"
#include "postmortem/timelinemodel.h"
#include "review/checklistmodel.h"
#include "review/reviewdocumentvisitor.h"
#include "store/checklistrepository.h"
#include "store/contributingfactorrepository.h"
#include "store/incidentlinkrepository.h"
#include "store/incidentrepository.h"
#include "store/lintdismissalrepository.h"
#include "store/parkinglotrepository.h"
#include "store/remediationrepository.h"
#include "store/timelinerepository.h"

#include <QThread>

namespace Inflection {

PostmortemDocument::PostmortemDocument(
    Workspace *workspace, ReviewListModel *reviews, const Review &review, QObject *parent)
    : ReviewDocument(workspace, reviews, review, parent)
    , m_lintRepository(make<LintDismissalRepository>())
    , m_incident(adopt(new IncidentModel(make<IncidentRepository>(), reviewId(), this)))
    , m_timeline(adopt(new TimelineModel(make<TimelineRepository>(), reviewId(), this)))
    , m_discussion(adopt(
          new ChecklistModel(make<ChecklistRepository>(), reviewId(), postmortemDiscussionQuestions(), this)))
    , m_remediation(adopt(new RemediationModel(make<RemediationRepository>(), reviewId(), this)))
    , m_factors(adopt(new ContributingFactorModel(make<ContributingFactorRepository>(), reviewId(), this)))
    , m_foresight(adopt(new IncidentLinkModel(make<IncidentLinkRepository>(), reviewId(), this)))
    , m_parkingLot(adopt(new ParkingLotModel(make<ParkingLotRepository>(), reviewId(), this)))
{
    m_factors->setTimeline(m_timeline);
    // The coach reads every text a moment after the last change, not at every keystroke.
    m_coachTimer.setSingleShot(true);
    m_coachTimer.setInterval(300);
    connect(&m_coachTimer, &QTimer::timeout, this, &PostmortemDocument::updateFindings);
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> {
             m_timeline, m_discussion, m_incident, m_remediation, m_factors, m_parkingLot}) {
        connect(model, &QAbstractItemModel::modelReset, &m_coachTimer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::dataChanged, &m_coachTimer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::rowsInserted, &m_coachTimer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::rowsRemoved, &m_coachTimer, qOverload<>(&QTimer::start));
    }
    // The people and systems change with the timeline's actors; they are asked for at every painted cell.
    const auto forgetPeople = [this] {
        m_peopleValid = false;
    };
    connect(m_timeline, &QAbstractItemModel::modelReset, this, forgetPeople);
    connect(m_timeline, &QAbstractItemModel::dataChanged, this, forgetPeople);
    connect(m_timeline, &QAbstractItemModel::rowsInserted, this, forgetPeople);
    connect(m_timeline, &QAbstractItemModel::rowsRemoved, this, forgetPeople);
}

PostmortemDocument::~PostmortemDocument()
{
    stopCoachThread();
}

void PostmortemDocument::accept(ReviewDocumentVisitor &visitor)
{
    visitor.visit(*this);
}

void PostmortemDocument::applyConfig()
{
    // Times are shown and entered in the workspace's time zone.
    m_timeline->setTimeZone(config().timeZone);
    m_incident->setTimeZone(config().timeZone);
    m_remediation->setTicketUrlTemplate(config().ticketUrlTemplate);
    m_factors->setCategories(config().factorCategories);
}

Result<> PostmortemDocument::reloadOwn()
{
    const Result<QList<LintDismissal>> stored = m_lintRepository->forReview(reviewId());
    if (!stored)
        return Result<>::errorOf(stored);
    QSet<QString> keys;
    for (const LintDismissal &d : *stored)
        keys.insert(d.key());
    if (keys != m_dismissed) {
        m_dismissed = keys;
        m_findingsCache.clear();
        Q_EMIT dismissalsChanged();
    }
    updateFindings();
    return {};
}

QString PostmortemDocument::park(const QString &text)
{
    return m_parkingLot->park(text);
}

bool PostmortemDocument::moveToRemediation(const QString &ideaUuid)
{
    const ParkedIdea *idea = m_parkingLot->recordByUuid(ideaUuid);
    if (!idea)
        return false;
    RemediationItem item;
    item.reviewId = reviewId();
    item.text = idea->text;
    item.position = m_remediation->positionBefore(m_remediation->rowCount());
    auto *step = new QUndoCommand(tr("Move “%1” into remediation").arg(idea->text));
    new AddRemoveCommand<ParkingLotModel>(
        m_parkingLot, AddRemoveCommand<ParkingLotModel>::Kind::Remove, *idea, step);
    new AddRemoveCommand<RemediationModel>(
        m_remediation, AddRemoveCommand<RemediationModel>::Kind::Add, item, step);
    const int before = m_remediation->rowCount();
    push(step);
    return m_remediation->rowCount() > before;
}

void PostmortemDocument::addImported(const QList<TimelineEvent> &events, const QString &what)
{
    push(new ImportEventsCommand(m_timeline->repository(), m_timeline, reviewId(), events, what));
    if (Result<> loaded = m_timeline->reload(); !loaded)
        reportProblem(loaded.message());
}

ReviewTree PostmortemDocument::content() const
{
    ReviewTree tree;
    tree.incident = m_incident->facts();
    tree.timeline = m_timeline->records();
    for (const QString &key : m_discussion->visibleKeys())
        tree.checklist.append(m_discussion->answer(key));
    tree.remediation = m_remediation->records();
    tree.contributingFactors = m_factors->records();
    tree.incidentLinks = m_foresight->records();
    tree.parkingLot = m_parkingLot->records();
    return tree;
}

QList<FieldText> PostmortemDocument::fieldTexts() const
{
    return PostmortemTexts::of(content(), config().timeZone);
}

QList<FieldFinding> PostmortemDocument::openFindings() const
{
    return ReviewFindings::open(fieldTexts(), m_dismissed);
}

void PostmortemDocument::readCoachNames() const
{
    if (m_peopleValid)
        return;
    ReviewTree tree;
    tree.timeline = m_timeline->records();
    m_people = PostmortemTexts::people(tree);
    m_systems = PostmortemTexts::systems(tree);
    m_peopleValid = true;
}

QStringList PostmortemDocument::coachPeople() const
{
    readCoachNames();
    return m_people;
}

QStringList PostmortemDocument::coachSystems() const
{
    readCoachNames();
    return m_systems;
}

QList<FieldFinding> PostmortemDocument::openFindingsOf(const FieldText &given) const
{
    FieldText text = given;
    text.people = coachPeople();
    text.systems = coachSystems();
    if (text.people != m_findingsCachePeople || text.systems != m_findingsCacheSystems) {
        m_findingsCache.clear();
        m_findingsCachePeople = text.people;
        m_findingsCacheSystems = text.systems;
    }
    auto it = m_findingsCache.constFind(text.field);
    if (it == m_findingsCache.constEnd() || it->first != text.text) {
        QList<FieldFinding> open;
        for (const FieldFinding &f : ReviewFindings::ofField(text)) {
            if (!m_dismissed.contains(f.key()))
                open.append(f);
        }
        it = m_findingsCache.insert(text.field, {text.text, open});
    }
    return it->second;
}

void PostmortemDocument::updateFindings()
{
    m_coachTimer.stop();
    stopCoachThread(); // what it reads is out of date
    const ReviewTree tree = content();
    const qsizetype records = tree.timeline.size() + tree.remediation.size() + tree.contributingFactors.size()
        + tree.parkingLot.size();
    if (records <= coachOnThisThreadUpTo) {
        m_findings = ReviewFindings::open(PostmortemTexts::of(tree, config().timeZone), m_dismissed);
        Q_EMIT findingsChanged(int(m_findings.size()));
        return;
    }
    // Hundreds of thousands of texts take the coach minutes: the window must not wait for it. The
    // worker has its own copy of the review (the lists are shared until the models change theirs).
    auto stop = std::make_shared<std::atomic_bool>(false);
    auto found = std::make_shared<QList<FieldFinding>>();
    QThread *thread = QThread::create([tree, zone = config().timeZone, dismissed = m_dismissed, stop, found] {
        *found = ReviewFindings::open(PostmortemTexts::of(tree, zone), dismissed, stop.get());
    });
    m_coachThread = thread;
    m_coachStop = stop;
    connect(thread, &QThread::finished, this, [this, thread, stop, found] {
        if (m_coachThread != thread || stop->load())
            return; // replaced or stopped: stopCoachThread took care of it
        m_coachThread = nullptr;
        m_coachStop.reset();
        thread->deleteLater();
        m_findings = std::move(*found);
        Q_EMIT findingsChanged(int(m_findings.size()));
    });
    thread->start(QThread::LowPriority);
    Q_EMIT findingsChanged(int(m_findings.size())); // pending, for now
}

void PostmortemDocument::stopCoachThread()
{
    if (!m_coachThread)
        return;
    // It stops after the text it is reading.
    m_coachStop->store(true);
    m_coachThread->wait();
    delete m_coachThread;
    m_coachThread = nullptr;
    m_coachStop.reset();
}

void PostmortemDocument::dismissFinding(const FieldFinding &finding)
{
    if (isReadOnly())
        return;
    LintDismissal dismissal;
    dismissal.reviewId = reviewId();
    dismissal.field = finding.field;
    dismissal.phrase = finding.finding.phrase;
    dismissal.occurrence = finding.occurrence;
    push(new DismissFindingCommand(m_lintRepository, dismissal, [this](const QString &error) {
        if (!error.isEmpty())
            reportProblem(error);
        if (Result<> read = reloadOwn(); !read)
            reportProblem(read.message());
    }));
}

} // namespace Inflection
