// A view for each kind of document, chosen by the document itself (a visitor): no switch on the kind.
#include "reviewviewfactory.h"

#include "architecture/architecturedocument.h"
#include "architectureview.h"
#include "operability/operabilitydocument.h"
#include "operabilityview.h"
#include "postmortem/postmortemdocument.h"
#include "postmortemview.h"
#include "review/reviewdocumentvisitor.h"

namespace Inflection {

namespace {

class ViewMaker : public ReviewDocumentVisitor
{
public:
    explicit ViewMaker(QWidget *parent)
        : m_parent(parent)
    { }

    void visit(ArchitectureDocument &document) override { view = new ArchitectureView(&document, m_parent); }
    void visit(OperabilityDocument &document) override { view = new OperabilityView(&document, m_parent); }
    void visit(PostmortemDocument &document) override { view = new PostmortemView(&document, m_parent); }

    ReviewView *view = nullptr;

private:
    QWidget *m_parent;
};

} // namespace

ReviewView *ReviewViewFactory::create(ReviewDocument *document, QWidget *parent)
{
    ViewMaker maker(parent);
    document->accept(maker);
    return maker.view;
}

} // namespace Inflection
