// A review summary as Markdown that reads well pasted into a wiki: headings, pipe tables, the
// proposal as it was written. Everything else a user wrote is escaped, so that it shows literally.
#pragma once

#include "report.h"

namespace Inflection {

class ReportMarkdown
{
public:
    static QString toMarkdown(const Report &report);
    // Text that Markdown shows exactly as written, with a backslash only before a character that
    // would start markup where it stands ("2026-11-30" and "costed." stay as they are, "# 1" at the
    // start of a line does not become a heading). In a table cell, | too.
    enum class Context { Text, TableCell };
    static QString escaped(const QString &text, Context context = Context::Text);
};

} // namespace Inflection
