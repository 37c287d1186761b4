// Messages of the shared record table.
#include "recordtable.h"

namespace Inflection::RecordTableDetail {

QString invalidValueMessage(const QVariant &value, const QString &fieldName)
{
    return QCoreApplication::translate("Inflection::RecordTable", "“%1” is not a valid %2.")
        .arg(value.toString(), fieldName);
}

QString invalidPlaceMessage()
{
    return QCoreApplication::translate("Inflection::RecordTable", "It has no valid place in the list.");
}

} // namespace Inflection::RecordTableDetail
