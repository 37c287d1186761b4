// An open postmortem: the incident facts, the timeline, the discussion, the remediation items, the
// contributing factors and the parking lot, and the blameless coach over every text in them (findings,
// dismissals).
#pragma once

#include "domain/reviewtree.h"
#include "lint/reviewfindings.h"
#include "review/reviewdocument.h"

#include <QHash>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <memory>

class QThread;

namespace Inflection {

class ChecklistModel;
class ContributingFactorModel;
class IncidentLinkModel;
class IncidentModel;
class LintDismissalRepository;
class ParkingLotModel;
class RemediationModel;
class TimelineModel;

class PostmortemDocument : public ReviewDocument
{
    Q_OBJECT
public:
    PostmortemDocument(
        Workspace *workspace, ReviewListModel *reviews, const Review &review, QObject *parent = nullptr);
    ~PostmortemDocument() override;

    void accept(ReviewDocumentVisitor &visitor) override;

    IncidentModel *incident() const { return m_incident; }
    TimelineModel *timeline() const { return m_timeline; }
    ChecklistModel *discussion() const { return m_discussion; }
    RemediationModel *remediation() const { return m_remediation; }
    ContributingFactorModel *contributingFactors() const { return m_factors; }
    // "Did we foresee it?": the contingency items and departures of other reviews it is linked to.
    IncidentLinkModel *foresight() const { return m_foresight; }
    ParkingLotModel *parkingLot() const { return m_parkingLot; }

    // "Hold that thought": parks an idea at the end of the parking lot; returns its uuid.
    QString park(const QString &text);
    // Moves a parked idea into the remediation items, as one undo step.
    bool moveToRemediation(const QString &ideaUuid);
    // Events already written by an import (off the GUI thread), as one undo step that takes them out
    // again; what names the import.
    void addImported(const QList<TimelineEvent> &events, const QString &what);

    // The blameless coach: every free-text field of the postmortem as it is now, the findings not
    // dismissed (recounted a moment after each change: findingsChanged), and dismissing one occurrence
    // as an undo step.
    QList<FieldText> fieldTexts() const;
    // Reads every text now, on the calling thread.
    QList<FieldFinding> openFindings() const;
    // The open findings as last counted (what findingsChanged announced). A long review is read on a
    // worker thread: until it is done, findingsPending() and the previous count.
    const QList<FieldFinding> &currentFindings() const { return m_findings; }
    bool findingsPending() const { return m_coachThread != nullptr; }
    // The open findings of one field (remembered until its text changes: painting asks for every cell).
    QList<FieldFinding> openFindingsOf(const FieldText &text) const;
    // The people the coach knows by name (PostmortemTexts::people).
    QStringList coachPeople() const;
    // The names the coach knows are systems, never a person (PostmortemTexts::systems): the senders of
    // the timeline's alerts.
    QStringList coachSystems() const;
    const QSet<QString> &dismissedFindings() const { return m_dismissed; }
    void dismissFinding(const FieldFinding &finding);
    // Recounts the findings now, rather than after the pause (a long review: starts the recount).
    void updateFindings();
    // Up to this many records, the coach reads the review on the GUI thread (at once, as ever);
    // beyond, on a worker thread.
    static constexpr qsizetype coachOnThisThreadUpTo = 200;

Q_SIGNALS:
    void findingsChanged(int open);
    void dismissalsChanged();

private:
    void applyConfig() override;
    Result<> reloadOwn() override;
    // The review as the models hold it now: what the coach reads.
    ReviewTree content() const;
    void stopCoachThread();
    // Works out coachPeople() and coachSystems() from the timeline when it has changed.
    void readCoachNames() const;

    LintDismissalRepository *m_lintRepository;
    IncidentModel *m_incident;
    TimelineModel *m_timeline;
    ChecklistModel *m_discussion;
    RemediationModel *m_remediation;
    ContributingFactorModel *m_factors;
    IncidentLinkModel *m_foresight;
    ParkingLotModel *m_parkingLot;
    QSet<QString> m_dismissed; // keys of the dismissed findings
    QTimer m_coachTimer;
    mutable QHash<QString, std::pair<QString, QList<FieldFinding>>> m_findingsCache; // field -> text, open
    mutable QStringList m_findingsCachePeople; // whom the cached findings knew
    mutable QStringList m_findingsCacheSystems; // and which systems
    mutable QStringList m_people; // coachPeople(), while m_peopleValid
    mutable QStringList m_systems; // coachSystems(), while m_peopleValid
    mutable bool m_peopleValid = false;
    QList<FieldFinding> m_findings; // as last counted
    QThread *m_coachThread = nullptr; // reading a long review
    std::shared_ptr<std::atomic_bool> m_coachStop;
};

} // namespace Inflection
