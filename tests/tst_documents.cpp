// The documents of open reviews, without any widget: each kind opened from the store, edited, undone
// and redone, in conflict with another connection, reloaded after another connection's change, and
// read-only; the rules that span fields as one undo step each.
#include "architecture/architecturedocument.h"
#include "architecture/commentmodel.h"
#include "architecture/departuremodel.h"
#include "architecture/proposalmodel.h"
#include "domain/fractionalkey.h"
#include "io/demoworkspace.h"
#include "operability/contingencymodel.h"
#include "operability/launchplanmodel.h"
#include "operability/operabilitydocument.h"
#include "postmortem/incidentmodel.h"
#include "postmortem/parkinglotmodel.h"
#include "postmortem/postmortemdocument.h"
#include "postmortem/remediationmodel.h"
#include "postmortem/timelinemodel.h"
#include "review/checklistmodel.h"
#include "store/contingencyrepository.h"
#include "store/incidentrepository.h"
#include "store/knowntechnologyrepository.h"
#include "store/proposalrepository.h"
#include "store/reviewrepository.h"
#include "store/timelinerepository.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"
#include "workspace/reviewlistmodel.h"
#include "workspace/workspacesession.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

class TestDocuments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void factoryMakesOneDocumentOfEachKind();
    void postmortemEditUndoRedo();
    void postmortemConflictOffersKeepMine();
    void postmortemReloadsAnotherConnectionsChange();
    void postmortemMovesAParkedIdeaAsOneStep();
    void postmortemCoachCountsAndDismisses();
    void operabilityEditUndoRedo();
    void operabilityRiskMatrixIsUndoable();
    void operabilityReloadsAnotherConnectionsChange();
    void architectureTextIsSavedAndMerged();
    void architectureKnownTechnologyIsUndoable();
    void architectureDecisionConflict();
    void supersededBySetsTheStatusInOneStep();
    void readOnlyWorkspaceRefusesEdits();
    void closingTheSessionSavesTheText();

private:
    ReviewDocument *open(ReviewKind kind);
    // Another connection to the same file, as another person.
    std::unique_ptr<Workspace> other();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<WorkspaceSession> m_session;
};

void TestDocuments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDocuments::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"documents.inflection"_s);
    {
        Result<std::unique_ptr<Workspace>> workspace = Workspace::open(m_path);
        QVERIFY2(workspace, qPrintable(workspace.message()));
        const Result<> populated = DemoWorkspace::populate(workspace->get());
        QVERIFY2(populated, qPrintable(populated.message()));
    }
    Result<std::unique_ptr<WorkspaceSession>> session = WorkspaceSession::open(m_path, Workspace::Options());
    QVERIFY2(session, qPrintable(session.message()));
    m_session = std::move(session).value();
    m_session->workspace()->setAuthor(u"Dana"_s);
    QVERIFY(m_session->reviews()->reload());
}

void TestDocuments::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

ReviewDocument *TestDocuments::open(ReviewKind kind)
{
    ReviewListModel *reviews = m_session->reviews();
    for (int row = 0; row < reviews->rowCount(); ++row) {
        if (reviews->reviewAt(row).kind == kind) {
            Result<ReviewDocument *> document = m_session->openDocument(reviews->reviewAt(row).uuid);
            return document ? *document : nullptr;
        }
    }
    return nullptr;
}

std::unique_ptr<Workspace> TestDocuments::other()
{
    Result<std::unique_ptr<Workspace>> workspace = Workspace::open(m_path);
    if (!workspace)
        return nullptr;
    (*workspace)->setAuthor(u"Grace"_s);
    return std::move(workspace).value();
}

void TestDocuments::factoryMakesOneDocumentOfEachKind()
{
    auto *architecture = qobject_cast<ArchitectureDocument *>(open(ReviewKind::Architecture));
    auto *operability = qobject_cast<OperabilityDocument *>(open(ReviewKind::Operability));
    auto *postmortem = qobject_cast<PostmortemDocument *>(open(ReviewKind::Postmortem));
    QVERIFY(architecture && operability && postmortem);
    QCOMPARE(m_session->documents().size(), 3);
    // Opening again gives the open one.
    QCOMPARE(open(ReviewKind::Postmortem), postmortem);
    QVERIFY(postmortem->timeline()->rowCount() > 10);
    QVERIFY(operability->contingencies()->rowCount() > 3);
    QVERIFY(architecture->comments()->rowCount() > 1);
    QVERIFY(architecture->proposalText()->toPlainText().contains(u"# Goals"_s));
    // Each has its own undo stack, and the workspace's settings.
    QVERIFY(architecture->undoStack() != postmortem->undoStack());
    QCOMPARE(postmortem->config().severityLevels.size(), 4);
    QCOMPARE(postmortem->incident()->facts().severity, u"sev2"_s);
    QCOMPARE(postmortem->kind(), ReviewKind::Postmortem);
    const QString closed = postmortem->uuid();
    m_session->closeDocument(closed);
    QCOMPARE(m_session->documents().size(), 2);
    QVERIFY(!m_session->document(closed));
}

void TestDocuments::postmortemEditUndoRedo()
{
    auto *document = qobject_cast<PostmortemDocument *>(open(ReviewKind::Postmortem));
    QVERIFY(document);
    IncidentModel *incident = document->incident();
    QVERIFY(incident->setField(IncidentField::Severity, u"sev1"_s));
    QCOMPARE(incident->facts().severity, u"sev1"_s);
    QCOMPARE(IncidentRepository(m_session->workspace()).ofReview(document->reviewId())->severity, u"sev1"_s);
    QCOMPARE(document->undoStack()->count(), 1);

    const QString uuid = document->timeline()->addEvent(0);
    QVERIFY(!uuid.isEmpty());
    QVERIFY(document->timeline()->setField(uuid, TimelineField::Text, u"Pager goes off"_s));
    QCOMPARE(TimelineRepository(m_session->workspace()).find(uuid)->text, u"Pager goes off"_s);

    document->undoStack()->undo(); // the text
    document->undoStack()->undo(); // the event
    QCOMPARE(TimelineRepository(m_session->workspace()).find(uuid).error(), ErrorKind::Missing);
    document->undoStack()->undo(); // the severity
    QCOMPARE(incident->facts().severity, u"sev2"_s);
    QCOMPARE(IncidentRepository(m_session->workspace()).ofReview(document->reviewId())->severity, u"sev2"_s);

    document->undoStack()->redo();
    document->undoStack()->redo();
    document->undoStack()->redo();
    QCOMPARE(incident->facts().severity, u"sev1"_s);
    // The event comes back as itself.
    const Result<TimelineEvent> back = TimelineRepository(m_session->workspace()).find(uuid);
    QVERIFY2(back, qPrintable(back.message()));
    QCOMPARE(back->text, u"Pager goes off"_s);
    QVERIFY(document->timeline()->rowOfUuid(uuid) >= 0);
}

void TestDocuments::postmortemConflictOffersKeepMine()
{
    auto *document = qobject_cast<PostmortemDocument *>(open(ReviewKind::Postmortem));
    QVERIFY(document);
    QSignalSpy conflicts(document, &ReviewDocument::conflictOccurred);

    // Grace saves the summary first, from her own copy.
    std::unique_ptr<Workspace> grace = other();
    QVERIFY(grace);
    IncidentRepository theirs(grace.get());
    const Result<IncidentFacts> stored = theirs.ofReview(document->reviewId());
    QVERIFY(stored);
    QVERIFY(theirs.updateField(*stored, IncidentField::Summary, u"Grace's summary"_s));

    QVERIFY(!document->incident()->setField(IncidentField::Summary, u"Dana's summary"_s));
    QCOMPARE(conflicts.size(), 1);
    const auto conflict = conflicts.first().first().value<EditConflict>();
    QVERIFY(conflict.message.contains(u"Grace"_s));
    QVERIFY(conflict.message.contains(u"Grace's summary"_s));
    QVERIFY(conflict.message.contains(u"Dana's summary"_s));
    QVERIFY(conflict.hasChoice());
    // Theirs is shown.
    QCOMPARE(document->incident()->facts().summary, u"Grace's summary"_s);
    QCOMPARE(document->undoStack()->count(), 0);

    // Keep mine: a new edit over theirs, one undo step back to theirs.
    conflict.keepMine();
    QCOMPARE(document->incident()->facts().summary, u"Dana's summary"_s);
    QCOMPARE(IncidentRepository(m_session->workspace()).ofReview(document->reviewId())->summary,
        u"Dana's summary"_s);
    QCOMPARE(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    QCOMPARE(document->incident()->facts().summary, u"Grace's summary"_s);
}

void TestDocuments::postmortemReloadsAnotherConnectionsChange()
{
    auto *document = qobject_cast<PostmortemDocument *>(open(ReviewKind::Postmortem));
    QVERIFY(document);
    std::unique_ptr<Workspace> grace = other();
    QVERIFY(grace);
    TimelineRepository timeline(grace.get());
    Result<QList<TimelineEvent>> events = timeline.forReview(document->reviewId());
    QVERIFY(events && !events->isEmpty());
    const TimelineEvent first = events->first();
    QVERIFY(timeline.updateField(first, TimelineField::Text, u"Corrected by Grace"_s));
    TimelineEvent added;
    added.reviewId = document->reviewId();
    added.text = u"Grace remembers the runbook"_s;
    added.position = FractionalKey::between(events->last().position, QString());
    const Result<TimelineEvent> inserted = timeline.insert(added);
    QVERIFY(inserted);

    const int rows = document->timeline()->rowCount();
    QSignalSpy reloaded(document, &ReviewDocument::reloaded);
    QVERIFY(m_session->checkForChanges()); // what the watcher does every second
    QCOMPARE(reloaded.size(), 1);
    QCOMPARE(document->timeline()->rowCount(), rows + 1);
    QCOMPARE(document->timeline()->recordByUuid(first.uuid)->text, u"Corrected by Grace"_s);
    QVERIFY(document->timeline()->rowOfUuid(inserted->uuid) >= 0);
}

void TestDocuments::postmortemMovesAParkedIdeaAsOneStep()
{
    auto *document = qobject_cast<PostmortemDocument *>(open(ReviewKind::Postmortem));
    QVERIFY(document);
    const QString idea = document->park(u"Alert on the controller's battery"_s);
    QVERIFY(!idea.isEmpty());
    const int items = document->remediation()->rowCount();
    const int parked = document->parkingLot()->rowCount();
    const int steps = document->undoStack()->count();
    QVERIFY(document->moveToRemediation(idea));
    QCOMPARE(document->remediation()->rowCount(), items + 1);
    QCOMPARE(document->parkingLot()->rowCount(), parked - 1);
    QCOMPARE(document->remediation()->recordAt(items).text, u"Alert on the controller's battery"_s);
    QCOMPARE(document->undoStack()->count(), steps + 1);
    document->undoStack()->undo();
    QCOMPARE(document->remediation()->rowCount(), items);
    QCOMPARE(document->parkingLot()->rowCount(), parked);
    QVERIFY(document->parkingLot()->rowOfUuid(idea) >= 0); // the same idea, back
}

void TestDocuments::postmortemCoachCountsAndDismisses()
{
    auto *document = qobject_cast<PostmortemDocument *>(open(ReviewKind::Postmortem));
    QVERIFY(document);
    const QList<FieldFinding> open = document->openFindings();
    QCOMPARE(open.size(), 4); // the four phrases the demo leaves in
    QSignalSpy changed(document, &PostmortemDocument::findingsChanged);
    document->dismissFinding(open.first());
    QCOMPARE(document->openFindings().size(), 3);
    QVERIFY(document->dismissedFindings().contains(open.first().key()));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().first().toInt(), 3);
    document->undoStack()->undo();
    QCOMPARE(document->openFindings().size(), 4);

    // A new phrase counts a moment after it is typed.
    const QString uuid = document->timeline()->addEvent(0);
    QVERIFY(document->timeline()->setField(uuid, TimelineField::Text, u"Lin should have checked"_s));
    QTRY_COMPARE(changed.last().first().toInt(), 5);
}

void TestDocuments::operabilityEditUndoRedo()
{
    auto *document = qobject_cast<OperabilityDocument *>(open(ReviewKind::Operability));
    QVERIFY(document);
    ContingencyModel *contingencies = document->contingencies();
    const ContingencyItem first = contingencies->itemAt(0);
    const int impact = first.impact == 5 ? 4 : 5;
    QVERIFY(contingencies->setData(contingencies->index(0, ContingencyModel::ImpactColumn), impact));
    QCOMPARE(contingencies->itemAt(0).impact, impact);
    QVERIFY(document->launchPlan()->setField(LaunchField::Rollout, u"dark-launch"_s));
    QCOMPARE(document->launchPlan()->plan().rollout, Rollout::DarkLaunch);
    const int rows = contingencies->rowCount();
    QCOMPARE(document->addCommonContingencies(rows), 4);
    QCOMPARE(document->undoStack()->count(), 3);

    document->undoStack()->undo();
    QCOMPARE(contingencies->rowCount(), rows);
    document->undoStack()->undo();
    QCOMPARE(document->launchPlan()->plan().rollout, Rollout::Percentage);
    document->undoStack()->undo();
    QCOMPARE(contingencies->itemAt(0).impact, first.impact);
    QCOMPARE(ContingencyRepository(m_session->workspace()).find(first.uuid)->impact, first.impact);
    document->undoStack()->redo();
    QCOMPARE(ContingencyRepository(m_session->workspace()).find(first.uuid)->impact, impact);
}

void TestDocuments::operabilityRiskMatrixIsUndoable()
{
    auto *document = qobject_cast<OperabilityDocument *>(open(ReviewKind::Operability));
    QVERIFY(document);
    const RiskLevel before = document->config().riskMatrix.level(1, 1);
    QCOMPARE(before, RiskLevel::Low);
    QSignalSpy configChanged(document, &ReviewDocument::configChanged);
    QVERIFY(document->setRiskLevel(1, 1, RiskLevel::VeryHigh));
    QCOMPARE(document->config().riskMatrix.level(1, 1), RiskLevel::VeryHigh);
    QCOMPARE(configChanged.size(), 1);
    // The workspace's: another connection sees it.
    std::unique_ptr<Workspace> grace = other();
    QCOMPARE(WorkspaceSettings(grace.get()).read()->riskMatrix.level(1, 1), RiskLevel::VeryHigh);
    document->undoStack()->undo();
    QCOMPARE(document->config().riskMatrix.level(1, 1), RiskLevel::Low);
    QCOMPARE(WorkspaceSettings(grace.get()).read()->riskMatrix.level(1, 1), RiskLevel::Low);
    // The same level again is no change.
    QVERIFY(!document->setRiskLevel(1, 1, RiskLevel::Low));
}

void TestDocuments::operabilityReloadsAnotherConnectionsChange()
{
    auto *document = qobject_cast<OperabilityDocument *>(open(ReviewKind::Operability));
    QVERIFY(document);
    std::unique_ptr<Workspace> grace = other();
    ContingencyRepository theirs(grace.get());
    const ContingencyItem first = document->contingencies()->itemAt(0);
    QVERIFY(theirs.remove(*theirs.find(first.uuid)));
    QVERIFY(WorkspaceSettings(grace.get()).setRiskMatrix([] {
        RiskMatrix m;
        m.setLevel(5, 5, RiskLevel::Low);
        return m;
    }()));
    const int rows = document->contingencies()->rowCount();
    QVERIFY(m_session->checkForChanges());
    QCOMPARE(document->contingencies()->rowCount(), rows - 1);
    QCOMPARE(document->contingencies()->rowOfUuid(first.uuid), -1);
    QCOMPARE(document->config().riskMatrix.level(5, 5), RiskLevel::Low);
}

void TestDocuments::architectureTextIsSavedAndMerged()
{
    auto *document = qobject_cast<ArchitectureDocument *>(open(ReviewKind::Architecture));
    QVERIFY(document);
    document->setSaveDelay(10);
    QTextDocument *text = document->proposalText();
    QTextCursor cursor(text);
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(u"\nA closing line.\n"_s);
    // Saved a moment after typing stops.
    QTRY_VERIFY(ProposalRepository(m_session->workspace())
                    .ofReview(document->reviewId())
                    ->body.endsWith(u"A closing line.\n"_s));

    // Grace edits the start, Dana the end: both are kept, and the text shown has both.
    std::unique_ptr<Workspace> grace = other();
    ProposalRepository theirs(grace.get());
    Proposal stored = *theirs.ofReview(document->reviewId());
    QVERIFY(theirs.updateField(stored, ProposalField::Body, stored.body.replace(u"# Goals"_s, u"# Aims"_s)));
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(u"Signed, Dana.\n"_s);
    QSignalSpy conflicts(document, &ReviewDocument::conflictOccurred);
    document->saveNow();
    QCOMPARE(conflicts.size(), 1);
    QVERIFY(text->toPlainText().startsWith(u"# Aims"_s));
    QVERIFY(text->toPlainText().endsWith(u"Signed, Dana.\n"_s));
    const QString body = ProposalRepository(m_session->workspace()).ofReview(document->reviewId())->body;
    QCOMPARE(body, text->toPlainText());
    // The text's own undo (not the review's stack) takes the typing back.
    QVERIFY(text->isUndoAvailable());
}

void TestDocuments::architectureKnownTechnologyIsUndoable()
{
    auto *document = qobject_cast<ArchitectureDocument *>(open(ReviewKind::Architecture));
    QVERIFY(document);
    DepartureModel *departures = document->departures();
    QString fresh;
    for (int row = 0; row < departures->rowCount(); ++row) {
        if (departures->isNewTechnology(departures->recordAt(row)))
            fresh = departures->recordAt(row).uuid;
    }
    QVERIFY(!fresh.isEmpty());
    const int before = departures->newTechnologyCount();
    QVERIFY(document->markKnownTechnology(fresh));
    QCOMPARE(departures->newTechnologyCount(), before - 1);
    QVERIFY(document->config().isKnownTechnology(departures->recordByUuid(fresh)->name));
    document->undoStack()->undo();
    QCOMPARE(departures->newTechnologyCount(), before);
    QVERIFY(!KnownTechnologyRepository(m_session->workspace())
                 .names()
                 ->contains(departures->recordByUuid(fresh)->name, Qt::CaseInsensitive));
    // A known one is not marked again (its undo would take away what was known before).
    document->undoStack()->redo();
    QVERIFY(!document->markKnownTechnology(fresh));
}

void TestDocuments::architectureDecisionConflict()
{
    auto *document = qobject_cast<ArchitectureDocument *>(open(ReviewKind::Architecture));
    QVERIFY(document);
    std::unique_ptr<Workspace> grace = other();
    ProposalRepository theirs(grace.get());
    QVERIFY(
        theirs.updateField(*theirs.ofReview(document->reviewId()), ProposalField::Decision, u"rethink"_s));
    QSignalSpy conflicts(document, &ReviewDocument::conflictOccurred);
    QVERIFY(!document->proposal()->setField(ProposalField::Decision, u"more-info"_s));
    QCOMPARE(conflicts.size(), 1);
    const QString message = conflicts.first().first().value<EditConflict>().message;
    // The decisions as the page names them.
    QVERIFY2(message.contains(u"Stop and rethink"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Gather more information"_s), qPrintable(message));
    QCOMPARE(document->proposal()->proposal().decision, ProposalDecision::Rethink);
}

void TestDocuments::supersededBySetsTheStatusInOneStep()
{
    ReviewDocument *document = open(ReviewKind::Architecture);
    QVERIFY(document);
    const Result<QString> successor = m_session->createReview(ReviewKind::Architecture);
    QVERIFY(successor);
    const ReviewStatus before = document->review()->status;
    QVERIFY(document->setSupersededBy(*successor));
    QCOMPARE(document->review()->supersededBy, *successor);
    QCOMPARE(document->review()->status, ReviewStatus::Superseded);
    QCOMPARE(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    QCOMPARE(document->review()->supersededBy, QString());
    QCOMPARE(document->review()->status, before);
    const Result<Review> stored = ReviewRepository(m_session->workspace()).find(document->uuid());
    QCOMPARE(stored->status, before);
}

void TestDocuments::readOnlyWorkspaceRefusesEdits()
{
    m_session.reset();
    Workspace::Options options;
    options.readOnly = true;
    Result<std::unique_ptr<WorkspaceSession>> session = WorkspaceSession::open(m_path, options);
    QVERIFY(session);
    m_session = std::move(session).value();
    QVERIFY(m_session->reviews()->reload());
    auto *document = qobject_cast<PostmortemDocument *>(open(ReviewKind::Postmortem));
    QVERIFY(document);
    QVERIFY(document->isReadOnly());
    QSignalSpy errors(document, &ReviewDocument::errorOccurred);
    QVERIFY(!document->incident()->setField(IncidentField::Summary, u"Not to be written"_s));
    QCOMPARE(errors.size(), 1);
    // What was typed is in the message, not lost with the field's return.
    QVERIFY(errors.first().first().toString().contains(u"Not to be written"_s));
    QVERIFY(document->incident()->facts().summary != u"Not to be written"_s);
    QCOMPARE(document->undoStack()->count(), 0);
    QVERIFY(document->park(u"Nor this"_s).isEmpty());

    // A document turned read-only while open says so.
    QSignalSpy readOnly(document, &ReviewDocument::readOnlyChanged);
    document->setReadOnly(false);
    QCOMPARE(readOnly.size(), 1);
}

void TestDocuments::closingTheSessionSavesTheText()
{
    auto *document = qobject_cast<ArchitectureDocument *>(open(ReviewKind::Architecture));
    QVERIFY(document);
    document->setSaveDelay(60'000); // not before the session closes
    QTextCursor cursor(document->proposalText());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(u"Typed just before closing.\n"_s);
    const qint64 reviewId = document->reviewId();
    m_session.reset();
    Result<std::unique_ptr<Workspace>> workspace = Workspace::open(m_path);
    QVERIFY(workspace);
    QVERIFY(ProposalRepository(workspace->get())
                .ofReview(reviewId)
                ->body.endsWith(u"Typed just before closing.\n"_s));
}

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
