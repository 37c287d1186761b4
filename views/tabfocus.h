// Keyboard focus that follows the tabs of a review's page: a tab chosen while working in the page
// (by its Alt+letter, say) takes the focus to its first field, so typing goes on there.
#pragma once

class QTabWidget;

namespace Inflection {

void followTabsWithFocus(QTabWidget *tabs);

} // namespace Inflection
