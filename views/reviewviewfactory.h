// Makes the view of an open review's document, for its kind.
#pragma once

class QWidget;

namespace Inflection {

class ReviewDocument;
class ReviewView;

class ReviewViewFactory
{
public:
    static ReviewView *create(ReviewDocument *document, QWidget *parent = nullptr);
};

} // namespace Inflection
