// An open architecture review.
#include "architecture/architecturedocument.h"

#include "architecture/commentmodel.h"
#include "architecture/departuremodel.h"
#include "architecture/knowntechnologycommand.h"
#include "architecture/proposalmodel.h"
#include "architecture/questionfilterproxymodel.h"
#include "architecture/questionmodel.h"
#include "domain/checklistquestion.h"
#include "review/attendeemodel.h"
#include "review/checklistmodel.h"
#include "review/reviewdocumentvisitor.h"
#include "store/attendeerepository.h"
#include "store/checklistrepository.h"
#include "store/commentrepository.h"
#include "store/departurerepository.h"
#include "store/incidentlinkrepository.h"
#include "store/knowntechnologyrepository.h"
#include "store/proposalrepository.h"
#include "store/questionrepository.h"
#include "store/workspace.h"

#include <QTextCursor>
#include <QTextDocument>

namespace Inflection {

ArchitectureDocument::ArchitectureDocument(
    Workspace *workspace, ReviewListModel *reviews, const Review &review, QObject *parent)
    : ReviewDocument(workspace, reviews, review, parent)
    , m_knownRepository(make<KnownTechnologyRepository>())
    , m_incidentLinks(make<IncidentLinkRepository>())
    , m_proposal(adopt(new ProposalModel(make<ProposalRepository>(), reviewId(), this)))
    , m_comments(adopt(new CommentModel(make<CommentRepository>(), reviewId(), author(), this)))
    , m_departures(adopt(new DepartureModel(make<DepartureRepository>(), reviewId(), this)))
    , m_questions(adopt(new QuestionModel(make<QuestionRepository>(), reviewId(), author(), this)))
    , m_openQuestions(new QuestionFilterProxyModel(false, this))
    , m_answeredQuestions(new QuestionFilterProxyModel(true, this))
    , m_checklist(adopt(
          new ChecklistModel(make<ChecklistRepository>(), reviewId(), architectureGeneralQuestions(), this)))
    , m_attendees(adopt(new AttendeeModel(make<AttendeeRepository>(), reviewId(), this)))
    , m_text(new QTextDocument(this))
{
    m_openQuestions->setSourceModel(m_questions);
    m_answeredQuestions->setSourceModel(m_questions);
    // The comments are anchored in the text once it is loaded (loadText).
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(800);
    connect(&m_saveTimer, &QTimer::timeout, this, &ArchitectureDocument::saveNow);
    connect(m_text, &QTextDocument::contentsChanged, this, &ArchitectureDocument::textEdited);
}

ArchitectureDocument::~ArchitectureDocument()
{
    // Nothing typed is lost when the review closes.
    saveNow();
}

void ArchitectureDocument::accept(ReviewDocumentVisitor &visitor)
{
    visitor.visit(*this);
}

void ArchitectureDocument::applyConfig()
{
    m_departures->setKnownTechnologies(config().knownTechnologies);
}

Result<> ArchitectureDocument::reloadOwn()
{
    // Text being typed stays; it is saved over theirs, theirs kept in the history.
    if (!m_dirty)
        loadText();
    return readIncidents();
}

void ArchitectureDocument::refreshIncidents()
{
    if (Result<> read = readIncidents(); !read)
        reportProblem(read.message());
}

Result<> ArchitectureDocument::readIncidents()
{
    QStringList uuids;
    for (const Departure &departure : m_departures->records())
        uuids.append(departure.uuid);
    LinkedIncidents incidents;
    if (Result<> read = incidents.read(*m_incidentLinks, uuids); !read)
        return read;
    m_departures->setIncidents(incidents);
    return {};
}

void ArchitectureDocument::textEdited()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_saveTimer.start();
}

void ArchitectureDocument::saveNow()
{
    m_saveTimer.stop();
    if (!m_dirty || isReadOnly())
        return;
    if (m_proposal->saveBody(m_text->toPlainText())) {
        m_dirty = false;
        loadText(); // after a merge with someone else's edit, theirs comes into the text
        m_comments->storeAnchors();
        Q_EMIT textSaved();
    }
}

void ArchitectureDocument::loadText()
{
    QString body = m_proposal->proposal().body;
    if (!m_proposal->proposal().isStored() && body.isEmpty())
        body = proposalTemplate(); // a new proposal starts from the talk's sections
    const QString shown = m_text->toPlainText();
    if (body == shown) {
        if (!m_comments->hasDocument())
            m_comments->setDocument(m_text);
        return;
    }
    m_loading = true;
    if (shown.isEmpty()) {
        m_comments->setDocument(nullptr);
        m_text->setPlainText(body);
        m_comments->setDocument(m_text);
    } else {
        // Only the part that differs is replaced, in one step: the cursor, the selection and the
        // comments' anchors elsewhere stay where they were.
        qsizetype head = 0;
        while (head < body.size() && head < shown.size() && body.at(head) == shown.at(head))
            ++head;
        qsizetype tail = 0;
        while (tail < body.size() - head && tail < shown.size() - head
            && body.at(body.size() - 1 - tail) == shown.at(shown.size() - 1 - tail))
            ++tail;
        QTextCursor cursor(m_text);
        cursor.setPosition(int(head));
        cursor.setPosition(int(shown.size() - tail), QTextCursor::KeepAnchor);
        cursor.insertText(body.mid(head, body.size() - tail - head));
    }
    m_loading = false;
    m_dirty = false;
}

bool ArchitectureDocument::markKnownTechnology(const QString &departureUuid)
{
    const Departure *departure = m_departures->recordByUuid(departureUuid);
    if (!departure || departure->name.trimmed().isEmpty() || config().isKnownTechnology(departure->name))
        return false;
    push(new KnownTechnologyCommand(m_knownRepository, departureKinds().key(departure->kind),
        departure->name.trimmed(), [this](const QString &error) {
            if (!error.isEmpty())
                reportProblem(error);
            if (Result<> read = reloadConfig(); !read)
                reportProblem(read.message());
        }));
    return config().isKnownTechnology(departure->name);
}

bool ArchitectureDocument::setDecision(ProposalDecision decision, bool markDecided)
{
    if (m_proposal->proposal().decision == decision)
        return false;
    return decideWithStatus(tr("Decision"), markDecided && decision != ProposalDecision::Pending,
        [&] { return m_proposal->setField(ProposalField::Decision, proposalDecisions().key(decision)); });
}

} // namespace Inflection
