// The worked examples written by `inflection demo`.
#include "demoworkspace.h"

#include "../store/reviewrepository.h"
#include "../store/workspace.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

struct DemoReview
{
    ReviewKind kind;
    const char *title;
    ReviewStatus status;
    const char *system;
    const char *tags;
    const char *owner;
};

const DemoReview demoReviews[] = {
    {ReviewKind::Architecture,
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Move search indexing to a queue"),
        ReviewStatus::Circulated, "search", "queue, new technology", "Priya Raman"},
    {ReviewKind::Operability,
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Launch of gift cards in the checkout"),
        ReviewStatus::Scheduled, "checkout", "launch, payments", "Marcus Webb"},
    {ReviewKind::Postmortem,
        QT_TRANSLATE_NOOP("Inflection::DemoWorkspace", "Primary database failover on March 3"),
        ReviewStatus::Held, "listings database", "database, failover", "Dana Okafor"},
};

} // namespace

bool DemoWorkspace::populate(Workspace *workspace, QString *error)
{
    ReviewRepository repository(workspace);
    for (const DemoReview &demo : demoReviews) {
        const QString title = QCoreApplication::translate("Inflection::DemoWorkspace", demo.title);
        auto review = repository.create(demo.kind, title, error);
        if (!review)
            return false;
        const ReviewSaveResult result = repository.updateFields(*review,
            {{ReviewField::Status, reviewStatusKey(demo.status)},
                {ReviewField::System, QString::fromUtf8(demo.system)},
                {ReviewField::Tags, QString::fromUtf8(demo.tags)},
                {ReviewField::Owner, QString::fromUtf8(demo.owner)}});
        if (!result.isSaved()) {
            *error = result.errorMessage();
            return false;
        }
    }
    return true;
}

} // namespace Inflection
