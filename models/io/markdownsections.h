// The sections of a Markdown text by its ATX headings ("## Status"), fenced code left alone: what the
// decision-record reader and writer cut a record or a proposal into.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Inflection {

class MarkdownSections
{
public:
    struct Section
    {
        int level = 0; // 1 for "#"; 0 for the text before the first heading
        QString heading; // without the hashes, trailing hashes and a trailing colon
        int headingLine = -1; // the heading's line; -1 for the text before the first heading
        int firstLine = 0; // the first line after the heading
        int endLine = 0; // one past the last line, up to the next heading of the same level or higher
        QString text; // lines [firstLine, endLine), trimmed
    };

    explicit MarkdownSections(const QString &text);

    const QStringList &lines() const { return m_lines; }
    const QList<Section> &sections() const { return m_sections; }
    // The section headed by one of names (case-insensitively; exact before a heading that starts with
    // one, and names in their order); nullptr if none.
    const Section *find(const QStringList &names) const;
    // The text of a section up to its first subheading.
    QString leadOf(const Section &section) const;
    // The line of that first subheading; the section's endLine when it has none.
    int leadEnd(const Section &section) const;

    // Every heading outside fenced code moved down by levels (up when negative, never above "#").
    static QString shiftHeadings(const QString &text, int levels);
    // "## Status:" → 2 and "Status"; 0 when line is no ATX heading.
    static int headingLevel(const QString &line, QString *heading = nullptr);

private:
    QStringList m_lines;
    QList<Section> m_sections;
};

} // namespace Inflection
