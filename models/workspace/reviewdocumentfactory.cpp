// The document of each kind of review.
#include "workspace/reviewdocumentfactory.h"

#include "architecture/architecturedocument.h"
#include "operability/operabilitydocument.h"
#include "postmortem/postmortemdocument.h"

namespace Inflection {

Result<std::unique_ptr<ReviewDocument>> ReviewDocumentFactory::open(
    Workspace *workspace, ReviewListModel *reviews, const Review &review, QObject *parent)
{
    using Opened = Result<std::unique_ptr<ReviewDocument>>;
    std::unique_ptr<ReviewDocument> document;
    switch (review.kind) {
    case ReviewKind::Architecture:
        document = std::make_unique<ArchitectureDocument>(workspace, reviews, review, parent);
        break;
    case ReviewKind::Operability:
        document = std::make_unique<OperabilityDocument>(workspace, reviews, review, parent);
        break;
    case ReviewKind::Postmortem:
        document = std::make_unique<PostmortemDocument>(workspace, reviews, review, parent);
        break;
    }
    if (Result<> loaded = document->reload(); !loaded)
        return Opened::errorOf(loaded);
    return Opened(std::move(document));
}

} // namespace Inflection
