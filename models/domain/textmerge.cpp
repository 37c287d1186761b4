// Line-based three-way merge of two single-region edits.
#include "textmerge.h"

#include <QStringList>

namespace Inflection {

namespace {

// The lines of base an edit replaced, [first, last), and what it put there.
struct Region
{
    qsizetype first = 0;
    qsizetype last = 0;
    QStringList replacement;
    bool changed = false;
};

Region regionOf(const QStringList &base, const QStringList &edited)
{
    qsizetype head = 0;
    while (head < base.size() && head < edited.size() && base.at(head) == edited.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < base.size() - head && tail < edited.size() - head
        && base.at(base.size() - 1 - tail) == edited.at(edited.size() - 1 - tail))
        ++tail;
    Region r;
    r.first = head;
    r.last = base.size() - tail;
    r.replacement = edited.mid(head, edited.size() - tail - head);
    r.changed = base.size() != edited.size() || r.first != r.last;
    return r;
}

} // namespace

std::optional<QString> mergeTexts(const QString &base, const QString &mine, const QString &theirs)
{
    if (mine == theirs || theirs == base)
        return mine;
    if (mine == base)
        return theirs;
    const QStringList b = base.split(u'\n');
    const Region m = regionOf(b, mine.split(u'\n'));
    const Region t = regionOf(b, theirs.split(u'\n'));
    // Apart: one ends before the other begins, with at least one untouched line between (edits of
    // neighbouring lines are too close to call).
    const Region *before = m.first <= t.first ? &m : &t;
    const Region *after = before == &m ? &t : &m;
    if (before->last >= after->first)
        return std::nullopt;
    QStringList merged = b.mid(0, before->first);
    merged += before->replacement;
    merged += b.mid(before->last, after->first - before->last);
    merged += after->replacement;
    merged += b.mid(after->last);
    return merged.join(u'\n');
}

} // namespace Inflection
