// Double dispatch on the kind of an open review, for the layers above models (a view for each kind):
// adding a kind of review adds a visit here, and the compiler names every place that must handle it.
#pragma once

namespace Inflection {

class ArchitectureDocument;
class OperabilityDocument;
class PostmortemDocument;

class ReviewDocumentVisitor
{
public:
    virtual ~ReviewDocumentVisitor() = default;
    virtual void visit(ArchitectureDocument &document) = 0;
    virtual void visit(OperabilityDocument &document) = 0;
    virtual void visit(PostmortemDocument &document) = 0;
};

} // namespace Inflection
