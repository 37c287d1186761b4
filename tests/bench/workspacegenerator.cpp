// Workspace generator: realistic-looking reviews written through the same repository the app uses.
#include "workspacegenerator.h"

#include "store/reviewrepository.h"
#include "store/workspace.h"

#include <QRandomGenerator>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;
using namespace Inflection;

namespace Bench {

Result<> generateWorkspace(const QString &path, const WorkspaceSize &size)
{
    const Result<std::unique_ptr<Workspace>> workspace = Workspace::open(path);
    if (!workspace)
        return Result<>::errorOf(workspace);
    ReviewRepository repository(workspace->get());
    QRandomGenerator random(20261123); // the same workspace every time
    const QStringList systems = {u"search"_s, u"checkout"_s, u"listings database"_s, u"payments"_s,
        u"messaging"_s, u"images"_s, u"deploy pipeline"_s, u"sessions"_s};
    const QStringList owners = {u"Priya Raman"_s, u"Marcus Webb"_s, u"Dana Okafor"_s, u"Lin Zhou"_s,
        u"Sam Hartley"_s, u"Ana Ribeiro"_s};
    const QStringList subjects = {u"Queue for"_s, u"Failover of"_s, u"Launch of"_s, u"Timeouts in"_s,
        u"Sharding"_s, u"Cache for"_s, u"Outage of"_s, u"Migration of"_s};
    const ReviewKind kinds[] = {ReviewKind::Architecture, ReviewKind::Operability, ReviewKind::Postmortem};
    for (int i = 0; i < size.reviews; ++i) {
        const ReviewKind kind = kinds[random.bounded(3)];
        const QString system = systems.at(random.bounded(int(systems.size())));
        const QString title = subjects.at(random.bounded(int(subjects.size()))) + u' ' + system + u" #"_s
            + QString::number(i + 1);
        const Result<Review> review = repository.create(kind, title);
        if (!review)
            return Result<>::errorOf(review);
        const QList<ReviewStatus> statuses = reviewStatusesFor(kind);
        const Result<Review> result = repository.updateFields(*review,
            {{ReviewField::System, system},
                {ReviewField::Owner, owners.at(random.bounded(int(owners.size())))},
                {ReviewField::Status,
                    reviewStatuses().key(statuses.at(random.bounded(int(statuses.size()))))}});
        if (!result)
            return Result<>::errorOf(result);
    }
    return {};
}

} // namespace Bench
