// The parts every kind of open review shares.
#include "review/reviewdocument.h"

#include "domain/safelink.h"
#include "editing/recordtablemodel.h"
#include "editing/undo.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"
#include "workspace/reviewlistmodel.h"

#include <QDesktopServices>
#include <QUndoStack>

namespace Inflection {

ReviewDocument::ReviewDocument(
    Workspace *workspace, ReviewListModel *reviews, const Review &review, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_reviews(reviews)
    , m_uuid(review.uuid)
    , m_reviewId(review.id)
    , m_kind(review.kind)
    , m_undoStack(new QUndoStack(this))
    , m_readOnly(workspace->isReadOnly())
{ }

ReviewDocument::~ReviewDocument() = default;

const Review *ReviewDocument::review() const
{
    return m_reviews->reviewByUuid(m_uuid);
}

QString ReviewDocument::author() const
{
    return m_workspace->author();
}

void ReviewDocument::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    Q_EMIT readOnlyChanged(readOnly);
}

void ReviewDocument::adoptModel(RecordTableModel *model)
{
    model->setUndoStack(m_undoStack);
    connect(model, &RecordTableModel::conflictOccurred, this, &ReviewDocument::conflictOccurred);
    connect(model, &RecordTableModel::errorOccurred, this, &ReviewDocument::errorOccurred);
    m_models.append(model);
}

void ReviewDocument::push(QUndoCommand *command)
{
    Undo::push(m_undoStack, command);
}

Result<> ReviewDocument::reloadConfig()
{
    Result<WorkspaceConfig> config = WorkspaceSettings(m_workspace).read();
    if (!config)
        return Result<>::errorOf(config);
    const bool changed = *config != m_config;
    m_config = std::move(config).value();
    applyConfig();
    if (changed)
        Q_EMIT configChanged();
    return {};
}

Result<> ReviewDocument::reload()
{
    Result<> failed = reloadConfig();
    for (RecordTableModel *model : std::as_const(m_models)) {
        if (Result<> loaded = model->reload(); !loaded && failed)
            failed = loaded;
    }
    if (Result<> own = reloadOwn(); !own && failed)
        failed = own;
    Q_EMIT reloaded();
    return failed;
}

void ReviewDocument::saveNow() { }

bool ReviewDocument::setReviewField(ReviewField field, const QVariant &value)
{
    return m_reviews->setField(m_uuid, field, value, m_undoStack);
}

bool ReviewDocument::setSupersededBy(const QString &uuid)
{
    const Review *current = review();
    if (!current || current->supersededBy == uuid)
        return false;
    m_undoStack->beginMacro(tr("Superseded by"));
    const bool done = m_reviews->setField(m_uuid, ReviewField::SupersededBy, uuid, m_undoStack);
    if (done && !uuid.isEmpty())
        m_reviews->setField(
            m_uuid, ReviewField::Status, reviewStatuses().key(ReviewStatus::Superseded), m_undoStack);
    m_undoStack->endMacro();
    return done;
}

bool ReviewDocument::offersDecidedStatus() const
{
    const Review *current = review();
    return current && !m_readOnly && reviewStatusesFor(m_kind).contains(ReviewStatus::Decided)
        && current->status != ReviewStatus::Decided && current->status != ReviewStatus::Superseded;
}

bool ReviewDocument::decideWithStatus(
    const QString &text, bool markDecided, const std::function<bool()> &edit)
{
    m_undoStack->beginMacro(text);
    const bool done = edit();
    if (done && markDecided && offersDecidedStatus())
        m_reviews->setField(
            m_uuid, ReviewField::Status, reviewStatuses().key(ReviewStatus::Decided), m_undoStack);
    m_undoStack->endMacro();
    return done;
}

Result<> ReviewDocument::openLink(const QUrl &url)
{
    if (Result<> allowed = SafeLink::check(url); !allowed) {
        reportProblem(allowed.message());
        return allowed;
    }
    QDesktopServices::openUrl(url);
    return {};
}

} // namespace Inflection
