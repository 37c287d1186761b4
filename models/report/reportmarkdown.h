// A review summary as Markdown that reads well pasted into a wiki: headings, pipe tables, the
// proposal as it was written. Everything else a user wrote is escaped, so that it shows literally.
#pragma once

#include "report.h"

namespace Inflection {

class ReportMarkdown
{
public:
    static QString toMarkdown(const Report &report);
    // Text that Markdown shows exactly as written.
    static QString escaped(const QString &text);
};

} // namespace Inflection
