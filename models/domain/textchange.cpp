// Summary of a text change: the changed run of lines between the common first and last lines.
#include "textchange.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace Inflection {

QString describeTextChange(const QString &before, const QString &after)
{
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
        && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    const qsizetype removed = a.size() - head - tail;
    const qsizetype added = b.size() - head - tail;
    const QString size
        = QCoreApplication::translate("Inflection::TextChange", "%n lines now", nullptr, int(b.size()));
    if (removed == 0 && added == 0)
        return QCoreApplication::translate("Inflection::TextChange", "Unchanged; %1").arg(size);
    const QLocale locale;
    const QString first = locale.toString(head + 1);
    if (removed == 0)
        return QCoreApplication::translate(
            "Inflection::TextChange", "%n lines added after line %1; %2", nullptr, int(added))
            .arg(locale.toString(head), size);
    if (added == 0)
        return QCoreApplication::translate(
            "Inflection::TextChange", "%n lines removed from line %1; %2", nullptr, int(removed))
            .arg(first, size);
    const QString last = locale.toString(head + removed);
    const QString range = removed == 1
        ? QCoreApplication::translate("Inflection::TextChange", "Line %1").arg(first)
        : QCoreApplication::translate("Inflection::TextChange", "Lines %1–%2").arg(first, last);
    return QCoreApplication::translate(
        "Inflection::TextChange", "%1 rewritten as %n lines; %2", nullptr, int(added))
        .arg(range, size);
}

} // namespace Inflection
