// Makes the document of an open review for its kind: the one place that switches on the kind of review.
#pragma once

#include "domain/result.h"
#include "domain/review.h"

#include <memory>

class QObject;

namespace Inflection {

class ReviewDocument;
class ReviewListModel;
class Workspace;

class ReviewDocumentFactory
{
public:
    // The review's document, read from the store.
    static Result<std::unique_ptr<ReviewDocument>> open(
        Workspace *workspace, ReviewListModel *reviews, const Review &review, QObject *parent = nullptr);
};

} // namespace Inflection
