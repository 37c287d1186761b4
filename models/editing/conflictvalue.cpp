// Display of values in conflict notices.
#include "editing/conflictvalue.h"

#include "domain/datetimeformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace Inflection {

QString conflictValueText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QCoreApplication::translate("Inflection::Conflict", "yes")
                              : QCoreApplication::translate("Inflection::Conflict", "no");
    case QMetaType::QDateTime: {
        const QDateTime time = value.toDateTime();
        return time.isValid() ? DateTimeFormat::dateTime(time.toLocalTime())
                              : QCoreApplication::translate("Inflection::Conflict", "not set");
    }
    default:
        break;
    }
    QString text = value.toString();
    if (text.isEmpty())
        return QCoreApplication::translate("Inflection::Conflict", "(empty)");
    constexpr int shown = 160;
    if (text.size() > shown)
        text = text.left(shown) + u'…';
    return text.replace(u'\n', u' ');
}

} // namespace Inflection
