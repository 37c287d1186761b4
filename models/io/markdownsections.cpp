// Markdown sections.
#include "markdownsections.h"

using namespace Qt::Literals::StringLiterals;

namespace Inflection {

namespace {

bool isFence(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(u"```"_s) || t.startsWith(u"~~~"_s);
}

QString joined(const QStringList &lines, int first, int end)
{
    return lines.mid(first, end - first).join(u'\n').trimmed();
}

} // namespace

int MarkdownSections::headingLevel(const QString &line, QString *heading)
{
    // Up to three spaces of indentation, one to six hashes, then a space or the end of the line.
    int i = 0;
    while (i < line.size() && i < 3 && line.at(i) == u' ')
        ++i;
    int level = 0;
    while (i + level < line.size() && line.at(i + level) == u'#')
        ++level;
    if (level == 0 || level > 6)
        return 0;
    const int rest = i + level;
    if (rest < line.size() && !line.at(rest).isSpace())
        return 0;
    if (heading) {
        QString h = line.mid(rest).trimmed();
        while (h.endsWith(u'#'))
            h.chop(1);
        h = h.trimmed();
        if (h.endsWith(u':'))
            h.chop(1);
        *heading = h.trimmed();
    }
    return level;
}

MarkdownSections::MarkdownSections(const QString &text)
    : m_lines(text.split(u'\n'))
{
    struct Heading
    {
        int line;
        int level;
        QString text;
    };
    QList<Heading> headings;
    bool inFence = false;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (isFence(m_lines.at(i))) {
            inFence = !inFence;
            continue;
        }
        QString heading;
        if (const int level = inFence ? 0 : headingLevel(m_lines.at(i), &heading))
            headings.append({i, level, heading});
    }
    const int firstHeading = headings.isEmpty() ? int(m_lines.size()) : headings.first().line;
    m_sections.append({0, QString(), -1, 0, firstHeading, joined(m_lines, 0, firstHeading)});
    for (int h = 0; h < headings.size(); ++h) {
        int end = int(m_lines.size());
        for (int next = h + 1; next < headings.size(); ++next) {
            if (headings.at(next).level <= headings.at(h).level) {
                end = headings.at(next).line;
                break;
            }
        }
        const int first = headings.at(h).line + 1;
        m_sections.append({headings.at(h).level, headings.at(h).text, headings.at(h).line, first, end,
            joined(m_lines, first, end)});
    }
}

const MarkdownSections::Section *MarkdownSections::find(const QStringList &names) const
{
    // A heading that is one of names, in the order of names ("Decision Outcome" before "Decision"); else
    // one that starts with one ("Status of this record"), never "Decision Drivers" before an exact match.
    for (const bool exact : {true, false}) {
        for (const QString &name : names) {
            for (const Section &section : m_sections) {
                if (section.level == 0)
                    continue;
                if (exact ? section.heading.compare(name, Qt::CaseInsensitive) == 0
                          : section.heading.startsWith(name, Qt::CaseInsensitive))
                    return &section;
            }
        }
    }
    return nullptr;
}

QString MarkdownSections::leadOf(const Section &section) const
{
    const int end = leadEnd(section);
    return end == section.endLine ? section.text : joined(m_lines, section.firstLine, end);
}

int MarkdownSections::leadEnd(const Section &section) const
{
    bool inFence = false;
    for (int i = section.firstLine; i < section.endLine; ++i) {
        if (isFence(m_lines.at(i)))
            inFence = !inFence;
        else if (!inFence && headingLevel(m_lines.at(i)))
            return i;
    }
    return section.endLine;
}

QString MarkdownSections::shiftHeadings(const QString &text, int levels)
{
    QStringList lines = text.split(u'\n');
    bool inFence = false;
    for (QString &line : lines) {
        if (isFence(line)) {
            inFence = !inFence;
            continue;
        }
        const int level = inFence ? 0 : headingLevel(line);
        if (!level)
            continue;
        const int indent = int(line.indexOf(u'#'));
        const int shifted = std::clamp(level + levels, 1, 6);
        line = line.left(indent) + QString(shifted, u'#') + line.mid(indent + level);
    }
    return lines.join(u'\n');
}

} // namespace Inflection
